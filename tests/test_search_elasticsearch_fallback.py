"""The service's fallback: when Elasticsearch is unreachable or lacks its index, the directory answers
from the database and logs a warning."""

import logging

import pytest

from mentors.directory.facets import facet_values
from search.backends.elasticsearch import ElasticsearchBackend
from search.query import DirectoryQuery
from search.service import elasticsearch_backend, search_directory
from tests.support.elasticsearch import CLOSED_PORT_URL, FACET_VALUES, names

pytest_plugins = ["tests.support.elasticsearch_fixtures"]
pytestmark = pytest.mark.django_db


def test_unreachable_elasticsearch_falls_back_to_the_database_with_a_warning(people, settings, caplog):
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    elasticsearch_backend.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="search.service"):
            results = search_directory(DirectoryQuery(locale="sl", terms=("zagovor",)), facet_values())
    finally:
        elasticsearch_backend.cache_clear()
    assert results.backend == "database"
    assert names(results) == ["Ana Šuštar", "Bojan Čeh", "Žiga Zupan"]
    assert any(
        record.levelno == logging.WARNING and "Elasticsearch failed" in record.getMessage()
        for record in caplog.records
    )


def test_a_missing_index_falls_back_to_the_database(backend, people, caplog):
    # ``backend`` points the settings at a live server whose prefix has no index yet.
    with caplog.at_level(logging.WARNING, logger="search.service"):
        results = search_directory(DirectoryQuery(locale="sl"), facet_values())
    assert results.backend == "database"
    assert results.total == 7
    assert "Elasticsearch failed" in caplog.text


def test_the_backend_errors_cover_what_the_client_raises(db):
    backend = ElasticsearchBackend(CLOSED_PORT_URL)
    with pytest.raises(backend.errors):
        backend.search(DirectoryQuery(locale="sl"), FACET_VALUES)
    with pytest.raises(backend.errors):
        backend.rebuild()
