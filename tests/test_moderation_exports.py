"""The applications' exports, as a selection committee opens them: every free-text answer, headings and
choices in the exporting moderator's admin language, Ljubljana time to the second (real date-times in
XLSX), phone numbers as written and no formula an applicant could plant.

The CSV is parsed with ``csv`` and the XLSX opened with openpyxl, as a spreadsheet would."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.utils import translation
from wagtail.users.models import UserProfile

from mentors.applications.admin.export import COLUMNS
from mentors.choices import Country
from mentors.models import MentorApplication
from tests.support.applications import label
from tests.support.factories import MentorApplicationFactory, experience_of
from tests.support.moderation import admin_url

pytestmark = pytest.mark.django_db

WINTER = datetime.datetime(2026, 1, 15, 9, 30, 12, 345678, tzinfo=datetime.UTC)  # 10:30:12 in Ljubljana
SUMMER = datetime.datetime(2026, 7, 15, 9, 30, 12, 345678, tzinfo=datetime.UTC)  # 11:30:12 in Ljubljana


def admin_language(client, language):
    user = client.get("/admin/").wsgi_request.user
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return client


def csv_rows(client, **params):
    response = client.get(admin_url("list"), {"export": "csv", **params})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]], rows[0]


def xlsx_sheet(client):
    response = client.get(admin_url("list"), {"export": "xlsx"})
    assert response.status_code == 200
    return openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active


def xlsx_rows(sheet):
    rows = list(sheet.iter_rows())
    headings = [cell.value for cell in rows[0]]
    return [dict(zip(headings, row, strict=True)) for row in rows[1:]], headings


def headings_in(language):
    with translation.override(language):
        return [str(heading) for heading in COLUMNS.values()]


def submitted(application, when):
    MentorApplication.objects.filter(pk=application.pk).update(submitted_at=when)


# --- What is in them ----------------------------------------------------------------------------------


def test_the_exports_hold_every_free_text_answer_of_the_application(moderator_client):
    application = MentorApplicationFactory(areas=("advocacy", "gesi"))
    admin_language(moderator_client, "en")
    [row], _ = csv_rows(moderator_client)
    [cells], _ = xlsx_rows(xlsx_sheet(moderator_client))
    for exported in (row, {heading: cell.value for heading, cell in cells.items()}):
        assert exported["Organisation"] == application.organisation
        assert exported["Role"] == application.role
        assert exported["City"] == application.city
        assert exported["Website or LinkedIn"] == application.website
        assert exported["Experience with EU values"] == application.eu_values_experience
        experiences = exported["Experience in the thematic areas"]
        for key in ("advocacy", "gesi"):
            assert f"{label(key, 'en')}: {experience_of(key)}" in experiences


# --- In the moderator's language ----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["hr", "sl", "en"])
def test_headings_and_choices_are_in_the_exporting_moderators_admin_language(moderator_client, language):
    MentorApplicationFactory(country="HR", areas=("gesi",))
    admin_language(moderator_client, language)
    with translation.override(language):
        expected = {
            "status": str(MentorApplication.Status.SUBMITTED.label),
            "country": str(Country("HR").label),
            "thematic_areas": label("gesi", language),
            "publish_consent": translation.gettext("yes"),
            "language": str(translation.get_language_info("sl")["name_translated"]),
        }
    [csv_row], csv_headings = csv_rows(moderator_client)
    [xlsx_row], xlsx_headings = xlsx_rows(xlsx_sheet(moderator_client))
    assert csv_headings == xlsx_headings == headings_in(language)
    for field, value in expected.items():
        heading = csv_headings[list(COLUMNS).index(field)]
        assert csv_row[heading] == xlsx_row[heading].value == value


def test_a_croatian_moderator_reads_no_slovenian_in_the_export(moderator_client):
    MentorApplicationFactory()
    admin_language(moderator_client, "hr")
    _, headings = csv_rows(moderator_client)
    assert headings != headings_in("sl")
    assert not set(headings_in("sl")) - set(headings_in("hr")) & set(headings)


# --- Times, dates and numbers -------------------------------------------------------------------------


@pytest.mark.parametrize("when, local", [(WINTER, "2026-01-15 10:30:12"), (SUMMER, "2026-07-15 11:30:12")])
def test_the_csv_gives_ljubljana_time_to_the_second(moderator_client, when, local):
    submitted(MentorApplicationFactory(), when)
    admin_language(moderator_client, "en")
    [row], _ = csv_rows(moderator_client)
    assert row["Submitted"] == local
    assert row["Available from"] == "2026-03-01"


@pytest.mark.parametrize(
    "when, local",
    [
        (WINTER, datetime.datetime(2026, 1, 15, 10, 30, 12)),
        (SUMMER, datetime.datetime(2026, 7, 15, 11, 30, 12)),
    ],
)
def test_the_xlsx_holds_real_local_dates_and_times_with_a_number_format(moderator_client, when, local):
    submitted(MentorApplicationFactory(), when)
    admin_language(moderator_client, "en")
    [row], _ = xlsx_rows(xlsx_sheet(moderator_client))
    assert row["Submitted"].is_date and row["Submitted"].value == local
    assert row["Submitted"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert row["Available from"].is_date
    assert row["Available from"].value == datetime.date(2026, 3, 1)
    assert row["Available from"].number_format == "yyyy-mm-dd"
    assert row["Hours per month"].value == 10 and row["Total experience (years)"].value == 8


# --- Phones and formulas ------------------------------------------------------------------------------


@pytest.mark.parametrize("phone", ["+386 40 123 456", "+385 (1) 234-5678", "01/234.56.78"])
def test_phone_numbers_are_exported_as_written(moderator_client, phone):
    MentorApplicationFactory(phone=phone)
    admin_language(moderator_client, "en")
    [row], _ = csv_rows(moderator_client)
    [cells], _ = xlsx_rows(xlsx_sheet(moderator_client))
    assert row["Phone"] == phone
    assert cells["Phone"].value == phone and cells["Phone"].data_type == "s"


@pytest.mark.parametrize(
    "field, value",
    [
        ("first_name", '=HYPERLINK("http://evil.example","click")'),
        ("city", "@SUM(1+1)*cmd|' /C calc'!A0"),
        ("phone", "+cmd|' /C calc'!A0"),
        ("organisation", "-2+3+cmd|' /C calc'!A0"),
        ("role", "-head of unit"),
    ],
)
def test_a_value_that_could_run_as_a_formula_is_defused(moderator_client, field, value):
    MentorApplicationFactory(**{field: value})
    admin_language(moderator_client, "en")
    [row], headings = csv_rows(moderator_client)
    heading = headings_in("en")[list(COLUMNS).index(field)]
    assert row[heading] == "'" + value
    [cells], _ = xlsx_rows(xlsx_sheet(moderator_client))
    assert cells[heading].value == value and cells[heading].data_type == "s"
