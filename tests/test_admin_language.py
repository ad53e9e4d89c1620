"""The admin's main screens read entirely in the staff member's language: a Croatian user sees no
Slovenian, a Slovenian user no Croatian, and neither an English Wagtail string their language translates.

"Another language's text" is a translation distinctive to it: in its catalogues, in none of the user's
language and not English, and long enough to be unambiguous. Searched in the page's visible text (no
scripts or styles), after removing what the site's content and seeded data say (page titles and bodies,
snippets, the applicant): those are data in whatever language they were written.
"""

import html
import re
from functools import cache

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.forms.models import model_to_dict
from django.urls import reverse
from wagtail.models import Locale, Page, Revision
from wagtail.users.models import UserProfile

from impact4values.core.models import ContentPage, Footer
from programme.models import CallPage, Partner, ThematicArea
from tests.support.catalogues import texts, translated_entries
from tests.support.factories import MentorApplicationFactory
from tests.support.moderation import admin_url

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]+>|&\w+;")
LETTERS = re.compile(r"[^\W\d_]")
WORD = re.compile(r"\w+")
CATALOGUE_LANGUAGE = {"sl": "sl", "hr-hr": "hr"}
OTHER = {"sl": "hr", "hr-hr": "sl"}


def words(text):
    """Lower-case words between single spaces, padded: "a b" is found in words(x) only as whole words."""
    return " " + " ".join(WORD.findall(text.lower())) + " "


def fragments(text):
    """The literal pieces of a catalogue text (between placeholders and tags) long enough to be telling."""
    for piece in PLACEHOLDER.split(text):
        piece = " ".join(piece.split()).strip(" .,:;!?()'\"“”‘’–-")
        if len(LETTERS.findall(piece)) >= 8 or (len(piece.split()) >= 2 and len(LETTERS.findall(piece)) >= 6):
            yield words(piece)


@cache
def distinctive(other, own):
    """Fragments of the other language's translations found in none of the user's language's translations
    and in no English msgid."""
    own_entries, other_entries = translated_entries(own), translated_entries(other)
    known = set()
    for key, entries in own_entries.items():
        known.add(key[1])
        for entry in entries:
            known.update(texts(entry))
            known.add(entry.msgid_plural or "")
    known.update(key[1] for key in other_entries)
    known.update(entry.msgid_plural or "" for entries in other_entries.values() for entry in entries)
    known_text = " | ".join(words(text) for text in known)
    names = {words(name) for _code, name in settings.LANGUAGES}  # each language names itself in the switcher
    found = set()
    for entries in other_entries.values():
        for entry in entries:
            for text in texts(entry):
                found.update(f for f in fragments(text) if f not in known_text and f not in names)
    return frozenset(found)


@cache
def english_translated_away(own):
    """Wagtail's English msgids (of three words or more) that the user's language translates otherwise."""
    msgids = set()
    for (_msgctxt, msgid), entries in translated_entries(own).items():
        if any(text != msgid for entry in entries for text in texts(entry)):
            msgids.update(f for f in fragments(msgid) if len(f.split()) >= 3)
    for entries in translated_entries(own).values():
        for entry in entries:
            msgids.difference_update(words(text) for text in texts(entry))
    return frozenset(msgids)


def visible_text(page):
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    attributes = " ".join(re.findall(r'(?:aria-label|title|placeholder|alt)="([^"]*)"', page))
    return words(html.unescape(re.sub(r"(?s)<[^>]+>", " ", page) + " " + attributes))


def seeded_content():
    """Everything the site's data says, in any language: page titles and bodies, snippets, applications."""
    parts = []
    for page in Page.objects.specific():
        parts += [page.title, page.seo_title, page.search_description]
        parts += [str(value) for value in model_to_dict(page).values() if value]
    for model in (ThematicArea, Partner, Footer, get_user_model()):
        for item in model.objects.all():
            parts += [str(item)] + [str(value) for value in model_to_dict(item).values() if value]
    from mentors.models import MentorApplication

    for application in MentorApplication.objects.all():
        parts += [str(application)] + [str(v) for v in model_to_dict(application).values() if v]
    return " | ".join(words(html.unescape(re.sub(r"<[^>]+>", " ", part))) for part in parts if part)


