"""The call page's thematic areas in the admin: one checkbox per area, named in the page's language and
in the call's order, never the 21 rows of three languages in a multi-select; saving works in sl, hr
and en, and the page then shows the chosen areas in its own language."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from impact4values.core.models import HomePage
from programme.models import CallPage, ThematicArea

pytestmark = pytest.mark.django_db


def area_checkboxes(response):
    html = response.content.decode()
    assert '<select name="thematic_areas"' not in html
    inputs = re.findall(r'<input type="checkbox" name="thematic_areas" value="(\d+)"[^>]*id="([^"]+)"', html)
    labels = {
        input_id: re.search(rf'<label for="{input_id}">\s*<input[^>]*>\s*([^<]+?)\s*</label>', html)[1]
        for _value, input_id in inputs
    }
    return [(int(value), labels[input_id]) for value, input_id in inputs]


def source_pks(keys):
    return [ThematicArea.objects.sources().get(key=key).pk for key in keys]


def call_data(title, slug, areas):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "nav_title": "",
            "intro": "",
            "body": streamfield([]),
            "application_deadline": "2027-01-31 23:59",
            "hourly_rate": "75.00",
            "hours_per_organisation": "20",
            "mentoring_start": "2027-02-01",
            "mentoring_end": "2028-04-30",
            "contact_email": "call@example.org",
            "contact_phone": "",
        }
    ) | {"thematic_areas": [str(pk) for pk in areas]}


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_creating_a_call_offers_the_seven_areas_named_in_the_pages_language(editor_client, language):
    home = HomePage.objects.get(locale__language_code=language)
    response = editor_client.get(reverse("wagtailadmin_pages:add", args=["programme", "callpage", home.pk]))
    assert response.status_code == 200
    expected = ThematicArea.objects.localized(language)
    assert area_checkboxes(response) == [(area.source.pk, area.name) for area in expected]
    assert len(expected) == 7


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_a_call_created_in_any_language_saves_its_areas_and_shows_them_in_that_language(
    editor_client, language
):
    home = HomePage.objects.get(locale__language_code=language)
    url = reverse("wagtailadmin_pages:add", args=["programme", "callpage", home.pk])
    data = call_data("Poziv 2027", "poziv-2027", source_pks(["gesi", "advocacy"]))
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    call = CallPage.objects.child_of(home).get(slug="poziv-2027")
    assert set(call.thematic_areas.values_list("key", "locale__language_code")) == {
        ("gesi", "sl"),
        ("advocacy", "sl"),
    }
    names = ThematicArea.objects.labels(language)
    assert [area.name for area in call.localized_thematic_areas()] == [names["advocacy"], names["gesi"]]


def test_editing_the_call_shows_its_areas_checked_and_saves_a_change(editor_client):
    call = CallPage.objects.get(locale__language_code="sl")
    url = reverse("wagtailadmin_pages:edit", args=[call.pk])
    html = editor_client.get(url).content.decode()
    checked = re.findall(r'<input type="checkbox" name="thematic_areas" value="(\d+)"[^>]*checked', html)
    assert sorted(map(int, checked)) == sorted(call.thematic_areas.values_list("pk", flat=True))
    data = call_data(call.title, call.slug, source_pks(["gesi"])) | {"intro": "x"}
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    call.refresh_from_db()
    assert call.get_latest_revision().content["thematic_areas"] == source_pks(["gesi"])


def test_an_area_that_is_not_offered_is_refused_with_a_message(editor_client):
    home = HomePage.objects.get(locale__language_code="hr")
    croatian_gesi = ThematicArea.objects.get(key="gesi", locale__language_code="hr")
    url = reverse("wagtailadmin_pages:add", args=["programme", "callpage", home.pk])
    response = editor_client.post(url, call_data("Poziv", "poziv", [croatian_gesi.pk]))
    assert response.status_code == 200
    assert "thematic_areas" in response.context["form"].errors
