"""The directory and the profiles through HTTP: HTML and JSON, every language, bad input never a 500."""

import json
import re

import pytest

from mentors.models import MentorPage

pytestmark = pytest.mark.django_db

DIRECTORY = {"sl": "/sl/mentorji/", "hr": "/hr/mentori/", "en": "/en/mentors/"}


def hit_names(html):
    return re.findall(r'<h2 class="mentor-card__name"><a href="[^"]+">(.*?)</a></h2>', html)


def plain(html_name):
    return re.sub(r"</?mark>", "", html_name)


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_directory_lists_all_25_mentors_in_each_language(client, language):
    response = client.get(DIRECTORY[language])
    assert response.status_code == 200
    html = response.content.decode()
    assert len(hit_names(html)) == 12  # the first page
    data = client.get(DIRECTORY[language] + "json/").json()
    assert data["total"] == 25
    assert data["num_pages"] == 3
    assert all(hit["url"].startswith(f"http://localhost{DIRECTORY[language]}") for hit in data["hits"])


def test_facet_labels_are_in_the_pages_language(client):
    html = client.get("/hr/mentori/").content.decode()
    assert "Zagovaranje" in html and "Financijska stabilnost" in html
    html = client.get("/en/mentors/").content.decode()
    assert "Advocacy" in html and "Financial stability" in html
    data = client.get("/sl/mentorji/json/").json()
    labels = {option["value"]: option["label"] for option in data["facets"]["area"]}
    assert labels["advocacy"] == "Zagovorništvo"


def test_searching_in_croatian_finds_croatian_translations_only(client):
    data = client.get("/hr/mentori/json/", {"q": "zagovaranje"}).json()
    assert data["total"] > 0
    assert all("/hr/mentori/" in hit["url"] for hit in data["hits"])
    assert client.get("/sl/mentorji/json/", {"q": "zagovaranje"}).json()["total"] == 0


@pytest.mark.parametrize("query", ["dordevic", "djordjevic", "ĐORĐEVIĆ", "đorđ"])
def test_diacritics_and_the_dj_spelling_find_dordevic(client, query):
    data = client.get("/hr/mentori/json/", {"q": query}).json()
    assert [hit["name"] for hit in data["hits"]] == ["Jelena Đorđević"]


def test_matched_words_are_highlighted(client):
    html = client.get("/hr/mentori/", {"q": "dordevic"}).content.decode()
    assert "<mark>Đorđević</mark>" in html


def test_json_matches_the_html_and_describes_each_hit(client):
    params = {"area": ["advocacy", "financial-stability"], "language": "en", "sort": "name"}
    data = client.get("/en/mentors/json/", params).json()
    html = client.get("/en/mentors/", params).content.decode()
    assert [hit["name"] for hit in data["hits"]] == [plain(name) for name in hit_names(html)]
    hit = data["hits"][0]
    assert set(hit) == {
        "url",
        "name",
        "headline",
        "areas",
        "languages",
        "country",
        "city",
        "availability",
        "years_ngo",
        "years_mentoring",
    }
    assert {"key", "label"} <= set(hit["areas"][0])
    assert data["facets"]["language"][0].keys() == {"value", "label", "count", "selected"}
    assert f"{data['total']} mentors found" in html


def test_results_sorted_by_experience(client):
    data = client.get("/sl/mentorji/json/", {"sort": "experience"}).json()
    years = [(hit["years_mentoring"], hit["years_ngo"]) for hit in data["hits"]]
    assert years == sorted(years, reverse=True)


def test_empty_results_suggest_removing_a_filter(client):
    html = client.get("/en/mentors/", {"q": "zzzz", "area": "gesi"}).content.decode()
    assert "No mentor matches this search" in html
    assert "Remove “GESI" in html
    assert "?q=zzzz" in html


def test_partial_request_returns_only_the_results_region(client):
    html = client.get("/sl/mentorji/", {"area": "advocacy", "partial": "1"}).content.decode()
    assert "<html" not in html
    assert 'class="directory__results"' in html


BAD_REQUESTS = [
    {"area": "no-such-area"},
    {"area": ["advocacy", "advocacy", ""]},
    {"language": "xx", "country": "ZZ", "availability": "sometimes"},
    {"page": "9999"},
    {"page": "abc"},
    {"page": "-1"},
    {"page": "1e9"},
    {"sort": "price"},
    {"q": "x" * 10_000},
    {"q": '"*(:OR -AND NOT title:foo~2 /regex/ \\'},
    {"q": "'; DROP TABLE search_directoryentry; --"},
    {"q": "<script>alert(1)</script>"},
    {"q": "\x00\x01"},
    {"q": ""},
]


@pytest.mark.parametrize("params", BAD_REQUESTS)
@pytest.mark.parametrize("suffix", ["", "json/"])
def test_bad_parameters_give_a_normal_escaped_answer(client, params, suffix):
    response = client.get("/hr/mentori/" + suffix, params)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    if suffix:
        json.loads(body)


def test_unknown_values_are_reported_and_ignored(client):
    data = client.get("/en/mentors/json/", {"area": ["advocacy", "no-such-area"]}).json()
    assert data["notices"] == ["Some filters in the address were not recognised and were left out."]
    selected = [option["value"] for option in data["facets"]["area"] if option["selected"]]
    assert selected == ["advocacy"]


def test_an_overlong_query_is_shortened_with_a_notice(client):
    html = client.get("/en/mentors/", {"q": "mentor " * 2000}).content.decode()
    assert "Your search was shortened to its first 200 characters." in html


def test_a_page_past_the_end_says_so(client):
    html = client.get("/en/mentors/", {"page": "40"}).content.decode()
    assert "There is no page 40 of these results." in html


def test_directory_requests_write_nothing(client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get("/hr/mentori/", {"q": "zagovaranje", "area": "advocacy", "language": ["hr", "en"]})
    writes = [q["sql"] for q in queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []
    assert len(queries) <= 15


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_profile_shows_facts_without_the_mentors_email(client, language):
    page = MentorPage.objects.get(locale__language_code=language, slug="jelena-dordevic")
    html = client.get(page.url).content.decode()
    assert "Jelena Đorđević" in html
    assert "mailto:emilija.kastelic@cnvos.si" in html  # the programme's address, never the mentor's
    assert "@example" not in html
