"""The Content-Security-Policy in a real Chromium: the public pages' own scripts run under the strict
policy (the application form shows an area's description box when it is ticked, the directory filters
without a reload), and the Wagtail admin's pages load under theirs, with no violation reported on any
of them: neither a ``securitypolicyviolation`` event nor a console error.

The call must be open for its form to be on the page, so this module builds a site of its own, as
``tests/e2e/test_application_flow.py`` does."""

import re
import time
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import (
    TIMEOUT_MS,
    fresh_database,
    manage,
    redacted,
    running_server,
    server_environment,
)

pytestmark = pytest.mark.e2e

OPEN_DEADLINE = "2030-12-31T23:59"
PASSWORD = "impact4values"
# (Not the 404: under the development settings it is Django's debug page, with inline styles.)
PUBLIC_PAGES = ["/sl/", "/hr/poziv-za-mentore/", "/en/mentors/", "/sl/varstvo-osebnih-podatkov/"]
ADMIN_PAGES = [
    "/admin/",
    "/admin/pages/",
    "/admin/snippets/mentors/mentorapplication/",
    "/admin/snippets/core/footer/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/users/",
]  # (Not /admin/account/: its time-zone list offers this machine's "localtime", which Chromium refuses.)
# Collects what the browser reports, from before the page's own scripts run.
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", function (event) {
    window.__violations.push(event.violatedDirective + " blocked " + (event.blockedURI || "inline")
        + " at " + event.sourceFile + ":" + event.lineNumber);
});
"""


@pytest.fixture(scope="module")
def base_url(chromium_executable, tmp_path_factory):
    """A demo site of this module's own, its call open until 2030 (built like conftest's ``site_url``)."""
    folder = tmp_path_factory.mktemp("e2e-csp")
    with fresh_database(folder) as database_url:
        env = server_environment(database_url, folder)
        started = time.perf_counter()
        manage(env, "createcachetable")  # as `make run` does; the system checks ask for it
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content", "--demo-accounts", "--deadline", OPEN_DEADLINE)
        print(f"\ne2e database {redacted(database_url)} ready in {time.perf_counter() - started:.1f} s")
        with running_server(env, folder / "runserver.log") as url:
            yield url


@pytest.fixture
def watched(browser):
    """A page whose CSP violations and console errors are collected; ``problems()`` lists them."""
    context = browser.new_context(locale="sl-SI", timezone_id="Europe/Ljubljana")
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(LISTEN)
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(f"page error: {error.message}"))

    def problems():
        """What was reported since the last call."""
        page.wait_for_load_state("networkidle")
        found = errors + page.evaluate("window.__violations.splice(0)")
        errors.clear()
        return found

    page.problems = problems
    yield page
    context.close()


def visit(page, url):
    """Opens ``url`` and returns what the browser reported there."""
    page.goto(url)
    return page.problems()


def test_public_pages_report_no_policy_violation(watched, base_url):
    profile = watched.request.get(base_url + "/sl/mentorji/json/").json()["hits"][0]["url"]
    for path in [*PUBLIC_PAGES, profile]:
        assert visit(watched, urljoin(base_url + "/", path)) == [], path


def test_the_application_forms_script_runs_under_the_strict_policy(watched, base_url):
    response = watched.goto(base_url + "/hr/poziv-za-mentore/")
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    form = watched.locator("form.application-form")
    expect(form).to_have_class(re.compile(r"\bapplication-form--enhanced\b"))
    area = watched.locator("li[data-area]").first
    experience = area.locator("[data-experience]")
    expect(experience).to_be_hidden()
    area.locator("input[type=checkbox]").check()
    expect(experience).to_be_visible()
    area.locator("input[type=checkbox]").uncheck()
    expect(experience).to_be_hidden()
    assert watched.problems() == []


def test_the_directory_filters_without_a_reload_under_the_strict_policy(watched, base_url):
    watched.goto(base_url + "/en/mentors/")
    expect(watched.locator("form.directory")).to_have_class(re.compile(r"\bdirectory--enhanced\b"))
    watched.evaluate("window.__sameDocument = true")
    watched.locator('input[name="area"][value="advocacy"]').check()
    expect(watched).to_have_url(re.compile(r"[?&]area=advocacy"))
    assert watched.evaluate("window.__sameDocument") is True  # the results came by fetch, no reload
    assert watched.problems() == []


def test_the_wagtail_admin_and_the_userbar_report_no_policy_violation(watched, base_url):
    watched.goto(base_url + "/admin/login/")
    watched.locator("#id_username").fill("admin")
    watched.locator("#id_password").fill(PASSWORD)
    watched.locator("form button[type=submit]").click()
    expect(watched).to_have_url(base_url + "/admin/")
    reported = {path: visit(watched, base_url + path) for path in ADMIN_PAGES}

    # The userbar on a public page (strict policy) leads to the call page's editors: Wagtail's for the
    # Slovenian original, wagtail-localize's translation editor for the Croatian translation.
    for path, editor in [("/sl/poziv-za-mentorje/", "#page-edit-form"), ("/hr/poziv-za-mentore/", None)]:
        reported[f"userbar on {path}"] = visit(watched, base_url + path)
        edit = watched.locator("wagtail-userbar").locator('a[href*="/admin/pages/"][href$="/edit/"]')
        editor_url = urljoin(base_url + "/", edit.first.get_attribute("href"))
        reported[f"editor of {path}"] = visit(watched, editor_url)
        if editor:
            expect(watched.locator(editor)).to_be_attached()
        else:
            expect(watched.get_by_role("heading", name=re.compile("translation"))).to_be_visible()
    assert reported == dict.fromkeys(reported, [])
