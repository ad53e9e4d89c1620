"""The mentor directory in a real Chromium: searching, filtering without reloads, shareable URLs, the
way back from a profile, the form without JavaScript and with the keyboard.

What the page shows is compared with the directory's JSON for the same query (fetched through the
page's own request context), so the tests know the right counts without repeating the demo data."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

DIRECTORY = "/hr/mentori/"
WORDS = "zagovaranje"  # "advocacy" in Croatian
AREAS = ["advocacy", "financial-stability"]
LANGUAGE = "en"
CARD_LANGUAGES = "Jezici"  # the card's "Languages" in Croatian
FACETS = ("area", "language", "country", "availability")


def croatian_count(total):
    """The directory's count sentence in Croatian, with its three plural forms."""
    if total % 10 == 1 and total % 100 != 11:
        return f"Pronađen je {total} mentor"
    if 2 <= total % 10 <= 4 and not 12 <= total % 100 <= 14:
        return f"Pronađena su {total} mentora"
    return f"Pronađeno je {total} mentora"


def query_of(page):
    """The page's query string, parsed (repeated parameters as lists)."""
    return parse_qs(urlsplit(page.url).query)


def url_has(page, **expected):
    """Wait until the page's URL has these parameters (each a list of values, in any order; an empty
    list: not there). Pushed history entries count: the script updates the address without a load."""
    expected = {key: sorted(values) for key, values in expected.items()}

    def matches(url):
        query = parse_qs(urlsplit(url).query)
        return all(sorted(query.get(key, [])) == values for key, values in expected.items())

    try:
        page.wait_for_url(matches)
    except PlaywrightTimeoutError:
        raise AssertionError(f"the URL {page.url} does not get the parameters {expected}") from None


def directory_json(page, site_url):
    """The directory's JSON for the query the page's URL has."""
    query = urlsplit(page.url).query
    response = page.request.get(f"{site_url}{DIRECTORY}json/" + (f"?{query}" if query else ""))
    assert response.ok, f"{response.url} answered {response.status}"
    return response.json()


def shown_facets(page):
    """Every facet checkbox: (facet, value) -> (count in its label, ticked)."""
    options = page.evaluate(
        """() => Array.from(document.querySelectorAll(".facet input[type=checkbox]"), (box) => ({
            facet: box.name,
            value: box.value,
            checked: box.checked,
            label: document.querySelector(`label[for="${box.id}"] .facet__count`).textContent,
        }))"""
    )
    return {
        (option["facet"], option["value"]): (
            int(re.search(r"\d+", option["label"]).group()),
            option["checked"],
        )
        for option in options
    }


def shown_cards(page):
    """Each result card as name, area labels and the facts (term -> description)."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll(".mentor-card"), (card) => ({
            name: card.querySelector(".mentor-card__name").textContent.trim(),
            areas: Array.from(card.querySelectorAll(".tags .tag"), (tag) => tag.textContent.trim()),
            facts: Object.fromEntries(Array.from(card.querySelectorAll(".mentor-card__facts > div"),
                (pair) => [pair.querySelector("dt").textContent.trim(),
                           pair.querySelector("dd").textContent.trim()])),
        }))"""
    )


def expect_page_to_match_json(page, site_url):
    """The count, every facet count and tick, and the cards' names are those of the JSON for the same
    query. Returns the JSON."""
    data = directory_json(page, site_url)
    expect(page.locator(".directory__count")).to_have_text(croatian_count(data["total"]))
    expected_facets = {
        (facet, option["value"]): (option["count"], option["selected"])
        for facet in FACETS
        for option in data["facets"][facet]
    }
    assert shown_facets(page) == expected_facets, f"facets on the page differ from the JSON of {page.url}"
    assert [card["name"] for card in shown_cards(page)] == [hit["name"] for hit in data["hits"]]
    return data


def label_of(data, facet, value):
    return next(option["label"] for option in data["facets"][facet] if option["value"] == value)


def assert_no_browser_errors(page, browser_errors):
    page.wait_for_load_state("networkidle")
    assert not browser_errors, "The browser reported errors:\n" + "\n".join(browser_errors)


