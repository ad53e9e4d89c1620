"""Applicants' personal data: old rejected and withdrawn applications are purged on a schedule, and
everything held about an e-mail address can be exported or erased."""

import json
import os
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.log_actions import registry
from wagtail.models import ModelLogEntry, PageLogEntry, Revision, TaskState
from wagtail_localize.models import String, StringSegment, TranslationSource

from mentors.applications.storage import private_storage
from mentors.management.commands.purge_applications import months_before
from mentors.models import MentorApplication, MentorPage
from search.models import DirectoryEntry
from tests.support.factories import MentorApplicationFactory
from tests.support.moderation import decide

pytestmark = pytest.mark.django_db

Status = MentorApplication.Status


def age(application, days):
    MentorApplication.objects.filter(pk=application.pk).update(
        updated_at=timezone.now() - timedelta(days=days)
    )


def purge(*args):
    out = StringIO()
    call_command("purge_applications", *args, stdout=out)
    return out.getvalue()


def logs_of(application):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(MentorApplication), object_id=str(application.pk)
    )


# --- Purging old rejected and withdrawn applications ------------------------------------------------


def test_purge_erases_old_rejected_and_withdrawn_applications(moderator_client):
    rejected = MentorApplicationFactory(
        first_name="Rok", last_name="Rozman", areas=("gesi",), years_ngo_experience=5
    )
    decide(moderator_client, rejected, "reject", comment="Rok lacks NGO experience", message="Sorry, Rok")
    withdrawn = MentorApplicationFactory(first_name="Vid", last_name="Vovk", status=Status.WITHDRAWN)
    for application in (rejected, withdrawn):
        age(application, 400)
    files = {application.pk: application.cv.name for application in (rejected, withdrawn)}
    references = {application.pk: application.reference for application in (rejected, withdrawn)}

    output = purge("--months", "12")

    assert "2 application(s) erased" in output
    for application in (rejected, withdrawn):
        application.refresh_from_db()
        assert application.personal_data_erased_at is not None
        assert (application.first_name, application.last_name, application.email, application.phone) == (
            "",
            "",
            "",
            "",
        )
        assert application.organisation == application.role == application.website == application.city == ""
        assert application.eu_values_experience == ""
        assert not application.cv and application.cv_original_name == ""
        assert not private_storage.exists(files[application.pk])
        assert application.reference != references[application.pk]
        assert not application.area_experiences.exclude(description="").exists()
        assert not Revision.objects.for_instance(application).exists()
        for entry in logs_of(application):
            assert "Rozman" not in entry.label and "Vovk" not in entry.label
            assert "comment" not in entry.data and "message" not in entry.data
    assert not TaskState.objects.for_instance(rejected).exclude(comment="").exists()
    # What is left still counts for the programme's statistics.
    assert rejected.status == Status.REJECTED
    assert list(rejected.thematic_areas.values_list("key", flat=True)) == ["gesi"]
    assert rejected.years_ngo_experience == 5
    assert logs_of(rejected).filter(action="mentors.application.reject").exists()
    assert logs_of(rejected).filter(action="mentors.application.erase_personal_data").exists()


def test_purge_keeps_recent_ones_and_never_touches_accepted_or_undecided_applications(moderator_client):
    recent = MentorApplicationFactory(first_name="Nina", last_name="Nova")
    decide(moderator_client, recent, "reject")
    age(recent, 200)
    accepted = MentorApplicationFactory(first_name="Ana", last_name="Stara", publish_consent=False)
    decide(moderator_client, accepted, "accept")
    waiting = MentorApplicationFactory(first_name="Ela", last_name="Čaka")
    in_review = MentorApplicationFactory(first_name="Iva", last_name="Pregled", status=Status.IN_REVIEW)
    for application in (accepted, waiting, in_review):
        age(application, 1000)

    assert "0 application(s) erased" in purge("--months", "12")

    for application in (recent, accepted, waiting, in_review):
        application.refresh_from_db()
        assert application.personal_data_erased_at is None
        assert application.email and private_storage.exists(application.cv.name)


def test_purge_months_are_configurable_and_a_dry_run_changes_nothing(moderator_client):
    application = MentorApplicationFactory()
    decide(moderator_client, application, "reject")
    age(application, 100)
    assert "0 application(s) erased" in purge("--months", "6")
    output = purge("--months", "3", "--dry-run")
    assert "1 application(s) due for erasure" in output
    application.refresh_from_db()
    assert application.personal_data_erased_at is None and application.email
    assert "1 application(s) erased" in purge("--months", "3")
    assert "0 application(s) erased" in purge("--months", "3")  # running it again changes nothing
    with pytest.raises(CommandError):
        purge("--months", "0")


def test_months_are_calendar_months():
    moment = timezone.datetime(2026, 3, 31, 12, 0, tzinfo=timezone.get_current_timezone())
    assert months_before(moment, 1).date().isoformat() == "2026-02-28"
    assert months_before(moment, 12).date().isoformat() == "2025-03-31"
    assert months_before(moment, 15).date().isoformat() == "2024-12-31"


# --- Export and erasure by e-mail -------------------------------------------------------------------


