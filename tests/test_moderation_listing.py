"""Moderators list, filter, search, sort and export applications, and open each one's detail view.

Applications are built with ``MentorApplicationFactory`` (a small real PDF CV in private storage).
"""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from mentors.models import Language, MentorApplication
from tests.support.applications import label
from tests.support.factories import MentorApplicationFactory, experience_of
from tests.support.moderation import (
    admin_url,
    speak_english,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("staff_in_english")]
Status = MentorApplication.Status


# --- Listing, filters, search, sorting, export -----------------------------------------------------


def test_the_listing_shows_status_areas_country_languages_experience_and_date(moderator_client):
    application = MentorApplicationFactory(areas=("advocacy", "gesi"), languages=("hr",), country="HR")
    page = moderator_client.get(admin_url("list")).content.decode()
    assert f"{application.first_name} {application.last_name}" in page
    with translation.override("en"):  # the moderator's admin language
        assert application.get_status_display() in page
        assert str(Language.objects.get(code="hr")) in page
    for key in ("advocacy", "gesi"):
        assert label(key, "en") in page
    assert "Croatia" in page
    assert "8 (NGO 5, mentoring 3)" in page
    assert admin_url("inspect", application.pk) in page


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"status": "in_review"}, {"Bor"}),
        ({"area": "gesi"}, {"Cvet", "Bor"}),
        ({"area": ["gesi", "advocacy"]}, {"Ana", "Bor", "Cvet"}),
        ({"country": "HR"}, {"Cvet"}),
        ({"working_language": "de"}, {"Bor"}),
        ({"experience_min": "10"}, {"Cvet"}),
        ({"language": "hr"}, {"Cvet"}),
        ({"q": "novak"}, {"Ana"}),
        ({"q": "cvet.horvat@"}, {"Cvet"}),
    ],
)
def test_moderators_filter_and_search_the_listing(moderator_client, query, expected):
    MentorApplicationFactory(first_name="Ana", last_name="Novak", areas=("advocacy",))
    MentorApplicationFactory(
        first_name="Bor", last_name="Zupan", areas=("gesi",), languages=("de",), status=Status.IN_REVIEW
    )
    MentorApplicationFactory(
        first_name="Cvet",
        last_name="Horvat",
        areas=("gesi",),
        country="HR",
        language="hr",
        years_ngo_experience=9,
        years_mentoring_experience=4,
    )
    page = moderator_client.get(admin_url("list_results"), query).content.decode()
    shown = {name for name in ("Ana", "Bor", "Cvet") if f"{name} " in page}
    assert shown == expected


def test_the_listing_filters_by_submission_date(moderator_client):
    old = MentorApplicationFactory(first_name="Ana", last_name="Novak")
    MentorApplicationFactory(first_name="Bor", last_name="Zupan")
    MentorApplication.objects.filter(pk=old.pk).update(submitted_at=timezone.now() - timedelta(days=40))
    since = (timezone.now() - timedelta(days=7)).date().isoformat()
    page = moderator_client.get(admin_url("list_results"), {"submitted_from": since}).content.decode()
    assert "Bor Zupan" in page and "Ana Novak" not in page


def test_the_listing_sorts_by_experience(moderator_client):
    MentorApplicationFactory(
        first_name="Ana", last_name="Novak", years_ngo_experience=2, years_mentoring_experience=1
    )
    MentorApplicationFactory(
        first_name="Bor", last_name="Zupan", years_ngo_experience=10, years_mentoring_experience=10
    )
    MentorApplicationFactory(
        first_name="Cvet", last_name="Horvat", years_ngo_experience=5, years_mentoring_experience=2
    )
    most_first = moderator_client.get(admin_url("list_results"), {"ordering": "-experience"}).content.decode()
    assert most_first.index("Bor Zupan") < most_first.index("Cvet Horvat") < most_first.index("Ana Novak")
    least_first = moderator_client.get(admin_url("list_results"), {"ordering": "experience"}).content.decode()
    assert least_first.index("Ana Novak") < least_first.index("Cvet Horvat") < least_first.index("Bor Zupan")


