"""The Elasticsearch backend answers like the database backend: prefixes ignoring case and diacritics,
facets (OR within, AND across, counts with the other facets applied), sorts, pages, and the same hits and
counts on the hand-built and on the demo directory. Skips without ELASTICSEARCH_URL."""

import pytest

from mentors.directory.facets import facet_values
from search.backends.database import DatabaseBackend
from search.models import DirectoryEntry
from search.query import FACETS, DirectoryQuery
from search.service import search_directory
from search.text import query_terms
from tests.support.elasticsearch import LONG_WORD, names, search_both

pytest_plugins = ["tests.support.elasticsearch_fixtures"]
pytestmark = pytest.mark.django_db


def test_without_words_a_locale_lists_its_profiles_by_name(loaded):
    results, _ = search_both(loaded, locale="sl")
    assert results.backend == "elasticsearch"
    assert results.total == 7
    assert names(results) == [
        "ana marija kos",
        "Ana Šuštar",
        "Bojan Čeh",
        "Ćiril Anžur",
        "Đurđa Đorđević",
        "Eva Novak",
        "Žiga Zupan",
    ]
    assert results.facets["area"] == {"advocacy": 4, "gesi": 3, "digital": 2, "environment": 2, "youth": 0}
    assert results.facets["language"] == {"sl": 6, "hr": 1, "en": 5, "bs": 0, "de": 1, "it": 1}
    assert results.facets["country"] == {"SI": 5, "HR": 1, "OTHER": 1}
    assert results.facets["availability"] == {"available": 4, "limited": 2, "unavailable": 1}


def test_hits_carry_the_entrys_fields_with_the_same_types_as_the_database(loaded, people):
    results, _ = search_both(loaded, locale="sl", terms=("durda",))
    assert results.hits == [people["Đurđa Đorđević"].as_hit()]
    hit = results.hits[0]
    assert hit.areas == ("gesi", "advocacy")  # stored order, not sorted
    assert hit.languages == ("hr", "sl")
    assert isinstance(hit.years_ngo, int)


def test_words_match_by_prefix_ignoring_case_and_diacritics(loaded):
    for query in ("zagovor", "ZAGOVORNIŠTVO", "Zagovornistvo"):
        results, _ = search_both(loaded, locale="sl", terms=tuple(query_terms(query)), sort="name")
        assert names(results) == ["Ana Šuštar", "Bojan Čeh", "Žiga Zupan"], query
    for query in ("Đorđević", "dordevic", "djordjevic", "đurđa"):
        results, _ = search_both(loaded, locale="sl", terms=tuple(query_terms(query)))
        assert names(results) == ["Đurđa Đorđević"], query
    results, _ = search_both(loaded, locale="sl", terms=("zagovorx",))
    assert results.total == 0
    assert names(results) == []


def test_every_word_must_match(loaded):
    results, _ = search_both(loaded, locale="sl", terms=("analiza", "pravic"))
    assert names(results) == ["Bojan Čeh"]
    results, _ = search_both(loaded, locale="sl", terms=("analiza", "podnebje"))
    assert results.total == 0


def test_long_words_match_on_their_first_twenty_letters(loaded):
    terms = tuple(query_terms(LONG_WORD))
    assert terms == (LONG_WORD[:20],)
    results, database = search_both(loaded, locale="sl", terms=terms)
    assert names(results) == names(database) == ["Ćiril Anžur"]
    results, _ = search_both(loaded, locale="sl", terms=(LONG_WORD[:12],))
    assert names(results) == ["Ćiril Anžur"]


def test_facets_are_or_within_and_across_and_count_with_the_other_facets_applied(loaded):
    results, _ = search_both(
        loaded, locale="sl", terms=("zagovor",), area=("advocacy",), availability=("available",)
    )
    assert names(results) == ["Ana Šuštar"]
    assert results.total == 1
    assert results.facets["area"] == {"advocacy": 1, "gesi": 1, "digital": 0, "environment": 0, "youth": 0}
    assert results.facets["availability"] == {"available": 1, "limited": 0, "unavailable": 1}
    assert results.facets["language"] == {"sl": 1, "hr": 0, "en": 1, "bs": 0, "de": 0, "it": 0}
    assert results.facets["country"] == {"SI": 1, "HR": 0, "OTHER": 0}

    results, _ = search_both(loaded, locale="sl", area=("digital", "environment"), country=("SI", "OTHER"))
    assert names(results) == ["ana marija kos", "Bojan Čeh", "Eva Novak", "Žiga Zupan"]
    assert results.facets["area"]["advocacy"] == 3  # Ana Šuštar, Žiga Zupan, Ćiril Anžur (Đurđa is in HR)
    assert results.facets["country"] == {"SI": 3, "HR": 0, "OTHER": 1}


def test_relevance_puts_words_in_the_name_first(loaded):
    results, _ = search_both(loaded, locale="sl", terms=("ana",))
    # "ana" begins a word of two names, and only a word of the text ("Analiza") of the third.
    assert names(results) == ["ana marija kos", "Ana Šuštar", "Bojan Čeh"]
    results, _ = search_both(loaded, locale="sl", terms=("ana",), sort="name")
    assert names(results) == ["ana marija kos", "Ana Šuštar", "Bojan Čeh"]


