"""The Elasticsearch backend: same hits and facet counts as the database backend, sync, zero-downtime
rebuild, and the service's fallback to the database when Elasticsearch is unreachable.

Tests that need a server skip without ELASTICSEARCH_URL (and fail in CI). Their indices live under a
prefix unique to the test session and are deleted after each test.
"""

import logging
import os
import random
import uuid
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from elasticsearch import Elasticsearch
from elasticsearch._sync.client.indices import IndicesClient
from wagtail.models import Page

from search.backends.database import DatabaseBackend
from search.backends.elasticsearch import ElasticsearchBackend
from search.models import DirectoryEntry
from search.query import FACETS, DirectoryQuery
from search.service import elasticsearch_backend, facet_values, search_directory
from search.text import index_text, query_terms, sort_key
from tests.support.services import require_service

pytestmark = pytest.mark.django_db

CLOSED_PORT_URL = "http://127.0.0.1:9"  # discard: nothing listens there
SESSION_PREFIX = f"test_directory_{uuid.uuid4().hex[:10]}"

FACET_VALUES = {
    "area": ["advocacy", "gesi", "digital", "environment", "youth"],
    "language": ["sl", "hr", "en", "bs", "de", "it"],
    "country": ["SI", "HR", "OTHER"],
    "availability": ["available", "limited", "unavailable"],
}

LONG_WORD = "medorganizacijskosodelovanje"  # 28 letters: matched on its first 20

# name, locale, headline, areas (stored order), languages, country, city, availability, ngo, mentoring, more
PEOPLE = [
    ("Ana Šuštar", "sl", "Zagovorništvo in participacija", "advocacy gesi", "en sl", "SI", "Ljubljana",
     "available", 12, 5, "Delo z mladimi in nevladnimi organizacijami."),
    ("Bojan Čeh", "sl", "Digitalna preobrazba nevladnih organizacij", "digital", "de en sl", "SI", "Maribor",
     "limited", 8, 3, "Analiza podatkov in zagovorništvo digitalnih pravic."),
    ("Đurđa Đorđević", "sl", "Enakost spolov", "gesi advocacy", "hr sl", "HR", "Zagreb",
     "available", 20, 10, "Vključevanje ranljivih skupin."),
    ("Žiga Zupan", "sl", "Okoljsko zagovorništvo", "environment advocacy", "sl", "SI", "Koper",
     "unavailable", 3, 1, "Podnebne politike, NOT, AND, OR."),
    ("Eva Novak", "sl", "Trajnostni razvoj in podnebje", "environment", "en it sl", "OTHER", "Trst",
     "available", 15, 10, "Podnebna pravičnost."),
    ("ana marija kos", "sl", "Mentorstvo za mlade organizacije", "digital gesi", "en", "SI", "Celje",
     "limited", 5, 5, ""),
    ("Ćiril Anžur", "sl", f"Strokovnjak za {LONG_WORD}", "advocacy", "en sl", "SI", "Novo mesto",
     "available", 1, 0, "Čezmejno sodelovanje."),
    ("Ivana Horvat", "hr", "Zagovaranje i javne politike", "advocacy", "en hr", "HR", "Split",
     "available", 10, 4, "Rad s udrugama civilnog društva."),
    ("Marko Kovačević", "hr", "Digitalna transformacija", "digital", "hr", "HR", "Rijeka",
     "limited", 6, 2, "Analiza podataka."),
    ("Ana Babić", "hr", "Ravnopravnost spolova", "gesi", "en hr sl", "SI", "Osijek",
     "available", 9, 9, "Zagovaranje prava žena."),
    ("Ana Babic", "hr", "Ravnopravnost spolova", "gesi advocacy", "hr", "HR", "Osijek",
     "unavailable", 9, 9, ""),
]  # fmt: skip

VOCABULARY = (
    "zagovorništvo participacija nevladne organizacije digitalna preobrazba enakost spolov okolje podnebje "
    "mladi mentorstvo razvoj skupnost prostovoljstvo demokracija človekove pravice vladavina prava "
    "zagovaranje udruge civilno društvo ravnopravnost održivost čezmejno sodelovanje Đakovo Šibenik"
).split()


# --- data ------------------------------------------------------------------------------------------