EXPORT_HEADINGS = [
    "Reference",
    "Status",
    "First name",
    "Last name",
    "E-mail",
    "Phone",
    "Country",
    "City",
    "Organisation",
    "Role",
    "Website or LinkedIn",
    "Thematic areas",
    "Experience in the thematic areas",
    "Experience with EU values",
    "Mentoring languages",
    "Years of NGO work",
    "Years of mentoring",
    "Total experience (years)",
    "Hours per month",
    "Available from",
    "Language of the application",
    "Agrees to a public profile",
    "Submitted",
]


def english(client):
    """Headings and labels in English, whatever the admin's default language."""
    client.cookies["django_language"] = "en"
    speak_english(client.get("/admin/").wsgi_request.user)
    return client


def test_the_csv_export_has_the_listed_columns_and_no_cv(moderator_client):
    application = MentorApplicationFactory(areas=("advocacy", "gesi"), cv_original_name="ana-secret-cv.pdf")
    response = english(moderator_client).get(admin_url("list"), {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == EXPORT_HEADINGS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Reference"] == application.reference
    assert row["E-mail"] == application.email
    assert row["Total experience (years)"] == "8"
    assert label("advocacy", "en") in row["Thematic areas"]
    assert "ana-secret-cv" not in text and application.cv.name not in text and "%PDF" not in text


def test_the_xlsx_export_has_the_listed_columns_and_no_cv(moderator_client):
    application = MentorApplicationFactory(cv_original_name="ana-secret-cv.pdf")
    response = english(moderator_client).get(admin_url("list"), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == EXPORT_HEADINGS
    assert rows[1][0] == application.reference
    assert not any("ana-secret-cv" in str(value) for row in rows for value in row)


def test_the_csv_export_defuses_formulas_typed_by_applicants(moderator_client):
    MentorApplicationFactory(first_name='=HYPERLINK("http://evil.example")', last_name="Novak")
    text = b"".join(moderator_client.get(admin_url("list"), {"export": "csv"}).streaming_content).decode()
    assert "'=HYPERLINK" in text


def test_the_export_follows_the_filters(moderator_client):
    MentorApplicationFactory(first_name="Ana", last_name="Novak", areas=("advocacy",))
    MentorApplicationFactory(first_name="Bor", last_name="Zupan", areas=("gesi",))
    text = b"".join(
        moderator_client.get(admin_url("list"), {"export": "csv", "area": "gesi"}).streaming_content
    ).decode()
    assert "Zupan" in text and "Novak" not in text


# --- The detail view --------------------------------------------------------------------------------


def test_the_detail_view_shows_everything_and_offers_the_decisions(moderator_client):
    application = MentorApplicationFactory(areas=("advocacy",))
    page = moderator_client.get(admin_url("inspect", application.pk)).content.decode()
    for value in (
        application.reference,
        application.email,
        application.phone,
        application.organisation,
        experience_of("advocacy").splitlines()[0],
        application.eu_values_experience,
        application.cv_original_name,
        admin_url("cv", application.pk),
    ):
        assert value in page, value
    for decision in ("start_review", "request_information", "accept", "reject"):
        assert admin_url("decide", application.pk, decision) in page


def test_the_edit_url_leads_to_the_detail_view(moderator_client):
    application = MentorApplicationFactory()
    response = moderator_client.get(admin_url("edit", application.pk))
    assert response.status_code == 302
    assert response["Location"] == admin_url("inspect", application.pk)


def test_the_listing_and_export_take_no_more_queries_for_more_applications(moderator_client):
    def queries(params):
        with CaptureQueriesContext(connection) as captured:
            response = moderator_client.get(admin_url("list"), params)
            if response.streaming:
                b"".join(response.streaming_content)
        return len(captured)

    MentorApplicationFactory(first_name="Ana", last_name="Novak", areas=("advocacy", "gesi"))
    few = queries({}), queries({"export": "csv"})
    for number in range(6):
        MentorApplicationFactory(
            first_name="Bor", last_name=f"Zupan{number}", areas=("gesi",), languages=("de", "en")
        )
    assert (queries({}), queries({"export": "csv"})) == few
