"""axe-core on the admin's main screens for logged-in demo staff: no serious or critical violation.

The staff sign in through the admin's own login form, a Croatian editor and a Slovenian moderator, each
in their admin language; a failure lists each violation with its rule and failing elements.
"""

import re

import pytest

from tests.support.accessibility import assert_no_serious_violations

pytestmark = pytest.mark.e2e

PASSWORD = "impact4values"
EDITOR_SCREENS = [
    "/admin/",  # dashboard
    "/admin/pages/",  # page explorer
    "home page edit 1",  # the home pages in each language: Wagtail's page editor, and wagtail-localize's
    "home page edit 2",  # translation editor for the translated ones
    "home page edit 3",
    "/admin/snippets/programme/thematicarea/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/reports/site-history/",
    "/admin/account/",
]
MODERATOR_SCREENS = ["/admin/", "/admin/snippets/mentors/mentorapplication/", "/admin/mentor-selection/"]


def sign_in(page, site_url, username):
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))


def open_screen(page, site_url, screen):
    if screen.startswith("home page edit"):
        page.goto(site_url + "/admin/pages/")
        links = page.locator("a[href$='/edit/']")
        screen = links.nth(int(screen.split()[-1]) - 1).get_attribute("href")
    response = page.goto(site_url + screen if screen.startswith("/") else screen)
    assert response.status == 200, f"{screen} answered {response.status}"
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("screen", EDITOR_SCREENS)
def test_a_croatian_editors_admin_screen_has_no_serious_accessibility_violation(page, site_url, screen):
    sign_in(page, site_url, "editor-hr")
    open_screen(page, site_url, screen)
    assert page.locator("html").get_attribute("lang") == "hr-hr"
    assert_no_serious_violations(page, f"{screen} (editor-hr)")


@pytest.mark.parametrize("screen", MODERATOR_SCREENS)
def test_a_slovenian_moderators_admin_screen_has_no_serious_accessibility_violation(page, site_url, screen):
    sign_in(page, site_url, "moderator")
    open_screen(page, site_url, screen)
    assert page.locator("html").get_attribute("lang") == "sl"
    assert_no_serious_violations(page, f"{screen} (moderator)")
