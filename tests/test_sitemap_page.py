"""The sitemap page for people: one per language, each listing that language's live pages by section;
the XML sitemap stays for robots."""

import re

import pytest
from wagtail.models import Page

from tests.support.factories import MentorPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["sl", "hr", "en"]


def links_in(html):
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return re.findall(r'<a href="([^"]+)"', main)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sitemap_page_lists_every_live_page_of_its_language_once(client, language):
    hidden = MentorPageFactory(language=language, publish=False)
    response = client.get(f"/{language}/sitemap/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    live = Page.objects.live().public().filter(depth__gt=1, locale__language_code=language)
    assert sorted(links_in(html)) == sorted(page.url for page in live)
    assert hidden.url not in links_in(html)


def test_the_sitemap_page_groups_pages_under_their_section(client):
    html = client.get("/hr/sitemap/").content.decode()
    directory = Page.objects.live().get(depth=3, locale__language_code="hr", slug="mentori")
    section = re.search(rf'<h2><a href="{directory.url}">.*?</li>\s*</ul>', html, re.S).group(0)
    profiles = directory.get_children().live().public()
    assert profiles.exists()
    for profile in profiles:
        assert f'href="{profile.url}"' in section


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_switcher_of_the_sitemap_page_leads_to_the_other_sitemap_pages(client, language):
    html = client.get(f"/{language}/sitemap/").content.decode()
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    for other in set(LANGUAGES) - {language}:
        assert f'href="/{other}/sitemap/" hreflang="{other}"' in switcher
    assert "language-switcher__note" not in switcher  # no "page not translated" note


def test_the_xml_sitemap_is_still_there_for_robots(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
