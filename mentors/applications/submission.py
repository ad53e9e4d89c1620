"""Storing an application: one transaction for the row, its areas, languages, descriptions and CV.

Idempotency: every rendered form carries a random ``submission_key``; the key is unique in the table,
so a double click or a re-sent POST finds the application already stored (or, when two requests race,
loses on the unique constraint) and returns it instead of creating another.

The CV is written under its random name inside the transaction (Django writes a FileField's file just
before the row's INSERT). If anything fails before the transaction commits, the file is deleted on the
way out, so no file is left without a row; the transaction is durable (never nested in another one),
so leaving the block normally means the row is committed. The e-mails are stored in the same
transaction (the outbox) and sent once it commits; the review, too, waits for the commit.
"""

import logging
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction

from mentors.models import AreaExperience, MentorApplication

from . import moderation, notifications

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Submission:
    application: MentorApplication
    created: bool


def find(submission_key):
    """The application already stored under this key (a string from the form, or a UUID), or None."""
    try:
        key = uuid.UUID(str(submission_key))
    except (TypeError, ValueError):
        return None
    return MentorApplication.objects.filter(submission_key=key).only("pk", "reference").first()


def submit(form, *, call, language):
    """Store the valid ``form``'s application once; return it and whether this call created it.

    Callers look the key up first with ``find`` (a re-sent form costs one query and writes nothing);
    the unique constraint is what guarantees one application per key when two requests race.
    """
    key = form.cleaned_data["submission_key"]
    try:
        application = store(form, call=call, language=language)
    except IntegrityError:
        existing = find(key)
        if existing is None:
            raise
        logger.info("A concurrent request already stored application %s", existing.reference)
        return Submission(existing, created=False)
    return Submission(application, created=True)


def store(form, *, call, language):
    application = form.save(commit=False)
    application.call = call
    application.language = language
    application.privacy_consent_version = settings.PRIVACY_NOTICE_VERSION
    try:
        with transaction.atomic(durable=True):
            application.save()  # writes the CV file under its random name, then inserts the row
            save_relations(application, form)
            post_emails(application)
            after_commit(application.pk)
    except BaseException:
        discard_cv(application)
        raise
    return application


def post_emails(application):
    """The confirmation and the moderators' notices, stored with the application (sent once it
    commits). Storing them never undoes the application: a failure is logged, nothing more."""
    try:
        with transaction.atomic():
            notifications.post_submission_emails(application)
    except Exception:
        logger.exception("The e-mails of application %s could not be stored", application.pk)


def after_commit(application_id):
    """What follows a stored application once it is committed: it enters the moderators' review (a
    failure is logged and never undoes the application)."""
    transaction.on_commit(lambda: moderation.enter_review(application_id), robust=True)


def save_relations(application, form):
    """Areas, languages and descriptions in one INSERT each (the application is new: nothing to diff)."""
    areas = MentorApplication.thematic_areas.through
    areas.objects.bulk_create(
        [
            areas(mentorapplication_id=application.pk, thematicarea_id=area.pk)
            for area in form.cleaned_data["thematic_areas"]
        ]
    )
    languages = MentorApplication.languages.through
    languages.objects.bulk_create(
        [
            languages(mentorapplication_id=application.pk, language_id=code)
            for code in form.cleaned_data["languages"]
        ]
    )
    AreaExperience.objects.bulk_create(
        [
            AreaExperience(application_id=application.pk, area_id=area.pk, description=description)
            for area, description in form.area_experiences()
        ]
    )


def discard_cv(application):
    """Delete the CV written for an application whose transaction did not commit."""
    cv = application.cv
    if not (cv and cv.name and getattr(cv, "_committed", False)):
        return  # never written
    try:
        cv.storage.delete(cv.name)
    except OSError:
        logger.exception("Could not delete the CV %s of an application that was not stored", cv.name)