def test_experience_sorts_by_mentoring_then_ngo_years_then_name_then_page(loaded, people):
    results, _ = search_both(loaded, locale="sl", sort="experience")
    assert names(results) == [
        "Đurđa Đorđević",  # 10 / 20
        "Eva Novak",  # 10 / 15
        "Ana Šuštar",  # 5 / 12
        "ana marija kos",  # 5 / 5
        "Bojan Čeh",
        "Žiga Zupan",
        "Ćiril Anžur",
    ]
    results, _ = search_both(loaded, locale="hr", sort="experience")
    # The two "ana babic" have equal years and names: the lower page id comes first.
    assert [hit.page_id for hit in results.hits[:2]] == sorted(
        [people["Ana Babić"].page_id, people["Ana Babic"].page_id]
    )


def test_pages_and_a_page_far_past_the_end(loaded):
    first, _ = search_both(loaded, locale="sl", per_page=3)
    third, _ = search_both(loaded, locale="sl", per_page=3, page=3)
    assert names(first) == ["ana marija kos", "Ana Šuštar", "Bojan Čeh"]
    assert names(third) == ["Žiga Zupan"]
    assert third.num_pages == 3
    # Pages across Elasticsearch's result window (from + size <= 10,000) and far beyond it.
    for per_page, page in ((3, 4), (3, 3333), (3, 3334), (3, 3335), (12, 834), (12, 835), (12, 10**6)):
        results, database = search_both(loaded, locale="sl", per_page=per_page, page=page, area=("advocacy",))
        assert results.hits == [] == database.hits
        assert results.total == database.total == 4
        assert results.facets == database.facets


def test_query_syntax_words_are_plain_words(loaded):
    results, database = search_both(loaded, locale="sl", terms=("or", "and", "not"))
    assert names(results) == names(database) == ["Žiga Zupan"]  # "… NOT, AND, OR." in the text
    terms = tuple(query_terms('"zagov* AND (ana OR bojan) -x~2 \\ / [a TO z] {} ^3 ? title:ana'))
    results, database = search_both(loaded, locale="sl", terms=terms, page=9999)
    assert results.total == database.total
    assert results.hits == database.hits == []


PARITY_QUERIES = [
    {"locale": "sl"},
    {"locale": "hr"},
    {"locale": "en"},
    {"locale": "sl", "terms": ("zagovor",)},
    {"locale": "sl", "terms": ("ana",)},
    {"locale": "sl", "terms": ("ana",), "sort": "experience"},
    {"locale": "sl", "terms": ("podnebn", "pol")},
    {"locale": "sl", "terms": ("d",)},
    {"locale": "sl", "terms": ("organizacij",), "language": ("en", "de")},
    {
        "locale": "sl",
        "area": ("advocacy", "gesi"),
        "language": ("sl",),
        "availability": ("available", "limited"),
    },
    {"locale": "sl", "country": ("HR",), "sort": "experience"},
    {"locale": "sl", "area": ("youth",)},
    {"locale": "sl", "per_page": 2, "page": 2, "sort": "experience"},
    {"locale": "hr", "terms": ("zagovar",)},
    {"locale": "hr", "terms": ("ana", "babic"), "sort": "relevance"},
    {"locale": "hr", "area": ("gesi",), "country": ("SI", "HR"), "language": ("hr",)},
    {"locale": "hr", "terms": ("ravnopravnost",), "availability": ("unavailable",)},
]


@pytest.mark.parametrize("query", PARITY_QUERIES, ids=lambda query: "-".join(map(str, query.values())))
def test_same_hits_and_counts_as_the_database(loaded, query):
    results, database = search_both(loaded, **query)
    assert results.hits == database.hits
    assert results.total == database.total
    assert results.facets == database.facets
    assert set(results.facets) == set(FACETS)


def test_the_demo_directory_gives_the_same_answers_from_both_backends(backend):
    """The demo's entries, built from its real mentor profiles, with the site's real facet values."""
    values = facet_values()
    backend.rebuild()
    checked = 0
    for locale in ("sl", "hr", "en"):
        entries = list(DirectoryEntry.objects.filter(locale=locale).order_by("page_id"))
        words = [word for entry in entries[:5] for word in entry.text.split()[:8]]
        areas = [key for entry in entries[:3] for key in entry.areas.split()]
        queries = [
            {},
            {"sort": "experience"},
            {"terms": tuple(word[:3] for word in words[:1])},
            {"terms": tuple(words[1:3]), "sort": "relevance"},
            {"terms": tuple(word[:2] for word in words[3:5]), "language": ("en", "de")},
            {"area": tuple(areas[:2]), "availability": ("available",)},
            {
                "area": tuple(areas[:1]),
                "country": ("SI", "HR"),
                "sort": "experience",
                "per_page": 3,
                "page": 2,
            },
            {"terms": tuple(words[5:6]), "language": ("sl", "hr"), "country": ("OTHER", "SI")},
        ]
        for query in queries:
            query = DirectoryQuery(locale=locale, **query)
            results = backend.search(query, values)
            database = DatabaseBackend().search(query, values)
            assert (results.hits, results.total, results.facets) == (
                database.hits,
                database.total,
                database.facets,
            )
            checked += results.total
    assert checked > 0 or not DirectoryEntry.objects.exists()


def test_service_uses_elasticsearch_when_configured(loaded):
    results = search_directory(DirectoryQuery(locale="sl", terms=("zagovor",)), facet_values())
    assert results.backend == "elasticsearch"
    assert results.total == 3
