"""Elasticsearch updates, run by the worker after the database entries are committed.

An update sends the pages' current entries, so running it again (or late) is always right. While
Elasticsearch is unreachable or overloaded the task queues itself again with growing waits, for
``INDEX_RETRY_FOR`` seconds; then it fails, and stays visible as failed (the directory answers from the
database meanwhile; ``manage.py rebuild_directory_index`` repairs everything).
"""

import logging
import time

from django.conf import settings
from django_tasks import task
from elastic_transport import TransportError
from elasticsearch import ApiError

from impact4values.core.background.retry import backoff, enqueue_later

logger = logging.getLogger(__name__)


def is_temporary(error):
    """Unreachable, timed out, or answering 429/5xx: worth trying again."""
    if isinstance(error, ApiError):
        return error.meta.status == 429 or error.meta.status >= 500
    return isinstance(error, TransportError)


@task()
def sync_elasticsearch(page_ids, attempt=1, first_tried_at=None):
    """Index the current entries of these pages in Elasticsearch; delete those that have none."""
    from .service import elasticsearch_backend, elasticsearch_configured

    if not elasticsearch_configured():
        return "not configured"
    first_tried_at = first_tried_at or time.time()
    try:
        elasticsearch_backend().sync(page_ids)
    except (ApiError, TransportError) as error:
        if not is_temporary(error) or time.time() - first_tried_at >= settings.INDEX_RETRY_FOR:
            raise
        delay = backoff(attempt, settings.INDEX_RETRY_FIRST_DELAY, settings.INDEX_RETRY_MAX_DELAY)
        if not enqueue_later(sync_elasticsearch, delay, page_ids, attempt + 1, first_tried_at):
            raise
        logger.warning(
            "Elasticsearch update of %s page(s) failed (%s); again in %s s", len(page_ids), error, delay
        )
        return f"retry in {delay} s"
    return "synced"
