"""Scheduled jobs: each due run queued once, whoever looks and however often; missed runs caught up
once; the jobs themselves do their work and log it."""

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from impact4values.core.background import schedule
from impact4values.core.background.jobs import prune_task_results
from impact4values.core.models import OutgoingEmail, ScheduledJob
from impact4values.core.outbox.tasks import prune_sent_emails
from mentors.applications.tasks import purge_expired_applications
from mentors.models import MentorApplication
from tests.support.factories import MentorApplicationFactory

pytestmark = pytest.mark.django_db
LJUBLJANA = ZoneInfo("Europe/Ljubljana")
JOBS = {
    "daily": {"task": "impact4values.core.background.jobs.prune_task_results", "daily_at": "03:30"},
    "minutely": {"task": "impact4values.core.outbox.tasks.retry_overdue_emails", "every": 60},
}


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def queued(name):
    return DBTaskResult.objects.filter(task_path=JOBS[name]["task"]).count()


def at(*args):
    return datetime(*args, tzinfo=LJUBLJANA)


def test_a_daily_job_is_due_at_its_local_time_and_an_every_job_on_its_period():
    assert schedule.last_due(JOBS["daily"], at(2026, 12, 2, 10, 0)) == at(2026, 12, 2, 3, 30)
    assert schedule.last_due(JOBS["daily"], at(2026, 12, 2, 3, 29)) == at(2026, 12, 1, 3, 30)
    assert schedule.last_due(JOBS["minutely"], at(2026, 12, 2, 10, 0, 59)) == at(2026, 12, 2, 10, 0)
    # Summer time: still 03:30 on the wall clock.
    assert schedule.last_due(JOBS["daily"], at(2026, 7, 1, 12, 0)) == at(2026, 7, 1, 3, 30)


def test_each_due_run_is_queued_once_however_often_the_schedule_is_looked_at(queue, caplog):
    with time_machine.travel(at(2026, 12, 2, 10, 0, 5), tick=False):
        with caplog.at_level(logging.INFO):
            assert sorted(schedule.enqueue_due_jobs(jobs=JOBS)) == ["daily", "minutely"]
        assert "Scheduled job daily queued" in caplog.text
        assert schedule.enqueue_due_jobs(jobs=JOBS) == []
        assert schedule.enqueue_due_jobs(jobs=JOBS) == []
    with time_machine.travel(at(2026, 12, 2, 10, 1, 5), tick=False):
        assert schedule.enqueue_due_jobs(jobs=JOBS) == ["minutely"]
    with time_machine.travel(at(2026, 12, 3, 3, 30, 1), tick=False):
        assert sorted(schedule.enqueue_due_jobs(jobs=JOBS)) == ["daily", "minutely"]
    assert queued("daily") == 2 and queued("minutely") == 3


def test_a_schedule_looked_at_by_two_workers_with_the_same_view_queues_the_run_once(queue):
    with time_machine.travel(at(2026, 12, 2, 10, 0, 5), tick=False):
        schedule.enqueue_due_jobs(jobs=JOBS)
    with time_machine.travel(at(2026, 12, 3, 10, 0, 5), tick=False):
        stale = ScheduledJob.objects.get(name="daily")
        assert schedule.enqueue_due_jobs(jobs={"daily": JOBS["daily"]}) == ["daily"]
        # The second worker read the row before the first moved it: its conditional UPDATE finds nothing.
        claimed = ScheduledJob.objects.filter(pk=stale.pk, last_due_at=stale.last_due_at).update(
            last_due_at=at(2026, 12, 3, 3, 30)
        )
        assert claimed == 0
    assert queued("daily") == 2


def test_a_worker_down_for_days_catches_up_with_one_run_not_one_per_missed_day(queue):
    with time_machine.travel(at(2026, 12, 1, 4, 0), tick=False):
        schedule.enqueue_due_jobs(jobs={"daily": JOBS["daily"]})
    with time_machine.travel(at(2026, 12, 5, 9, 0), tick=False):
        assert schedule.enqueue_due_jobs(jobs={"daily": JOBS["daily"]}) == ["daily"]
        assert schedule.enqueue_due_jobs(jobs={"daily": JOBS["daily"]}) == []
    assert queued("daily") == 2


def test_the_settings_schedule_the_retention_purge_daily():
    from django.conf import settings

    purge = settings.SCHEDULED_JOBS["purge-applications"]
    assert purge["task"] == "mentors.applications.tasks.purge_expired_applications" and "daily_at" in purge


def test_the_purge_job_erases_what_is_due_and_logs_it(caplog):
    old = MentorApplicationFactory(status=MentorApplication.Status.REJECTED)
    MentorApplication.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=400))
    recent = MentorApplicationFactory(status=MentorApplication.Status.REJECTED)
    with caplog.at_level(logging.INFO):
        assert purge_expired_applications.call() == "1 application(s) erased (older than 12 months)."
    assert f"purge_applications: Erased: application #{old.pk}" in caplog.text
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.personal_data_erased_at and old.email == ""
    assert recent.personal_data_erased_at is None and recent.email
    assert purge_expired_applications.call() == "0 application(s) erased (older than 12 months)."


def test_sent_emails_and_finished_task_results_are_pruned_after_their_days(queue, settings):
    now = timezone.now()
    common = {
        "kind": "x",
        "from_email": "a@example.org",
        "to": ["b@example.org"],
        "subject": "s",
        "body": "b",
    }
    common |= {"message_id": "<m@x>", "next_attempt_at": now, "give_up_at": now}
    old_sent = OutgoingEmail.objects.create(
        key="old", status="sent", sent_at=now - timedelta(days=91), **common
    )
    new_sent = OutgoingEmail.objects.create(
        key="new", status="sent", sent_at=now - timedelta(days=1), **common
    )
    failed = OutgoingEmail.objects.create(key="failed", status="failed", **common)
    assert prune_sent_emails.call() == 1
    assert set(OutgoingEmail.objects.values_list("pk", flat=True)) == {new_sent.pk, failed.pk}
    assert not OutgoingEmail.objects.filter(pk=old_sent.pk).exists()

    results = [prune_task_results.enqueue() for _ in range(3)]
    rows = DBTaskResult.objects.filter(id__in=[result.id for result in results])
    ages = iter([8, 1, 91])
    for row, status in zip(rows.order_by("id"), ["SUCCESSFUL", "SUCCESSFUL", "FAILED"], strict=True):
        row.status, row.finished_at = status, now - timedelta(days=next(ages))
        row.save()
    assert prune_task_results.call() == {"succeeded": 1, "failed": 1}
    assert rows.count() == 1
