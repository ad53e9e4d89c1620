"""Wagtail's and wagtail-localize's strings in Croatian and Slovenian, and English as the last resort.

Wagtail's and wagtail-localize's own catalogues miss many strings in hr and sl. The project's translations of
them live apart from its own strings, one catalogue per upstream package and language, so they can be
contributed upstream: locale/upstream/<package>/<language>/LC_MESSAGES/django.po (on LOCALE_PATHS after
`locale`). For a string still missing in a language, Django would show the LANGUAGE_CODE (Slovenian)
translation; the app impact4values.english_fallback gets an entry carrying the English text instead.

Run from the repository root:

    python .ci/upstream_catalogues.py FILE.json ...   # import translations; the language is the name's
                                                      # prefix (hr-1.json: hr) unless --language is given
    python .ci/upstream_catalogues.py --fallback      # rewrite the English fallback catalogues
    python .ci/upstream_catalogues.py --check         # list the gaps per language; exit 1 if there are any

A translation file is a JSON list of {app, msgctxt, msgid, msgid_plural, where, comment} with "msgstr" or
"msgstr_plural" {"0": ..., "1": ...}, and "domain": "djangojs" for the admin's JavaScript strings.
Importing rewrites the .po and .mo files it touched and the fallback.
"""

import argparse
import gettext
import json
import os
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT / "locale" / "upstream"
FALLBACK = ROOT / "site" / "impact4values" / "english_fallback" / "locale"
PACKAGES = ("wagtail", "wagtail_localize")
DOMAINS = ("django", "djangojs")  # Python and templates; the admin's JavaScript
PLURAL_FORMS = {
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
    "hr": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
    "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
}


def setup_django():
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "impact4values.settings.test")
    import django

    django.setup()


def catalogue(path, language, header_comment):
    """The .po file at path, created empty (with the language's plural rule) when it does not exist."""
    if path.exists():
        return polib.pofile(str(path), wrapwidth=0)
    po = polib.POFile(wrapwidth=0)
    po.header = header_comment
    po.metadata = {
        "Project-Id-Version": "impact4values",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS[language],
    }
    return po