def make_pages(count, title="Directory test page"):
    """``count`` plain pages under a fresh parent under the root (bulk-created: fast)."""
    root = Page.get_first_root_node()
    parent = root.add_child(
        instance=Page(title="Directory tests", slug=f"directory-tests-{uuid.uuid4().hex}")
    )
    content_type = ContentType.objects.get_for_model(Page)
    depth = parent.depth + 1
    pages = [
        Page(
            path=Page._get_path(parent.path, depth, position),
            depth=depth,
            numchild=0,
            title=f"{title} {position}",
            draft_title=f"{title} {position}",
            slug=f"p{position}",
            url_path=f"{parent.url_path}p{position}/",
            content_type=content_type,
            locale_id=parent.locale_id,
            live=True,
        )
        for position in range(1, count + 1)
    ]
    Page.objects.bulk_create(pages, batch_size=1000)
    Page.objects.filter(pk=parent.pk).update(numchild=count)
    return list(Page.objects.filter(path__startswith=parent.path, depth=depth).order_by("path"))


def make_entry(
    page, name, locale, headline, areas, languages, country, city, availability, ngo, mentoring, more
):
    return DirectoryEntry(
        page=page,
        locale=locale,
        url=f"/{locale}/mentors/{page.slug}/",
        name=name,
        name_sort=sort_key(name),
        headline=headline,
        areas=DirectoryEntry.members(areas.split()),
        languages=DirectoryEntry.members(sorted(languages.split())),
        country=country,
        city=city,
        availability=availability,
        years_ngo=ngo,
        years_mentoring=mentoring,
        name_text=index_text(name),
        text=index_text(name, headline, more, city),
    )


@pytest.fixture
def people(db):
    """The hand-built directory, alone in the database (the demo's entries are set aside for the test):
    name -> entry. Not in Elasticsearch yet."""
    DirectoryEntry.objects.all().delete()
    pages = make_pages(len(PEOPLE))
    entries = [make_entry(page, *person) for page, person in zip(pages, PEOPLE, strict=True)]
    DirectoryEntry.objects.bulk_create(entries)
    return {entry.name: entry for entry in entries}


@pytest.fixture(scope="session")
def es_url():
    url = os.environ.get("ELASTICSEARCH_URL", "")
    reachable = False
    if url:
        client = Elasticsearch(url, request_timeout=5, max_retries=0)
        reachable = client.ping()
        client.close()
    require_service(reachable, f"Elasticsearch at ELASTICSEARCH_URL ({url or 'not set'}) is not reachable")
    return url


@pytest.fixture(scope="session")
def es_prefix(es_url):
    yield SESSION_PREFIX
    client = Elasticsearch(es_url, request_timeout=30)
    names = client.indices.get(index=f"{SESSION_PREFIX}_*", expand_wildcards="all").body
    if names:
        client.options(ignore_status=404).indices.delete(index=",".join(names))
    client.close()


@pytest.fixture
def backend(es_url, es_prefix, settings):
    settings.ELASTICSEARCH_URL = es_url
    settings.ELASTICSEARCH_INDEX_PREFIX = es_prefix
    elasticsearch_backend.cache_clear()
    backend = ElasticsearchBackend(es_url)
    yield backend
    backend.delete_all_indices()
    elasticsearch_backend.cache_clear()


@pytest.fixture
def loaded(backend, people):
    """The hand-built directory, in the database and in Elasticsearch."""
    backend.rebuild()
    return backend


def search_both(backend, **query):
    query = DirectoryQuery(**query)
    return backend.search(query, FACET_VALUES), DatabaseBackend().search(query, FACET_VALUES)


def names(results):
    return [hit.name for hit in results.hits]


def current_indices(backend, locale):
    """The concrete indices behind the locale's alias."""
    return sorted(backend.client.indices.get_alias(name=backend.alias(locale)).body)


# --- search ----------------------------------------------------------------------------------------


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
    results = search_directory(DirectoryQuery(locale="sl", terms=("zagovor",)))
    assert results.backend == "elasticsearch"
    assert results.total == 3


# --- sync and rebuild ------------------------------------------------------------------------------


def test_sync_indexes_and_removes_entries(loaded, people):
    page = make_pages(1, title="Newcomer")[0]
    entry = make_entry(page, "Nina Novinka", "sl", "Mladinsko delo", "youth", "sl", "SI", "Kranj",
                       "available", 2, 1, "")  # fmt: skip
    entry.save()
    assert search_both(loaded, locale="sl", terms=("nina",))[0].total == 0
    loaded.sync([page.pk], refresh=True)
    results, database = search_both(loaded, locale="sl", terms=("nina",))
    assert names(results) == names(database) == ["Nina Novinka"]
    assert results.facets["area"]["youth"] == 1

    # A change, then a removal, of entries in both locales; unknown ids are no error.
    DirectoryEntry.objects.filter(pk=page.pk).update(
        text=index_text("Nina Novinka", "Mladinsko delo in podnebje")
    )
    ivana = people["Ivana Horvat"].page_id
    DirectoryEntry.objects.filter(pk=ivana).delete()
    loaded.sync([page.pk, ivana, 987654321], refresh=True)
    assert names(search_both(loaded, locale="sl", terms=("nina", "podnebje"))[0]) == ["Nina Novinka"]
    assert search_both(loaded, locale="hr", terms=("ivana",))[0].total == 0

    entry.delete()
    loaded.sync([str(page.pk)], refresh=True)
    results, database = search_both(loaded, locale="sl", terms=("nina",))
    assert results.total == database.total == 0
    assert results.facets == database.facets


