"""The mentor directory on a phone (390×844) in real Chromium: the search box and the first result in the
first screen, the filters in a "Filtri (N)" disclosure whose "Prikaži N mentora" button counts live,
chips that take a filter off, and the same disclosure working without JavaScript.

Numbers are checked against the directory's JSON for the same query, as in test_directory.py."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import TIMEOUT_MS
from tests.e2e.test_directory import DIRECTORY, croatian_count, directory_json, query_of, url_has
from tests.support.accessibility import assert_no_serious_violations

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def page(browser, javascript_enabled):
    context = browser.new_context(locale="hr-HR", viewport=PHONE, java_script_enabled=javascript_enabled)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


def croatian_show_button(total):
    """ "Show N mentors" in Croatian: the accusative is "mentora" for every number but 1."""
    return f"Prikaži {total} mentora"


def drawer_is_open(page):
    return page.locator("details.filters").evaluate("(details) => details.open")


def test_on_a_phone_the_search_box_and_the_first_result_fit_the_first_screen(page, site_url, browser_errors):
    page.goto(site_url + DIRECTORY)
    expect(page.locator("form.directory--enhanced")).to_have_count(1)

    search_box = page.get_by_role("searchbox", name="Pretraživanje mentora")
    first_name = page.locator(".mentor-card__name").first
    for element in (search_box, first_name):
        box = element.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box
    expect(page.locator(".facet input[type=checkbox]").first).to_be_hidden()  # the filters wait closed
    expect(page.locator("details.filters > summary")).to_have_text("Filtri")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert not browser_errors, browser_errors


def test_ticking_a_filter_updates_show_n_mentors_to_the_number_the_results_then_show(
    page, site_url, browser_errors
):
    page.goto(site_url + DIRECTORY)
    expect(page.locator("form.directory--enhanced")).to_have_count(1)
    everyone = directory_json(page, site_url)["total"]
    page.evaluate("window.__marker = 1")

    page.locator("details.filters > summary").click()
    show = page.locator("[data-filters-show]")
    expect(show).to_be_visible()
    expect(show).to_have_text(croatian_show_button(everyone))

    page.locator("#facet-country-HR").check()
    url_has(page, country=["HR"])
    croatian = directory_json(page, site_url)["total"]
    assert 0 < croatian < everyone
    expect(show).to_have_text(croatian_show_button(croatian))
    expect(page.locator("details.filters > summary")).to_have_text("Filtri (1)")
    assert drawer_is_open(page), "the filters closed while the results changed behind them"
    expect(page.locator("#facet-country-HR")).to_be_focused()

    page.locator("#facet-area-advocacy").check()
    url_has(page, country=["HR"], area=["advocacy"])
    both = directory_json(page, site_url)["total"]
    expect(show).to_have_text(croatian_show_button(both))
    expect(page.locator("details.filters > summary")).to_have_text("Filtri (2)")
    expect(page.locator("[data-directory-announce]")).to_have_text(croatian_count(both))  # for screen readers
    assert_no_serious_violations(page, "the directory on a phone, filters open, two chips")

    show.click()
    expect(page.locator(".directory__count")).to_have_text(croatian_count(both))
    assert not drawer_is_open(page)
    expect(page.locator(".mentor-card")).to_have_count(both)
    expect(page.locator(".mentor-card").first).to_be_in_viewport()
    expect(page.get_by_role("link", name="Ukloni filtar: Hrvatska")).to_be_visible()
    assert page.evaluate("window.__marker") == 1, "the button reloaded the page"
    assert not browser_errors, browser_errors


def test_chips_take_one_filter_off_and_clear_all_takes_everything_off(page, site_url, browser_errors):
    page.goto(f"{site_url}{DIRECTORY}?q=zagovaranje&area=advocacy&country=HR")
    expect(page.locator("form.directory--enhanced")).to_have_count(1)
    page.evaluate("window.__marker = 1")

    chip = page.get_by_role("link", name="Ukloni filtar: Hrvatska")
    chip.focus()
    page.keyboard.press("Enter")
    url_has(page, q=["zagovaranje"], area=["advocacy"], country=[])
    data = directory_json(page, site_url)
    expect(page.locator(".directory__count")).to_have_text(croatian_count(data["total"]))
    expect(page.locator(".directory__count")).to_be_focused()  # not lost with the chip
    expect(page.locator("#facet-country-HR")).not_to_be_checked()
    expect(page.locator("#facet-area-advocacy")).to_be_checked()
    expect(page.get_by_role("link", name="Ukloni filtar: Hrvatska")).to_have_count(0)
    expect(page.locator("details.filters > summary")).to_have_text("Filtri (1)")

    page.get_by_role("link", name="Ukloni pretraživanje: „zagovaranje”").click()
    url_has(page, q=[], area=["advocacy"])
    expect(page.get_by_role("searchbox", name="Pretraživanje mentora")).to_have_value("")

    page.get_by_role("link", name="Očisti sve").click()
    expect(page).to_have_url(site_url + DIRECTORY)
    everyone = directory_json(page, site_url)["total"]
    expect(page.locator(".directory__count")).to_have_text(croatian_count(everyone))
    expect(page.locator(".active-filters")).to_have_count(0)
    expect(page.locator("details.filters > summary")).to_have_text("Filtri")
    assert page.evaluate("window.__marker") == 1, "a chip reloaded the page"

    page.go_back()
    url_has(page, area=["advocacy"], q=[])
    expect(page.locator("#facet-area-advocacy")).to_be_checked()
    assert not browser_errors, browser_errors


@pytest.mark.parametrize("javascript_enabled", [False], ids=["without-javascript"])
def test_without_javascript_the_disclosure_opens_filters_and_its_chips_remove_them(
    page, site_url, javascript_enabled
):
    page.goto(site_url + DIRECTORY)
    expect(page.locator("form.directory--enhanced")).to_have_count(0)
    expect(page.locator("#facet-area-advocacy")).to_be_hidden()

    page.locator("details.filters > summary").click()
    page.locator("#facet-area-advocacy").check()
    page.locator("#facet-country-HR").check()
    show = page.get_by_role("button", name="Prikaži mentore")
    expect(show).to_be_visible()
    with page.expect_navigation():
        show.click()

    query = query_of(page)
    assert (query.get("area"), query.get("country")) == (["advocacy"], ["HR"])
    data = directory_json(page, site_url)
    expect(page.locator(".directory__count")).to_have_text(croatian_count(data["total"]))
    expect(page.locator(".mentor-card")).to_have_count(data["total"])
    expect(page.locator("details.filters > summary")).to_have_text("Filtri (2)")
    assert not drawer_is_open(page)

    with page.expect_navigation():
        page.get_by_role("link", name="Ukloni filtar: Hrvatska").click()
    query = query_of(page)
    assert (query.get("area"), query.get("country")) == (["advocacy"], None)
    expect(page.locator("details.filters > summary")).to_have_text("Filtri (1)")
