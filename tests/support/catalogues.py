"""What Django's "django" catalogues hold for a language, read from the same files Django merges."""

import gettext
from pathlib import Path

import django
import polib
from django.apps import apps
from django.conf import settings
from django.utils.translation import to_locale


def locale_dirs():
    dirs = [Path(django.__file__).parent / "conf" / "locale"]
    dirs += [Path(app.path) / "locale" for app in apps.get_app_configs()]
    dirs += [Path(path) for path in settings.LOCALE_PATHS]
    return [d for d in dirs if d.is_dir()]


def translated_entries(language, domain="django"):
    """{(msgctxt, msgid): [entries]} of every translated entry for language, from every catalogue file."""
    entries = {}
    for localedir in locale_dirs():
        for mo in gettext.find(domain, str(localedir), [to_locale(language)], all=True):
            for entry in polib.mofile(mo):
                if entry.msgid and (entry.msgstr or any(entry.msgstr_plural.values())):
                    entries.setdefault((entry.msgctxt, entry.msgid), []).append(entry)
    return entries


def texts(entry):
    """Every translated text of an entry (all plural forms)."""
    return [entry.msgstr] if entry.msgstr else [text for text in entry.msgstr_plural.values() if text]
