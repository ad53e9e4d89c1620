"""The synthetic mentor generator (``manage.py generate_mentors``): reproducible, complete pages.

The pages are written in bulk, bypassing ``add_child()``/``save_revision()``, so these tests check
what those would have guaranteed: a valid tree, live and routable translations, and directory
entries identical to the ones ``mentors.directory.index.build_entry`` computes.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from mentors.demo.synthetic import SLUG_PREFIX, delete_synthetic, generate, make_mentors, synthetic_profiles
from mentors.directory.index import build_entry, listed_profiles
from mentors.models import MentorDirectoryPage, MentorPage
from search.indexing import ENTRY_FIELDS
from search.models import DirectoryEntry

pytestmark = pytest.mark.django_db

LANGUAGES = ["sl", "hr", "en"]
DIRECTORY_URLS = {"sl": "/sl/mentorji/", "hr": "/hr/mentori/", "en": "/en/mentors/"}
AREA_KEYS = [
    "organisational-structure",
    "capacities-and-resources",
    "financial-stability",
    "service-provision",
    "advocacy",
    "public-image-and-transparency",
    "gesi",
]


@pytest.fixture(autouse=True)
def database_search(settings):
    """Search the database index, which the generator writes (Elasticsearch has its own tests)."""
    settings.ELASTICSEARCH_URL = ""


def generated(language):
    return list(
        synthetic_profiles().filter(locale__language_code=language).select_related("locale").order_by("path")
    )


def names(language="sl"):
    return [page.title for page in generated(language)]


def test_the_same_seed_gives_the_same_mentors():
    generate(30, 7)
    first = [(page.title, page.slug, page.headline, page.bio) for page in generated("sl")]
    assert len(first) == 30
    assert delete_synthetic() == 90
    generate(30, 7)
    assert [(page.title, page.slug, page.headline, page.bio) for page in generated("sl")] == first
    assert make_mentors(30, 7, AREA_KEYS)[0].name == first[0][0]
    assert [mentor.name for mentor in make_mentors(30, 8, AREA_KEYS)] != [row[0] for row in first]


def test_every_mentor_is_one_person_in_three_languages():
    generate(30, 7)
    directories = {page.locale.language_code: page for page in MentorDirectoryPage.objects.all()}
    pages = {language: generated(language) for language in LANGUAGES}
    assert {language: len(found) for language, found in pages.items()} == {"sl": 30, "hr": 30, "en": 30}
    for sl, hr, en in zip(pages["sl"], pages["hr"], pages["en"], strict=True):
        assert sl.translation_key == hr.translation_key == en.translation_key
        assert sl.title == hr.title == en.title and sl.slug == hr.slug == en.slug
        assert sl.slug.startswith(SLUG_PREFIX)
        assert len({sl.headline, hr.headline, en.headline}) == 3  # written in each language
        assert sl.bio.count("<p>") == hr.bio.count("<p>") == en.bio.count("<p>") == 2
        assert (sl.country, sl.availability, sl.years_ngo_experience) == (
            en.country,
            en.availability,
            en.years_ngo_experience,
        )
        assert set(sl.thematic_areas.all()) == set(hr.thematic_areas.all()) == set(en.thematic_areas.all())
        assert 1 <= sl.thematic_areas.count() <= 3 and 1 <= sl.languages.count() <= 3
        for page in (sl, hr, en):
            assert page.live and not page.has_unpublished_changes and page.first_published_at
            assert page.get_parent().specific == directories[page.locale.language_code]
    assert sl.get_translation(hr.locale).pk == hr.pk


def test_names_use_slovenian_and_croatian_letters():
    people = make_mentors(2000, 1, AREA_KEYS)
    letters = set("".join(person.name for person in people))
    assert {"č", "š", "ž", "ć", "đ", "Đ"} <= letters
    assert {person.country for person in people} == {"SI", "HR", "OTHER"}
    assert {person.availability for person in people} == {"available", "limited", "unavailable"}


def test_the_tree_stays_valid():
    generate(30, 7)
    generate(5, 8)  # a second run continues after the first one's children
    assert Page.find_problems() == ([], [], [], [], [])
    for directory in MentorDirectoryPage.objects.all():
        assert directory.numchild == directory.get_children().count() == 25 + 35
    assert len({page.slug for page in generated("hr")}) == 35


def test_generated_pages_are_served_in_every_language(client):
    generate(30, 7)
    for language in LANGUAGES:
        page = generated(language)[3]
        assert page.url == f"{DIRECTORY_URLS[language]}{page.slug}/"
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()


def test_the_directory_finds_generated_mentors(client):
    generate(30, 7)
    for position in (0, 17):
        page = generated("hr")[position]
        response = client.get(DIRECTORY_URLS["hr"] + "json/", {"q": page.title})
        assert response.status_code == 200
        urls = [hit["url"] for hit in response.json()["hits"]]
        assert f"http://localhost{page.url}" in urls
        surname = page.title.split()[-1]
        response = client.get(DIRECTORY_URLS["hr"], {"q": surname})
        assert response.status_code == 200
        assert f'href="{page.url}"' in response.content.decode()


def test_directory_entries_equal_build_entry():
    generate(30, 7)
    pages = [page for language in LANGUAGES for page in generated(language)]
    assert DirectoryEntry.objects.filter(page_id__in=[page.pk for page in pages]).count() == 90
    for page in listed_profiles([page.pk for page in pages]):
        expected = build_entry(page)
        entry = DirectoryEntry.objects.get(page_id=page.pk)
        for name in ENTRY_FIELDS:
            assert getattr(entry, name) == getattr(expected, name), (page.url, name)


def test_delete_removes_only_synthetic_profiles():
    demo = set(MentorPage.objects.values_list("pk", flat=True))
    generate(10, 7)
    edited = generated("en")[0]
    edited.headline = "Edited by hand"
    edited.save_revision().publish()  # an edited profile is deleted through Wagtail
    assert delete_synthetic() == 30
    assert set(MentorPage.objects.values_list("pk", flat=True)) == demo
    assert DirectoryEntry.objects.filter(page_id__in=demo).count() == len(demo)
    assert not DirectoryEntry.objects.exclude(page_id__in=demo).exists()
    assert Page.find_problems() == ([], [], [], [], [])
    assert delete_synthetic() == 0


def test_the_command_generates_and_deletes():
    out = StringIO()
    call_command("generate_mentors", count=4, seed=3, stdout=out)
    assert "Generated 4 synthetic mentors × 3 languages = 12 pages (seed 3)" in out.getvalue()
    assert synthetic_profiles().count() == 12
    call_command("generate_mentors", delete=True, stdout=out)
    assert "Removed 12 synthetic profile pages" in out.getvalue()
    assert not synthetic_profiles().exists()