def test_ngo_searches_in_croatian_ticks_two_areas_and_a_language_and_keeps_the_filters_after_visiting_a_profile(  # noqa: E501
    page, site_url, browser_errors
):
    page.goto(site_url + DIRECTORY)
    expect(page.locator("form.directory--enhanced")).to_have_count(1)  # the script has run
    everyone = expect_page_to_match_json(page, site_url)
    page.evaluate("window.__marker = 1")  # gone if the page is loaded again

    # Words: Enter searches, and the address says what was searched.
    search_box = page.get_by_role("searchbox", name="Pretraživanje mentora i mentorica")
    search_box.fill(WORDS)
    search_box.press("Enter")
    expect(page).to_have_url(f"{site_url}{DIRECTORY}?q={WORDS}")
    expect(page.locator(".directory__count")).not_to_have_text(croatian_count(everyone["total"]))
    searched = expect_page_to_match_json(page, site_url)
    assert 0 < searched["total"] < everyone["total"]

    # Two areas and a language: each tick updates the results and the address.
    for area in AREAS:
        page.locator(f"#facet-area-{area}").check()
        url_has(page, q=[WORDS], area=AREAS[: AREAS.index(area) + 1])
    page.locator(f"#facet-language-{LANGUAGE}").check()
    url_has(page, q=[WORDS], area=AREAS, language=[LANGUAGE])
    filtered = expect_page_to_match_json(page, site_url)
    assert page.evaluate("window.__marker") == 1, "filtering reloaded the page instead of updating it"

    assert filtered["total"] != searched["total"], "the language filter should change the count"
    counts_before = {
        (facet, option["value"]): option["count"] for facet in FACETS for option in searched["facets"][facet]
    }
    counts_now = {option: count for option, (count, _ticked) in shown_facets(page).items()}
    assert counts_now != counts_before, "the filters should change some facet counts"
    area_labels = {label_of(filtered, "area", area) for area in AREAS}
    language_label = label_of(filtered, "language", LANGUAGE)
    cards = shown_cards(page)
    assert cards, "the filters should leave some mentors"
    for card in cards:
        assert language_label in card["facts"][CARD_LANGUAGES].split(", "), card
        assert area_labels & set(card["areas"]), card
    filters_url = page.url

    # The first profile, and back.
    first = page.locator(".mentor-card__name a").first
    name = cards[0]["name"]
    profile_path = urlsplit(filtered["hits"][0]["url"]).path
    first.click()
    expect(page).to_have_url(site_url + profile_path)
    expect(page.locator("h1")).to_have_text(name)
    facts = page.locator(".mentor-profile__facts")
    expect(facts).to_be_visible()
    expect(facts.get_by_role("heading", name="Ukratko")).to_be_visible()
    expect(facts).to_contain_text(language_label)
    assert area_labels & set(facts.locator(".call-facts__areas li").all_inner_texts())

    page.go_back()
    expect(page).to_have_url(filters_url)
    for box in [f"#facet-area-{area}" for area in AREAS] + [f"#facet-language-{LANGUAGE}"]:
        expect(page.locator(box)).to_be_checked()
    expect(search_box).to_have_value(WORDS)
    back = expect_page_to_match_json(page, site_url)
    assert [hit["name"] for hit in back["hits"]] == [hit["name"] for hit in filtered["hits"]]
    assert shown_cards(page) == cards

    assert_no_browser_errors(page, browser_errors)


def test_back_button_takes_a_filter_off_again_without_leaving_the_directory(page, site_url, browser_errors):
    page.goto(site_url + DIRECTORY)
    expect(page.locator("form.directory--enhanced")).to_have_count(1)
    everyone = expect_page_to_match_json(page, site_url)
    page.evaluate("window.__marker = 1")

    page.locator("#facet-country-HR").check()
    url_has(page, country=["HR"])
    expect(page.locator(".directory__count")).not_to_have_text(croatian_count(everyone["total"]))

    page.go_back()
    url_has(page, country=[])
    expect(page.locator("#facet-country-HR")).not_to_be_checked()
    expect(page.locator(".directory__count")).to_have_text(croatian_count(everyone["total"]))
    expect_page_to_match_json(page, site_url)
    assert page.evaluate("window.__marker") == 1, "the back button reloaded the page instead of updating it"
    assert_no_browser_errors(page, browser_errors)


@pytest.mark.parametrize("javascript_enabled", [False], ids=["without-javascript"])
def test_without_javascript_the_show_mentors_button_filters(page, site_url, javascript_enabled):
    page.goto(site_url + DIRECTORY)
    expect(page.locator("form.directory--enhanced")).to_have_count(0)
    everyone = expect_page_to_match_json(page, site_url)

    page.locator("#facet-area-advocacy").check()
    apply = page.get_by_role("button", name="Prikaži mentore")
    expect(apply).to_be_visible()
    with page.expect_navigation():
        apply.click()

    assert query_of(page).get("area") == ["advocacy"]
    expect(page.locator("#facet-area-advocacy")).to_be_checked()
    filtered = expect_page_to_match_json(page, site_url)
    assert 0 < filtered["total"] < everyone["total"]
    advocacy = label_of(filtered, "area", "advocacy")
    for card in shown_cards(page):
        assert advocacy in card["areas"], card


def test_keyboard_user_reaches_the_filters_with_tab_and_ticks_them_with_space(page, site_url, browser_errors):
    page.goto(site_url + DIRECTORY)
    expect(page.locator("form.directory--enhanced")).to_have_count(1)
    page.locator("#directory-q").focus()

    page.keyboard.press("Tab")
    expect(page.locator(".directory__search-row button")).to_be_focused()
    page.keyboard.press("Tab")
    first = page.locator(".facet input[type=checkbox]").first
    expect(first).to_be_focused()
    first_value = first.get_attribute("value")

    page.keyboard.press("Space")
    url_has(page, area=[first_value])
    expect(first).to_be_checked()
    expect(first).to_be_focused()  # still there after the results were replaced

    page.keyboard.press("Tab")
    second = page.locator(".facet input[type=checkbox]").nth(1)
    expect(second).to_be_focused()
    second_value = second.get_attribute("value")
    page.keyboard.press("Space")
    url_has(page, area=[first_value, second_value])
    expect(second).to_be_checked()

    page.keyboard.press("Space")
    url_has(page, area=[first_value])
    expect(second).not_to_be_checked()
    expect(second).to_be_focused()
    expect_page_to_match_json(page, site_url)
    assert_no_browser_errors(page, browser_errors)
