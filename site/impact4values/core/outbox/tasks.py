"""The outbox's tasks: one delivery, and the scheduled sweeps (overdue retries, old sent e-mails)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from impact4values.core.background.retry import enqueue_later
from impact4values.core.models import OutgoingEmail

from . import delivery

logger = logging.getLogger(__name__)


@task()
def deliver_email(email_id):
    """Send one stored e-mail; when the server is down, queue the next attempt after a backoff."""
    outcome = delivery.deliver(email_id)
    if outcome.status == "retry":
        enqueue_later(deliver_email, outcome.retry_in, email_id)
    elif outcome.status == "failed":
        raise delivery.DeliveryFailed(f"E-mail {email_id} was given up; it can be sent again from the admin.")
    return outcome.status


@task()
def retry_overdue_emails():
    """Scheduled: queue the e-mails whose retry was lost (a crash, an immediate backend)."""
    ids = list(delivery.overdue().values_list("pk", flat=True)[:500])
    for email_id in ids:
        deliver_email.enqueue(email_id)
    if ids:
        logger.info("Queued %s overdue e-mail(s) again", len(ids))
    return len(ids)


@task()
def prune_sent_emails():
    """Scheduled daily: forget sent e-mails after ``EMAIL_KEEP_SENT_DAYS`` (they hold personal data)."""
    cutoff = timezone.now() - timedelta(days=settings.EMAIL_KEEP_SENT_DAYS)
    deleted, _ = OutgoingEmail.objects.filter(status=OutgoingEmail.Status.SENT, sent_at__lt=cutoff).delete()
    logger.info("Pruned %s sent e-mail(s) older than %s days", deleted, settings.EMAIL_KEEP_SENT_DAYS)
    return deleted
