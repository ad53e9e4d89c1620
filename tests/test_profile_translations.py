"""Accepting an application makes the mentor's profile in every language: a draft in the application's
language and, through wagtail-localize, draft translations in the others (facts synchronised, texts
waiting in the translation editor). Published, each directory lists the mentor once. The bio starts
from a third-person template in the profile's language, the applicant's own words below it."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from mentors.models import MentorDirectoryPage, MentorPage
from search.models import DirectoryEntry
from tests.support.factories import MentorApplicationFactory
from tests.support.moderation import decide

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("staff_in_english")]


def accepted_profiles(moderator_client, **application):
    application = MentorApplicationFactory(**application)
    decide(moderator_client, application, "accept")
    application.refresh_from_db()
    source = application.mentor_page.specific
    pages = MentorPage.objects.filter(translation_key=source.translation_key).select_related("locale")
    return source, {page.locale.language_code: page for page in pages}


def test_accepting_makes_draft_profiles_in_slovenian_croatian_and_english(moderator_client):
    source, pages = accepted_profiles(
        moderator_client, first_name="Jana", last_name="Đurić", language="hr", areas=("advocacy", "gesi")
    )
    assert source.locale.language_code == "hr"
    assert set(pages) == {"sl", "hr", "en"}
    for language, page in pages.items():
        assert not page.live, language
        assert page.has_unpublished_changes
        assert page.get_parent().specific == MentorDirectoryPage.objects.get(locale__language_code=language)
        assert page.slug == "jana-duric"
        assert page.title == "Jana Đurić"


def test_the_translations_are_known_to_wagtail_localize_with_the_facts_synchronised(moderator_client):
    source, pages = accepted_profiles(
        moderator_client, language="sl", areas=("gesi",), languages=("sl", "de"), years_ngo_experience=12
    )
    translation_source = TranslationSource.objects.get(object_id=source.translation_key)
    assert translation_source.locale.language_code == "sl"
    translations = Translation.objects.filter(source=translation_source)
    assert {t.target_locale.language_code for t in translations} == {"hr", "en"}
    assert all(translation.enabled for translation in translations)
    for language in ("hr", "en"):
        page = pages[language]
        assert set(page.thematic_areas.values_list("key", flat=True)) == {"gesi"}
        assert set(page.languages.values_list("code", flat=True)) == {"sl", "de"}
        assert (page.country, page.years_ngo_experience, page.availability) == (
            source.country,
            12,
            source.availability,
        )
        # The bio's template is there in the page's own language; the applicant's words and the other
        # texts wait in the translation editor.
        translated = StringTranslation.objects.filter(
            locale__language_code=language, context__object_id=source.translation_key
        )
        assert translated.exists()
        assert set(translated.values_list("context__path", flat=True)) == {"bio"}
        segments = StringSegment.objects.filter(source=translation_source)
        assert translated.count() < segments.count()
        assert "Ten years of gesi work" in page.bio  # the source's text until translated
    assert "radi kao Programme lead u organizaciji" in pages["hr"].bio
    assert "works as Programme lead at" in pages["en"].bio
    assert "Za uredništvo, izbrišite prije objave" in pages["hr"].bio


def test_the_editor_opens_the_croatian_draft_in_the_translation_editor(moderator_client, editor_client):
    _source, pages = accepted_profiles(moderator_client, language="sl")
    response = editor_client.get(f"/admin/pages/{pages['hr'].pk}/edit/")
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_published_translations_put_the_mentor_once_in_each_directory(moderator_client, client):
    source, pages = accepted_profiles(moderator_client, first_name="Tina", last_name="Zorko", language="en")
    for page in pages.values():
        page.get_latest_revision().publish()
    for language in ("sl", "hr", "en"):
        directory = MentorDirectoryPage.objects.get(locale__language_code=language)
        found = client.get(directory.url + "json/", {"q": "zorko"}).json()
        assert [hit["name"] for hit in found["hits"]] == ["Tina Zorko"], language
        assert found["hits"][0]["url"].endswith(directory.url + "tina-zorko/")
    assert DirectoryEntry.objects.filter(page_id__in=[page.pk for page in pages.values()]).count() == 3


def test_without_a_directory_in_a_language_no_translation_is_made_there(moderator_client):
    MentorDirectoryPage.objects.filter(locale__language_code="en").delete()
    _source, pages = accepted_profiles(moderator_client, language="hr")
    assert set(pages) == {"sl", "hr"}
    assert not MentorDirectoryPage.objects.filter(locale=Locale.objects.get(language_code="en")).exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sl", "Jana Horvat dela kot vodja programov v organizaciji Društvo za razvoj in ima 7 let"),
        ("hr", "Jana Horvat radi kao vodja programov u organizaciji Društvo za razvoj i ima 7 godina"),
        ("en", "Jana Horvat works as vodja programov at Društvo za razvoj and has 7 years of"),
    ],
)
def test_the_bio_starts_from_a_third_person_template_in_the_profiles_language(
    moderator_client, language, expected
):
    source, _pages = accepted_profiles(
        moderator_client,
        first_name="Jana",
        last_name="Horvat",
        language=language,
        role="vodja programov",
        years_ngo_experience=7,
        years_mentoring_experience=2,
        areas=("advocacy",),
    )
    first_paragraph, *rest = source.bio.split("\n")
    assert expected in first_paragraph
    assert "[" in " ".join(rest[:2])  # placeholders the editor replaces
    own_words = source.bio.split(rest[2])[1]
    assert "<i>" in own_words and "advocacy" in own_words  # the applicant's text, quoted below