def save(po, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    po.sort(key=lambda entry: (entry.msgctxt or "", entry.msgid))
    po.save(str(path))
    po.save_as_mofile(str(path.with_suffix(".mo")))


def upstream_path(package, language, domain="django"):
    return UPSTREAM / package / language / "LC_MESSAGES" / f"{domain}.po"


def import_translations(files, language=None):
    """Add the translations in the JSON files to the upstream catalogues; the first translation of a msgid
    in a package's catalogue stays (two apps of one package share one Django catalogue anyway)."""
    touched = {}
    for file in files:
        lang = language or Path(file).stem.split("-")[0]
        for item in json.loads(Path(file).read_text(encoding="utf-8")):
            package = item["app"].split("/")[0]
            path = upstream_path(package, lang, item.get("domain") or "django")
            if path not in touched:
                touched[path] = catalogue(
                    path, lang, f"Translations of {package}'s strings missing from its own {lang} catalogue."
                )
            add_entry(touched[path], item)
    for path, po in touched.items():
        save(po, path)
        print(f"{path.relative_to(ROOT)}: {len(po.translated_entries())} translated")


def add_entry(po, item):
    plural = item.get("msgstr_plural")
    if not (item.get("msgstr") or (plural and all(plural.values()))):
        return
    occurrences = [(f"{item['app']}/{where}", "") for where in item.get("where") or []]
    entry = po.find(item["msgid"], msgctxt=item.get("msgctxt") or False)
    if entry is not None:
        entry.occurrences.extend(o for o in occurrences if o not in entry.occurrences)
        return
    entry = polib.POEntry(
        msgid=item["msgid"],
        msgctxt=item.get("msgctxt") or None,
        occurrences=occurrences,
        comment=item.get("comment") or "",
    )
    if item.get("msgid_plural"):
        entry.msgid_plural = item["msgid_plural"]
        entry.msgstr_plural = {int(index): text for index, text in plural.items()}
    else:
        entry.msgstr = item["msgstr"]
    po.append(entry)


def locale_dirs(include_fallback=False):
    """Every directory Django reads the "django" catalogue from, as DjangoTranslation does."""
    import django
    from django.apps import apps
    from django.conf import settings

    dirs = [Path(django.__file__).parent / "conf" / "locale"]
    dirs += [Path(app.path) / "locale" for app in apps.get_app_configs()]
    dirs += [Path(path) for path in settings.LOCALE_PATHS]
    return [d for d in dirs if d.is_dir() and (include_fallback or d != FALLBACK)]


def translated_keys(language, dirs, domain="django"):
    """(msgctxt, msgid) of every entry translated for language in the given locale directories."""
    from django.utils.translation import to_locale

    keys = {}
    for localedir in dirs:
        for mo in gettext.find(domain, str(localedir), [to_locale(language)], all=True):
            for entry in polib.mofile(mo):
                if entry.msgid and (entry.msgstr or any(entry.msgstr_plural.values())):
                    keys.setdefault((entry.msgctxt, entry.msgid), entry)
    return keys


def write_fallback():
    """For each language but LANGUAGE_CODE and English: English entries for the strings LANGUAGE_CODE
    translates and that language does not, so Django never falls back to LANGUAGE_CODE's text."""
    from django.conf import settings

    dirs = locale_dirs()
    default = translated_keys(settings.LANGUAGE_CODE, dirs)
    for language, _name in settings.LANGUAGES:
        if language == settings.LANGUAGE_CODE or language.startswith("en"):
            continue
        own = translated_keys(language, dirs)
        po = polib.POFile(wrapwidth=0)
        po.header = (
            f"English text for the strings the {settings.LANGUAGE_CODE} catalogue translates and {language} "
            "does not. Written by .ci/upstream_catalogues.py --fallback; do not edit."
        )
        po.metadata = catalogue(Path("/nonexistent"), language, "").metadata
        nplurals = int(PLURAL_FORMS[language].split("nplurals=")[1].split(";")[0])
        for key in sorted(set(default) - set(own), key=lambda k: (k[0] or "", k[1])):
            source = default[key]
            entry = polib.POEntry(msgctxt=source.msgctxt, msgid=source.msgid)
            if source.msgid_plural:
                entry.msgid_plural = source.msgid_plural
                entry.msgstr_plural = {0: source.msgid} | {i: source.msgid_plural for i in range(1, nplurals)}
            else:
                entry.msgstr = source.msgid
            po.append(entry)
        save(po, FALLBACK / language / "LC_MESSAGES" / "django.po")
        print(f"English fallback for {language}: {len(po)} strings")


def package_msgids(package, domain="django"):
    """(msgctxt, msgid) of every string of the installed package, from its source catalogues."""
    import importlib

    base = Path(importlib.import_module(package).__file__).parent
    keys = {}
    sources = ("en", "sl", "hr", "hr_HR")  # English, and the staff languages (a few have strings en lacks)
    for path in sorted(
        p for source in sources for p in base.rglob(f"locale/{source}/LC_MESSAGES/{domain}.po")
    ):
        app = path.parent.parent.parent.parent.relative_to(base.parent).as_posix()
        for entry in polib.pofile(str(path)):
            if not entry.obsolete:
                keys.setdefault((entry.msgctxt, entry.msgid), app)
    return keys


def check():
    """Print, per language, the package strings translated neither upstream nor here; True if none."""
    import importlib

    from django.conf import settings

    clean = True
    for language, _name in settings.LANGUAGES:
        if language.startswith("en"):
            continue
        for package, domain in ((package, domain) for package in PACKAGES for domain in DOMAINS):
            base = Path(importlib.import_module(package).__file__).parent
            installed = translated_keys(language, [d for d in base.rglob("locale") if d.is_dir()], domain)
            ours = translated_keys(language, [UPSTREAM / package], domain)
            missing = {
                k: app for k, app in package_msgids(package, domain).items() if k not in installed | ours
            }
            print(f"{language} {package} {domain}: {len(ours)} ours, {len(missing)} missing")
            for (msgctxt, msgid), app in sorted(missing.items(), key=lambda kv: (kv[1], kv[0][1])):
                context = f" [{msgctxt}]" if msgctxt else ""
                print(f"  {app}{context}: {msgid!r}")
            clean = clean and not missing
    return clean


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="translators' JSON files to import")
    parser.add_argument("--language", help="the files' language (default: each file name's prefix)")
    parser.add_argument("--fallback", action="store_true", help="only rewrite the English fallback")
    parser.add_argument("--check", action="store_true", help="report the strings no catalogue translates")
    args = parser.parse_args()
    setup_django()
    if args.files:
        import_translations(args.files, args.language)
    if args.files or args.fallback:
        write_fallback()
    if args.check:
        sys.exit(0 if check() else 1)
    if not (args.files or args.fallback):
        parser.print_help()


if __name__ == "__main__":
    main()
