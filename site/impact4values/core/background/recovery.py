"""Tasks whose worker died: a task still "running" long after it started is given to the queue again.

A worker killed in the middle of a task (out of memory, a deploy, a power cut) never marks it finished;
without this, the task would stay "running" for ever and its e-mail would never go. Running it again is
safe because every task that sends or writes is idempotent (the outbox sends each e-mail once).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus

logger = logging.getLogger(__name__)


def requeue_abandoned(backend_name="default", now=None):
    """Put back in the queue the tasks running for longer than ``TASKS_ABANDONED_AFTER`` seconds."""
    from django_tasks_db.models import DBTaskResult

    cutoff = (now or timezone.now()) - timedelta(seconds=settings.TASKS_ABANDONED_AFTER)
    abandoned = DBTaskResult.objects.filter(
        backend_name=backend_name, status=TaskResultStatus.RUNNING, started_at__lt=cutoff
    )
    requeued = 0
    for task_id, task_path in abandoned.values_list("id", "task_path"):
        # The same condition again: another worker may have requeued (and started) it meanwhile.
        if abandoned.filter(id=task_id).update(status=TaskResultStatus.READY, started_at=None):
            logger.warning("Task %s (%s) was abandoned by its worker; it will run again", task_id, task_path)
            requeued += 1
    return requeued
