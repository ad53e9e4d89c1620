"""Where each language version of a page lives: for the language switcher, hreflang and the menu.

Absolute URLs (hreflang, canonical) are built on the Site's host and port, which ``set_site_url`` keeps
equal to ``BASE_URL``, never on the host a request happened to name.

One query per request finds the live versions of the current page and of the home page in every
language; the result is kept on the request, since the header, the switcher and the alternate links
all ask for it.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Page


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: the page has no version in this language; the link goes home


@dataclass(frozen=True)
class LanguageVersions:
    homes: dict  # language code -> that language's home page
    page: dict  # language code -> the current page's version in that language


def language_versions(request, page=None):
    cache = request.__dict__.setdefault("_language_versions", {})
    key = getattr(page, "pk", None)
    if key in cache:
        return cache[key]
    condition = Q(depth=2)
    if isinstance(page, Page) and page.live:
        condition |= Q(translation_key=page.translation_key)
    homes, versions = {}, {}
    for version in Page.objects.live().filter(condition).select_related("locale"):
        code = version.locale.language_code
        if version.depth == 2:
            homes[code] = version
        if isinstance(page, Page) and version.translation_key == page.translation_key:
            versions[code] = version
    cache[key] = LanguageVersions(homes, versions)
    return cache[key]


def home_page(request, page=None):
    """The home page in the active language (the default language's if there is none)."""
    homes = language_versions(request, page).homes
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


def language_links(request, page=None):
    """One link per site language, to this page's translation when it exists, else to that home page."""
    versions = language_versions(request, page)
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = versions.page.get(code) or versions.homes.get(code)
        url = target.get_url(request) if target else f"/{code}/"
        links.append(LanguageLink(code, name, url, code == current, code in versions.page))
    return links


def alternate_links(request, page):
    """(hreflang, absolute URL) pairs for the page's live translations, plus ``x-default``."""
    translations = language_versions(request, page).page
    pairs = [
        (code, translations[code].get_full_url(request))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None:
        pairs.append(("x-default", default.get_full_url(request)))
    return pairs


def canonical_url(request, page):
    """The absolute URL of what is shown: the page's, with a routable page's sub-path; no query string."""
    if not isinstance(page, Page):
        return ""
    full = page.get_full_url(request)
    if not full:
        return ""
    page_path = urlsplit(full).path
    if request.path.startswith(page_path):
        return full + request.path[len(page_path) :]
    return full
