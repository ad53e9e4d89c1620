"""Each page type lives under the right parents only, and renders in sl, hr and en with the call's facts."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from impact4values.core.models import ContentPage, HomePage
from mentors.models import MentorDirectoryPage, MentorPage
from programme.models import CallPage, ProgrammePage, ThematicArea
from tests.support.factories import CallPageFactory

LJUBLJANA = ZoneInfo("Europe/Ljubljana")


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


def call_with_facts(language):
    """A call page of its own: a rate, hours, deadline and period the demo call does not have."""
    return CallPageFactory(
        language=language,
        hourly_rate=Decimal("62.50"),
        hours_per_organisation=18,
        application_deadline=datetime.datetime(2027, 3, 5, 23, 59, 59, tzinfo=LJUBLJANA),
        mentoring_start=datetime.date(2027, 5, 1),
        mentoring_end=datetime.date(2028, 9, 30),
        contact_email="call-office@example.org",
        areas=("advocacy", "gesi", "financial-stability"),
    )


FACTS = {
    "sl": [
        "62,50 € bruto na mentorsko uro",
        "v povprečju 18 delovnih ur",
        "5. marca 2027",
        "maj 2027 – september 2028",
    ],
    "hr": [
        "62,50 € bruto po satu mentorstva",
        "u prosjeku 18 radnih sati",
        "5. ožujka 2027.",
        "svibanj 2027. – rujan 2028.",
    ],
    "en": [
        "€62.50 gross per mentoring hour",
        "on average 18 working hours",
        "5 March 2027",
        "May 2027 – September 2028",
    ],
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_call_page_shows_its_facts_in_the_language_of_the_page(client, language):
    call = call_with_facts(language)
    html = client.get(call.url).content.decode()
    for fact in FACTS[language]:
        assert fact in html, fact
    assert "call-office@example.org" in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_call_page_lists_its_thematic_areas_in_its_language(client, language):
    call = call_with_facts(language)
    html = client.get(call.url).content.decode()
    labels = ThematicArea.objects.labels(language)
    chosen = {"advocacy", "gesi", "financial-stability"}
    for key, label in labels.items():
        assert (f">{label}</li>" in html) == (key in chosen), key


@pytest.mark.django_db
def test_call_page_renders_structured_facts_not_copied_text(client):
    """Changing a fact on the page changes what every visitor sees."""
    call = call_with_facts("sl")
    assert "v povprečju 18 delovnih ur" in client.get(call.url).content.decode()
    call.hours_per_organisation = 24
    call.save_revision().publish()
    assert "v povprečju 24 delovnih ur" in client.get(call.url).content.decode()
