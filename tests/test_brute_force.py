"""Brute force gets nowhere: repeated failed logins lock out one username from one address (admin and
front-end login), wrong page passwords and password-reset requests are throttled, each refusal is a
localized 429 that stores nothing, and superusers see lockouts in the admin and unlock them."""

import re
from datetime import timedelta

import pytest
import time_machine
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry, Page, PageViewRestriction
from wagtail.users.models import UserProfile

from impact4values.core.demo.accounts import DEMO_PASSWORD
from impact4values.core.lockouts import messages

pytestmark = pytest.mark.django_db

ADMIN_LOGIN = "/admin/login/"
ATTACKER = "198.51.100.66"
ELSEWHERE = "198.51.100.67"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def speak(username, language):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username=username))
    profile.preferred_language = language
    profile.save()


def browser(address=ATTACKER, language="en"):
    return Client(HTTP_HOST="localhost", REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language)


def sign_in(client, username, password, url=ADMIN_LOGIN):
    return client.post(url, {"username": username, "password": password})


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(client, times, username="admin", url=ADMIN_LOGIN):
    return [sign_in(client, username, "wrong-password", url).status_code for _ in range(times)]


def locked_message(language):
    with translation.override(language):
        return messages.login_locked(15 * 60)


# --- Admin login ------------------------------------------------------------------------------------------
def test_after_five_failed_admin_logins_even_the_right_password_is_refused_with_a_localized_message():
    attacker = browser(language="hr")
    assert fail(attacker, 5) == [200, 200, 200, 200, 429]
    response = sign_in(attacker, "admin", DEMO_PASSWORD)
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 15 * 60
    html = response.content.decode()
    assert 'lang="hr"' in html
    assert locked_message("hr") in html.replace("&#x27;", "'")
    assert "Please enter a correct" not in html  # the lockout is the only error shown
    assert not signed_in(attacker)


def test_a_lockout_spares_other_users_and_other_addresses():
    fail(browser(), 5)
    other_user = browser()
    assert sign_in(other_user, "editor", DEMO_PASSWORD).status_code == 302
    assert signed_in(other_user)
    other_address = browser(ELSEWHERE)
    assert sign_in(other_address, "admin", DEMO_PASSWORD).status_code == 302
    assert signed_in(other_address)


def test_after_the_cool_off_the_right_password_signs_in_again():
    with time_machine.travel(timezone.now(), tick=False) as clock:
        attacker = browser()
        fail(attacker, 5)
        clock.shift(timedelta(minutes=14))
        assert sign_in(attacker, "admin", DEMO_PASSWORD).status_code == 429  # and this failure restarts it
        clock.shift(timedelta(minutes=14))
        assert sign_in(attacker, "admin", DEMO_PASSWORD).status_code == 429
        clock.shift(timedelta(minutes=16))
        assert sign_in(attacker, "admin", DEMO_PASSWORD).status_code == 302
        assert signed_in(attacker)


def test_a_successful_login_forgets_earlier_failures():
    client = browser()
    fail(client, 4)
    assert sign_in(client, "admin", DEMO_PASSWORD).status_code == 302
    client = browser()
    assert fail(client, 4) == [200] * 4


def test_forged_forwarded_for_headers_do_not_escape_a_lockout():
    fail(browser(), 5)
    forged = browser()
    response = forged.post(
        ADMIN_LOGIN, {"username": "admin", "password": DEMO_PASSWORD}, HTTP_X_FORWARDED_FOR="192.0.2.9"
    )
    assert response.status_code == 429


# --- Front-end login (Wagtail's login for private pages) --------------------------------------------------
def test_the_front_end_login_locks_out_likewise_in_the_pages_language():
    url = "/sl/_util/login/"
    attacker = browser(language="en")
    assert fail(attacker, 5, url=url)[-1] == 429
    response = sign_in(attacker, "admin", DEMO_PASSWORD, url)
    assert response.status_code == 429
    html = response.content.decode()
    assert 'lang="sl"' in html
    assert locked_message("sl") in html.replace("&#x27;", "'")
    assert not signed_in(attacker)
    assert sign_in(browser(ELSEWHERE), "admin", DEMO_PASSWORD, url).status_code == 302


# --- The admin's listing and its Unlock ---------------------------------------------------------------------
def test_the_lockout_shows_in_the_admin_and_unlocking_it_lets_the_user_in_and_is_logged(
    admin_client, staff_in_english
):
    fail(browser(), 5)
    listing = admin_client.get("/admin/lockouts/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Sign-in lockouts" in html
    row = re.search(r"<tr>\s*<td>admin</td>\s*<td>198\.51\.100\.66</td>\s*<td>5</td>", html)
    assert row, html
    assert "not locked" not in html

    response = admin_client.post("/admin/lockouts/unlock/", {"username": "admin", "ip_address": ATTACKER})
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="admin", ip_address=ATTACKER).exists()
    followed = admin_client.get(response["Location"]).content.decode()
    assert "Signing in as admin from 198.51.100.66 is unlocked." in followed
    entry = ModelLogEntry.objects.get(action="impact4values.unlock_sign_in")
    assert entry.user.username == "admin"
    assert entry.data == {"username": "admin", "ip_address": ATTACKER}
    assert sign_in(browser(), "admin", DEMO_PASSWORD).status_code == 302