@pytest.fixture
def staff(admin_client, language):
    """The superuser (every screen), in the language under test (also while the screens are set up, so
    that their messages are in it too)."""
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = language
    profile.save()
    return admin_client


@pytest.fixture
def screens(staff):
    """The admin's main screens, with what they need: an application in review, a page translated to
    Croatian through wagtail-localize, a locked page."""
    home = Page.objects.get(depth=2, locale__language_code="sl").specific
    call = CallPage.objects.filter(locale__language_code="sl").first()
    application = MentorApplicationFactory()
    staff.post(admin_url("decide", application.pk, "start_review"), {"comment": "Pregled"})
    page = home.add_child(instance=ContentPage(title="Preizkusna stran", slug="preizkusna-stran"))
    page.save_revision().publish()
    hr = Locale.objects.get(language_code="hr")
    response = staff.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.id]), {"locales": [hr.id]}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    translated = page.get_translation(hr)
    call.locked, call.locked_by = True, get_user_model().objects.get(username="editor")
    call.save(update_fields=["locked", "locked_by"])
    area = ThematicArea.objects.filter(locale__language_code="sl").first()
    partner = Partner.objects.filter(locale__language_code="sl").first()
    footer = Footer.objects.filter(locale__language_code="sl").first()

    def snippet(model, view, *args):
        return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{view}", args=args)

    assert Revision.objects.exists()
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page explorer": reverse("wagtailadmin_explore", args=[home.id]),
        "home page edit": reverse("wagtailadmin_pages:edit", args=[home.id]),
        "call page edit": reverse("wagtailadmin_pages:edit", args=[call.id]),
        "thematic areas": snippet(ThematicArea, "list"),
        "thematic area edit": snippet(ThematicArea, "edit", area.pk),
        "partners": snippet(Partner, "list"),
        "partner edit": snippet(Partner, "edit", partner.pk),
        "footer edit": snippet(Footer, "edit", footer.pk),
        "applications": admin_url("list"),
        "application inspect": admin_url("inspect", application.pk),
        "selection": reverse("mentor-selection:index"),
        "translation editor": reverse("wagtailadmin_pages:edit", args=[translated.id]),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "tasks": reverse("wagtailadmin_workflows:task_index"),
        "account": reverse("wagtailadmin_account"),
        "locked pages": reverse("wagtailadmin_reports:locked_pages"),
        "workflows report": reverse("wagtailadmin_reports:workflow"),
        "site history": reverse("wagtailadmin_reports:site_history"),
        "images": reverse("wagtailimages:index"),
        "documents": reverse("wagtaildocs:index"),
    }


def read(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return visible_text(response.content.decode())


def leaks(client, screens, phrases):
    """{screen: the phrases its visible text shows}, leaving out the content the tests seeded."""
    content = seeded_content()
    found = {}
    for name, url in screens.items():
        text = read(client, url)
        shown = sorted(phrase for phrase in phrases if phrase in text and phrase not in content)
        if shown:
            found[name] = shown
    return found


@pytest.mark.parametrize("language", ["hr-hr", "sl"])
def test_no_main_admin_screen_shows_the_other_staff_language(staff, screens, language):
    assert leaks(staff, screens, distinctive(OTHER[language], CATALOGUE_LANGUAGE[language])) == {}


@pytest.mark.parametrize("language", ["hr-hr", "sl"])
def test_no_main_admin_screen_shows_english_that_the_language_translates(staff, screens, language):
    assert leaks(staff, screens, english_translated_away(CATALOGUE_LANGUAGE[language])) == {}


def test_the_distinctive_texts_are_really_the_other_language():
    """The check would catch the patchwork the issue saw, and not flag each language's own words."""
    slovenian = distinctive("sl", "hr")
    assert words("Zasebnost in dostop") in slovenian
    assert any(" išči " in f for f in slovenian)
    assert not any(" pretraži " in f for f in slovenian)
    croatian = distinctive("hr", "sl")
    assert words("Privatnost i pristup") in croatian
    assert not any(" zasebnost " in f for f in croatian)
