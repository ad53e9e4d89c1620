"""The call is open until the end of its deadline in Ljubljana time, computed on every request."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from programme.models import CallPage

pytestmark = pytest.mark.django_db

LJUBLJANA = ZoneInfo("Europe/Ljubljana")
CALL_SL = "/sl/poziv-za-mentorje/"


def at(*parts):
    return datetime.datetime(*parts, tzinfo=LJUBLJANA)


def status_of(client, url=CALL_SL):
    html = client.get(url).content.decode()
    if "call-status--open" in html:
        return "open"
    if "call-status--closed" in html:
        return "closed"
    raise AssertionError("the call page shows no status")


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(2025, 11, 1, 9, 0), "open"),
        (at(2025, 12, 20, 0, 0), "open"),
        (at(2025, 12, 20, 23, 59, 59), "open"),  # the last second of the day in Ljubljana
        (at(2025, 12, 21, 0, 0, 0), "closed"),  # already 20 December 23:00 in UTC, yet closed
        (at(2026, 11, 28, 12, 0), "closed"),
    ],
)
def test_call_is_open_until_the_end_of_the_deadline_day_in_ljubljana(client, moment, expected):
    with time_machine.travel(moment, tick=False):
        assert status_of(client) == expected


def test_an_open_call_says_how_long_is_left(client):
    with time_machine.travel(at(2025, 12, 10, 12, 0), tick=False):
        html = client.get(CALL_SL).content.decode()
    assert "Za prijavo je še: 10 dni." in html


@pytest.mark.parametrize(
    ("moment", "language", "text"),
    [
        (at(2025, 12, 19, 12, 0), "hr", "Za prijavu je preostalo još: 35 sati."),
        (at(2025, 12, 20, 23, 0), "en", "Time left to apply: 59 minutes."),
        (at(2025, 12, 17, 23, 59, 59), "sl", "Za prijavo je še: 3 dni."),
    ],
)
def test_time_left_reads_naturally_in_each_language(client, moment, language, text):
    with time_machine.travel(moment, tick=False):
        assert text in client.get(f"/{language}/").content.decode()


def test_status_is_recomputed_on_each_request_and_never_cached(client):
    with time_machine.travel(at(2025, 12, 20, 23, 59, 0), tick=False):
        response = client.get(CALL_SL)
        assert status_of(client) == "open"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    with time_machine.travel(at(2025, 12, 21, 0, 1, 0), tick=False):
        assert status_of(client) == "closed"


def test_home_page_shows_the_calls_status(client):
    with time_machine.travel(at(2025, 12, 1, 12, 0), tick=False):
        assert status_of(client, "/hr/") == "open"
    assert status_of(client, "/hr/") == "closed"


def test_is_open_compares_aware_moments():
    call = CallPage(application_deadline=at(2025, 12, 20, 23, 59, 59))
    assert call.is_open(datetime.datetime(2025, 12, 20, 22, 59, 59, tzinfo=datetime.UTC))
    assert not call.is_open(datetime.datetime(2025, 12, 20, 23, 0, 0, tzinfo=datetime.UTC))
