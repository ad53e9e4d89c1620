"""Both backends give the same hits and the same facet counts on the demo directory (75 profiles in
three languages) for a table of text and facet combinations; only relevance may order hits differently."""

import os
import uuid

import pytest

from mentors.directory.facets import facet_values
from search.backends.database import DatabaseBackend
from search.query import DirectoryQuery
from search.service import elasticsearch_backend
from search.text import query_terms
from tests.support.services import require_service

pytestmark = pytest.mark.django_db

# (language, words as typed, facets, sort)
TABLE = [
    ("sl", "", {}, "name"),
    ("hr", "", {}, "name"),
    ("en", "", {}, "experience"),
    ("sl", "zagovornistvo", {}, "name"),
    ("sl", "ZAGOVORNIŠTVO", {}, "relevance"),
    ("sl", "zagovorništv", {"area": ("advocacy",)}, "name"),
    ("hr", "zagovaranje", {}, "relevance"),
    ("hr", "zagovaranja", {"language": ("en",)}, "name"),
    ("hr", "dordevic", {}, "name"),
    ("hr", "djordjevic", {}, "name"),
    ("sl", "Đorđević", {}, "name"),
    ("en", "DJORDJEVIC", {}, "name"),
    ("hr", "međimurec", {}, "name"),
    ("hr", "medimurec", {}, "name"),
    ("sl", "financna", {}, "name"),
    ("sl", "finančne", {"country": ("SI",)}, "experience"),
    ("hr", "financijsk", {"availability": ("available", "limited")}, "name"),
    ("sl", "mentor", {}, "name"),
    ("sl", "mentorica", {"area": ("gesi", "advocacy")}, "relevance"),
    ("en", "mentor", {"language": ("de", "it")}, "name"),
    ("sl", "kovac", {}, "name"),
    ("hr", "kovač", {"country": ("HR", "OTHER")}, "name"),
    ("en", "advocacy", {"area": ("financial-stability",)}, "name"),
    ("en", "volunteer", {"availability": ("available",)}, "experience"),
    ("sl", "", {"area": ("advocacy", "financial-stability"), "language": ("en",)}, "name"),
    ("hr", "", {"area": ("gesi",), "country": ("HR",), "availability": ("limited", "unavailable")}, "name"),
    ("en", "", {"language": ("hu", "it", "fr")}, "experience"),
    ("sl", "", {"country": ("OTHER",)}, "name"),
    ("sl", '"strategij* OR (načrt)"', {}, "name"),
    ("hr", "udruga -organizacija", {}, "name"),
    ("en", "x" * 300, {}, "name"),
    ("sl", "ljubljana", {"area": ("organisational-structure", "service-provision")}, "name"),
    ("hr", "rijeka zagreb", {}, "name"),
    ("en", "zzzzz", {"area": ("gesi",)}, "name"),
]


@pytest.fixture(scope="module")
def backends(django_db_blocker):
    url = os.environ.get("ELASTICSEARCH_URL", "")
    require_service(bool(url), "Elasticsearch: set ELASTICSEARCH_URL")
    from django.conf import settings

    saved = settings.ELASTICSEARCH_URL, getattr(settings, "ELASTICSEARCH_INDEX_PREFIX", None)
    settings.ELASTICSEARCH_URL = url
    settings.ELASTICSEARCH_INDEX_PREFIX = f"test_parity_{uuid.uuid4().hex[:8]}"
    elasticsearch_backend.cache_clear()
    backend = elasticsearch_backend()
    with django_db_blocker.unblock():
        backend.rebuild()
    yield backend, DatabaseBackend()
    backend.delete_all_indices()
    settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_INDEX_PREFIX = saved
    elasticsearch_backend.cache_clear()


@pytest.mark.parametrize(("language", "text", "facets", "sort"), TABLE)
def test_both_backends_agree(backends, language, text, facets, sort):
    elasticsearch, database = backends
    query = DirectoryQuery(locale=language, terms=tuple(query_terms(text)), sort=sort, per_page=100, **facets)
    values = facet_values()
    expected = database.search(query, values)
    actual = elasticsearch.search(query, values)
    assert actual.total == expected.total
    assert actual.facets == expected.facets
    if query.effective_sort == "relevance":
        assert sorted(hit.page_id for hit in actual.hits) == sorted(hit.page_id for hit in expected.hits)
    else:
        assert actual.hits == expected.hits
