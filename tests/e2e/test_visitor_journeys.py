"""A visitor's way through the site in a real Chromium: language negotiation, navigation, the language
switcher and the keyboard."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

CALL = {"sl": "/sl/poziv-za-mentorje/", "hr": "/hr/poziv-za-mentore/", "en": "/en/call-for-mentors/"}


def path_is(site_url, path):
    """The page's URL is exactly site_url + path (no query string; a fragment is allowed)."""
    return re.compile(re.escape(site_url + path) + r"(#.*)?$")


def settle(page):
    """Wait until the browser has fetched everything the page asks for (the favicon comes last), so that
    every console error of the page has been reported."""
    page.wait_for_load_state("networkidle")


def expect_language(page, language):
    expect(page.locator("html")).to_have_attribute("lang", language)
    current = page.locator("nav.language-switcher [aria-current]")
    expect(current).to_have_count(1)
    expect(current).to_have_attribute("lang", language)


def test_visitor_lands_on_slovenian_home_and_switches_language_on_the_call_page(
    page, site_url, browser_errors
):
    page.goto(site_url + "/")
    expect(page).to_have_url(path_is(site_url, "/sl/"))
    expect_language(page, "sl")
    settle(page)

    call_link = page.locator(f'nav.site-nav a[href="{CALL["sl"]}"]')
    expect(call_link).not_to_have_text("")
    call_link.click()
    expect(page).to_have_url(path_is(site_url, CALL["sl"]))
    expect_language(page, "sl")
    expect(page.locator(".call-facts")).to_be_visible()
    expect(page.locator(".call-facts .call-status--closed")).to_be_visible()
    # The real deadline, 20 December 2025 at the end of the day in Ljubljana, which has passed.
    expect(page.locator('.call-facts time[datetime^="2025-12-20T23:59:59"]')).to_be_visible()
    settle(page)

    page.locator("nav.language-switcher a[hreflang=hr]").click()
    expect(page).to_have_url(path_is(site_url, CALL["hr"]))
    expect_language(page, "hr")
    expect(page.locator(".call-status--closed").first).to_be_visible()
    settle(page)

    page.locator("nav.language-switcher a[hreflang=en]").click()
    expect(page).to_have_url(path_is(site_url, CALL["en"]))
    expect_language(page, "en")
    expect(page.locator(".call-status--closed").first).to_be_visible()
    settle(page)

    assert not browser_errors, "The browser reported errors:\n" + "\n".join(browser_errors)


def test_keyboard_user_skips_to_the_main_content_with_the_first_tab(page, site_url):
    page.goto(site_url + CALL["sl"])

    page.keyboard.press("Tab")
    skip_link = page.locator("a.skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()  # hidden above the page until it has the focus

    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()
    expect(page).to_have_url(path_is(site_url, CALL["sl"] + "#main"))


@pytest.mark.parametrize("browser_locale", ["en-GB"])
def test_visitor_with_an_english_browser_lands_on_the_english_home(page, site_url, browser_locale):
    page.goto(site_url + "/")
    expect(page).to_have_url(path_is(site_url, "/en/"))
    expect_language(page, "en")
