"""Sending the form: one application stored with its CV in private storage, e-mails after the commit,
a thank-you page with the reference (post/redirect/get), and everything that must store nothing:
a re-sent form, a late one, a robot's, one over the rate limit, one without a CSRF token.

Two requests racing with one form's key are in ``test_application_concurrency``, raced for real."""

import datetime
import re
import uuid
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from mentors.models import AreaExperience, MentorApplication
from programme.demo.deadline import REAL_DEADLINE
from programme.models import CallPage
from tests.support.applications import (
    CALL_URL,
    Applicant,
    area,
    close_the_call,
    error_summary,
    label,
    open_the_call,
    upload,
    valid_data,
)

pytestmark = pytest.mark.django_db
LJUBLJANA = ZoneInfo("Europe/Ljubljana")


@pytest.fixture(autouse=True)
def open_call():
    open_the_call()


def cv_files():
    folder = settings.PRIVATE_MEDIA_ROOT / "cvs"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def applicant_mail(outbox, address):
    return [message for message in outbox if message.to == [address]]


# --- A valid application --------------------------------------------------------------------------------
def test_valid_application_is_stored_with_its_cv_and_redirects_to_the_thank_you_page(
    django_capture_on_commit_callbacks,
):
    before = cv_files()
    applicant = Applicant("sl")
    with django_capture_on_commit_callbacks(execute=True):
        response = applicant.submit(valid_data(cv=upload("Življenjepis Ana.pdf")))
    assert response.status_code == 303
    assert response["Location"] == "/sl/poziv-za-mentorje/thanks/"

    application = MentorApplication.objects.get()
    assert application.submission_key == uuid.UUID(applicant.key)
    assert re.fullmatch(r"I4V-[A-Z2-9]{4}-[A-Z2-9]{4}", application.reference)
    assert application.status == MentorApplication.Status.SUBMITTED
    assert application.language == "sl"
    assert application.call == CallPage.objects.get(locale__language_code="sl")
    assert (application.first_name, application.last_name, application.email) == (
        "Ana",
        "Novak",
        "ana.novak@example.org",
    )
    assert application.years_ngo_experience == 12 and application.hours_per_month == 10
    assert sorted(application.languages.values_list("code", flat=True)) == ["en", "sl"]
    assert set(application.thematic_areas.all()) == {area("advocacy"), area("gesi")}
    assert dict(application.area_experiences.values_list("area__key", "description")) == {
        "advocacy": "Deset let vodim zagovorniške kampanje.",
        "gesi": "Vodila sem usposabljanja o enakosti spolov.",
    }
    assert application.privacy_consent_version == settings.PRIVACY_NOTICE_VERSION
    assert application.publish_consent is True

    assert application.cv_original_name == "Življenjepis Ana.pdf"
    assert application.cv_content_type == "application/pdf"
    assert application.cv_size == application.cv.size > 0
    assert re.fullmatch(r"cvs/[0-9a-f]{32}\.pdf", application.cv.name)
    assert (settings.PRIVATE_MEDIA_ROOT / application.cv.name).is_file()
    assert len(cv_files()) == len(before) + 1

    thanks = applicant.client.get(response["Location"])
    assert thanks.status_code == 200
    assert application.reference in thanks.content.decode()
    assert "no-cache" in thanks["Cache-Control"] or "max-age=0" in thanks["Cache-Control"]


@pytest.mark.parametrize("language", ["hr", "en"])
def test_areas_chosen_on_a_translated_page_are_stored_as_the_default_language_rows(language):
    html = Applicant(language).open().content.decode()
    assert label("financial-stability", language) in html
    data = valid_data(
        thematic_areas=[str(area("financial-stability").pk)], experience_financial_stability="x"
    )
    data["experience_financial-stability"] = data.pop("experience_financial_stability")
    applicant = Applicant(language)
    assert applicant.submit(data).status_code == 303
    application = MentorApplication.objects.get()
    assert list(application.thematic_areas.all()) == [area("financial-stability")]
    assert application.language == language
    assert application.area_experiences.get().area == area("financial-stability")


def test_confirmation_goes_to_the_applicant_in_their_language_and_moderators_are_notified(
    django_capture_on_commit_callbacks, mailoutbox
):
    moderator = get_user_model().objects.get(username="moderator")
    inactive = get_user_model().objects.create_user("gone", "gone@example.org", "x", is_active=False)
    inactive.groups.add(Group.objects.get(name="Moderators"))
    with django_capture_on_commit_callbacks(execute=True):
        Applicant("hr").submit(valid_data(country="HR", email="ivana@example.hr"))
    application = MentorApplication.objects.get()

    [confirmation] = applicant_mail(mailoutbox, "ivana@example.hr")
    assert application.reference in confirmation.subject
    assert application.reference in confirmation.body
    assert "Hrvatska" in confirmation.body  # the country, in Croatian
    assert label("advocacy", "hr") in confirmation.body
    html, mimetype = confirmation.alternatives[0]
    assert mimetype == "text/html" and '<html lang="hr">' in html
    assert confirmation.attachments == []

    [notice] = applicant_mail(mailoutbox, moderator.email)
    assert application.reference in notice.subject
    assert "Ana Novak" in notice.body
    assert notice.reply_to == ["ivana@example.hr"]
    assert notice.attachments == []
    assert not applicant_mail(mailoutbox, "gone@example.org")


