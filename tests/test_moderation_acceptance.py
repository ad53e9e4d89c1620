"""An acceptance makes a draft profile for editors to publish, with only what the applicant agreed to
publish; the selection view counts each area's applications against its target.

Applications are built with ``MentorApplicationFactory`` (a small real PDF CV in private storage).
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail_localize.fields import SynchronizedField

from mentors.models import MentorApplication, MentorDirectoryPage, MentorPage
from programme.models import ThematicArea
from search.models import DirectoryEntry
from tests.support.applications import area, label
from tests.support.factories import MentorApplicationFactory
from tests.support.moderation import (
    decide,
    messages_of,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("staff_in_english")]
Status = MentorApplication.Status


# --- Acceptance makes a draft profile ---------------------------------------------------------------


def test_accepting_creates_a_draft_profile_in_the_applicants_language_directory(moderator_client):
    application = MentorApplicationFactory(
        first_name="Jana",
        last_name="Đurić",
        language="hr",
        areas=("advocacy", "gesi"),
        languages=("hr", "en"),
        years_ngo_experience=7,
        years_mentoring_experience=4,
        hours_per_month=3,
        cv_original_name="jana-cv.pdf",
    )
    response = decide(moderator_client, application, "accept")
    application.refresh_from_db()
    profile = application.mentor_page.specific
    assert isinstance(profile, MentorPage)
    assert not profile.live
    assert profile.get_parent().specific == MentorDirectoryPage.objects.get(locale__language_code="hr")
    assert profile.locale.language_code == "hr"
    assert profile.title == "Jana Đurić"
    assert profile.slug == "jana-duric"
    assert profile.headline == f"{application.role}, {application.organisation}"
    assert set(profile.thematic_areas.values_list("key", flat=True)) == {"advocacy", "gesi"}
    assert set(profile.languages.values_list("code", flat=True)) == {"hr", "en"}
    assert (profile.country, profile.city) == (application.country, application.city)
    assert (profile.years_ngo_experience, profile.years_mentoring_experience) == (7, 4)
    assert profile.availability == "limited"
    assert label("gesi", "hr") in profile.bio and "Ten years of gesi work" in profile.bio
    assert profile.links[0].value["url"] == application.website
    revision = str(profile.get_latest_revision().content)
    for private in (application.cv.name, "jana-cv", application.email, application.phone, "%PDF"):
        assert private not in revision and private not in str(profile.bio)
    assert any("profile" in message for message in messages_of(response))


def test_a_profile_defaults_to_the_slovenian_directory(moderator_client):
    MentorDirectoryPage.objects.filter(locale__language_code="en").delete()
    application = MentorApplicationFactory(language="en")
    decide(moderator_client, application, "accept")
    application.refresh_from_db()
    assert application.mentor_page.get_parent().locale.language_code == "sl"


def test_without_consent_to_publish_no_profile_is_created_and_the_moderator_is_told(moderator_client):
    application = MentorApplicationFactory(publish_consent=False)
    pages_before = MentorPage.objects.count()
    response = decide(moderator_client, application, "accept")
    application.refresh_from_db()
    assert application.status == Status.ACCEPTED
    assert application.mentor_page is None
    assert MentorPage.objects.count() == pages_before
    assert any("did not agree to a public profile" in message for message in messages_of(response))


def test_an_editor_publishes_the_profile_and_the_directory_lists_it(moderator_client, editor_client, client):
    application = MentorApplicationFactory(first_name="Tina", last_name="Zorko", areas=("advocacy",))
    decide(moderator_client, application, "accept")
    application.refresh_from_db()
    profile = application.mentor_page.specific
    assert not DirectoryEntry.objects.filter(page_id=profile.pk).exists()
    assert editor_client.get(f"/admin/pages/{profile.pk}/edit/").status_code == 200
    editor = get_user_model().objects.get(username="editor")
    assert profile.permissions_for_user(editor).can_publish()
    profile.get_latest_revision().publish(user=editor)
    entry = DirectoryEntry.objects.get(page_id=profile.pk)
    assert entry.name == "Tina Zorko" and " advocacy " in entry.areas
    found = client.get(profile.get_parent().url + "json/", {"q": "zorko"}).json()
    assert [hit["name"] for hit in found["hits"]] == ["Tina Zorko"]


# --- Selection support ------------------------------------------------------------------------------


def test_the_selection_view_counts_each_area_against_its_target_and_ranks_by_experience(moderator_client):
    ThematicArea.objects.filter(key="gesi").update(mentor_target=2)
    MentorApplicationFactory(
        first_name="Ana",
        last_name="Novak",
        areas=("gesi",),
        years_ngo_experience=3,
        years_mentoring_experience=1,
    )
    bor = MentorApplicationFactory(
        first_name="Bor",
        last_name="Zupan",
        areas=("gesi", "advocacy"),
        years_ngo_experience=10,
        years_mentoring_experience=6,
    )
    MentorApplicationFactory(
        first_name="Cvet",
        last_name="Horvat",
        areas=("gesi",),
        years_ngo_experience=4,
        years_mentoring_experience=5,
    )
    MentorApplicationFactory(
        first_name="Dan",
        last_name="Lah",
        areas=("gesi",),
        years_ngo_experience=20,
        years_mentoring_experience=20,
        status=Status.WITHDRAWN,
    )
    MentorApplicationFactory(
        first_name="Eva",
        last_name="Rus",
        areas=("gesi",),
        years_ngo_experience=15,
        years_mentoring_experience=0,
        status=Status.REJECTED,
    )
    decide(moderator_client, bor, "accept")
    response = moderator_client.get(reverse("mentor-selection:index"), {"area": "gesi"})
    assert response.status_code == 200
    rows = {row["area"].key: row for row in response.context["rows"]}
    gesi = rows["gesi"]
    assert (gesi["applied"], gesi["open"], gesi["accepted"], gesi["target"], gesi["remaining"]) == (
        4,
        2,
        1,
        2,
        1,
    )
    assert gesi["competitive"]
    assert (rows["advocacy"]["applied"], rows["advocacy"]["accepted"]) == (1, 1)
    ranking = [item["application"].first_name for item in response.context["ranking"]]
    assert ranking == ["Bor", "Cvet", "Ana"]  # 16 years, then 9 (more mentoring), then 4
    assert [item["rank"] for item in response.context["ranking"]] == [1, 2, 3]


def test_the_mentor_target_is_editable_and_shared_by_the_translations(editor_client):
    assert any(
        isinstance(field, SynchronizedField) and field.field_name == "mentor_target"
        for field in ThematicArea.translatable_fields
    )
    advocacy = area("advocacy")
    page = editor_client.get(reverse("wagtailsnippets_programme_thematicarea:edit", args=[advocacy.pk]))
    assert 'name="mentor_target"' in page.content.decode()
