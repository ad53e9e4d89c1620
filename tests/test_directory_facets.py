"""Facet semantics on a hand-built data set: OR within a facet, AND across facets, and each facet
counted with the other facets applied. Text ignores case and diacritics and matches word prefixes."""

import pytest

from mentors.directory.facets import facet_values
from search.backends.database import DatabaseBackend
from search.query import DirectoryQuery
from search.text import query_terms
from tests.support.directory_data import build_entries

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries():
    return build_entries()


def search(locale, text="", **facets):
    query = DirectoryQuery(locale=locale, terms=tuple(query_terms(text)), **facets)
    return DatabaseBackend().search(query, facet_values())


def names(results):
    return sorted(hit.name for hit in results.hits)


def test_no_filters_lists_everyone_of_the_language_by_name(entries):
    results = search("hr")
    assert [hit.name for hit in results.hits] == [
        "Ana Đorđević",
        "Ivana Kovačić",
        "Marko Horvat",
        "Petra Babić",
    ]
    assert results.total == 4
    assert results.facets["area"]["advocacy"] == 2
    assert results.facets["area"]["financial-stability"] == 2
    assert results.facets["country"] == {"SI": 0, "HR": 3, "OTHER": 1}


def test_values_within_a_facet_are_alternatives(entries):
    results = search("hr", area=("advocacy", "public-image-and-transparency"))
    assert names(results) == ["Ana Đorđević", "Ivana Kovačić", "Petra Babić"]


def test_different_facets_must_all_hold(entries):
    results = search("hr", area=("advocacy", "financial-stability"), language=("de",))
    assert names(results) == ["Ivana Kovačić"]


def test_each_facet_is_counted_with_the_other_facets_applied(entries):
    results = search("hr", area=("advocacy",), language=("en",))
    assert results.total == 2
    # Areas are counted with only the language filter: the unselected areas keep honest counts.
    assert results.facets["area"]["advocacy"] == 2
    assert results.facets["area"]["financial-stability"] == 1
    assert results.facets["area"]["gesi"] == 1
    # Languages are counted with only the area filter.
    assert results.facets["language"]["en"] == 2
    assert results.facets["language"]["de"] == 1
    assert results.facets["language"]["hr"] == 2
    # Other facets see both filters.
    assert results.facets["availability"] == {"available": 2, "limited": 0, "unavailable": 0}


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("sl", "zagovornistvo", ["Nina Zupan"]),
        ("sl", "ZAGOVORNIŠTVO", ["Nina Zupan"]),
        ("hr", "dordevic", ["Ana Đorđević"]),
        ("hr", "djordjevic", ["Ana Đorđević"]),
        ("hr", "Đorđević", ["Ana Đorđević"]),
        ("sl", "financna", ["Luka Novak"]),
        ("sl", "mentor", ["Maja Kranjc", "Nina Zupan"]),
        ("hr", "zagovaranj", ["Ana Đorđević", "Ivana Kovačić"]),
        ("hr", "zagovaranje", ["Ana Đorđević", "Ivana Kovačić"]),
        ("sl", "zagovornistvo mentorica", ["Nina Zupan"]),
        ("sl", "tomaz zagar", ["Tomaž Žagar"]),
        ("hr", "financijsk", ["Marko Horvat"]),
        ("sl", "zagovaranje", []),  # Croatian word, Slovenian directory
    ],
)
def test_text_ignores_case_and_diacritics_and_matches_word_prefixes(entries, locale, text, expected):
    assert names(search(locale, text)) == expected


def test_text_and_facets_combine(entries):
    results = search("hr", "zagovaranje", area=("financial-stability",))
    assert names(results) == ["Ivana Kovačić"]
    assert results.facets["area"] == {
        "organisational-structure": 0,
        "capacities-and-resources": 0,
        "financial-stability": 1,
        "service-provision": 0,
        "advocacy": 2,
        "public-image-and-transparency": 0,
        "gesi": 1,
    }


def test_sort_by_experience_puts_the_most_experienced_mentor_first(entries):
    results = search("sl", sort="experience")
    assert [hit.name for hit in results.hits] == ["Tomaž Žagar", "Luka Novak", "Nina Zupan", "Maja Kranjc"]


def test_relevance_ranks_name_matches_first(entries):
    results = search("sl", "zagar", sort="relevance")
    assert results.hits[0].name == "Tomaž Žagar"


def test_pages_split_the_results_and_a_page_past_the_end_is_empty(entries):
    first = search("hr", per_page=3, page=1)
    second = search("hr", per_page=3, page=2)
    beyond = search("hr", per_page=3, page=9)
    assert len(first.hits) == 3 and len(second.hits) == 1
    assert first.num_pages == 2
    assert beyond.hits == [] and beyond.total == 4
