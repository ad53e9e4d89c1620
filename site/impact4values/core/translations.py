"""Where each language version of a page lives: for the language switcher, hreflang and sitemaps."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, Site


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: the page has no version in this language; the link goes home


def live_translations(page):
    """The live, public versions of ``page`` keyed by language code (the page itself included)."""
    versions = page.get_translations(inclusive=True).live().public().select_related("locale")
    return {version.locale.language_code: version for version in versions}


def home_pages(request):
    """Each language's home page: the translations of the current site's root page."""
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return {}
    return live_translations(site.root_page)


def language_links(request, page=None):
    """One link per site language, to this page's translation when it exists, else to that home page."""
    translations = live_translations(page) if isinstance(page, Page) and page.live else {}
    homes = home_pages(request)
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        url = target.get_url(request) if target else f"/{code}/"
        links.append(LanguageLink(code, name, url, code == current, code in translations))
    return links


def alternate_links(request, page):
    """(hreflang, absolute URL) pairs for the page's live translations, plus ``x-default``."""
    if not isinstance(page, Page) or not page.live:
        return []
    translations = live_translations(page)
    pairs = [
        (code, translations[code].get_full_url(request))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None:
        pairs.append(("x-default", default.get_full_url(request)))
    return pairs
