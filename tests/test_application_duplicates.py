"""Values no browser sends never reach the database as sent: every field of the form posted twice,
names made of invisible characters, a CV whose file name is not UTF-8."""

import datetime
import uuid

import pytest
from django.test import Client

from mentors.applications.forms import MentorApplicationForm
from mentors.models import MentorApplication
from programme.models import CallPage
from tests.support.applications import (
    CALL_URL,
    Applicant,
    error_summary,
    hidden_value,
    open_the_call,
    pdf_bytes,
    refused,
    upload,
    valid_data,
)

pytestmark = pytest.mark.django_db

REPEATED = "This answer arrived twice, with different values"
MULTI_VALUED = ("thematic_areas", "languages")
# A second value, different from valid_data's, that would be valid on its own.
OTHER_VALUE = {
    "first_name": "Mojca",
    "last_name": "Kovač",
    "email": "mojca@example.org",
    "phone": "+386 1 234 56 78",
    "country": "HR",
    "city": "Zagreb",
    "organisation": "Udruga",
    "role": "koordinatorica",
    "website": "https://example.org",
    "years_ngo_experience": "3",
    "years_mentoring_experience": "2",
    "eu_values_experience": "Drugačen opis.",
    "hours_per_month": "20",
    "experience_advocacy": "Drugačen opis.",
    "experience_gesi": "Drugačen opis.",
    "publish_consent": "",
    "privacy_consent": "",
}


@pytest.fixture(autouse=True)
def open_call():
    open_the_call()


def form_fields():
    call = CallPage.objects.get(locale__language_code="sl")
    return list(MentorApplicationForm(call=call).fields)


def second_value(name, data):
    """A value for ``name``, different from the one in ``data``, that would be valid on its own."""
    if name in OTHER_VALUE:
        return OTHER_VALUE[name]
    if name.startswith("experience_"):
        return "Drugačen opis."
    if name == "available_from":
        return (datetime.date.fromisoformat(data[name]) + datetime.timedelta(days=1)).isoformat()
    if name == "website_url":
        return "http://spam.example"
    raise AssertionError(f"no second value for {name}")


def send_twice(name, same):
    """Post a valid application with ``name`` sent twice (the same value, or another); the response
    and the application it stored, if any."""
    open_the_call()  # and a cleared rate limit
    applicant = Applicant("en")
    applicant.open()
    data, key = valid_data(), applicant.key
    if name == "submission_key":
        key = [key, key if same else str(uuid.uuid4())]
    elif name == "cv":
        data["cv"] = [upload("one.pdf"), upload("two.pdf")]
    elif name in MULTI_VALUED:
        data[name] = data[name] + data[name]
    else:
        value = data.get(name, "")
        data[name] = [value, value if same else second_value(name, data)]
    response = applicant.submit(data, key=key)
    stored = MentorApplication.objects.filter(submission_key=applicant.key).first()
    return response, stored


def test_every_field_sent_twice_is_one_answer_or_refused_with_a_message_never_a_server_error():
    names = form_fields()
    assert {"first_name", "languages", "thematic_areas", "cv", "submission_key", "experience_gesi"} <= set(
        names
    )
    for name in names:
        for same in (True, False) if name not in ("cv", *MULTI_VALUED) else (True,):
            before = MentorApplication.objects.count()
            response, stored = send_twice(name, same)
            html = response.content.decode()
            case = f"{name} sent twice ({'same' if same else 'different'} values)"
            assert response.status_code < 500, case
            if same and name != "cv":
                assert response.status_code == 303, (case, error_summary(html))
                assert MentorApplication.objects.count() == before + 1, case
                assert stored.languages.count() == 2 and stored.thematic_areas.count() == 2, case
                continue
            assert response.status_code == 400, case
            assert MentorApplication.objects.count() == before, case
            summary = error_summary(html)
            message = {
                "cv": "Choose one file only",
                "submission_key": "expired or was damaged",
                "website_url": "We could not accept this application",
            }.get(name, REPEATED)
            assert message in summary, case
            if name not in ("submission_key", "website_url"):
                assert f'href="#id_{name}' in summary, case


def test_the_second_of_two_different_emails_does_not_win():
    response = Applicant("en").submit(
        {**valid_data(), "email": ["ana.novak@example.org", "mallory@example.org"]}
    )
    html = refused(response, "email")
    assert REPEATED in error_summary(html)


# --- Names are visible text ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("first_name", "\u200b\u200b\u200b"),
        ("last_name", "\ufeff\u2060"),
        ("city", "\u202e\u200b ..."),
        ("organisation", "\u00ad\u200b"),
        ("role", " - "),
    ],
)
def test_a_name_without_letters_is_refused(name, value):
    html = refused(Applicant("en").submit(valid_data(**{name: value})), name)
    assert "Write at least one letter" in error_summary(html)


def test_invisible_characters_are_removed_from_names():
    data = valid_data(first_name="\u200bAna\u200b", last_name="No\u202evak", organisation="3M")
    assert Applicant("en").submit(data).status_code == 303
    application = MentorApplication.objects.get()
    assert (application.first_name, application.last_name, application.organisation) == ("Ana", "Novak", "3M")


# --- A file name that is not UTF-8 --------------------------------------------------------------------
def multipart(fields, file_name, content):
    """A multipart body written byte by byte, as an old client would send it."""
    boundary = b"----cvboundary7MA4YWxkTrZu0gW"
    parts = []
    for name, value in fields:
        parts.append(
            b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
            % (boundary, name.encode(), str(value).encode())
        )
    parts.append(
        b'--%s\r\nContent-Disposition: form-data; name="cv"; filename="%s"\r\n'
        b"Content-Type: application/pdf\r\n\r\n%s\r\n" % (boundary, file_name, content)
    )
    return b"".join(parts) + b"--%s--\r\n" % boundary, "multipart/form-data; boundary=" + boundary.decode()


def test_a_cv_whose_file_name_is_not_utf8_is_kept_under_a_safe_name():
    client = Client(HTTP_HOST="localhost", enforce_csrf_checks=True, REMOTE_ADDR="203.0.113.20")
    page = client.get(CALL_URL["en"]).content.decode()
    fields = [("csrfmiddlewaretoken", hidden_value(page, "csrfmiddlewaretoken"))]
    fields.append(("submission_key", hidden_value(page, "submission_key")))
    for name, value in valid_data(cv=None).items():
        fields.extend((name, item) for item in (value if isinstance(value, list) else [value]))
    body, content_type = multipart(fields, "Življenjepis Ana.pdf".encode("cp1250"), pdf_bytes())
    assert b"\x8e" in body
    response = client.post(CALL_URL["en"], body, content_type=content_type)
    assert response.status_code == 303, error_summary(response.content.decode())
    application = MentorApplication.objects.get()
    assert application.cv_original_name == "_ivljenjepis Ana.pdf"
    assert application.cv_content_type == "application/pdf"