def test_the_listing_speaks_the_superusers_admin_language(admin_client):
    speak("admin", "hr-hr")
    fail(browser(), 1)
    with translation.override("hr"):
        title = translation.gettext("Sign-in lockouts")
    html = admin_client.get("/admin/lockouts/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'lang="hr-hr"' in html or 'lang="hr"' in html
    assert title in html


@pytest.mark.parametrize("who", ["editor_client", "moderator_client"])
def test_only_superusers_see_or_lift_lockouts(who, request):
    """Wagtail answers a refused admin view with a redirect to the dashboard ("no permission")."""
    fail(browser(), 5)
    client = request.getfixturevalue(who)
    listing = client.get("/admin/lockouts/")
    assert listing.status_code == 302 and ATTACKER not in listing.content.decode()
    unlock = client.post("/admin/lockouts/unlock/", {"username": "admin", "ip_address": ATTACKER})
    assert unlock.status_code == 302
    assert AccessAttempt.objects.filter(username="admin", ip_address=ATTACKER).exists()
    assert "/admin/lockouts/" not in client.get("/admin/").content.decode()


def test_unlocking_needs_a_post(admin_client):
    assert admin_client.get("/admin/lockouts/unlock/").status_code == 405


def test_manage_py_axes_reset_lifts_every_lockout():
    fail(browser(), 5)
    call_command("axes_reset")
    assert not AccessAttempt.objects.exists()
    assert sign_in(browser(), "admin", DEMO_PASSWORD).status_code == 302


# --- Page passwords ---------------------------------------------------------------------------------------
@pytest.fixture
def protected_page():
    page = Page.objects.live().filter(locale__language_code="en", depth__gte=3).first().specific
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="open-sesame",  # noqa: S106
    )
    return page, f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def guess(client, url, password, page):
    return client.post(url, {"password": password, "return_url": page.url})


def test_wrong_page_passwords_are_throttled_per_address_with_a_localized_message(protected_page, settings):
    page, url = protected_page
    attacker = browser()
    assert [guess(attacker, url, "wrong", page).status_code for _ in range(5)] == [200] * 5
    response = guess(attacker, url, "open-sesame", page)  # the right one, too late
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= settings.PAGE_PASSWORD_FAILURE_PERIOD
    html = response.content.decode()
    assert 'lang="en"' in html
    with translation.override("en"):
        assert messages.page_password_refused(15 * 60) in html
    assert not attacker.session.get(PageViewRestriction.passed_view_restrictions_session_key)  # none granted
    assert guess(browser(ELSEWHERE), url, "open-sesame", page).status_code == 302


def test_a_right_page_password_does_not_count_and_the_throttle_ends_after_its_period(protected_page):
    page, url = protected_page
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for _ in range(6):
            assert guess(browser(), url, "open-sesame", page).status_code == 302
        attacker = browser()
        for _ in range(5):
            guess(attacker, url, "wrong", page)
        assert guess(attacker, url, "open-sesame", page).status_code == 429
        clock.shift(timedelta(minutes=16))
        assert guess(attacker, url, "open-sesame", page).status_code == 302


def test_the_throttle_counts_per_restriction_whichever_page_id_comes_with_it(protected_page):
    page, url = protected_page
    attacker = browser()
    for _ in range(5):
        guess(attacker, url, "wrong", page)
    restriction_id = url.split("/")[-3]
    child_url = f"/en/_util/authenticate_with_password/{restriction_id}/{page.get_parent().pk}/"
    assert guess(attacker, child_url, "wrong", page).status_code == 429


def test_a_superuser_lifts_an_addresses_page_password_and_reset_limits(
    protected_page, admin_client, settings
):
    settings.PASSWORD_RESET_RATE_LIMIT = 1
    page, url = protected_page
    attacker = browser()
    for _ in range(5):
        guess(attacker, url, "wrong", page)
    attacker.post(RESET, {"email": "admin@example.org"})
    assert guess(attacker, url, "open-sesame", page).status_code == 429
    assert attacker.post(RESET, {"email": "editor@example.org"}).status_code == 429

    refused = admin_client.post("/admin/lockouts/lift/", {"ip_address": "not an address"})
    assert refused.status_code == 302
    assert guess(attacker, url, "open-sesame", page).status_code == 429  # nothing was lifted

    lifted = admin_client.post(
        "/admin/lockouts/lift/", {"ip_address": ATTACKER, "email": "admin@example.org"}
    )
    assert lifted.status_code == 302
    assert guess(attacker, url, "open-sesame", page).status_code == 302
    assert attacker.post(RESET, {"email": "admin@example.org"}).status_code == 302


# --- Password reset ---------------------------------------------------------------------------------------
RESET = "/admin/password_reset/"


def test_password_reset_requests_are_throttled_per_address_with_a_localized_message(mailoutbox, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = 2
    client = browser(language="hr")
    assert client.post(RESET, {"email": "admin@example.org"}).status_code == 302
    assert client.post(RESET, {"email": "nobody@example.org"}).status_code == 302
    sent = len(mailoutbox)
    response = client.post(RESET, {"email": "editor@example.org"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert 'lang="hr"' in html
    with translation.override("hr"):
        assert messages.password_reset_refused(3600).replace("'", "&#x27;") in html
    assert 'value="editor@example.org"' in html  # what was typed is kept
    assert len(mailoutbox) == sent  # nothing was sent
    assert browser(ELSEWHERE).post(RESET, {"email": "editor@example.org"}).status_code == 302


def test_one_e_mail_address_is_not_flooded_with_resets_from_many_addresses(mailoutbox, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = 2
    for number in range(2):
        assert browser(f"192.0.2.{number + 1}").post(RESET, {"email": "admin@example.org"}).status_code == 302
    assert len(mailoutbox) == 2
    assert browser("192.0.2.50").post(RESET, {"email": "Admin@Example.org"}).status_code == 429
    assert len(mailoutbox) == 2


def test_a_reset_form_with_mistakes_does_not_count(settings):
    settings.PASSWORD_RESET_RATE_LIMIT = 1
    client = browser()
    for _ in range(3):
        assert client.post(RESET, {"email": "not an address"}).status_code == 200
    assert client.post(RESET, {"email": "admin@example.org"}).status_code == 302
