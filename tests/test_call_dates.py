"""The call's dates as each language writes them, and the deadline held in one field: body text shows it
through the ``{deadline}`` placeholder, so changing the call's deadline changes every page that
mentions it (home and call, in all three languages), and no page repeats a date of its own."""

import datetime
import re

import pytest
from django.utils import formats, translation

from impact4values.core import placeholders
from programme.models import CallPage
from tests.support.applications import CALL_URL

pytestmark = pytest.mark.django_db

LJUBLJANA = datetime.timezone(datetime.timedelta(hours=1))
HOME_URL = {"sl": "/sl/", "hr": "/hr/", "en": "/en/"}
REAL = {"sl": "20. decembra 2025", "hr": "20. prosinca 2025.", "en": "20 December 2025"}
EXTENDED = {"sl": "31. januarja 2026", "hr": "31. siječnja 2026.", "en": "31 January 2026"}


def text_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# --- Each language's form -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, day, expected",
    [
        ("sl", datetime.date(2025, 12, 31), "31. decembra 2025"),
        ("sl", datetime.date(2025, 12, 20), "20. decembra 2025"),
        ("sl", datetime.date(2026, 2, 28), "28. februarja 2026"),
        ("hr", datetime.date(2025, 12, 20), "20. prosinca 2025."),
        ("hr", datetime.date(2026, 2, 28), "28. veljače 2026."),
        ("hr", datetime.date(2026, 11, 2), "2. studenoga 2026."),
        ("en", datetime.date(2025, 12, 20), "20 December 2025"),
    ],
)
def test_a_days_date_has_the_month_in_each_languages_form(language, day, expected):
    with translation.override(language):
        assert formats.date_format(day, "DATE_FORMAT") == expected


@pytest.mark.parametrize(
    "language, expected",
    [("sl", "februar 2026"), ("hr", "veljača 2026."), ("en", "February 2026")],
)
def test_a_month_alone_is_in_the_nominative_and_lower_case_where_the_language_says_so(language, expected):
    with translation.override(language):
        assert formats.date_format(datetime.date(2026, 2, 1), "YEAR_MONTH_FORMAT") == expected


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_the_call_facts_show_the_deadline_and_the_mentoring_period_in_the_pages_language(client, language):
    page = text_of(client, CALL_URL[language])
    assert REAL[language] in page
    start = {"sl": "februar 2026", "hr": "veljača 2026.", "en": "February 2026"}[language]
    assert start in page


# --- One field for the deadline -----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_the_home_and_call_body_text_show_the_deadline_from_the_calls_facts(client, language):
    assert placeholders.substitute("<p>{deadline}</p>", language) == f"<p>{REAL[language]}</p>"
    for url in (HOME_URL[language], CALL_URL[language]):
        page = text_of(client, url)
        assert REAL[language] in page, url
        assert "{deadline}" not in page, url


def test_changing_the_calls_deadline_changes_every_page_that_mentions_it(client):
    # The deadline is synchronised across the call's translations, as wagtail-localize keeps it.
    CallPage.objects.update(application_deadline=datetime.datetime(2026, 1, 31, 23, 59, tzinfo=LJUBLJANA))
    for language in ("sl", "hr", "en"):
        for url in (HOME_URL[language], CALL_URL[language]):
            page = text_of(client, url)
            assert EXTENDED[language] in page, url
            assert REAL[language] not in page, url


def test_an_unknown_placeholder_stays_as_written_and_values_are_escaped():
    def source(language):
        return {"deadline": f"<b>{language}</b>"}

    placeholders.register(source)
    try:
        text = placeholders.substitute("<p>{deadline} {unknown}</p>", "hr")
    finally:
        placeholders.SOURCES.remove(source)
    assert text == "<p>&lt;b&gt;hr&lt;/b&gt; {unknown}</p>"


# --- One phone number ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_the_phone_number_is_written_one_way_on_the_call_and_home_pages(client, language):
    call = CallPage.objects.get(locale__language_code=language)
    for url in (HOME_URL[language], CALL_URL[language]):
        text = re.sub(r'href="tel:[^"]*"', "", text_of(client, url))  # the dialling form of a link
        written = set(re.findall(r"\+386[0-9 ()]*[0-9]", text))
        assert written == {call.contact_phone}, url
