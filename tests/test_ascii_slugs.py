"""New pages get ASCII slugs, their letters transliterated ("pogosta-vprasanja", "đ" → "d"), like the
seeded ones: typed in the admin (with or without its script), saved by code, or translated with
wagtail-localize."""

import html
import json
import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringSegment, Translation

from impact4values.core.models import ContentPage, HomePage
from impact4values.core.slugs import ascii_slug, letter_formatters

pytestmark = pytest.mark.django_db


def sl_home():
    return HomePage.objects.get(locale__language_code="sl")


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["core", "contentpage", parent.pk])


def test_letters_are_transliterated_and_d_with_stroke_becomes_d():
    assert ascii_slug("Pogosta vprašanja") == "pogosta-vprasanja"
    assert ascii_slug("Đurđevac, Čakovec, Žalec") == "durdevac-cakovec-zalec"


def test_the_admin_script_is_given_a_formatter_for_each_letter_of_sl_and_hr():
    replacements = {letter: replacement for pattern, replacement in letter_formatters() for letter in pattern}
    for letter, ascii_letter in zip("čćđšžČĆĐŠŽ", "ccdszCCDSZ", strict=True):
        assert replacements[letter] == ascii_letter


def test_the_add_page_form_gives_the_slug_script_no_unicode_and_the_letter_formatters(editor_client):
    response = editor_client.get(add_url(sl_home()))
    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', response.content.decode()).group(0)
    assert "allow-unicode" not in slug_input  # the script's default: ASCII only
    formatters = re.search(r'data-w-slug-formatters-value="([^"]*)"', slug_input)[1]
    formatters = json.loads(html.unescape(formatters))
    d_letters = next(pattern for (pattern, _flags), replacement in formatters if replacement == "d")
    assert "đ" in d_letters and "ď" in d_letters


def test_a_slug_typed_with_diacritics_in_the_admin_is_stored_transliterated(editor_client):
    home = sl_home()
    data = nested_form_data(
        {"title": "Pogosta vprašanja", "slug": "pogosta-vprašanja-đaki", "intro": "", "body": streamfield([])}
    )
    response = editor_client.post(add_url(home), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = ContentPage.objects.child_of(home).get(title="Pogosta vprašanja")
    assert page.slug == "pogosta-vprasanja-daki"


def test_a_page_saved_by_code_with_a_non_ascii_slug_gets_a_free_transliterated_one():
    home = sl_home()
    home.add_child(instance=ContentPage(title="Vodič", slug="vodic"))
    page = home.add_child(instance=ContentPage(title="Vodič", slug="vodič"))
    assert page.slug == "vodic-1"


def test_a_translated_slug_keeps_d_with_stroke_as_d(editor_client, django_capture_on_commit_callbacks):
    source = sl_home().add_child(instance=ContentPage(title="Vodič", slug="vodic"))
    source.save_revision().publish()
    croatian = Locale.objects.get(language_code="hr")
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[source.pk]), {"locales": [croatian.pk]}
        )
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=croatian)
    slug_segment = StringSegment.objects.get(source=translation.source, context__path="slug")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, slug_segment.pk])
    response = editor_client.put(
        url, urlencode({"value": "đakovački-vodič"}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 201
    target = source.get_translation(croatian)
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    target.refresh_from_db()
    assert target.slug == "dakovacki-vodic"
    assert target.live
