"""The footer on every public page: the EU emblem with its white border beside the funding statement in
the page's language, the contact, and a link to the sitemap page of that language (not the raw XML)."""

import re

import pytest

pytestmark = pytest.mark.django_db

STATEMENTS = {
    "sl": "Financira Evropska unija",
    "hr": "Financira Europska unija",
    "en": "Funded by the European Union",
}
PAGES = {"sl": "/sl/poziv-za-mentorje/", "hr": "/hr/mentori/", "en": "/en/"}


def footer_of(client, path):
    html = client.get(path).content.decode()
    return re.search(r'<footer class="site-footer">.*</footer>', html, re.S).group(0)


@pytest.mark.parametrize("language", STATEMENTS)
def test_the_funding_statement_stands_beside_the_emblem_in_the_pages_language(client, language):
    footer = footer_of(client, PAGES[language])
    lockup = re.search(r'<div class="eu-funding">(.*?)</div>', footer, re.S).group(1)
    assert re.search(r'<img class="eu-funding__emblem" src="/static/img/eu-emblem\.svg"', lockup)
    assert f'<p id="funding-heading" class="eu-funding__statement">{STATEMENTS[language]}</p>' in lockup
    for other, statement in STATEMENTS.items():
        if other != language:
            assert statement not in footer


def test_the_emblem_has_a_white_border_a_twenty_fifth_of_its_height(client):
    css = client.get("/static/css/site.css")
    rule = re.search(r"\.eu-funding__emblem \{([^}]*)\}", b"".join(css.streaming_content).decode()).group(1)
    height = int(re.search(r"height: (\d+)px", rule).group(1))
    border = int(re.search(r"border: (\d+)px solid #fff", rule).group(1))
    assert border == round(height / 25)


@pytest.mark.parametrize("language", STATEMENTS)
def test_the_footer_links_to_the_sitemap_page_of_the_pages_language(client, language):
    footer = footer_of(client, PAGES[language])
    assert f'href="/{language}/sitemap/"' in footer
    assert "sitemap.xml" not in footer
    assert client.get(f"/{language}/sitemap/").status_code == 200


def test_the_footer_is_on_the_error_pages_too(client):
    footer = footer_of(client, "/hr/no-such-page/")
    assert STATEMENTS["hr"] in footer
    assert 'href="/hr/sitemap/"' in footer
