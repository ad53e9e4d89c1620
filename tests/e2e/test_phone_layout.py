"""Phones and the first screen, in a real Chromium: no page of any language's sitemap scrolls sideways at
360 or 320 px, nor the call's application form; the header's menu opens and closes without JavaScript;
key-figure grids of 3 to 6 figures fill every row at every width; and on a 1366 × 900 desktop the call
page's first screen shows its status, deadline and Apply link.

The shared site serves the call closed (its real deadline); the form and the Apply link need it open,
so this module also builds a site of its own with the deadline moved to 2030, like the application
flow's.
"""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import TIMEOUT_MS, fresh_database, manage, running_server, server_environment
from tests.e2e.sitemap_pages import LANGUAGES, sitemap_paths

pytestmark = pytest.mark.e2e

PHONE_WIDTHS = [360, 320]
DESKTOP = {"width": 1366, "height": 900}
OPEN_DEADLINE = "2030-12-31T23:59"
CALLS = {"sl": "/sl/poziv-za-mentorje/", "hr": "/hr/poziv-za-mentore/", "en": "/en/call-for-mentors/"}
OVERFLOW = "[document.documentElement.scrollWidth, window.innerWidth]"


@pytest.fixture(scope="module")
def open_call_url(chromium_executable, tmp_path_factory):
    """A demo site of this module's own whose call is open until 2030 (built like ``site_url``)."""
    folder = tmp_path_factory.mktemp("e2e-phone-open-call")
    with fresh_database(folder) as database_url:
        env = server_environment(database_url, folder)
        manage(env, "createcachetable")
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content", "--deadline", OPEN_DEADLINE)
        with running_server(env, folder / "runserver.log") as url:
            yield url


def new_page(browser, viewport, javascript=True):
    context = browser.new_context(viewport=viewport, locale="sl-SI", java_script_enabled=javascript)
    context.set_default_timeout(TIMEOUT_MS)
    return context.new_page()


def sideways(page, base, paths):
    """The paths whose page is wider than the window, with both widths."""
    wider = []
    for path in paths:
        status = page.goto(base + path).status
        assert status == 200, f"{path} answered {status}"
        page.wait_for_load_state("load")
        scroll_width, window_width = page.evaluate(OVERFLOW)
        if scroll_width > window_width:
            wider.append(f"{path}: {scroll_width} px in a {window_width} px window")
    return wider


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_no_page_of_any_sitemap_scrolls_sideways_on_a_phone(browser, site_url, width):
    page = new_page(browser, {"width": width, "height": 800})
    paths = [path for language in LANGUAGES for path in sitemap_paths(site_url, language)]
    assert len(paths) > 30
    wider = sideways(page, site_url, paths)
    page.context.close()
    assert not wider, f"pages scroll sideways at {width} px:\n" + "\n".join(wider)


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_the_call_page_with_its_application_form_does_not_scroll_sideways_on_a_phone(
    browser, open_call_url, width
):
    page = new_page(browser, {"width": width, "height": 800})
    page.goto(open_call_url + CALLS["sl"])
    expect(page.locator("input[type=file]")).to_have_count(1)  # the form, with its CV field, is there
    wider = sideways(page, open_call_url, CALLS.values())
    page.context.close()
    assert not wider, f"the call page scrolls sideways at {width} px:\n" + "\n".join(wider)


def test_the_menu_opens_and_closes_without_javascript_on_a_phone(browser, site_url):
    page = new_page(browser, {"width": 360, "height": 800}, javascript=False)
    page.goto(site_url + "/hr/")
    toggle = page.locator("summary.site-menu__toggle")
    navigation = page.locator("nav.site-nav")
    expect(toggle).to_be_visible()
    header = page.locator("header.site-header").bounding_box()
    assert header["height"] <= 100, f"the closed header takes {header['height']} px"
    expect(navigation).to_be_hidden()
    expect(page.locator("nav.language-switcher")).to_be_hidden()

    toggle.click()
    expect(navigation).to_be_visible()
    expect(page.locator("nav.language-switcher a[hreflang=sl]")).to_be_visible()
    toggle.click()
    expect(navigation).to_be_hidden()

    # And from the keyboard: the toggle takes the focus and Enter opens it.
    page.reload()
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the brand
    page.keyboard.press("Tab")
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")
    expect(navigation).to_be_visible()
    expect(page.locator("details.site-menu")).to_have_attribute("open", "")
    navigation.locator("a").nth(1).click()
    assert page.url != site_url + "/hr/"
    page.context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without JavaScript"])
