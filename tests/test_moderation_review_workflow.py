"""The review workflow brings moderators the work: a new application enters it once committed, waits on
their dashboard, offers them (and only them) the four decisions, and each decision moves the task on.

Applications are built with ``MentorApplicationFactory`` (a small real PDF CV in private storage).
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import TaskState, Workflow, WorkflowState

from mentors.models import ApplicationReviewTask, MentorApplication
from tests.support.applications import Applicant, open_the_call, valid_data
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


# --- The workflow brings the work ------------------------------------------------------------------


def test_a_new_application_enters_the_moderators_review_once_committed(django_capture_on_commit_callbacks):
    open_the_call()
    with django_capture_on_commit_callbacks(execute=True):
        Applicant("sl").submit(valid_data())
    application = MentorApplication.objects.get()
    assert application.workflow_in_progress
    task = application.current_workflow_task
    assert isinstance(task, ApplicationReviewTask)
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    assert application.latest_revision is not None  # the application as submitted
    # Wagtail's group e-mail does not duplicate the submission flow's notice to moderators.
    [notice] = [message for message in mail.outbox if "moderator@example.org" in message.to]
    assert application.reference in notice.subject and notice.reply_to == [application.email]


def test_new_applications_await_the_moderators_review_on_their_dashboard(moderator_client):
    MentorApplicationFactory(first_name="Marta", last_name="Kovač")
    page = moderator_client.get("/admin/").content.decode()
    assert "awaiting-review" in page
    assert "Marta Kovač" in page
    assert "mentor-applications" in page  # the panel with counts by status


def test_the_review_task_offers_the_four_decisions_to_moderators_only():
    application = MentorApplicationFactory()
    task = application.current_workflow_task
    moderator = get_user_model().objects.get(username="moderator")
    editor = get_user_model().objects.get(username="editor")
    assert [name for name, _label, modal in task.get_actions(application, moderator)] == [
        "start_review",
        "request_information",
        "accept",
        "reject",
    ]
    assert task.get_actions(application, editor) == []


def test_withdrawn_applications_leave_the_dashboard():
    application = MentorApplicationFactory()
    moderator = get_user_model().objects.get(username="moderator")
    assert TaskState.objects.reviewable_by(moderator).filter(workflow_state__object_id=str(application.pk))
    MentorApplication.objects.filter(pk=application.pk).update(status=Status.WITHDRAWN)
    assert not TaskState.objects.reviewable_by(moderator).filter(
        workflow_state__object_id=str(application.pk)
    )


def test_accepting_completes_the_review_task_and_ends_the_workflow(moderator_client):
    application = MentorApplicationFactory()
    decide(moderator_client, application, "start_review")
    decide(moderator_client, application, "accept", comment="Strong advocacy record")
    application.refresh_from_db()
    assert application.status == Status.ACCEPTED
    task_state = TaskState.objects.for_instance(application).get()
    assert task_state.status == TaskState.STATUS_APPROVED
    assert task_state.finished_by.username == "moderator"
    assert task_state.comment == "Strong advocacy record"
    assert task_state.workflow_state.status == WorkflowState.STATUS_APPROVED
    assert not application.live  # an application is never "published"
    moderator = get_user_model().objects.get(username="moderator")
    assert not TaskState.objects.reviewable_by(moderator).filter(
        workflow_state__object_id=str(application.pk)
    )
    page = moderator_client.get(admin_url("workflow_history", application.pk)).content.decode()
    assert "Review by moderators" in page


def test_rejecting_rejects_the_task_and_closes_the_workflow(moderator_client):
    application = MentorApplicationFactory()
    decide(moderator_client, application, "reject", comment="Too little NGO experience")
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert application.mentor_page is None
    task_state = TaskState.objects.for_instance(application).get()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Too little NGO experience"
    assert task_state.workflow_state.status == WorkflowState.STATUS_CANCELLED
    assert not application.workflow_in_progress
    assert [entry.action for entry in history(application)][-1] == "mentors.application.reject"


def test_the_dashboards_workflow_actions_take_the_same_decisions(moderator_client):
    application = MentorApplicationFactory()
    task_state = application.current_workflow_task_state
    response = moderator_client.post(
        admin_url("workflow_action", application.pk, "reject", task_state.pk),
        {"comment": "Outside the call's areas", "message": ""},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert history(application)[-1].data["comment"] == "Outside the call's areas"


def test_decisions_are_taken_even_without_the_workflow(moderator_client):
    Workflow.objects.filter(name="Mentor applications").update(active=False)
    application = MentorApplicationFactory()
    assert not application.workflow_in_progress
    decide(moderator_client, application, "start_review", comment="No workflow")
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    assert history(application)[-1].data["comment"] == "No workflow"


def test_a_refused_decision_in_the_dashboards_modal_is_explained_not_an_error(moderator_client):
    application = MentorApplicationFactory()
    task_state = application.current_workflow_task_state
    user, other = second_moderator()
    moderator_client.post(admin_url("lock", application.pk))
    response = other.post(
        admin_url("workflow_action", application.pk, "accept", task_state.pk),
        {"comment": "", "message": ""},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert response.json()["step"] == "success"
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    assert any("locked" in message for message in messages_of(response))


def test_a_decision_in_the_dashboards_modal_is_confirmed(moderator_client):
    application = MentorApplicationFactory(publish_consent=False)
    task_state = application.current_workflow_task_state
    response = moderator_client.post(
        admin_url("workflow_action", application.pk, "accept", task_state.pk), {"comment": "", "message": ""}
    )
    assert response["Location"] == admin_url("inspect", application.pk)
    assert any("did not agree to a public profile" in message for message in messages_of(response))
