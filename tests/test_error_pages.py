"""Errors a visitor can cause get a page in their language that says what happened and how to go on:
a failed CSRF check (an expired form or blocked cookies) and a form with too many fields or files,
never Django's English or debug pages, and nothing is stored."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from mentors.models import MentorApplication
from tests.support.applications import CALL_URL, Applicant, open_the_call, valid_data

pytestmark = pytest.mark.django_db

# The page's messages, whole (they are msgids, looked up in each language).
EXPIRED = (
    "The form was open too long, or was sent from a page that had been reloaded or opened in another tab, "
    "so the site could not check that it came from its own page."
)
COOKIES = (
    "Your browser did not send the cookie this site uses to check that a form really comes from its own "
    "page. Allow cookies for this site (or leave private mode) and try again."
)
LOST = (
    "For your security nothing was saved, and the text you typed could not be kept: open the form again "
    "and fill it in anew."
)


@pytest.fixture(autouse=True)
def open_call():
    open_the_call()


def localized(html, language, *texts):
    with translation.override(language):
        return all(gettext(text) in html for text in texts)


def text_of(response):
    return re.sub(r"\s+", " ", response.content.decode())


# --- CSRF --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_an_expired_form_shows_a_localized_page_that_links_back_to_the_application_form(language):
    applicant = Applicant(language)
    applicant.open()
    response = applicant.client.post(applicant.url, {**valid_data(), "csrfmiddlewaretoken": "x" * 64})
    html = text_of(response)
    assert response.status_code == 403
    assert f'<html lang="{language}">' in html
    assert localized(html, language, "The form has expired", "Back to the form")
    with translation.override(language):
        assert gettext(LOST) in html and gettext(EXPIRED) in html
    assert f'href="{CALL_URL[language]}#apply"' in html
    assert not MentorApplication.objects.exists()


def test_a_browser_without_cookies_is_told_that_cookies_are_blocked():
    blocked = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    response = blocked.post(CALL_URL["en"], valid_data(), HTTP_REFERER="http://localhost" + CALL_URL["en"])
    html = text_of(response)
    assert response.status_code == 403
    assert COOKIES in html and LOST in html
    assert EXPIRED not in html
    assert f'href="{CALL_URL["en"]}#apply"' in html
    assert not MentorApplication.objects.exists()


def test_the_csrf_page_keeps_django_s_reason_and_the_tokens_to_itself():
    applicant = Applicant("en")
    applicant.open()
    response = applicant.client.post(applicant.url, {**valid_data(), "csrfmiddlewaretoken": "x" * 64})
    html = response.content.decode()
    assert response.status_code == 403
    assert "CSRF" not in html and "token" not in html.lower().replace("csrfmiddlewaretoken", "")
    assert "x" * 64 not in html
    assert applicant.client.cookies["csrftoken"].value not in html


@pytest.mark.parametrize(
    "referer",
    [
        "https://evil.example/sl/poziv-za-mentorje/",
        "http://localhost/sl/no-such-page/",
        "javascript:alert(1)",
    ],
)
def test_a_foreign_or_unknown_referer_is_never_linked_and_the_page_posted_to_is_used(referer):
    blocked = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    response = blocked.post(CALL_URL["hr"], valid_data(), HTTP_REFERER=referer)
    html = response.content.decode()
    assert response.status_code == 403
    assert "evil.example" not in html and "javascript:" not in html and "no-such-page" not in html
    assert f'href="{CALL_URL["hr"]}#apply"' in html


def test_a_failed_form_elsewhere_links_home():
    blocked = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    response = blocked.post("/admin/login/", {"username": "admin", "password": "impact4values"})
    html = text_of(response)
    assert response.status_code == 403
    assert 'href="/sl/"' in html
    assert localized(html, "sl", "Go to the home page")
    assert "_auth_user_id" not in blocked.session


# --- Too many fields or files -------------------------------------------------------------------------
def assert_localized_refusal(response, language, status=400):
    html = response.content.decode()
    assert response.status_code == status
    assert f'<html lang="{language}">' in html
    assert localized(html, language, "Form not accepted", "Go to the home page")
    assert "Traceback" not in html and "TooMany" not in html and "DEBUG" not in html
    assert len(html) < 4000


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_too_many_fields_give_a_localized_400_and_never_the_debug_page(settings, language):
    settings.DEBUG = True
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 50
    body = "&".join(f"field{number}=x" for number in range(51))
    response = Client(HTTP_HOST="localhost").post(
        CALL_URL[language], body, content_type="application/x-www-form-urlencoded"
    )
    assert_localized_refusal(response, language)
    assert not MentorApplication.objects.exists()


def test_too_many_files_give_a_localized_400_and_never_the_debug_page(settings):
    settings.DEBUG = True
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    files = {f"cv{number}": SimpleUploadedFile(f"cv{number}.pdf", b"%PDF-1.4") for number in range(3)}
    response = Client(HTTP_HOST="localhost").post(CALL_URL["hr"], {**valid_data(), **files})
    assert_localized_refusal(response, "hr")
    assert not MentorApplication.objects.exists()


def test_too_much_text_gives_a_localized_413(settings):
    settings.DEBUG = True
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = Client(HTTP_HOST="localhost").post(
        CALL_URL["en"], "first_name=" + "a" * 2000, content_type="application/x-www-form-urlencoded"
    )
    assert_localized_refusal(response, "en", status=413)
    assert not MentorApplication.objects.exists()


def test_the_admins_long_forms_stay_within_the_field_limit(admin_client):
    response = admin_client.post("/admin/login/", {f"field{number}": "x" for number in range(500)})
    assert response.status_code in (200, 302)
