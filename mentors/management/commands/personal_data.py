"""Everything the site holds about one e-mail address: export it as JSON, or erase it.

    manage.py personal_data --email ana@example.org                  # JSON to stdout
    manage.py personal_data --email ana@example.org --output ana.json
    manage.py personal_data --email ana@example.org --erase [--no-input]

What is held about an applicant: their applications (answers, areas, languages, the CV file), the
history of the decisions on them (with the moderators' comments and messages), the revision and
workflow records Wagtail keeps of them, and the mentor profile made from an accepted application.
Erasing deletes all of it, the profile page and its translations included. The e-mail address is
matched without regard to case. Moderators' names are not exported: they are not the applicant's data.

The helpers below are shared with ``purge_applications``, which erases the personal data of old
rejected and withdrawn applications but keeps the rest for the programme's statistics.
"""

import json
import os
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log, registry
from wagtail.models import ModelLogEntry, PageLogEntry, TaskState

from impact4values.core.outbox import posting
from mentors.applications import moderation, profiles
from mentors.models import MentorApplication
from mentors.models.application import new_reference

PRIVATE_LOG_DATA = ("comment", "message")


def applications_of(email):
    return (
        MentorApplication.objects.filter(email__iexact=email.strip())
        .select_related("mentor_page", "call")
        .prefetch_related("thematic_areas", "languages", "area_experiences__area")
        .order_by("submitted_at", "pk")
    )


def history_of(application):
    return registry.get_logs_for_instance(application).order_by("timestamp", "pk")


def export_application(application):
    profile = application.mentor_page
    return {
        "reference": application.reference,
        "status": application.status,
        "language": application.language,
        "call": application.call.title if application.call else None,
        "submitted_at": application.submitted_at.isoformat(),
        "updated_at": application.updated_at.isoformat(),
        "first_name": application.first_name,
        "last_name": application.last_name,
        "email": application.email,
        "phone": application.phone,
        "country": application.country,
        "city": application.city,
        "organisation": application.organisation,
        "role": application.role,
        "website": application.website,
        "thematic_areas": [area.key for area in application.thematic_areas.all()],
        "area_experiences": [
            {"area": item.area.key, "description": item.description}
            for item in application.area_experiences.all()
        ],
        "years_ngo_experience": application.years_ngo_experience,
        "years_mentoring_experience": application.years_mentoring_experience,
        "eu_values_experience": application.eu_values_experience,
        "languages": [language.code for language in application.languages.all()],
        "hours_per_month": application.hours_per_month,
        "available_from": application.available_from.isoformat(),
        "cv": {
            "file_name": application.cv_original_name,
            "content_type": application.cv_content_type,
            "size": application.cv_size,
            "stored": bool(application.cv and application.cv.storage.exists(application.cv.name)),
        },
        "privacy_consent_version": application.privacy_consent_version,
        "publish_consent": application.publish_consent,
        "history": [
            {
                "action": entry.action,
                "timestamp": entry.timestamp.isoformat(),
                **{key: entry.data[key] for key in PRIVATE_LOG_DATA if (entry.data or {}).get(key)},
            }
            for entry in history_of(application)
        ],
        "mentor_profile": None
        if profile is None
        else {
            "id": profile.pk,
            "title": profile.title,
            "url": profile.full_url,
            "live": profile.live,
            "translations": [
                {"locale": page.locale.language_code, "url": page.full_url, "live": page.live}
                for page in profile.get_translations().select_related("locale")
            ],
        },
    }


def delete_cv(application):
    """Remove the CV file from private storage (if it is still there)."""
    if application.cv and application.cv.name:
        application.cv.storage.delete(application.cv.name)


def forget_history(application):
    """Strip the name, comments and messages from the application's history; keep who did what, when."""
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(MentorApplication), object_id=str(application.pk)
    )
    for entry in entries:
        entry.label = str(application)
        entry.data = {key: value for key, value in (entry.data or {}).items() if key not in PRIVATE_LOG_DATA}
        entry.save(update_fields=["label", "data"])
    TaskState.objects.filter(workflow_state__in=application.workflow_states).update(comment="")
    application.revisions.delete()  # each is a full copy of the application as submitted


