"""Moderators decide with comments that stay in the history, a lock keeps two from deciding at once,
and the applicant hears of each decision in their own language.

Applications are built with ``MentorApplicationFactory`` (a small real PDF CV in private storage).
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from mentors.applications import moderation
from mentors.models import MentorApplication
from tests.support.applications import label
from tests.support.factories import MentorApplicationFactory
from tests.support.moderation import (
    admin_url,
    decide,
    history,
    messages_of,
    second_moderator,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("staff_in_english")]
Status = MentorApplication.Status


# --- Decisions --------------------------------------------------------------------------------------


def test_each_decision_is_recorded_with_who_when_and_the_comment(moderator_client):
    application = MentorApplicationFactory()
    before = timezone.now()
    response = decide(moderator_client, application, "start_review", comment="CV looks strong")
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    entry = history(application)[-1]
    assert entry.action == "mentors.application.start_review"
    assert entry.user.username == "moderator"
    assert entry.timestamp >= before
    assert entry.data["comment"] == "CV looks strong"
    assert entry.data["status"] == {"from": "submitted", "to": "in_review"}
    page = moderator_client.get(admin_url("history", application.pk)).content.decode()
    assert "CV looks strong" in page
    assert "Review started" in page or "Pregled" in page


def test_asking_for_more_information_needs_a_message_for_the_applicant(moderator_client):
    application = MentorApplicationFactory()
    response = decide(moderator_client, application, "request_information", comment="")
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    decide(moderator_client, application, "request_information", message="Please send references.")
    application.refresh_from_db()
    assert application.status == Status.NEEDS_INFORMATION
    assert application.workflow_in_progress  # the decision is still the moderators' to take


def test_a_decided_application_cannot_be_decided_again(moderator_client):
    application = MentorApplicationFactory()
    decide(moderator_client, application, "reject")
    response = decide(moderator_client, application, "accept")
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    with pytest.raises(moderation.DecisionError):
        moderation.decide(application, "accept", get_user_model().objects.get(username="moderator"))


def test_a_lock_keeps_other_moderators_from_deciding(moderator_client):
    application = MentorApplicationFactory()
    response = moderator_client.post(
        admin_url("lock", application.pk), {"next": admin_url("inspect", application.pk)}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.locked and application.locked_by.username == "moderator"
    _, other = second_moderator()
    response = decide(other, application, "accept")
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    assert any("locked" in message for message in messages_of(response))
    decide(moderator_client, application, "accept")
    application.refresh_from_db()
    assert application.status == Status.ACCEPTED


# --- Decision e-mails -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_the_applicant_hears_of_the_decision_in_their_language(
    moderator_client, django_capture_on_commit_callbacks, language
):
    application = MentorApplicationFactory(language=language, areas=("gesi",), email="ana@example.org")
    other = MentorApplicationFactory(first_name="Bor", last_name="Zupan", email="bor@example.org")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        decide(
            moderator_client,
            application,
            "request_information",
            comment="internal note",
            message="Send references",
        )
    [email] = [message for message in mail.outbox if "ana@example.org" in message.to]
    assert email.to == ["ana@example.org"]
    assert application.reference in email.subject
    assert label("gesi", language) in email.body
    assert "Send references" in email.body
    assert "internal note" not in email.body
    assert not email.attachments
    assert other.reference not in email.body and "Zupan" not in email.body
    assert "Življenjepis" not in email.body


def test_every_decision_sends_one_e_mail(moderator_client, django_capture_on_commit_callbacks):
    application = MentorApplicationFactory(email="ana@example.org")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        decide(moderator_client, application, "start_review")
        decide(moderator_client, application, "accept")
    assert len([message for message in mail.outbox if message.to == ["ana@example.org"]]) == 2
