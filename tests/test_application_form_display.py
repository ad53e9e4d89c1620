"""What the application form on the call page shows in each language: every field, labelled, the
areas and languages in the page's language, the privacy notice linked, a hidden trap for robots."""

import re

import pytest

from programme.models import ThematicArea
from tests.support.applications import (
    CALL_URL,
    Applicant,
    close_the_call,
    open_the_call,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def open_call():
    open_the_call()


# --- What the form shows --------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_open_call_page_embeds_the_form_in_its_language(client, language):
    response = client.get(CALL_URL[language])
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert 'enctype="multipart/form-data"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    for name in (
        "first_name",
        "last_name",
        "email",
        "phone",
        "country",
        "city",
        "organisation",
        "role",
        "website",
        "years_ngo_experience",
        "years_mentoring_experience",
        "eu_values_experience",
        "hours_per_month",
        "available_from",
        "cv",
        "privacy_consent",
        "publish_consent",
    ):
        assert f'name="{name}"' in html, name
    assert html.count('name="thematic_areas"') == 7
    assert html.count('name="languages"') == 9
    assert 'type="date" name="available_from"' in html
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_areas_show_their_names_and_subtopics_in_the_page_language_but_post_default_rows(client, language):
    html = client.get(CALL_URL[language]).content.decode()
    for shown in ThematicArea.objects.localized(language):
        assert f'value="{shown.source.pk}"' in html  # the source row
        assert f">{shown.name}</label>" in html.replace("&ndash;", "–")
        assert shown.subtopic_list[0] in html
        assert f'name="experience_{shown.key}"' in html


def test_languages_are_checkboxes_labelled_in_the_page_language(client):
    html = client.get(CALL_URL["hr"]).content.decode()
    assert re.search(r'value="sl"[^>]*>\s*<label[^>]*>slovenski</label>', html)
    html = client.get(CALL_URL["sl"]).content.decode()
    assert re.search(r'value="hr"[^>]*>\s*<label[^>]*>hrvaščina</label>', html)


@pytest.mark.parametrize(
    ("language", "privacy"), [("sl", "/sl/"), ("hr", "/hr/"), ("en", "/en/privacy-notice/")]
)
def test_privacy_consent_links_the_privacy_notice_in_the_page_language(client, language, privacy):
    html = client.get(CALL_URL[language]).content.decode()
    consent = re.search(r'<label for="id_privacy_consent">(.*?)</label>', html, re.S).group(1)
    link = re.search(r'href="([^"]+)"', consent).group(1)
    assert link.startswith(privacy)
    assert client.get(link).status_code == 200


def test_every_control_has_a_label_and_help_is_announced(client):
    html = client.get(CALL_URL["en"]).content.decode()
    form = html[html.index('<form class="application-form"') : html.index("</form>")]
    ids = re.findall(r'<(?:input|select|textarea)[^>]*\bid="([^"]+)"', form)
    hidden = {"id_submission_key"}
    for control in set(ids) - hidden:
        assert f'for="{control}"' in form, f"{control} has no label"
    assert 'aria-describedby="id_email_helptext"' in form
    assert 'id="id_email_helptext"' in form


def test_honeypot_is_hidden_from_people_and_assistive_technology(client):
    html = client.get(CALL_URL["en"]).content.decode()
    trap = re.search(r'<div class="application-form__trap" aria-hidden="true">(.*?)</div>', html, re.S).group(
        1
    )
    assert 'tabindex="-1"' in trap
    assert 'autocomplete="off"' in trap
    assert 'name="website_url"' in trap


def test_each_rendering_gets_a_new_submission_key(client):
    first = Applicant("en")
    second = Applicant("en")
    first.open()
    second.open()
    assert first.key and second.key and first.key != second.key


def test_closed_call_shows_a_notice_instead_of_the_form(client):
    close_the_call()
    html = client.get(CALL_URL["en"]).content.decode()
    assert "application-closed" in html
    assert '<form class="application-form"' not in html
    assert 'name="cv"' not in html
