"""A string missing in one staff language reads in English, never in the other one.

Django falls back to the LANGUAGE_CODE (sl) catalogue for a string a language lacks; the upstream
catalogues and the English fallback (.ci/upstream_catalogues.py) must leave no Croatian screen showing
Slovenian, and Slovenian, which has no fallback, never shows Croatian.
"""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.support.catalogues import texts, translated_entries

COUNTS = (1, 2, 3, 5, 11, 21)


def rendered(key, entry, count):
    msgctxt, msgid = key
    if entry.msgid_plural:
        if msgctxt:
            return translation.npgettext(msgctxt, msgid, entry.msgid_plural, count)
        return translation.ngettext(msgid, entry.msgid_plural, count)
    return translation.pgettext(msgctxt, msgid) if msgctxt else translation.gettext(msgid)


def foreign_texts_shown(language, other):
    """(msgid, text) where `language` shows the other language's translation of a string, though none
    of its own catalogues translates it so (the same word in both languages is fine)."""
    own = translated_entries(language)
    leaks = []
    for key, entries in translated_entries(other).items():
        entry = entries[0]
        allowed = {text for own_entry in own.get(key, []) for text in texts(own_entry)}
        allowed |= {key[1], entry.msgid_plural}
        for count in COUNTS if entry.msgid_plural else (None,):
            with translation.override(other):
                foreign = rendered(key, entry, count)
            with translation.override(language):
                shown = rendered(key, entry, count)
            if shown == foreign and shown not in allowed:
                leaks.append((key[1], shown))
    return leaks


@pytest.mark.parametrize("language", ["hr", "hr-hr"])
def test_croatian_never_shows_a_slovenian_translation(language):
    assert foreign_texts_shown(language, "sl") == []


def test_slovenian_never_shows_a_croatian_translation():
    assert foreign_texts_shown("sl", "hr") == []


def admin_javascript_catalogue(client, language, url):
    """The catalogue the admin's JavaScript gets ({msgid: text or [plural texts]}) for the admin user."""
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = language
    profile.save()
    script = client.get(url).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.S).group(1))


JAVASCRIPT_CATALOGUES = ["wagtailadmin_javascript_catalog", "wagtail_localize:javascript_catalog"]


@pytest.mark.parametrize("url_name", JAVASCRIPT_CATALOGUES)
def test_the_admins_javascript_shows_croatian_staff_no_slovenian(admin_client, url_name):
    url = reverse(url_name)
    slovenian = admin_javascript_catalogue(admin_client, "sl", url)
    croatian = admin_javascript_catalogue(admin_client, "hr-hr", url)
    entries = translated_entries("hr", "djangojs").values()
    own = {text for same_msgid in entries for entry in same_msgid for text in texts(entry)}
    leaks = [
        (msgid, text)
        for msgid, text in slovenian.items()
        if croatian.get(msgid) == text and msgid.split("\x04")[-1] != text and str(text) not in own
    ]
    assert slovenian and croatian and leaks == []