def test_on_a_desktop_the_menu_is_always_shown_and_its_toggle_hidden(browser, site_url, javascript):
    page = new_page(browser, DESKTOP, javascript=javascript)
    page.goto(site_url + "/sl/")
    expect(page.locator("summary.site-menu__toggle")).to_be_hidden()
    expect(page.locator("nav.site-nav")).to_be_visible()
    expect(page.locator("nav.language-switcher")).to_be_visible()
    page.context.close()


def within_first_screen(locator):
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP["height"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_open_calls_first_screen_on_a_desktop_shows_status_deadline_and_apply(
    browser, open_call_url, language
):
    page = new_page(browser, DESKTOP)
    page.goto(open_call_url + CALLS[language])
    status = page.locator(".call-facts .call-status--open")
    deadline = page.locator('.call-facts time[datetime^="2030-12-31T23:59"]')
    apply = page.locator('.call-facts a[href="#apply"]')
    for what, locator in {"status": status, "deadline": deadline, "Apply link": apply}.items():
        expect(locator).to_be_visible()
        assert within_first_screen(locator), f"the {what} is below the first screen"
    apply.click()
    expect(page.locator("#apply form")).to_be_visible()
    page.context.close()


def test_the_closed_calls_first_screen_on_a_desktop_says_clearly_that_it_is_closed(browser, site_url):
    page = new_page(browser, DESKTOP)
    page.goto(site_url + CALLS["sl"])
    status = page.locator(".call-facts .call-status--closed")
    expect(status).to_be_visible()
    assert within_first_screen(status)
    assert within_first_screen(page.locator('.call-facts time[datetime^="2025-12-20T23:59:59"]'))
    expect(page.locator('.call-facts a[href="#apply"]')).to_have_count(0)
    page.context.close()


# Copies the home page's grid of six figures, keeps the first `count` and names the grid by its count,
# as the block's template does; then measures each row: its cards must fill the grid's width.
ROWS_OF_A_GRID = """count => {
    const original = document.querySelector(".key-figures");
    const grid = original.cloneNode(true);
    grid.className = `key-figures key-figures--${count}`;
    [...grid.children].slice(count).forEach(item => item.remove());
    original.after(grid);
    const width = grid.getBoundingClientRect().width;
    const gap = parseFloat(getComputedStyle(grid).columnGap) || 0;
    const rows = new Map();
    for (const item of grid.children) {
        const box = item.getBoundingClientRect();
        const top = Math.round(box.top);
        rows.set(top, (rows.get(top) || []).concat([box.width]));
    }
    grid.remove();
    return {width, gap, rows: [...rows.values()]};
}"""


@pytest.mark.parametrize("width", [320, 390, 600, 800, 1000, 1366])
def test_key_figure_grids_of_three_to_six_figures_fill_every_row(browser, site_url, width):
    page = new_page(browser, {"width": width, "height": 900})
    page.goto(site_url + "/sl/")
    expect(page.locator(".key-figures--6 .key-figures__item")).to_have_count(6)
    for count in (3, 4, 5, 6):
        grid = page.evaluate(ROWS_OF_A_GRID, count)
        for row in grid["rows"]:
            filled = sum(row) + grid["gap"] * (len(row) - 1)
            assert abs(filled - grid["width"]) < 2, (
                f"{count} figures at {width} px: a row of {len(row)} "
                f"fills {filled:.0f} of {grid['width']:.0f} px"
            )
    page.context.close()