def test_no_email_is_sent_before_the_transaction_commits(django_capture_on_commit_callbacks, mailoutbox):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        Applicant("en").submit()
    assert not applicant_mail(mailoutbox, "ana.novak@example.org")
    assert len(callbacks) >= 2  # confirmation and moderators, queued for after the commit


def test_a_valid_submission_takes_at_most_33_queries(django_assert_max_num_queries, settings):
    # Tasks deferred, as a real queue would: e-mail deliveries (after the commit anyway) and Wagtail's
    # reference index update, which its post_save handler queues at once (5 statements more when run
    # inline). About 12 of the 33 store the e-mails in the outbox, in the application's transaction:
    # the moderators' notices are written per admin language (the demo has sl and hr moderators), one
    # query for the areas' names in each.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    applicant = Applicant("sl")
    applicant.open()
    data = valid_data()
    with django_assert_max_num_queries(33):
        response = applicant.submit(data)
    assert response.status_code == 303


# --- The thank-you page ---------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_thank_you_page_without_a_submission_sends_back_to_the_call_with_a_message(client, language):
    response = client.get(CALL_URL[language] + "thanks/")
    assert response.status_code == 302
    assert response["Location"] == CALL_URL[language] + "#apply"
    page = client.get(CALL_URL[language]).content.decode()
    assert 'class="notice" role="status"' in page


def test_thank_you_page_belongs_to_the_browser_that_applied():
    applicant = Applicant("en")
    applicant.submit()
    reference = MentorApplication.objects.get().reference
    assert reference in applicant.thanks().content.decode()
    assert applicant.thanks().content.decode().count(reference) == 1
    stranger = Client(HTTP_HOST="localhost")
    assert stranger.get(CALL_URL["en"] + "thanks/").status_code == 302


# --- A double click, a re-sent POST ---------------------------------------------------------------------
def test_two_identical_posts_create_one_application_and_the_same_thank_you_page(
    django_capture_on_commit_callbacks, mailoutbox
):
    applicant = Applicant("en")
    applicant.open()
    with django_capture_on_commit_callbacks(execute=True):
        first = applicant.submit(valid_data())
        second = applicant.submit(valid_data())
    assert first.status_code == second.status_code == 303
    assert first["Location"] == second["Location"]
    assert MentorApplication.objects.count() == 1
    assert len(applicant_mail(mailoutbox, "ana.novak@example.org")) == 1
    assert MentorApplication.objects.get().reference in applicant.thanks().content.decode()


def test_a_resent_post_from_another_tab_still_finds_the_application():
    applicant = Applicant("en")
    applicant.submit()
    resent = Applicant("en")  # a new session: the key alone identifies the application
    resent.open()
    response = resent.submit(valid_data(), key=applicant.key)
    assert response.status_code == 303
    assert MentorApplication.objects.count() == 1
    assert MentorApplication.objects.get().reference in resent.thanks().content.decode()


def test_a_different_key_from_the_same_person_is_a_new_application():
    applicant = Applicant("en")
    applicant.submit()
    applicant.open()
    applicant.submit(valid_data())
    assert MentorApplication.objects.count() == 2


@pytest.mark.parametrize("key", ["", "not-a-uuid", "'; DROP TABLE x; --"])
def test_a_missing_or_malformed_submission_key_is_an_error_not_a_crash(key):
    response = Applicant("en").submit(valid_data(), key=key or " ")
    assert response.status_code == 400
    assert "expired or was damaged" in error_summary(response.content.decode())
    fresh_key = re.search(r'name="submission_key" value="([^"]+)"', response.content.decode()).group(1)
    assert uuid.UUID(fresh_key)
    assert not MentorApplication.objects.exists()


# --- CSRF -----------------------------------------------------------------------------------------------
def test_a_post_without_csrf_token_is_refused_and_stores_nothing():
    applicant = Applicant("en")
    applicant.open()
    payload = {"submission_key": applicant.key, **valid_data()}
    response = applicant.client.post(applicant.url, payload)
    assert response.status_code == 403
    assert not MentorApplication.objects.exists()
    fresh = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    assert fresh.post(applicant.url, payload | {"cv": upload()}).status_code == 403
    assert not MentorApplication.objects.exists()


