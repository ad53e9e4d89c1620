"""An Elasticsearch update while Elasticsearch is down: the task queues itself again with a wait, and
once Elasticsearch is back the retry makes the directory right; past the retry period it fails.
Skips without ELASTICSEARCH_URL (fails in CI)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from elastic_transport import ConnectionError as TransportConnectionError

from search.models import DirectoryEntry
from search.service import elasticsearch_backend
from search.tasks import sync_elasticsearch
from search.text import index_text
from tests.support.elasticsearch import CLOSED_PORT_URL, names, search_both

pytest_plugins = ["tests.support.elasticsearch_fixtures"]
pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def point_at(settings, url):
    settings.ELASTICSEARCH_URL = url
    elasticsearch_backend.cache_clear()


def test_an_update_made_while_elasticsearch_is_down_is_retried_and_lands_when_it_is_back(
    loaded, people, es_url, settings, queue
):
    ivana = people["Ivana Horvat"].page_id
    DirectoryEntry.objects.filter(pk=ivana).update(text=index_text("Ivana Horvat", "Zagovaranje i podnebje"))

    point_at(settings, CLOSED_PORT_URL)  # Elasticsearch is down
    assert sync_elasticsearch.call([ivana]) == "retry in 5 s"
    [retry] = DBTaskResult.objects.filter(task_path="search.tasks.sync_elasticsearch", status="READY")
    assert retry.args_kwargs["args"][:2] == [[ivana], 2]
    assert timezone.now() + timedelta(seconds=3) < retry.run_after <= timezone.now() + timedelta(seconds=5)
    assert search_both(loaded, locale="hr", terms=("podnebje",))[0].total == 0

    point_at(settings, es_url)  # back: the queued retry runs
    assert retry.task.call(*retry.args_kwargs["args"]) == "synced"
    loaded.admin.indices.refresh(index=loaded.alias_pattern())
    results, database = search_both(loaded, locale="hr", terms=("podnebje",))
    assert names(results) == names(database) == ["Ivana Horvat"]


def test_the_waits_grow_and_after_the_retry_period_the_update_fails(people, settings, queue):
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    elasticsearch_backend.cache_clear()
    page = people["Ana Šuštar"].page_id
    assert sync_elasticsearch.call([page], attempt=3) == "retry in 20 s"
    first = timezone.now().timestamp() - settings.INDEX_RETRY_FOR - 1
    with pytest.raises(TransportConnectionError):
        sync_elasticsearch.call([page], attempt=9, first_tried_at=first)
    elasticsearch_backend.cache_clear()


def test_without_elasticsearch_configured_an_update_is_nothing_to_do(settings):
    settings.ELASTICSEARCH_URL = ""
    assert sync_elasticsearch.call([1]) == "not configured"
