"""Per-language sitemaps with hreflang alternates, and an index of them, for robots; and the sitemap
page for people: one per language, its pages by section.

Wagtail's stock sitemap lists only the default site's tree, i.e. one language; here each language has
its own section, and every URL carries links to the page's other language versions.
"""

from collections import defaultdict

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from impact4values.core import translations

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def index(request):
    """Links to the sections on the Site's base URL (BASE_URL, see ``set_site_url``), as the pages are."""
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    sections = [root + reverse("sitemap-section", args=[code]) for code in LANGUAGE_CODES]
    return TemplateResponse(
        request, "core/sitemap_index.xml", {"sections": sections}, content_type="application/xml"
    )


def section(request, section):
    if section not in LANGUAGE_CODES:
        raise Http404
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale")
    by_key = defaultdict(dict)
    for page in pages:
        url = page.get_full_url(request)
        if url:
            by_key[page.translation_key][page.locale.language_code] = (page, url)
    urls = []
    for versions in by_key.values():
        if section not in versions:
            continue
        page, location = versions[section]
        alternates = [(code, versions[code][1]) for code in LANGUAGE_CODES if code in versions]
        if settings.LANGUAGE_CODE in versions:
            alternates.append(("x-default", versions[settings.LANGUAGE_CODE][1]))
        urls.append(
            {
                "location": location,
                "lastmod": page.last_published_at,
                "alternates": alternates,
                "depth": page.depth,
                "path": page.path,
            }
        )
    urls.sort(key=lambda url: url["path"])
    return TemplateResponse(request, "core/sitemap.xml", {"urls": urls}, content_type="application/xml")


def page(request):
    """The sitemap page in the active language: the home page, then each of its sections (a child of
    the home page) with the pages under it, in the order of the page tree."""
    home = translations.home_page(request)
    if home is None or home.locale.language_code != translation.get_language():
        home = None
    sections = []
    if home is not None:
        for top in home.get_children().live().public().order_by("path"):
            pages = top.get_descendants().live().public().order_by("path")
            sections.append({"page": top, "pages": list(pages)})
    context = {"home": home, "sections": sections, "language_links": sitemap_language_links(request)}
    return TemplateResponse(request, "core/sitemap_page.html", context)


def sitemap_language_links(request):
    """The switcher's links: the sitemap page exists in every language."""
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse("sitemap-page")
        links.append(translations.LanguageLink(code, name, url, code == current, True))
    return links
