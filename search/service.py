"""The one entry point for directory searches: builds the query, picks the backend, falls back to the
database.

Elasticsearch is used when ``ELASTICSEARCH_URL`` is set. If it is down, slow or refuses the query, the
database answers instead and a warning is logged: visitors never see an error from it.

The service knows no facet vocabulary: the caller (the directory) passes every value each facet can
take, so ``search`` depends on nothing above it.
"""

import logging
from functools import cache

from django.conf import settings

from .backends.database import DatabaseBackend
from .query import FACETS, DirectoryQuery
from .text import query_terms

logger = logging.getLogger(__name__)


def build_query(cleaned, locale, page=1):
    """The query of validated parameters (``cleaned``: ``q``, ``sort`` and each facet's values, any of
    them missing or empty) for the directory in ``locale``."""
    return DirectoryQuery(
        locale=locale,
        terms=tuple(query_terms(cleaned.get("q") or "")),
        page=page,
        sort=cleaned.get("sort") or "relevance",
        **{facet: tuple(cleaned.get(facet) or ()) for facet in FACETS},
    )


def elasticsearch_configured():
    return bool(settings.ELASTICSEARCH_URL)


@cache
def elasticsearch_backend():
    from .backends.elasticsearch import ElasticsearchBackend

    return ElasticsearchBackend(settings.ELASTICSEARCH_URL)


def search_directory(query, values):
    """``values``: facet -> every value it can take, each of which gets a count."""
    if elasticsearch_configured():
        try:
            return elasticsearch_backend().search(query, values)
        except elasticsearch_backend().errors as error:
            logger.warning("Elasticsearch failed (%s); the directory answers from the database.", error)
    return DatabaseBackend().search(query, values)
