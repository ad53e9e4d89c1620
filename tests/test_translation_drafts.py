"""Translating a page through the admin makes a draft in the target language; an editor publishes it.

Before, wagtail-localize copied the source's live status, so "Translate this page" put a Croatian page
online at once, still in Slovenian.
"""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from impact4values.core.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def slovenian_page():
    home = HomePage.objects.get(locale__language_code="sl")
    page = home.add_child(instance=ContentPage(title="Pogosta vprašanja", slug="pogosta-vprasanja"))
    page.save_revision().publish()
    return page


def translate_in_admin(client, page, language):
    locale = Locale.objects.get(language_code=language)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    return page.get_translation(locale).specific


def test_translate_this_page_creates_a_draft_that_is_not_online(
    editor_client, client, slovenian_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        croatian = translate_in_admin(editor_client, slovenian_page, "hr")
    croatian.refresh_from_db()
    assert croatian.locale.language_code == "hr"
    assert not croatian.live
    assert croatian.has_unpublished_changes
    assert client.get(f"/hr/{croatian.slug}/").status_code == 404
    assert slovenian_page.get_translation(Locale.objects.get(language_code="hr")).pk == croatian.pk


def test_publishing_the_translation_in_the_translation_editor_puts_it_online(
    editor_client, client, slovenian_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        croatian = translate_in_admin(editor_client, slovenian_page, "hr")
    with django_capture_on_commit_callbacks(execute=True):
        edit_url = reverse("wagtailadmin_pages:edit", args=[croatian.pk])
        response = editor_client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    croatian.refresh_from_db()
    assert croatian.live
    assert client.get(f"/hr/{croatian.slug}/").status_code == 200