def test_a_sync_before_any_rebuild_builds_the_indices_from_every_entry(backend, people):
    ana = people["Ana Šuštar"]
    backend.sync([ana.page_id], refresh=True)
    indices = {locale: current_indices(backend, locale) for locale in ("sl", "hr", "en")}
    assert all(len(names) == 1 for names in indices.values())
    for locale in ("sl", "hr", "en"):
        results, database = search_both(backend, locale=locale)
        assert results.hits == database.hits
        assert results.facets == database.facets
    backend.sync([ana.page_id], refresh=True)  # again: the indices in use get it
    assert {locale: current_indices(backend, locale) for locale in ("sl", "hr", "en")} == indices


def test_rebuild_swaps_the_alias_and_deletes_the_old_index(loaded, people, monkeypatch):
    before = {locale: current_indices(loaded, locale) for locale in ("sl", "hr", "en")}
    ana = people["Ana Šuštar"]
    DirectoryEntry.objects.filter(pk=ana.page_id).update(text=index_text(ana.name, "Nova vloga"))
    page = make_pages(1, title="Late")[0]
    make_entry(page, "Lara Pozna", "sl", "", "gesi", "sl", "SI", "", "limited", 1, 1, "").save()

    seen_during = []
    original = IndicesClient.update_aliases

    def update_aliases(self, *args, **kwargs):
        # Just before the switch: searches still answer from the old index, complete, and a sync
        # reaches the index being switched to as well.
        results = loaded.search(DirectoryQuery(locale="sl"), FACET_VALUES)
        seen_during.append((results.total, names(results)))
        if not any(action.get("add", {}).get("alias") == loaded.alias("sl") for action in kwargs["actions"]):
            return original(self, *args, **kwargs)
        DirectoryEntry.objects.filter(pk=page.pk).update(
            name="Lara Pozna Sinhrona", name_sort=sort_key("Lara Pozna Sinhrona")
        )
        loaded.sync([page.pk], refresh=True)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(IndicesClient, "update_aliases", update_aliases)
    counts = loaded.rebuild()
    monkeypatch.undo()

    assert counts == {"sl": 8, "hr": 4, "en": 0}
    # One switch per locale; sl's comes first, while its alias still points at the old index.
    assert [total for total, _ in seen_during] == [7, 8, 8]
    assert "Lara Pozna" not in " ".join(seen_during[0][1])
    for locale, old in before.items():
        new = current_indices(loaded, locale)
        assert len(new) == 1 and new != old
        assert not loaded.client.indices.exists(index=old[0])
        assert sorted(loaded.indices(locale)) == new  # no leftover index
    results, database = search_both(loaded, locale="sl")
    assert results.hits == database.hits
    assert "Lara Pozna Sinhrona" in names(results)
    assert search_both(loaded, locale="sl", terms=("nova", "vloga"))[0].total == 1


def test_delete_all_indices_deletes_the_prefixs_indices_only(loaded):
    other = f"{SESSION_PREFIX}x_sl_1"  # another prefix that begins like this one
    loaded.client.indices.create(index=other)
    loaded.delete_all_indices()
    assert list(loaded.client.indices.get(index=f"{loaded.prefix}_*").body) == []
    assert loaded.client.indices.exists(index=other)
    loaded.client.indices.delete(index=other)


def test_a_failed_rebuild_keeps_the_old_index_and_leaves_nothing_behind(loaded, monkeypatch):
    before = current_indices(loaded, "sl")

    def broken(self, *args, **kwargs):
        raise RuntimeError("switch failed")

    monkeypatch.setattr(IndicesClient, "update_aliases", broken)
    with pytest.raises(RuntimeError):
        loaded.rebuild()
    monkeypatch.undo()
    assert current_indices(loaded, "sl") == before
    assert sorted(loaded.indices("sl")) == before
    assert search_both(loaded, locale="sl")[0].total == 7


