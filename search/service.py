"""The one entry point for directory searches: picks the backend, falls back to the database.

Elasticsearch is used when ``ELASTICSEARCH_URL`` is set. If it is down, slow or refuses the query, the
database answers instead and a warning is logged: visitors never see an error from it.
"""

import logging
from functools import cache

from django.conf import settings

from mentors.choices import Availability, Country, WorkingLanguage

from .backends.database import DatabaseBackend

logger = logging.getLogger(__name__)


def facet_values():
    """Every value each facet can take (the areas are the default language's keys)."""
    from programme.models import ThematicArea

    area_keys = ThematicArea.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
        "key", flat=True
    )
    return {
        "area": list(area_keys),
        "language": list(WorkingLanguage.values),
        "country": list(Country.values),
        "availability": list(Availability.values),
    }


def elasticsearch_configured():
    return bool(settings.ELASTICSEARCH_URL)


@cache
def elasticsearch_backend():
    from .backends.elasticsearch import ElasticsearchBackend

    return ElasticsearchBackend(settings.ELASTICSEARCH_URL)


def search_directory(query, values=None):
    """``values``: facet -> every value it can take (each gets a count); read from the database if None."""
    values = values or facet_values()
    if elasticsearch_configured():
        try:
            return elasticsearch_backend().search(query, values)
        except elasticsearch_backend().errors as error:
            logger.warning("Elasticsearch failed (%s); the directory answers from the database.", error)
    return DatabaseBackend().search(query, values)