@transaction.atomic
def erase_personal_data(application):
    """Anonymise one application: no name, contact, free text or CV left, nor a reference the applicant
    knows; status, areas, languages, country, years and dates stay for statistics."""
    for field in ("first_name", "last_name", "email", "phone", "city", "organisation", "role", "website"):
        setattr(application, field, "")
    application.eu_values_experience = ""
    cv_name = application.cv.name
    application.cv = ""
    application.cv_original_name = application.cv_content_type = ""
    application.cv_size = 0
    application.submission_key = uuid.uuid4()
    application.latest_revision = application.live_revision = None
    application.personal_data_erased_at = timezone.now()
    for _attempt in range(5):
        application.reference = new_reference()
        try:
            with transaction.atomic():
                application.save()
            break
        except IntegrityError:
            continue
    else:
        raise CommandError(f"No free reference for application {application.pk}.")
    application.area_experiences.update(description="")
    forget_history(application)
    posting.forget(application)  # its e-mails, sent or waiting (a queued delivery then sends nothing)
    log(instance=application, action=moderation.PERSONAL_DATA_ERASED_ACTION)
    if cv_name:
        MentorApplication._meta.get_field("cv").storage.delete(cv_name)


@transaction.atomic
def erase_everything(applications):
    """Delete the applications, their CVs, histories and mentor profiles; return what went."""
    report = {"applications": 0, "cv_files": 0, "profiles": 0, "emails": 0}
    application_type = ContentType.objects.get_for_model(MentorApplication)
    for application in applications:
        profile = application.mentor_page
        if profile is not None:
            pages = list(profile.get_translations(inclusive=True).specific())
            page_ids = [page.pk for page in pages]
            profiles.forget_translations(profile.translation_key)  # wagtail-localize's copy of the texts
            for page in pages:
                page.delete()
            PageLogEntry.objects.filter(page_id__in=page_ids).delete()
            report["profiles"] += len(pages)
        ModelLogEntry.objects.filter(content_type=application_type, object_id=str(application.pk)).delete()
        report["emails"] += posting.forget(application)  # a delivery still queued then sends nothing
        has_cv = bool(application.cv and application.cv.name)
        delete_cv(application)
        application.delete()  # revisions and workflow states go with it
        report["applications"] += 1
        report["cv_files"] += has_cv
    return report


class Command(BaseCommand):
    help = "Export (as JSON) or erase everything held about an applicant's e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The applicant's e-mail address (any case).")
        parser.add_argument("--output", help="Write the JSON export to this file instead of stdout.")
        parser.add_argument(
            "--erase", action="store_true", help="Delete everything held about the address instead."
        )
        parser.add_argument(
            "--no-input", "--noinput", action="store_false", dest="interactive", help="Do not ask to confirm."
        )

    def handle(self, *args, email, output=None, erase=False, interactive=True, **options):
        if "@" not in email:
            raise CommandError("Give an e-mail address.")
        applications = list(applications_of(email))
        if erase:
            return self.erase(email, applications, interactive)
        data = {
            "email": email.strip(),
            "exported_at": timezone.now().isoformat(),
            "applications": [export_application(application) for application in applications],
        }
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if output:
            descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                file.write(text + "\n")
            self.stderr.write(f"{len(applications)} application(s) exported to {output}.")
        else:
            self.stdout.write(text)

    def erase(self, email, applications, interactive):
        if not applications:
            self.stdout.write(f"Nothing is held about {email}.")
            return
        profiles = sum(1 for application in applications if application.mentor_page_id)
        summary = f"{len(applications)} application(s) and {profiles} mentor profile(s) of {email}"
        if interactive:
            answer = input(f"Erase {summary}, for good? Type 'yes' to continue: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing erased.")
        report = erase_everything(applications)
        self.stdout.write(
            f"Erased {report['applications']} application(s), {report['cv_files']} CV file(s) and "
            f"{report['profiles']} profile page(s) of {email}."
        )
