"""Moderating mentor applications: the decisions, and the review workflow they are recorded on.

- ``enter_review`` puts an open application on Wagtail's review workflow (the moderators' dashboard);
- ``DECISIONS`` / ``possible_decisions`` say what may be decided from which status (who may decide is
  ``permissions.may_decide``);
- ``decide`` records one decision: the status, a history entry with who, when and the comment, the
  workflow task completed by the final decisions, the draft profile an acceptance makes (``profiles``),
  and the applicant's e-mail after commit.

How the decisions map onto the workflow "Mentor applications" (one task, a review by the Moderators):
starting the review and asking for more information leave the task in progress, as the application
still waits for the moderators' decision; accepting approves the task, rejecting rejects it, and either
ends the workflow. Ending it does not "publish" the application, as Wagtail's default ending would: an
application is not content, and the accepted mentor's public face is the profile page instead.
"""

import logging
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogContext, log
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_cancelled

from mentors.models import MentorApplication, MentorPage
from mentors.models.application import OPEN_STATUSES, Status

from . import notifications, permissions, profiles

logger = logging.getLogger(__name__)

LOG_PREFIX = "mentors.application."
CV_DOWNLOAD_ACTION = LOG_PREFIX + "download_cv"
PERSONAL_DATA_ERASED_ACTION = LOG_PREFIX + "erase_personal_data"


@dataclass(frozen=True)
class Decision:
    name: str  # the workflow action and URL segment
    label: str  # the button
    done: str  # what the history and the confirmation say
    status: str  # the status it leads to
    allowed_from: tuple
    final: bool = False

    @property
    def log_action(self):
        return LOG_PREFIX + self.name


DECISIONS = {
    decision.name: decision
    for decision in (
        Decision(
            "start_review",
            _("Start review"),
            _("Review started"),
            Status.IN_REVIEW,
            (Status.SUBMITTED, Status.NEEDS_INFORMATION),
        ),
        Decision(
            "request_information",
            _("Request more information"),
            _("More information requested"),
            Status.NEEDS_INFORMATION,
            (Status.SUBMITTED, Status.IN_REVIEW),
        ),
        Decision("accept", _("Accept"), _("Accepted"), Status.ACCEPTED, OPEN_STATUSES, final=True),
        Decision("reject", _("Reject"), _("Rejected"), Status.REJECTED, OPEN_STATUSES, final=True),
    )
}


class DecisionError(Exception):
    """A decision that cannot be taken now; the message is for the moderator."""


@dataclass
class Outcome:
    application: MentorApplication
    decision: Decision
    profile: MentorPage | None = None

    @property
    def profile_withheld(self):
        """Accepted without consent to a public profile: no profile was made."""
        return self.decision.name == "accept" and not self.application.publish_consent


def possible_decisions(application):
    return [decision for decision in DECISIONS.values() if application.status in decision.allowed_from]


def not_now_message(application):
    return gettext("This application is %(status)s; it cannot be decided that way now.") % {
        "status": application.get_status_display().lower()
    }


def enter_review(application, user=None):
    """Put an open application on the review workflow unless it is on it already; return the state.

    Accepts an application or its primary key (it runs after the submission's transaction commits).
    Without an active workflow for applications (an administrator may turn it off) nothing happens and
    decisions are still recorded in the application's history.
    """
    application_id = application.pk if isinstance(application, MentorApplication) else application
    with transaction.atomic():
        application = MentorApplication.objects.select_for_update().filter(pk=application_id).first()
        if application is None or not application.is_open:
            return None
        state = application.current_workflow_state
        if state is not None:
            return state
        workflow = application.get_workflow()
        if workflow is None:
            return None
        if application.latest_revision_id is None:
            # The application as submitted: the revision the review task is about.
            application.save_revision(user=user, changed=False, clean=False)
        return workflow.start(application, user)


def decide(application, name, user, comment="", message=""):
    """Record a moderator's decision on an application and tell the applicant after commit."""
    decision = DECISIONS.get(name)
    if decision is None:
        raise DecisionError(gettext("Unknown decision."))
    with transaction.atomic(), LogContext(user=user):
        application = MentorApplication.objects.select_for_update().get(pk=application.pk)
        if not permissions.may_decide(user, application):
            raise PermissionDenied
        lock = application.get_lock()
        if lock is not None and lock.for_user(user):
            raise DecisionError(gettext("Another moderator has locked this application."))
        if application.status not in decision.allowed_from:
            raise DecisionError(not_now_message(application))
        enter_review(application)
        previous = application.status
        application.status = decision.status
        application.save(update_fields=["status", "updated_at"])
        profile = accepted_profile(application, user) if decision.name == "accept" else None
        if decision.final:
            close_review(application, decision, user, comment)
        log(
            instance=application,
            action=decision.log_action,
            user=user,
            data={
                "status": {"from": previous, "to": decision.status},
                "comment": comment,
                "message": message,
                "mentor_page": profile.pk if profile else None,
            },
        )
        post_decision_email(application, str(decision.status), message)
    return Outcome(application, decision, profile)


def post_decision_email(application, status, message):
    """The applicant's news, stored with the decision; composing it never undoes the decision."""
    try:
        with transaction.atomic():
            notifications.post_decision(application, status, message)
    except Exception:
        logger.exception("The decision e-mail of application %s could not be composed", application.pk)


def accepted_profile(application, user):
    try:
        return profiles.create_profile(application, user)
    except profiles.NoDirectoryError:
        raise DecisionError(gettext("There is no mentor directory to add the profile to.")) from None


def close_review(application, decision, user, comment):
    """Complete the review task with the final decision and end the workflow, without publishing."""
    task_state = application.current_workflow_task_state
    if task_state is None:
        return
    workflow_state = task_state.workflow_state
    if decision.name == "accept":
        task_state.approve(user=user, update=False, comment=comment)
        workflow_state.status, signal = WorkflowState.STATUS_APPROVED, workflow_approved
    else:
        task_state.reject(user=user, update=False, comment=comment)
        workflow_state.status, signal = WorkflowState.STATUS_CANCELLED, workflow_cancelled
    workflow_state.save()
    signal.send(sender=WorkflowState, instance=workflow_state, user=user)
