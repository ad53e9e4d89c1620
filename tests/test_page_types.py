"""Each page type lives under the right parents only, and renders in sl, hr and en with the call's facts."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from impact4values.core.models import ContentPage, HomePage
from mentors.models import MentorDirectoryPage, MentorPage
from programme.models import CallPage, ProgrammePage

CALL_URLS = {
    "sl": "/sl/poziv-za-mentorje/",
    "hr": "/hr/poziv-za-mentore/",
    "en": "/en/call-for-mentors/",
}


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_is_created_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_call_page_lives_under_a_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(CallPage, {HomePage})
        self.assertAllowedSubpageTypes(CallPage, set())

    def test_programme_pages_nest_under_home_or_another_programme_page(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {HomePage, ProgrammePage})
        self.assertCanNotCreateAt(CallPage, ProgrammePage)

    def test_content_pages_nest_under_home_or_another_content_page(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertCanNotCreateAt(ContentPage, CallPage)

    def test_home_page_accepts_the_call_programme_content_and_directory_pages(self):
        self.assertAllowedSubpageTypes(HomePage, {CallPage, ProgrammePage, ContentPage, MentorDirectoryPage})

    def test_mentor_profiles_live_only_in_a_directory(self):
        self.assertAllowedParentPageTypes(MentorPage, {MentorDirectoryPage})
        self.assertAllowedSubpageTypes(MentorPage, set())
        self.assertAllowedParentPageTypes(MentorDirectoryPage, {HomePage})


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page_class", [HomePage, CallPage, ProgrammePage, ContentPage, MentorDirectoryPage, MentorPage]
)
@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_every_page_type_renders_in_every_language(client, page_class, language):
    pages = page_class.objects.live().filter(locale__language_code=language)
    assert pages.exists()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert f"<h1>{page.title}</h1>" in html


FACTS = {
    "sl": [
        "75,00 € bruto na mentorsko uro",
        "v povprečju 20 delovnih ur",
        "20. december 2025",
        "februar 2026 – april 2028",
    ],
    "hr": [
        "75,00 € bruto po satu mentorstva",
        "u prosjeku 20 radnih sati",
        "20. prosinca 2025.",
        "Veljača 2026. – Travanj 2028.",
    ],
    "en": [
        "€75.00 gross per mentoring hour",
        "on average 20 working hours",
        "20 December 2025",
        "February 2026 – April 2028",
    ],
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_call_page_shows_its_facts_in_the_language_of_the_page(client, language):
    html = client.get(CALL_URLS[language]).content.decode()
    for fact in FACTS[language]:
        assert fact in html, fact
    assert "emilija.kastelic@cnvos.si" in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_call_page_lists_the_seven_thematic_areas_in_its_language(client, language):
    call = CallPage.objects.get(locale__language_code=language)
    areas = call.localized_thematic_areas()
    assert len(areas) == 7
    html = client.get(CALL_URLS[language]).content.decode()
    for area in areas:
        assert area.locale.language_code == language
        assert f">{area.name}</li>" in html


@pytest.mark.django_db
def test_call_page_renders_structured_facts_not_copied_text(client):
    """Changing a fact on the page changes what every visitor sees."""
    call = CallPage.objects.get(locale__language_code="sl")
    call.hours_per_organisation = 24
    call.save_revision().publish()
    assert "v povprečju 24 delovnih ur" in client.get(CALL_URLS["sl"]).content.decode()
