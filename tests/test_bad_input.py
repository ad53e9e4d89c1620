"""Unknown pages, odd prefixes, tampered or malformed requests: a localized 404 or a page, never a 500."""

import pytest
from django.test import RequestFactory

from impact4values.core.views import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/sl/ni-take-strani/", "Strani ni mogoče najti"),
        ("/hr/nema/", "Stranica nije pronađena"),
        ("/en/nothing/", "Page not found"),
    ],
)
def test_unknown_page_gets_a_localized_404_in_the_sites_design(client, url, text):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html
    assert '<nav class="language-switcher"' in html
    assert "site-footer" in html


def test_unknown_language_prefix_ends_in_a_404_not_an_error(client):
    response = client.get("/de/poziv/", follow=True, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 404
    assert '<html lang="sl">' in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/sl/poziv-za-mentorje/?lang=xx",
        "/sl/poziv-za-mentorje/?lang=%3Cscript%3E",
        "/sl/?language=../../etc/passwd",
        "/sl/?q=%FF%FE%80",
        "/sl/poziv-za-mentorje/?%C0%AF=%E2%28%A1",
    ],
)
def test_tampered_or_malformed_query_strings_are_ignored(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_overlong_paths_are_not_found_rather_than_failing(client):
    assert client.get("/sl/" + "a/" * 2000).status_code == 404
    assert client.get("/sl/" + "x" * 10_000 + "/").status_code == 404


def test_raw_non_utf8_bytes_in_the_query_string_do_not_break_the_page(client):
    response = client.generic("GET", "/hr/", QUERY_STRING="q=\udcff\udcfe")
    assert response.status_code == 200


def test_server_error_page_is_static_and_trilingual():
    response = server_error(RequestFactory().get("/sl/"))
    assert response.status_code == 500
    html = response.content.decode()
    for text in ("Prišlo je do napake", "Došlo je do pogreške", "Something went wrong"):
        assert text in html
    assert "{%" not in html


def test_browsers_asking_for_favicon_ico_get_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"
