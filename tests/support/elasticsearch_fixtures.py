"""Fixtures of the Elasticsearch backend's test modules, which load them with ``pytest_plugins``.

Tests that need a server skip without ELASTICSEARCH_URL (and fail in CI). Their indices live under a
prefix unique to the test session and are deleted after each test.
"""

import os

import pytest
from elasticsearch import Elasticsearch

from search.backends.elasticsearch import ElasticsearchBackend
from search.models import DirectoryEntry
from search.service import elasticsearch_backend
from tests.support.elasticsearch import PEOPLE, SESSION_PREFIX, make_entry, make_pages
from tests.support.services import require_service


@pytest.fixture
def people(db):
    """The hand-built directory, alone in the database (the demo's entries are set aside for the test):
    name -> entry. Not in Elasticsearch yet."""
    DirectoryEntry.objects.all().delete()
    pages = make_pages(len(PEOPLE))
    entries = [make_entry(page, *person) for page, person in zip(pages, PEOPLE, strict=True)]
    DirectoryEntry.objects.bulk_create(entries)
    return {entry.name: entry for entry in entries}


@pytest.fixture(scope="session")
def es_url():
    url = os.environ.get("ELASTICSEARCH_URL", "")
    reachable = False
    if url:
        client = Elasticsearch(url, request_timeout=5, max_retries=0)
        reachable = client.ping()
        client.close()
    require_service(reachable, f"Elasticsearch at ELASTICSEARCH_URL ({url or 'not set'}) is not reachable")
    return url


@pytest.fixture(scope="session")
def es_prefix(es_url):
    yield SESSION_PREFIX
    client = Elasticsearch(es_url, request_timeout=30)
    names = client.indices.get(index=f"{SESSION_PREFIX}_*", expand_wildcards="all").body
    if names:
        client.options(ignore_status=404).indices.delete(index=",".join(names))
    client.close()


@pytest.fixture
def backend(es_url, es_prefix, settings):
    settings.ELASTICSEARCH_URL = es_url
    settings.ELASTICSEARCH_INDEX_PREFIX = es_prefix
    elasticsearch_backend.cache_clear()
    backend = ElasticsearchBackend(es_url)
    yield backend
    backend.delete_all_indices()
    elasticsearch_backend.cache_clear()


@pytest.fixture
def loaded(backend, people):
    """The hand-built directory, in the database and in Elasticsearch."""
    backend.rebuild()
    return backend
