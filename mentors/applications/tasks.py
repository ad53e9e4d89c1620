"""Tasks queued after an application is committed (django-tasks).

A failure is logged here with the application's reference and re-raised, so the task's result records
it as failed (the immediate backend catches it: the applicant's request is never affected).
"""

import logging

from django_tasks import task

from . import notifications

logger = logging.getLogger(__name__)


@task()
def send_application_confirmation(application_id):
    try:
        return notifications.send_confirmation(application_id)
    except Exception:
        logger.exception("The confirmation of application %s could not be sent", application_id)
        raise


@task()
def notify_moderators_of_application(application_id):
    try:
        return notifications.notify_moderators(application_id)
    except Exception:
        logger.exception("Moderators could not be notified of application %s", application_id)
        raise
