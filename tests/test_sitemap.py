"""The sitemap index names one sitemap per language, and each lists its pages with their alternates."""

import re

import pytest
from wagtail.models import Page

from tests.support.factories import MentorPageFactory, translated_profile

pytestmark = pytest.mark.django_db


def test_sitemap_index_lists_a_sitemap_per_language(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    assert re.findall(r"<loc>([^<]+)</loc>", response.content.decode()) == [
        "http://localhost/sitemap-sl.xml",
        "http://localhost/sitemap-hr.xml",
        "http://localhost/sitemap-en.xml",
    ]


def locations_in(xml):
    return re.findall(r"<loc>([^<]+)</loc>", xml)


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_each_language_sitemap_lists_its_pages_with_alternates(client, language):
    versions = translated_profile()
    hidden = MentorPageFactory(language=language, publish=False)
    xml = client.get(f"/sitemap-{language}.xml").content.decode()
    locations = locations_in(xml)
    live = Page.objects.live().public().filter(depth__gt=1, locale__language_code=language)
    assert sorted(locations) == sorted(page.get_full_url() for page in live)  # each live page, once
    assert all(location.startswith(f"http://localhost/{language}/") for location in locations)
    assert hidden.get_full_url() not in locations
    url = {code: page.get_full_url() for code, page in versions.items()}
    entry = re.search(rf"<url>\s*<loc>{re.escape(url[language])}</loc>.*?</url>", xml, re.S).group(0)
    for code in ("sl", "hr", "en"):
        assert f'hreflang="{code}" href="{url[code]}"' in entry
    assert f'hreflang="x-default" href="{url["sl"]}"' in entry


def test_unpublished_pages_are_left_out_of_the_sitemap(client):
    versions = translated_profile()
    english = versions["en"].get_full_url()
    versions["en"].unpublish()
    assert english not in client.get("/sitemap-en.xml").content.decode()
    assert f'hreflang="en" href="{english}"' not in client.get("/sitemap-sl.xml").content.decode()


def test_unknown_sitemap_section_is_not_found(client):
    assert client.get("/sitemap-de.xml").status_code == 404
