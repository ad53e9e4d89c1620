"""What moderators see and receive around a decision: the notice e-mail that leads to the application's
detail view (and no Wagtail "submitted to workflow" e-mail besides it), decision buttons styled by their
consequence, and a selection view whose tables scroll in a labelled, keyboard-reachable region."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from mentors.models import MentorApplication
from tests.support.applications import Applicant, open_the_call
from tests.support.factories import MentorApplicationFactory
from tests.support.moderation import admin_url

pytestmark = pytest.mark.django_db


def classes_of_link_to(page, url):
    [classes] = re.findall(rf'<a class="([^"]*)" href="{re.escape(url)}"', page)
    return set(classes.split())


# --- The moderators' notice ---------------------------------------------------------------------------


def test_the_moderators_notice_links_to_the_detail_view_not_the_edit_view(
    django_capture_on_commit_callbacks, mailoutbox
):
    open_the_call()
    moderator = get_user_model().objects.get(username="moderator")
    with django_capture_on_commit_callbacks(execute=True):
        assert Applicant("sl").submit().status_code == 303
    application = MentorApplication.objects.get()
    [notice] = [message for message in mailoutbox if moderator.email in message.to]
    inspect = "http://localhost" + admin_url("inspect", application.pk)
    html, _ = notice.alternatives[0]
    assert inspect in notice.body and f'href="{inspect}"' in html
    assert admin_url("edit", application.pk) not in notice.body + html


def test_wagtail_sends_no_submitted_to_workflow_email_about_an_application(
    django_capture_on_commit_callbacks, mailoutbox
):
    """Wagtail would mail the superusers and the review task's group (the moderators) on submission."""
    open_the_call()
    superuser = get_user_model().objects.get(username="admin")
    moderator = get_user_model().objects.get(username="moderator")
    assert superuser.is_superuser and superuser.email
    with django_capture_on_commit_callbacks(execute=True):
        assert Applicant("en").submit().status_code == 303
    application = MentorApplication.objects.get()
    assert application.workflow_in_progress
    assert not [message for message in mailoutbox if superuser.email in message.to]
    [notice] = [message for message in mailoutbox if moderator.email in message.to]
    assert application.reference in notice.subject
    assert all(application.reference in message.subject for message in mailoutbox)


# --- Decision buttons ---------------------------------------------------------------------------------


def test_decision_buttons_are_styled_by_their_consequence(moderator_client):
    application = MentorApplicationFactory()
    page = moderator_client.get(admin_url("inspect", application.pk)).content.decode()

    def button(decision):
        return classes_of_link_to(page, admin_url("decide", application.pk, decision))

    assert button("accept") == {"button"}  # the primary action
    assert button("request_information") == {"button", "button-secondary"}
    assert button("start_review") == {"button", "button-secondary"}
    assert button("reject") == {"button", "no"}  # Wagtail's "no" style: outlined in the error colour
    assert button("reject") != button("accept")


@pytest.mark.parametrize("decision, classes", [("reject", 'class="button no"'), ("accept", 'class="button"')])
def test_the_confirming_button_keeps_the_decisions_style(moderator_client, decision, classes):
    application = MentorApplicationFactory()
    page = moderator_client.get(admin_url("decide", application.pk, decision)).content.decode()
    assert f'<button type="submit" {classes}>' in page


# --- The selection view -------------------------------------------------------------------------------


def test_the_selection_tables_scroll_in_labelled_keyboard_reachable_regions(moderator_client: Client):
    MentorApplicationFactory(areas=("advocacy",))
    page = moderator_client.get("/admin/mentor-selection/", {"area": "advocacy"}).content.decode()
    regions = re.findall(
        r'<div class="selection-table" role="region" aria-labelledby="([^"]+)" tabindex="0">', page
    )
    assert regions == ["selection-areas-caption", "ranking"]
    for label in regions:
        assert f'id="{label}"' in page
    assert re.search(r'<link rel="stylesheet" href="[^"]*mentors/admin/selection[^"]*\.css">', page)
