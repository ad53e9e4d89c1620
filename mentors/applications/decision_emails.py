"""The e-mail that tells an applicant about a decision, in the language they applied in.

Sent by a task (django-tasks) after the decision's transaction commits, so a failing mail server never
undoes a decision. The message carries the applicant's own reference and areas and the moderator's
message to them; never the CV, the moderators' internal comment, or anything about other applicants.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail.models import Locale

from mentors.models import MentorApplication
from programme.models import ThematicArea

Status = MentorApplication.Status

SUBJECTS = {
    Status.IN_REVIEW: _("Your mentor application is being reviewed"),
    Status.NEEDS_INFORMATION: _("Your mentor application: we need more information"),
    Status.ACCEPTED: _("Your mentor application has been accepted"),
    Status.REJECTED: _("Your mentor application: our decision"),
}


def decision_message(application, status, message=""):
    """The e-mail for this decision (unsent), or ``None`` when there is nothing to tell or no one to tell."""
    if status not in SUBJECTS or not application.email:
        return None
    with translation.override(application.language):
        locale = Locale.objects.filter(language_code=application.language).first()
        areas = list(application.thematic_areas.all())
        if locale is not None:
            areas = ThematicArea.in_locale(areas, locale.pk)
        contact = application.call.contact_email if application.call else ""
        context = {
            "application": application,
            "areas": [area.name for area in areas],
            "message": message.strip(),
            "contact_email": contact,
            "site_name": settings.SITE_NAME,
        }
        subject = f"{SUBJECTS[status]} ({application.reference})"
        body = render_to_string(f"mentors/email/decision_{status}.txt", context).strip() + "\n"
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[application.email],
        reply_to=[contact] if contact else None,
    )


@task()
def send_decision_email(application_id, status, message=""):
    application = MentorApplication.objects.select_related("call").filter(pk=application_id).first()
    if application is None:
        return
    email = decision_message(application, status, message)
    if email is not None:
        email.send()
