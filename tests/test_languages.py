"""Language prefixes, negotiation, the language switcher, hreflang alternates and the admin's language."""

import re

import pytest

from tests.support.factories import translated_profile

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("hr-HR,hr;q=0.9", "/hr/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("sl", "/sl/"),
        ("de-DE,de;q=0.9", "/sl/"),
        ("", "/sl/"),
    ],
)
def test_root_redirects_by_accept_language_with_slovenian_fallback(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def switcher(html):
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_language_switcher_links_to_the_translations_of_the_same_page(client, language):
    versions = translated_profile()
    nav = switcher(client.get(versions[language].url).content.decode())
    links = {code: href for href, code in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav)}
    assert links == {code: page.url for code, page in versions.items() if code != language}
    assert f'aria-current="true" lang="{language}"' in nav


def test_language_switcher_says_when_a_page_has_no_translation(client):
    versions = translated_profile()
    versions["en"].unpublish()
    nav = switcher(client.get(versions["sl"].url).content.decode())
    note = "(page not translated: home page)"  # written in the target language's own words
    assert f'<a href="/en/" hreflang="en" lang="en" class="language-switcher__missing" title="{note}">' in nav
    assert f'<span class="language-switcher__note"> {note}</span>' in nav  # read aloud, shown on phones
    assert f'<a href="{versions["hr"].url}" hreflang="hr"' in nav


def test_hreflang_alternates_name_every_translation_and_a_default(client):
    versions = translated_profile()
    html = client.get(versions["hr"].url).content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))
    url = {code: page.get_full_url() for code, page in versions.items()}
    assert alternates == {**url, "x-default": url["sl"]}
    assert url == {
        "sl": f"http://localhost/sl/mentorji/{versions['sl'].slug}/",
        "hr": f"http://localhost/hr/mentori/{versions['sl'].slug}/",
        "en": f"http://localhost/en/mentors/{versions['sl'].slug}/",
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sl", "Preskoči na glavno vsebino"),
        ("hr", "Preskoči na glavni sadržaj"),
        ("en", "Skip to main content"),
    ],
)
def test_interface_strings_follow_the_page_language(client, language, text):
    assert text in client.get(f"/{language}/").content.decode()


@pytest.mark.parametrize(("preferred", "text"), [("sl", "Nadzorna plošča"), ("hr-hr", "Kontrolna ploča")])
def test_admin_speaks_the_editors_chosen_language(editor_client, preferred, text):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor"))
    profile.preferred_language = preferred
    profile.save()
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    assert text in response.content.decode()


@pytest.mark.parametrize(
    ("language", "link"),
    [
        ("sl", '<a href="/sl/varstvo-osebnih-podatkov/">Varstvo osebnih podatkov</a>'),
        ("hr", '<a href="/hr/zastita-osobnih-podataka/">Zaštita osobnih podataka</a>'),
        ("en", '<a href="/en/privacy-notice/">Privacy notice</a>'),
    ],
)
def test_footer_speaks_the_page_language_and_links_its_privacy_notice(client, language, link):
    html = client.get(f"/{language}/").content.decode()
    assert link in html
    assert {
        "sl": "Financira Evropska unija",
        "hr": "Financira Europska unija",
        "en": "Funded by the European Union",
    }[language] in html
