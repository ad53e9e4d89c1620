"""Storing e-mails for delivery, and sending a failed one again."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from impact4values.core.models import OutgoingEmail


def message_id_for(key):
    """A stable Message-ID made from the e-mail's key (a second copy would carry the same one)."""
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(" >") or "localhost"
    return f"<{key}@{domain}>"


def post(message, *, key, kind, about=None):
    """Store ``message`` (an ``EmailMessage``, its HTML alternative kept) under ``key`` and queue its
    delivery after the current transaction commits. Posting the same key again changes nothing."""
    return post_all([(message, key, kind)], about=about)[0]


def post_all(messages, *, about=None):
    """``post`` for several (message, key, kind) at once: one query to find the keys already stored,
    one to store the others. Returns the stored e-mails, in order."""
    stored = {
        email.key: email for email in OutgoingEmail.objects.filter(key__in=[key for _, key, _ in messages])
    }
    now = timezone.now()
    about_type = ContentType.objects.get_for_model(about) if about is not None else None
    new = [
        as_row(message, key, kind, about_type, about.pk if about is not None else None, now)
        for message, key, kind in messages
        if key not in stored
    ]
    for email in OutgoingEmail.objects.bulk_create(new):
        stored[email.key] = email
        queue_delivery(email.pk)
    return [stored[key] for _, key, _ in messages]


def as_row(message, key, kind, about_type, about_id, now):
    html = next(
        (content for content, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"), ""
    )
    return OutgoingEmail(
        key=key,
        kind=kind,
        about_type=about_type,
        about_id=about_id,
        from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(message.to),
        reply_to=list(message.reply_to),
        subject=str(message.subject)[:255],
        body=message.body,
        html=html,
        message_id=message_id_for(key),
        next_attempt_at=now,
        give_up_at=now + timedelta(seconds=settings.EMAIL_RETRY_FOR),
    )


def queue_delivery(email_id):
    from . import tasks

    transaction.on_commit(lambda: tasks.deliver_email.enqueue(email_id), robust=True)


def send_again(email):
    """Give a failed e-mail a new day of attempts, starting now; ``False`` if it is not failed."""
    now = timezone.now()
    updated = OutgoingEmail.objects.filter(pk=email.pk, status=OutgoingEmail.Status.FAILED).update(
        status=OutgoingEmail.Status.PENDING,
        next_attempt_at=now,
        give_up_at=now + timedelta(seconds=settings.EMAIL_RETRY_FOR),
        last_error="",
    )
    if updated:
        queue_delivery(email.pk)
    return bool(updated)


def forget(about):
    """Delete every e-mail about ``about``, sent or not (its personal data is being erased): a delivery
    still queued for one of them then finds nothing to send."""
    return OutgoingEmail.objects.filter(
        about_type=ContentType.objects.get_for_model(about), about_id=about.pk
    ).delete()[0]
