"""The directory's active-filter chips, "Clear all", the "Filters (N)" disclosure and its "Show N
mentors" button, through the test client: server-rendered, so they work without JavaScript."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

DIRECTORY = "/en/mentors/"


def soup_of(client, path, params=None):
    response = client.get(path, params or {})
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def chips(soup):
    """Each chip as (accessible name, href): its text without the parts hidden from assistive tech."""
    found = []
    for link in soup.select(".active-filters a.chip"):
        for hidden in link.select('[aria-hidden="true"]'):
            hidden.extract()
        found.append((" ".join(link.get_text().split()), link["href"]))
    return found


def params_of(href):
    return parse_qs(urlsplit(href).query)


def test_each_filter_value_and_the_search_words_get_a_chip_that_removes_just_that_one(client):
    soup = soup_of(
        client,
        DIRECTORY,
        {"q": "advocacy", "area": ["advocacy", "gesi"], "country": "HR", "sort": "name", "page": "2"},
    )
    found = dict(chips(soup))
    assert list(found) == [
        "Remove search: “advocacy”",
        "Remove filter: Advocacy",
        "Remove filter: GESI – gender equality and social inclusion",
        "Remove filter: Croatia",
    ]
    assert params_of(found["Remove search: “advocacy”"]) == {
        "area": ["advocacy", "gesi"],
        "country": ["HR"],
        "sort": ["name"],
    }
    assert params_of(found["Remove filter: Advocacy"]) == {
        "q": ["advocacy"],
        "area": ["gesi"],
        "country": ["HR"],
        "sort": ["name"],
    }
    assert params_of(found["Remove filter: Croatia"]) == {
        "q": ["advocacy"],
        "area": ["advocacy", "gesi"],
        "sort": ["name"],
    }


def test_following_a_chip_leaves_the_other_filters_ticked(client):
    soup = soup_of(client, DIRECTORY, {"area": ["advocacy", "gesi"], "language": "en"})
    href = dict(chips(soup))["Remove filter: Advocacy"]
    after = soup_of(client, DIRECTORY + href)
    ticked = {(box["name"], box["value"]) for box in after.select(".facet input[checked]")}
    assert ticked == {("area", "gesi"), ("language", "en")}
    assert [name for name, _href in chips(after)] == [
        "Remove filter: GESI – gender equality and social inclusion",
        "Remove filter: English",
    ]


def test_removing_the_last_filter_links_to_the_bare_directory(client):
    soup = soup_of(client, DIRECTORY, {"country": "SI"})
    assert chips(soup) == [("Remove filter: Slovenia", DIRECTORY)]


def test_clear_all_removes_words_and_filters_but_keeps_a_chosen_order(client):
    soup = soup_of(client, DIRECTORY, {"q": "mentor", "availability": "available", "sort": "experience"})
    assert soup.select_one(".active-filters__clear")["href"] == f"{DIRECTORY}?sort=experience"
    soup = soup_of(client, DIRECTORY, {"q": "mentor", "area": "advocacy", "page": "2"})
    clear = soup.select_one(".active-filters__clear")
    assert clear.get_text(strip=True) == "Clear all"
    assert clear["href"] == DIRECTORY


def test_without_words_or_filters_there_are_no_chips(client):
    soup = soup_of(client, DIRECTORY, {"sort": "name"})
    assert soup.select(".active-filters") == []


def test_unrecognised_values_get_no_chip(client):
    soup = soup_of(client, DIRECTORY, {"area": ["advocacy", "no-such-area"]})
    assert [name for name, _href in chips(soup)] == ["Remove filter: Advocacy"]


def test_chips_speak_the_pages_language(client):
    soup = soup_of(client, "/hr/mentori/", {"q": "zagovaranje", "country": "HR"})
    assert [name for name, _href in chips(soup)] == [
        "Ukloni pretraživanje: „zagovaranje”",
        "Ukloni filtar: Hrvatska",
    ]
    assert soup.select_one(".active-filters__clear").get_text(strip=True) == "Očisti sve"
    soup = soup_of(client, "/sl/mentorji/", {"q": "zagovorništvo", "country": "HR"})
    assert [name for name, _href in chips(soup)] == [
        "Odstrani iskanje: »zagovorništvo«",
        "Odstrani filter: Hrvaška",
    ]


def toggle_text(soup):
    return soup.select_one("details.filters > summary").get_text(strip=True)


def test_the_filters_disclosure_counts_the_ticked_values_not_the_words(client):
    assert toggle_text(soup_of(client, DIRECTORY)) == "Filters"
    assert toggle_text(soup_of(client, DIRECTORY, {"q": "advocacy"})) == "Filters"
    soup = soup_of(client, DIRECTORY, {"q": "a", "area": ["advocacy", "gesi"], "language": "en"})
    assert toggle_text(soup) == "Filters (3)"
    assert toggle_text(soup_of(client, "/hr/mentori/", {"country": ["HR", "SI"]})) == "Filtri (2)"


def test_the_filters_are_closed_at_first_and_submit_with_show_mentors(client):
    soup = soup_of(client, DIRECTORY, {"area": "advocacy"})
    drawer = soup.select_one("form.directory details.filters")
    assert not drawer.has_attr("open")
    button = drawer.select_one("button[type=submit][data-filters-show]")
    assert button.get_text(strip=True) == "Show mentors"


@pytest.mark.parametrize(
    ("path", "params", "live"),
    [
        ("/en/mentors/", {"area": "advocacy"}, "Show {total} mentors"),
        ("/en/mentors/", {"q": "dordevic"}, "Show {total} mentor"),
        ("/hr/mentori/", {"country": "HR"}, "Prikaži {total} mentora"),
        ("/sl/mentorji/", {"q": "dordevic"}, "Prikaži {total} mentorja"),
    ],
)
def test_the_show_button_carries_the_number_of_mentors_the_filters_give(client, path, params, live):
    total = client.get(path + "json/", params).json()["total"]
    soup = soup_of(client, path, params)
    assert soup.select_one("[data-filters-show]")["data-live-label"] == live.format(total=total)


def test_the_partial_answer_carries_the_disclosure_and_chips_for_the_script(client):
    soup = soup_of(client, DIRECTORY, {"area": "gesi", "partial": "1"})
    assert toggle_text(soup) == "Filters (1)"
    assert [name for name, href in chips(soup)] == [
        "Remove filter: GESI – gender equality and social inclusion"
    ]
    assert "partial" not in soup.select_one(".active-filters__clear")["href"]
    assert all("partial" not in href for _name, href in chips(soup))
