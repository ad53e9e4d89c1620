"""The sliding-window rate limit (``impact4values.core.ratelimit``): never more than the limit in any
stretch of the period, across the clock's window boundaries too, under races, and through the
application form (429, Retry-After, nothing stored)."""

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.test import RequestFactory

from impact4values.core.ratelimit import SlidingWindow
from mentors.applications import ratelimit
from mentors.models import MentorApplication
from tests.support.applications import Applicant, error_summary, open_the_call, valid_data

# 12:00:00 UTC is a multiple of 30 s (and of an hour) since the epoch: the boundary of every fixed window.
BOUNDARY = datetime(2026, 3, 2, 12, 0, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def passes_in_any_period(times, period):
    """The most passes in any half-open stretch [t, t + period) that starts at a pass."""
    return max(sum(1 for other in times if start <= other < start + period) for start in times)


def test_across_a_window_boundary_no_more_than_the_limit_pass_within_any_period():
    window = SlidingWindow("test-boundary", limit=10, period=30)
    passed = []
    with time_machine.travel(BOUNDARY - timedelta(seconds=1.4), tick=False) as clock:
        for _ in range(60):  # 6 s of attempts, one every 0.1 s, across the boundary at 1.4 s
            if window.attempt("198.51.100.1").allowed:
                passed.append(time.time())  # noqa: PERF401
            clock.shift(0.1)
    assert len(passed) == 10  # the old fixed window let 20 through here
    assert passes_in_any_period(passed, 30) == 10


def test_a_pass_frees_exactly_one_period_after_it_and_retry_after_says_when():
    window = SlidingWindow("test-expiry", limit=2, period=30)
    with time_machine.travel(BOUNDARY, tick=False) as clock:
        assert window.attempt("a").allowed
        clock.shift(10)
        assert window.attempt("a").allowed
        clock.shift(5)
        refused = window.attempt("a")
        assert refused.refused
        assert refused.seconds_left == 15  # the first pass leaves at 30 s; now is 15 s
        clock.shift(15)
        assert window.attempt("a").allowed
        assert window.attempt("a").refused  # the second pass still holds its slot until 40 s


def test_over_a_long_run_the_limit_holds_in_every_period():
    window = SlidingWindow("test-long-run", limit=3, period=10)
    passed = []
    with time_machine.travel(BOUNDARY, tick=False) as clock:
        for _ in range(200):  # 100 s, an attempt every 0.5 s
            if window.attempt("a").allowed:
                passed.append(time.time())  # noqa: PERF401
            clock.shift(0.5)
    assert passes_in_any_period(passed, 10) == 3
    assert len(passed) >= 3 * 9  # and the limit is reached in every period, not starved


def test_keys_are_counted_apart():
    window = SlidingWindow("test-keys", limit=1, period=60)
    assert window.attempt("198.51.100.1").allowed
    assert window.attempt("198.51.100.1").refused
    assert window.attempt("198.51.100.2").allowed
    assert SlidingWindow("test-other", limit=1, period=60).attempt("198.51.100.1").allowed


def test_a_released_pass_does_not_count():
    window = SlidingWindow("test-release", limit=1, period=60)
    for _ in range(5):
        window.attempt("a").release()
    assert window.attempt("a").allowed


def test_a_limit_of_zero_refuses_everything():
    refused = SlidingWindow("test-zero", limit=0, period=60).attempt("a")
    assert refused.refused and refused.seconds_left == 60


def test_racing_attempts_never_share_a_pass():
    window = SlidingWindow("test-race", limit=5, period=60)
    start = threading.Barrier(20)
    outcomes = []

    def attempt():
        start.wait()
        outcomes.append(window.attempt("a").allowed)

    threads = [threading.Thread(target=attempt) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count(True) == 5


def test_keys_in_the_cache_do_not_show_the_address():
    SlidingWindow("test-hashed", limit=1, period=60).attempt("198.51.100.77")
    assert not [key for key in cache._cache if "198.51.100.77" in key]  # noqa: SLF001


# --- Through the application form ------------------------------------------------------------------------
@pytest.mark.django_db
def test_applications_across_a_window_boundary_are_limited_within_any_period(settings):
    open_the_call()
    settings.APPLICATION_RATE_LIMIT = 2
    settings.APPLICATION_RATE_LIMIT_PERIOD = 30
    address = "198.51.100.50"
    with time_machine.travel(BOUNDARY - timedelta(seconds=1), tick=False) as clock:
        assert Applicant("en", address=address).submit().status_code == 303
        assert Applicant("en", address=address).submit().status_code == 303
        clock.shift(2)  # a new fixed window began a second ago
        response = Applicant("en", address=address).submit(valid_data(first_name="Tretja"))
        assert response.status_code == 429
        assert 0 < int(response["Retry-After"]) <= 30
        assert "try again in" in error_summary(response.content.decode())
        assert MentorApplication.objects.count() == 2
        clock.shift(30)
        assert Applicant("en", address=address).submit().status_code == 303


@pytest.mark.django_db
def test_parallel_applications_from_one_address_cannot_pass_the_limit_together(settings):
    open_the_call()
    settings.APPLICATION_RATE_LIMIT = 1
    held = ratelimit.attempt(RequestFactory().post("/", REMOTE_ADDR="198.51.100.51"))  # one in flight
    assert held.allowed
    response = Applicant("en", address="198.51.100.51").submit()
    assert response.status_code == 429
    assert not MentorApplication.objects.exists()
    held.release()  # that one was not accepted after all
    assert Applicant("en", address="198.51.100.51").submit().status_code == 303
