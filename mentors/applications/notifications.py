"""Every e-mail about an application: the applicant's confirmation, the moderators' notice, and the
applicant's news of each decision.

One builder (``compose``) makes each message, a plain-text part and an HTML part, in one language
(``recipient_language`` picks the moderators'; applicants read the language they applied in). Messages
concern one application only and never carry the CV (moderators download it in the admin); the HTML is
rendered with autoescaping, so whatever the applicant typed is shown as text; subjects hold no free text
typed by the applicant.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db.models import prefetch_related_objects
from django.template.exceptions import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from impact4values.core.outbox import posting
from mentors.models.application import Status
from programme.models import ThematicArea
from programme.models.thematic_area import language_of

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "Moderators"
# The outbox's kinds of e-mail about an application (the admin names them, see ``KIND_LABELS``).
CONFIRMATION, MODERATOR_NOTICE, DECISION = (
    "application.confirmation",
    "application.moderators",
    "application.decision",
)
KIND_LABELS = {
    CONFIRMATION: _("Confirmation to the applicant"),
    MODERATOR_NOTICE: _("Notice to a moderator"),
    DECISION: _("Decision to the applicant"),
}
DECISION_SUBJECTS = {
    Status.IN_REVIEW: _("Your mentor application is being reviewed"),
    Status.NEEDS_INFORMATION: _("Your mentor application: we need more information"),
    Status.ACCEPTED: _("Your mentor application has been accepted"),
    Status.REJECTED: _("Your mentor application: our decision"),
}


def compose(template, subject, context, to, reply_to=None):
    """``mentors/email/<template>.txt`` and its HTML twin (``.html``, or the text set as paragraphs)."""
    text = render_to_string(f"mentors/email/{template}.txt", context)
    try:
        html = render_to_string(f"mentors/email/{template}.html", context)
    except TemplateDoesNotExist:
        html = render_to_string("mentors/email/text.html", {**context, "text": text.strip()})
    message = EmailMultiAlternatives(subject=str(subject), body=text, to=to, reply_to=reply_to or None)
    message.attach_alternative(html, "text/html")
    return message


def contact_email(application):
    return application.call.contact_email if application.call else settings.DEFAULT_FROM_EMAIL


def summary(application, language):
    """The application as the messages show it, the areas named in ``language``."""
    names = ThematicArea.objects.labels(language)
    areas = sorted(application.thematic_areas.all(), key=lambda area: area.sort_order)
    experiences = sorted(application.area_experiences.all(), key=lambda item: item.area.sort_order)
    return {
        "application": application,
        "areas": [names.get(area.key, area.name) for area in areas],
        "languages": [str(language) for language in application.languages.all()],
        "experiences": [(names.get(item.area.key, item.area.name), item.description) for item in experiences],
        "country": application.get_country_display(),
        "contact_email": contact_email(application),
        "site_name": settings.SITE_NAME,
    }


# --- To the applicant -------------------------------------------------------------------------------


def confirmation(application):
    with translation.override(application.language):
        context = summary(application, application.language)
        subject = gettext("Your application to the Impact4Values 2.0 mentor network: %(reference)s") % {
            "reference": application.reference
        }
        return compose(
            "confirmation", subject, context, to=[application.email], reply_to=[context["contact_email"]]
        )


def decision(application, status, message=""):
    """The message telling of a decision (unsent), or ``None`` when there is nothing or no one to tell."""
    if status not in DECISION_SUBJECTS or not application.email:
        return None
    with translation.override(application.language):
        context = summary(application, application.language) | {"message": message.strip()}
        if not application.call:
            context["contact_email"] = ""
        subject = f"{DECISION_SUBJECTS[status]} ({application.reference})"
        reply_to = [context["contact_email"]] if context["contact_email"] else None
        return compose(f"decision_{status}", subject, context, to=[application.email], reply_to=reply_to)


# --- To the moderators ------------------------------------------------------------------------------


def recipient_language(user, preferred):
    """A staff member's language: the admin language they chose, else the site's default."""
    return language_of(preferred.get(user.pk) or settings.LANGUAGE_CODE)


def moderators():
    """(e-mail, language) of the active members of the Moderators group, one per address."""
    from wagtail.users.models import UserProfile

    users = get_user_model().objects.filter(groups__name=MODERATORS_GROUP, is_active=True).exclude(email="")
    users = list(users.distinct().order_by("pk"))
    preferred = dict(UserProfile.objects.filter(user__in=users).values_list("user_id", "preferred_language"))
    recipients = {}
    for user in users:
        recipients.setdefault(user.email.lower(), (user.email, recipient_language(user, preferred)))
    return list(recipients.values())


def inspect_url(application):
    base = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")
    return base + reverse("wagtailsnippets_mentors_mentorapplication:inspect", args=[application.pk])


def moderator_notices(application):
    """One notice per moderator, each in the moderator's admin language, linking to the application."""
    notices = []
    link = inspect_url(application)
    for email, language in moderators():
        with translation.override(language):
            context = summary(application, language) | {"admin_url": link}
            subject = gettext("New mentor application %(reference)s") % {"reference": application.reference}
            notices.append(compose("moderators", subject, context, to=[email], reply_to=[application.email]))
    return notices


# --- Posting to the outbox (in the transaction that stores the application or the decision) -------


def confirmation_key(application):
    return f"application-{application.pk}.confirmation"


def notice_key(application, address):
    """The key of one moderator's notice: the address by a hash, not by itself (keys make Message-IDs)."""
    return (
        f"application-{application.pk}.moderators.{hashlib.sha256(address.lower().encode()).hexdigest()[:12]}"
    )


def post_submission_emails(application):
    """The confirmation and one notice per moderator, stored for delivery. A message that cannot be
    composed is logged and left out; it never stops the others."""
    prefetch_related_objects([application], "thematic_areas", "languages", "area_experiences__area")
    confirmations, notices = [], []
    try:
        confirmations = [(confirmation(application), confirmation_key(application), CONFIRMATION)]
    except Exception:
        logger.exception("The confirmation of application %s could not be composed", application.pk)
    try:
        notices = [
            (notice, notice_key(application, notice.to[0]), MODERATOR_NOTICE)
            for notice in moderator_notices(application)
        ]
    except Exception:
        logger.exception("The moderators' notices of application %s could not be composed", application.pk)
    posting.post_all(confirmations + notices, about=application)


def post_decision(application, status, message=""):
    """The applicant's news of a decision, under a key of its own (each decision is told once)."""
    email = decision(application, status, message)
    if email is None:
        return None
    key = f"application-{application.pk}.decision-{status}.{uuid.uuid4().hex[:12]}"
    return posting.post(email, key=key, kind=DECISION, about=application)
