"""The site's typeface is self-hosted: its font files (Latin and Latin Extended, so č ć đ š ž) are served
by the site itself, and every stylesheet a page links refers only to the site's own URLs. Without the
font files (a checkout before `make install`) the pages still render, in the system font."""

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.test import override_settings

from tests.support.services import require_service

pytestmark = pytest.mark.django_db

FONTS = Path(settings.STATICFILES_DIRS[0]) / "fonts"
PAGES = ["/sl/", "/hr/poziv-za-mentore/", "/en/mentors/"]


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def stylesheets_of(html):
    return re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)


def same_origin(url):
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc


def require_fonts():
    require_service((FONTS / "typeface.css").is_file(), f"no typeface in {FONTS}: run `make install`")


@pytest.mark.parametrize("path", PAGES)
def test_every_stylesheet_and_font_of_a_page_comes_from_the_site_itself(client, path):
    require_fonts()
    html = client.get(path).content.decode()
    stylesheets = stylesheets_of(html)
    assert "/static/fonts/typeface.css" in stylesheets
    fonts = []
    for href in stylesheets:
        assert same_origin(href), href
        response = client.get(href)
        assert response.status_code == 200, href
        css = body_of(response).decode()
        assert "@import" not in css
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css):
            assert same_origin(url), f"{href} refers to {url}"
            if url.endswith(".woff2"):
                fonts.append(urljoin(href, url))
    assert len(fonts) == 4  # Latin and Latin Extended, upright and italic
    for font in fonts:
        response = client.get(font)
        assert response.status_code == 200, font
        assert response["Content-Type"] == "font/woff2"
        assert body_of(response)[:4] == b"wOF2"


def test_the_typeface_covers_latin_extended_a_and_swaps_in_when_loaded(client):
    require_fonts()
    css = body_of(client.get("/static/fonts/typeface.css")).decode()
    faces = re.findall(r"@font-face \{(.*?)\}", css, re.S)
    assert faces and all("font-display: swap;" in face for face in faces)
    ranges = " ".join(re.findall(r"unicode-range: ([^;]+);", css))
    assert "U+0100-02BA" in ranges  # Latin Extended-A (U+0100–U+017F): č ć đ š ž and the rest
    site_css = body_of(client.get("/static/css/site.css")).decode()
    assert '--font-body: "Source Sans 3 Variable"' in site_css
    assert re.search(r"--font-body: [^;]*sans-serif;", site_css)  # the system fonts behind it


def test_without_the_font_files_pages_render_in_the_system_font(client, tmp_path):
    (tmp_path / "css").mkdir()
    with override_settings(STATICFILES_DIRS=[tmp_path]):
        response = client.get("/sl/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "typeface.css" not in html
    assert "/static/css/site.css" in stylesheets_of(html)
