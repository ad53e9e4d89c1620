"""The worker's own scheduled job: finished task results are not kept for ever."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def prune_task_results():
    """Delete successful task results after ``TASKS_KEEP_SUCCEEDED_DAYS``, failed ones after
    ``TASKS_KEEP_FAILED_DAYS`` (kept longer, to be looked into)."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    succeeded, _ = (
        DBTaskResult.objects.successful()
        .filter(finished_at__lt=now - timedelta(days=settings.TASKS_KEEP_SUCCEEDED_DAYS))
        .delete()
    )
    failed, _ = (
        DBTaskResult.objects.failed()
        .filter(finished_at__lt=now - timedelta(days=settings.TASKS_KEEP_FAILED_DAYS))
        .delete()
    )
    logger.info("Pruned %s successful and %s failed task result(s)", succeeded, failed)
    return {"succeeded": succeeded, "failed": failed}