def test_rebuild_indexes_every_entry_in_bulk(backend):
    """Many entries with bio-sized texts (its speed at 30,000 is measured by `make bench`)."""
    count = int(os.environ.get("DIRECTORY_ES_REBUILD_ENTRIES", "1000"))
    DirectoryEntry.objects.all().delete()  # the demo's entries, for this test
    rng = random.Random(4)
    # A bio's worth of words per entry: the real words above, and made-up ones like a big vocabulary's.
    syllables = ["ko", "va", "če", "ri", "na", "sto", "pra", "vi", "de", "mo", "kra", "ci", "ja", "žen", "đa"]
    made_up = ["".join(rng.choices(syllables, k=rng.randint(2, 6))) for _ in range(5000)]
    entries = []
    for number, page in enumerate(make_pages(count, title="Bulk")):
        name = f"{rng.choice(['Ana', 'Đuro', 'Špela', 'Ivan', 'Maja'])} {rng.choice(VOCABULARY)} {number}"
        person = (
            name,
            rng.choice(["sl", "hr", "en"]),
            " ".join(rng.choices(VOCABULARY, k=6)),
            " ".join(rng.sample(FACET_VALUES["area"], 2)),
            " ".join(rng.sample(["sl", "hr", "en"], 2)),
            rng.choice(FACET_VALUES["country"]),
            "Ljubljana",
            rng.choice(FACET_VALUES["availability"]),
            rng.randrange(30),
            rng.randrange(20),
            " ".join(rng.choices(VOCABULARY, k=20) + rng.choices(made_up, k=150)),
        )
        entries.append(make_entry(page, *person))
    DirectoryEntry.objects.bulk_create(entries, batch_size=1000)

    counts = backend.rebuild()
    assert sum(counts.values()) == count
    for locale in ("sl", "hr"):
        results, database = search_both(backend, locale=locale, terms=("zagov", "ana"), area=("gesi",))
        assert results.total == database.total > 0
        assert results.hits == database.hits
        assert results.facets == database.facets


# --- failures --------------------------------------------------------------------------------------


def test_unreachable_elasticsearch_falls_back_to_the_database_with_a_warning(people, settings, caplog):
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    elasticsearch_backend.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="search.service"):
            results = search_directory(DirectoryQuery(locale="sl", terms=("zagovor",)))
    finally:
        elasticsearch_backend.cache_clear()
    assert results.backend == "database"
    assert names(results) == ["Ana Šuštar", "Bojan Čeh", "Žiga Zupan"]
    assert any(
        record.levelno == logging.WARNING and "Elasticsearch failed" in record.getMessage()
        for record in caplog.records
    )


def test_a_missing_index_falls_back_to_the_database(backend, people, caplog):
    # ``backend`` points the settings at a live server whose prefix has no index yet.
    with caplog.at_level(logging.WARNING, logger="search.service"):
        results = search_directory(DirectoryQuery(locale="sl"))
    assert results.backend == "database"
    assert results.total == 7
    assert "Elasticsearch failed" in caplog.text


def test_the_backend_errors_cover_what_the_client_raises(db):
    backend = ElasticsearchBackend(CLOSED_PORT_URL)
    with pytest.raises(backend.errors):
        backend.search(DirectoryQuery(locale="sl"), FACET_VALUES)
    with pytest.raises(backend.errors):
        backend.rebuild()


# --- management command ----------------------------------------------------------------------------


def test_rebuild_command_rebuilds_the_database_index_then_elasticsearch(backend, people):
    out = StringIO()
    call_command("rebuild_directory_index", stdout=out)
    output = out.getvalue()
    assert "Database index:" in output
    assert f"Elasticsearch {backend.alias('sl')}:" in output
    for locale in ("sl", "hr", "en"):
        assert len(current_indices(backend, locale)) == 1
        expected = DirectoryEntry.objects.filter(locale=locale).count()
        assert search_both(backend, locale=locale)[0].total == expected


def test_rebuild_command_without_elasticsearch_rebuilds_the_database_only(db, settings):
    settings.ELASTICSEARCH_URL = ""
    out = StringIO()
    call_command("rebuild_directory_index", stdout=out)
    assert "Database index:" in out.getvalue()
    assert "skipped" in out.getvalue()


def test_rebuild_command_fails_clearly_when_elasticsearch_is_unreachable(db, settings):
    settings.ELASTICSEARCH_URL = "http://user:secret@127.0.0.1:9"
    with pytest.raises(CommandError, match="unreachable") as raised:
        call_command("rebuild_directory_index", stdout=StringIO())
    assert "secret" not in str(raised.value)