def export(email, *args):
    out = StringIO()
    call_command("personal_data", "--email", email, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_everything_about_an_address_is_exported_as_json(moderator_client):
    first = MentorApplicationFactory(
        first_name="Maja", last_name="Mlakar", email="maja@example.org", areas=("advocacy", "gesi")
    )
    second = MentorApplicationFactory(
        first_name="Maja", last_name="Mlakar", email="Maja@Example.org", language="en"
    )
    decide(
        moderator_client,
        first,
        "request_information",
        comment="ask for references",
        message="Send two references",
    )
    MentorApplicationFactory(first_name="Bor", last_name="Zupan", email="bor@example.org")

    data = json.loads(export("MAJA@example.org"))

    assert data["email"] == "MAJA@example.org"
    assert [item["reference"] for item in data["applications"]] == [first.reference, second.reference]
    item = data["applications"][0]
    assert (item["first_name"], item["phone"], item["status"]) == (
        "Maja",
        first.phone,
        "needs_information",
    )
    assert set(item["thematic_areas"]) == {"advocacy", "gesi"}
    assert {experience["area"] for experience in item["area_experiences"]} == {"advocacy", "gesi"}
    assert item["cv"] == {
        "file_name": first.cv_original_name,
        "content_type": "application/pdf",
        "size": item["cv"]["size"],
        "stored": True,
    }
    decision = [
        entry for entry in item["history"] if entry["action"] == "mentors.application.request_information"
    ]
    assert decision[0]["comment"] == "ask for references" and decision[0]["message"] == "Send two references"
    assert "moderator" not in json.dumps(data)  # the moderators' identities are not the applicant's data
    assert "Zupan" not in json.dumps(data)


def test_the_export_can_go_to_a_private_file(tmp_path):
    MentorApplicationFactory(first_name="Maja", last_name="Mlakar", email="maja@example.org")
    target = tmp_path / "maja.json"
    assert export("maja@example.org", "--output", str(target)) == ""
    assert json.loads(target.read_text(encoding="utf-8"))["applications"][0]["last_name"] == "Mlakar"
    assert oct(os.stat(target).st_mode & 0o777) == "0o600"


def test_an_unknown_address_exports_nothing():
    assert json.loads(export("nobody@example.org"))["applications"] == []


def test_erasing_an_address_deletes_its_applications_cvs_history_and_profile(moderator_client, editor_client):
    accepted = MentorApplicationFactory(first_name="Maja", last_name="Mlakar", email="maja@example.org")
    decide(moderator_client, accepted, "accept", comment="great")
    accepted.refresh_from_db()
    profile = accepted.mentor_page
    profile.get_latest_revision().publish()
    assert DirectoryEntry.objects.filter(page_id=profile.pk).exists()
    translations = list(profile.get_translations(inclusive=True).values_list("pk", flat=True))
    assert len(translations) == 3  # the profile in sl, hr and en
    segments = StringSegment.objects.filter(source__object_id=profile.translation_key)
    strings = list(segments.values_list("string", flat=True))
    assert String.objects.filter(pk__in=strings, data__contains="Mlakar").exists()
    older = MentorApplicationFactory(
        first_name="Maja", last_name="Mlakar", email="MAJA@example.org", status=Status.REJECTED
    )
    other = MentorApplicationFactory(first_name="Bor", last_name="Zupan", email="bor@example.org")
    files = [accepted.cv.name, older.cv.name]
    ids = [accepted.pk, older.pk]

    out = StringIO()
    call_command("personal_data", "--email", "maja@example.org", "--erase", "--no-input", stdout=out)

    assert "Erased 2 application(s), 2 CV file(s) and 3 profile page(s)" in out.getvalue()
    assert not MentorApplication.objects.filter(pk__in=ids).exists()
    assert not any(private_storage.exists(name) for name in files)
    assert not ModelLogEntry.objects.filter(
        object_id__in=[str(pk) for pk in ids], content_type__model="mentorapplication"
    ).exists()
    assert not Revision.objects.filter(
        object_id__in=[str(pk) for pk in ids], content_type__model="mentorapplication"
    ).exists()
    assert not MentorPage.objects.filter(pk__in=translations).exists()
    assert not DirectoryEntry.objects.filter(page_id=profile.pk).exists()
    # Nor does wagtail-localize keep a copy of the profile's texts.
    assert not TranslationSource.objects.filter(object_id=profile.translation_key).exists()
    assert not String.objects.filter(pk__in=strings, data__contains="Mlakar").exists()
    assert not PageLogEntry.objects.filter(page_id=profile.pk).exists()
    assert not registry.get_logs_for_instance(other).filter(label__icontains="Mlakar").exists()
    other.refresh_from_db()
    assert private_storage.exists(other.cv.name)
    assert json.loads(export("maja@example.org"))["applications"] == []


def test_erasing_asks_for_confirmation(monkeypatch):
    application = MentorApplicationFactory(first_name="Maja", last_name="Mlakar", email="maja@example.org")
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError):
        call_command("personal_data", "--email", "maja@example.org", "--erase", stdout=StringIO())
    assert MentorApplication.objects.filter(pk=application.pk).exists()
