"""The demo loader builds the three-language site from the call, through wagtail-localize, idempotently."""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from impact4values.core.demo import app_demo_loaders
from impact4values.core.models import Footer
from programme.models import CallPage, Partner, ThematicArea

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("id", "locale__language_code", "url_path", "live", "latest_revision_id")
        ),
        "revisions": Revision.objects.count(),
        "areas": ThematicArea.objects.count(),
        "partners": Partner.objects.count(),
        "footers": Footer.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
    }


def test_loading_twice_changes_nothing():
    before = snapshot()
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    assert snapshot() == before
    assert "nothing changed" in output.getvalue()


def test_core_finds_the_apps_demo_content_in_installed_apps_order():
    assert [load.__module__ for load in app_demo_loaders()] == ["programme.demo", "mentors.demo"]


def test_home_page_children_keep_the_programme_first_and_the_privacy_notice_last():
    home = Page.objects.get(depth=2, locale__language_code="sl")
    slugs = list(home.get_children().values_list("slug", flat=True))
    assert slugs[0] == "poziv-za-mentorje"
    assert slugs[-2:] == ["mentorji", "varstvo-osebnih-podatkov"]


def test_site_has_the_calls_content_in_three_languages():
    assert ThematicArea.objects.filter(locale__language_code="sl").count() == 7
    for language in ("sl", "hr", "en"):
        assert ThematicArea.objects.filter(locale__language_code=language).count() == 7
        assert Partner.objects.filter(locale__language_code=language).count() == 3
        assert Footer.objects.filter(locale__language_code=language).count() == 1
        # home, call, three programme pages, privacy notice, mentor directory, 25 mentor profiles
        assert Page.objects.live().filter(locale__language_code=language, depth__gt=1).count() == 32
    assert ThematicArea.objects.get(key="advocacy", locale__language_code="sl").name == "Zagovorništvo"
    assert ThematicArea.objects.get(key="advocacy", locale__language_code="hr").name == "Zagovaranje"
    assert ThematicArea.objects.get(key="advocacy", locale__language_code="en").name == "Advocacy"


def test_croatian_and_english_pages_are_wagtail_localize_translations_of_the_slovenian():
    call = CallPage.objects.get(locale__language_code="sl")
    source = TranslationSource.objects.get_for_instance(call)
    targets = set(
        Translation.objects.filter(source=source).values_list("target_locale__language_code", flat=True)
    )
    assert targets == {"hr", "en"}
    croatian = CallPage.objects.get(locale__language_code="hr")
    assert croatian.translation_key == call.translation_key
    assert croatian.title.startswith("Poziv na iskazivanje interesa")
    # Every string of the source has a human translation in both languages: nothing falls back.
    for language in ("hr", "en"):
        untranslated = source.stringsegment_set.exclude(string__translations__locale__language_code=language)
        assert not untranslated.exists()


def test_synchronised_facts_are_the_same_in_every_language():
    facts = set(
        CallPage.objects.values_list(
            "application_deadline",
            "hourly_rate",
            "hours_per_organisation",
            "mentoring_start",
            "mentoring_end",
        )
    )
    assert facts == {
        (
            datetime.datetime(2025, 12, 20, 23, 59, 59, tzinfo=ZoneInfo("Europe/Ljubljana")),
            75,
            20,
            datetime.date(2026, 2, 28),
            datetime.date(2028, 4, 30),
        )
    }


def test_deadline_option_opens_the_call_on_an_already_loaded_site(client):
    call_command("load_demo_content", deadline="2027-01-31T23:59", stdout=StringIO())
    expected = datetime.datetime(2027, 1, 31, 23, 59, tzinfo=ZoneInfo("Europe/Ljubljana"))
    assert set(CallPage.objects.values_list("application_deadline", flat=True)) == {expected}
    assert set(CallPage.objects.values_list("live", flat=True)) == {True}
    before = snapshot()
    call_command("load_demo_content", deadline="2027-01-31T23:59", stdout=StringIO())
    assert snapshot() == before


def test_a_bare_date_deadline_means_the_end_of_that_day():
    call_command("load_demo_content", deadline="2027-01-31", stdout=StringIO())
    assert CallPage.objects.first().application_deadline == datetime.datetime(
        2027, 1, 31, 23, 59, 59, tzinfo=ZoneInfo("Europe/Ljubljana")
    )


def test_an_unreadable_deadline_is_refused_with_a_clear_message():
    with pytest.raises(CommandError, match="is not a date"):
        call_command("load_demo_content", deadline="next friday", stdout=StringIO())
