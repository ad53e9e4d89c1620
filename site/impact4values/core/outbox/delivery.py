"""Sending one stored e-mail: claim it, send it, record what happened.

The claim is one conditional UPDATE, so two workers (or a worker and a retry sweep) never send the same
row; a row claimed by a worker that died is claimable again once the claim is older than
``EMAIL_CLAIM_TIMEOUT``. The only window for a second copy is a crash between the server's "250 OK" and
the UPDATE that records it: the copy then carries the same Message-ID.
"""

import logging
import smtplib
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import F, Q
from django.utils import timezone

from impact4values.core.background.retry import backoff
from impact4values.core.models import OutgoingEmail

logger = logging.getLogger(__name__)
Status = OutgoingEmail.Status


@dataclass(frozen=True)
class Outcome:
    status: str  # "sent", "retry", "failed", or "skipped" (gone, sent already, or someone else's)
    retry_in: float = 0


class DeliveryFailed(Exception):
    """Raised by the task when an e-mail is given up, so that the task's result shows it failed."""


def claimable(now):
    stale = now - timedelta(seconds=settings.EMAIL_CLAIM_TIMEOUT)
    return Q(status=Status.PENDING, next_attempt_at__lte=now) | Q(status=Status.SENDING, claimed_at__lt=stale)


def claim(email_id, now):
    rows = OutgoingEmail.objects.filter(claimable(now), pk=email_id)
    if not rows.update(status=Status.SENDING, claimed_at=now, attempts=F("attempts") + 1):
        return None
    return OutgoingEmail.objects.get(pk=email_id)


def as_message(email, connection):
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=email.from_email,
        to=email.to,
        reply_to=email.reply_to or None,
        headers={"Message-ID": email.message_id},
        connection=connection,
    )
    if email.html:
        message.attach_alternative(email.html, "text/html")
    return message


def is_temporary(error):
    """Worth trying again later: the server unreachable, slow, gone mid-way, or saying "try later"
    (4xx). A permanent refusal (5xx, e.g. no such mailbox) is not."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    return isinstance(error, OSError)  # connection refused or reset, timeouts, SMTPServerDisconnected


def deliver(email_id):
    now = timezone.now()
    email = claim(email_id, now)
    if email is None:
        return Outcome("skipped")
    try:
        with get_connection(timeout=settings.EMAIL_TIMEOUT) as connection:
            as_message(email, connection).send()
    except Exception as error:  # noqa: BLE001 - every failure is recorded on the row
        return record_failure(email, error)
    OutgoingEmail.objects.filter(pk=email.pk, status=Status.SENDING).update(
        status=Status.SENT, sent_at=timezone.now(), last_error=""
    )
    logger.info("E-mail %s sent (attempt %s)", email.key, email.attempts)
    return Outcome("sent")


def record_failure(email, error):
    now = timezone.now()
    description = f"{type(error).__name__}: {error}"[:2000]
    if is_temporary(error) and now < email.give_up_at:
        delay = backoff(email.attempts, settings.EMAIL_RETRY_FIRST_DELAY, settings.EMAIL_RETRY_MAX_DELAY)
        OutgoingEmail.objects.filter(pk=email.pk).update(
            status=Status.PENDING, next_attempt_at=now + timedelta(seconds=delay), last_error=description
        )
        logger.warning("E-mail %s not sent (%s); next attempt in %s s", email.key, description, delay)
        return Outcome("retry", retry_in=delay)
    OutgoingEmail.objects.filter(pk=email.pk).update(status=Status.FAILED, last_error=description)
    logger.error("E-mail %s failed after %s attempt(s): %s", email.key, email.attempts, description)
    return Outcome("failed")


def overdue(now=None, grace=60):
    """Pending e-mails whose next attempt is more than ``grace`` seconds late (their queued retry was
    lost, or the backend could not defer one) and abandoned claims."""
    now = now or timezone.now()
    return OutgoingEmail.objects.filter(claimable(now - timedelta(seconds=grace)))