# --- The deadline ---------------------------------------------------------------------------------------
def test_a_post_after_the_deadline_is_refused_with_a_message_and_stores_nothing(mailoutbox):
    applicant = Applicant("en")
    applicant.open()  # the form was shown while the call was open ...
    close_the_call()  # ... and sent after it closed
    response = applicant.submit(valid_data())
    assert response.status_code == 403
    html = response.content.decode()
    assert "Your application was not stored" in html
    assert 'role="alert"' in html
    assert "application-closed" in html
    assert 'name="cv"' not in html
    assert not MentorApplication.objects.exists()
    assert not mailoutbox


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        (datetime.datetime(2025, 12, 20, 23, 59, 59, tzinfo=LJUBLJANA), 303),
        (datetime.datetime(2025, 12, 21, 0, 0, 0, tzinfo=LJUBLJANA), 403),
    ],
)
def test_the_deadline_is_the_end_of_the_day_in_ljubljana(moment, status):
    CallPage.objects.update(application_deadline=REAL_DEADLINE)
    with time_machine.travel(moment - datetime.timedelta(minutes=5), tick=False):
        applicant = Applicant("sl")
        applicant.open()
        data = valid_data(available_from="2026-01-15")
    with time_machine.travel(moment, tick=False):
        assert applicant.submit(data).status_code == status
    assert MentorApplication.objects.count() == (1 if status == 303 else 0)


# --- Spam -----------------------------------------------------------------------------------------------
def test_a_filled_honeypot_is_refused_with_a_neutral_error_and_stores_nothing(mailoutbox):
    response = Applicant("en").submit(valid_data(website_url="http://spam.example"))
    assert response.status_code == 400
    summary = error_summary(response.content.decode())
    assert "could not accept this application" in summary
    assert "robot" not in summary.lower() and "honeypot" not in summary.lower()
    assert not MentorApplication.objects.exists()
    assert not mailoutbox


def test_more_than_the_rate_limit_from_one_address_is_refused_with_a_clear_message(settings):
    settings.APPLICATION_RATE_LIMIT = 2
    for _ in range(2):
        applicant = Applicant("en", address="198.51.100.7")
        assert applicant.submit().status_code == 303
    third = Applicant("en", address="198.51.100.7")
    response = third.submit(valid_data(first_name="Tretja"))
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "try again in" in error_summary(html)
    assert 'value="Tretja"' in html  # the input is kept for later
    assert MentorApplication.objects.count() == 2
    assert Applicant("en", address="198.51.100.8").submit().status_code == 303  # another address


def test_the_rate_limit_is_localized(settings):
    settings.APPLICATION_RATE_LIMIT = 0
    response = Applicant("hr", address="198.51.100.9").submit()
    assert response.status_code == 429
    assert '<html lang="hr">' in response.content.decode()
    assert not MentorApplication.objects.exists()


def test_forged_forwarded_for_headers_do_not_escape_the_rate_limit(settings):
    settings.APPLICATION_RATE_LIMIT = 1
    assert Applicant("en", address="198.51.100.20").submit().status_code == 303
    forged = Applicant("en", address="198.51.100.20")
    assert forged.submit(HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_is_limited(settings):
    settings.APPLICATION_RATE_LIMIT = 1
    settings.TRUSTED_PROXIES = 1
    proxy = "10.0.0.1"
    assert Applicant("en", address=proxy).submit(HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.1").status_code == 303
    assert Applicant("en", address=proxy).submit(HTTP_X_FORWARDED_FOR="192.0.2.1").status_code == 429
    assert Applicant("en", address=proxy).submit(HTTP_X_FORWARDED_FOR="192.0.2.2").status_code == 303


def test_mistakes_do_not_count_towards_the_rate_limit(settings):
    settings.APPLICATION_RATE_LIMIT = 1
    applicant = Applicant("en", address="198.51.100.30")
    for _ in range(3):
        assert applicant.submit(valid_data(email="wrong")).status_code == 400
    assert applicant.submit(valid_data()).status_code == 303


# --- Stored as text -------------------------------------------------------------------------------------
SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
TEXT_FIELDS = ["first_name", "last_name", "city", "organisation", "role", "eu_values_experience"]


def test_html_in_every_text_field_is_stored_as_text_and_escaped_in_emails(
    django_capture_on_commit_callbacks, mailoutbox
):
    data = valid_data(**{field: SCRIPT for field in TEXT_FIELDS})
    data["experience_advocacy"] = data["experience_gesi"] = SCRIPT
    with django_capture_on_commit_callbacks(execute=True):
        assert Applicant("en").submit(data).status_code == 303
    application = MentorApplication.objects.get()
    for field in TEXT_FIELDS:
        assert getattr(application, field) == SCRIPT
    assert set(AreaExperience.objects.values_list("description", flat=True)) == {SCRIPT}

    moderator = get_user_model().objects.get(username="moderator").email
    for message in applicant_mail(mailoutbox, "ana.novak@example.org") + applicant_mail(
        mailoutbox, moderator
    ):
        html = message.alternatives[0][0]
        assert "<script>" not in html and "<img" not in html
        assert "&lt;script&gt;" in html
        assert SCRIPT.split("<img")[0] in message.body  # plain text is shown as typed
    assert "&lt;script&gt;" not in mailoutbox[0].subject
