"""An accepted applicant's profile starts from a template for the editor: it saves as a draft with its
[square brackets] and the note for the editor, but publishing refuses it with a clear message on the
bio until the editor has completed it; the profile's areas are offered in its own language."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from mentors.models import MentorPage
from programme.models import ThematicArea
from tests.support.factories import MentorApplicationFactory
from tests.support.moderation import decide

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("staff_in_english")]

FINISHED_BIO = "<p>Ana Novak has led advocacy campaigns for twelve years.</p>"


def accepted_profile(moderator_client, language="sl"):
    application = MentorApplicationFactory(
        first_name="Ana", last_name="Novak", areas=("advocacy", "gesi"), language=language
    )
    decide(moderator_client, application, "accept")
    application.refresh_from_db()
    return application.mentor_page.specific


def edit_data(page, bio, action):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "seo_title": "",
            "search_description": "",
            "photo_alt": "",
            "headline": page.headline,
            "bio": rich_text(bio),
            "country": page.country,
            "city": page.city,
            "years_ngo_experience": page.years_ngo_experience,
            "years_mentoring_experience": page.years_mentoring_experience,
            "eu_values_experience": page.eu_values_experience,
            "availability": page.availability,
            "links": streamfield([]),
            "grammatical_gender": page.grammatical_gender,
        }
    )
    data["thematic_areas"] = [str(area.pk) for area in page.thematic_areas.all()]
    data["languages"] = [language.pk for language in page.languages.all()]
    if action:
        data[action] = "1"
    return data


def post_edit(client, page, bio, action=None):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_data(page, bio, action))


def test_the_template_saves_as_a_draft_but_is_not_published(moderator_client, editor_client):
    page = accepted_profile(moderator_client)
    assert "[" in page.bio

    draft = post_edit(editor_client, page, page.bio)
    assert draft.status_code == 302
    refused = post_edit(editor_client, page, page.bio, "action-publish")

    assert refused.status_code == 200
    assert "Replace the text in [square brackets]" in refused.content.decode()
    assert "bio" in refused.context["form"].errors
    assert not MentorPage.objects.get(pk=page.pk).live


def test_the_note_for_the_editor_alone_also_stops_publishing(moderator_client, editor_client):
    page = accepted_profile(moderator_client)
    note = "<p><b>For the editor, to delete before publishing: the applicant's own words from the application.</b></p>"  # noqa: E501

    refused = post_edit(editor_client, page, FINISHED_BIO + note, "action-publish")

    assert refused.status_code == 200
    assert not MentorPage.objects.get(pk=page.pk).live


def test_a_completed_bio_is_published(moderator_client, editor_client):
    page = accepted_profile(moderator_client)

    published = post_edit(editor_client, page, FINISHED_BIO, "action-publish")

    assert published.status_code == 302, published.context["form"].errors
    page = MentorPage.objects.get(pk=page.pk)
    assert page.live and "twelve years" in page.bio


def test_a_croatian_profile_offers_its_areas_in_croatian(moderator_client, editor_client):
    croatian = accepted_profile(moderator_client, language="hr")  # a Croatian applicant's source profile

    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[croatian.pk])).content.decode()

    names = ThematicArea.objects.labels("hr")
    slovenian = ThematicArea.objects.labels("sl")
    offered = re.findall(r'name="thematic_areas" value="\d+"[^>]*>\s*([^<]+?)\s*</label>', html)
    assert offered and set(offered) <= set(names.values())
    assert slovenian["advocacy"] not in offered
