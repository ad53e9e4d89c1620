"""Shared by the Elasticsearch backend's test modules (``tests/test_search_elasticsearch_*.py``): a
hand-built directory and helpers comparing both backends; the fixtures are in
``tests.support.elasticsearch_fixtures``.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from search.backends.database import DatabaseBackend
from search.models import DirectoryEntry
from search.query import DirectoryQuery
from search.text import index_text, sort_key

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


def search_both(backend, **query):
    query = DirectoryQuery(**query)
    return backend.search(query, FACET_VALUES), DatabaseBackend().search(query, FACET_VALUES)


def names(results):
    return [hit.name for hit in results.hits]


def current_indices(backend, locale):
    """The concrete indices behind the locale's alias."""
    return sorted(backend.client.indices.get_alias(name=backend.alias(locale)).body)
