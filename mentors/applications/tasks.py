"""The tasks that send an application's e-mails, queued after the transaction that calls for them.

A failure is logged here with the application's id and re-raised, so the task's result records it as
failed (the immediate backend catches it: the applicant's request or the moderator's decision is never
affected).
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


@task()
def send_decision_email(application_id, status, message=""):
    try:
        return notifications.send_decision(application_id, status, message)
    except Exception:
        logger.exception("The decision on application %s could not be sent", application_id)
        raise
