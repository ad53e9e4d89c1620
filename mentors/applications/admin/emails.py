"""The e-mails about an application (confirmation, moderators' notices, decisions) as moderators see
them: sent, waiting for a retry, or failed, with "Send again" for a failed one; and the dashboard's
list of every failed one."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component

from impact4values.core.models import OutgoingEmail
from impact4values.core.outbox import posting
from mentors.applications import notifications, permissions
from mentors.models import MentorApplication

from .urls import application_url

FAILED_ON_DASHBOARD = 20


def about_applications():
    return OutgoingEmail.objects.filter(about_type=ContentType.objects.get_for_model(MentorApplication))


def rows(emails, user):
    """What the admin shows of each e-mail, in the admin's language."""
    may_send = permissions.may_moderate(user)
    return [
        {
            "email": email,
            "kind": notifications.KIND_LABELS.get(email.kind, email.kind),
            "to": ", ".join(email.to),
            "status": email.get_status_display(),
            "failed": email.status == OutgoingEmail.Status.FAILED,
            "waiting": email.status in (OutgoingEmail.Status.PENDING, OutgoingEmail.Status.SENDING)
            and email.attempts > 0,
            "send_again_url": application_url("send_email_again", email.about, email.pk)
            if may_send and email.status == OutgoingEmail.Status.FAILED
            else None,
        }
        for email in emails
    ]


def emails_of(application, user):
    emails = list(about_applications().filter(about_id=application.pk).order_by("created_at", "pk"))
    for email in emails:
        email.about = application
    return rows(emails, user)


@require_POST
def send_again(request, pk, email_id):
    """A failed e-mail about this application goes to the queue again, with a new day of attempts."""
    if not permissions.may_moderate(request.user):
        raise PermissionDenied
    application = get_object_or_404(MentorApplication, pk=pk)
    email = get_object_or_404(about_applications(), pk=email_id, about_id=application.pk)
    if posting.send_again(email):
        messages.success(request, gettext("The e-mail will be sent again in a moment."))
    else:
        messages.info(request, gettext("This e-mail has not failed, so it was not sent again."))
    return redirect(application_url("inspect", application) + "#application-emails")


class FailedEmailsPanel(Component):
    """On the dashboard of those who see applications, when some e-mail about one could not be sent."""

    name = "failed_application_emails"
    template_name = "mentors/admin/failed_emails_panel.html"
    order = 80

    def __init__(self, user):
        self.user = user

    @cached_property
    def failed_emails(self):
        emails = list(
            about_applications()
            .filter(status=OutgoingEmail.Status.FAILED)
            .order_by("-created_at")[: FAILED_ON_DASHBOARD + 1]
        )
        applications = MentorApplication.objects.in_bulk({email.about_id for email in emails})
        for email in emails:
            email.about = applications.get(email.about_id)
        return [email for email in emails if email.about is not None]

    def render_html(self, parent_context=None):
        return super().render_html(parent_context) if self.failed_emails else ""

    def get_context_data(self, parent_context):
        shown = self.failed_emails[:FAILED_ON_DASHBOARD]
        return {
            "rows": [
                row | {"inspect_url": application_url("inspect", row["email"].about) + "#application-emails"}
                for row in rows(shown, self.user)
            ],
            "more": len(self.failed_emails) > FAILED_ON_DASHBOARD,
        }
