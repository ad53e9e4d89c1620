"""Wagtail's own workflow e-mails, kept off mentor applications.

Wagtail mails the reviewers when something enters a workflow, and the requester when it is approved or
rejected, from inside the request and straight to the mail server: a server that hangs would hold the
applicant's submission for ``EMAIL_TIMEOUT``, and one that is down would lose the message. Applications
have their own e-mails, through the outbox (the moderators' notice, the applicant's decision), so for
them Wagtail's are skipped; for anything else in a workflow (pages) Wagtail sends them as before.

``keep_off_applications`` runs in the mentors app's ``ready()``, before ``wagtail.admin``'s (the app comes
first in INSTALLED_APPS): it connects the filtered notifiers under Wagtail's own ``dispatch_uid``s, so that
Wagtail's later connection of the unfiltered ones is a no-op.
"""

from wagtail.admin import signal_handlers as wagtail_mail
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from mentors.models import MentorApplication

NOTIFIERS = (
    (task_submitted, TaskState, wagtail_mail.task_submission_email_notifier, "group_approval_task_submitted"),
    (
        workflow_submitted,
        WorkflowState,
        wagtail_mail.workflow_submission_email_notifier,
        "workflow_state_submitted",
    ),
    (
        workflow_rejected,
        WorkflowState,
        wagtail_mail.workflow_rejection_email_notifier,
        "workflow_state_rejected",
    ),
    (
        workflow_approved,
        WorkflowState,
        wagtail_mail.workflow_approval_email_notifier,
        "workflow_state_approved",
    ),
)


def about_an_application(instance):
    workflow_state = instance.workflow_state if isinstance(instance, TaskState) else instance
    return isinstance(workflow_state.content_object, MentorApplication)


def skipping_applications(notifier):
    def notify(sender, instance, **kwargs):
        if about_an_application(instance):
            return None
        return notifier(sender=sender, instance=instance, **kwargs)

    return notify


def keep_off_applications():
    for signal, sender, notifier, name in NOTIFIERS:
        signal.connect(
            skipping_applications(notifier),
            sender=sender,
            weak=False,
            dispatch_uid=f"{name}_email_notification",
        )
