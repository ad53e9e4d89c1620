"""Scheduled jobs: tasks queued at set times by the worker (or by ``manage.py run_scheduled_jobs`` from
cron, where no worker runs the schedule).

``SCHEDULED_JOBS`` names each job's task and when it is due, either ``"every": seconds`` or
``"daily_at": "HH:MM"`` (the site's time zone). A run is due once its moment has passed; each due run is
queued once however many workers look, because queuing it moves the job's row from the previous moment
to this one in one conditional UPDATE. A worker that was down queues a missed run when it is back (once,
not once per missed moment). The jobs themselves are idempotent and log what they did.
"""

import logging
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from impact4values.core.models import ScheduledJob

logger = logging.getLogger(__name__)


def last_due(spec, now):
    """The latest moment at or before ``now`` at which the job ``spec`` was due."""
    if "every" in spec:
        period = int(spec["every"])
        return datetime.fromtimestamp(now.timestamp() // period * period, tz=now.tzinfo)
    hour, minute = (int(part) for part in spec["daily_at"].split(":"))
    local = timezone.localtime(now)
    due = timezone.make_aware(datetime.combine(local.date(), time(hour, minute)))
    return due if due <= now else due - timedelta(days=1)


def enqueue_due_jobs(now=None, jobs=None):
    """Queue every job whose run is due and not yet queued; returns the names queued."""
    now = now or timezone.now()
    queued = []
    for name, spec in (settings.SCHEDULED_JOBS if jobs is None else jobs).items():
        due = last_due(spec, now)
        job, _ = ScheduledJob.objects.get_or_create(name=name)
        if job.last_due_at is not None and job.last_due_at >= due:
            continue
        with transaction.atomic():
            claimed = ScheduledJob.objects.filter(pk=job.pk, last_due_at=job.last_due_at).update(
                last_due_at=due, last_enqueued_at=now
            )
            if claimed:
                import_string(spec["task"]).enqueue()
        if claimed:
            logger.info("Scheduled job %s queued (due %s)", name, due.isoformat())
            queued.append(name)
    return queued
