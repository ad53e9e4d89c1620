"""The two e-mails an application sends: a confirmation to the applicant, a notice to moderators.

Each message concerns one application only and never carries the CV (moderators download it in the
admin). Plain text plus an HTML alternative; the HTML is rendered with autoescaping, so whatever the
applicant typed is shown as text. Subjects hold no free text typed by the applicant.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from mentors.models import MentorApplication
from programme.models import ThematicArea

MODERATORS_GROUP = "Moderators"


def load(application_id):
    return (
        MentorApplication.objects.select_related("call")
        .prefetch_related("thematic_areas", "languages", "area_experiences__area")
        .get(pk=application_id)
    )


def summary(application, language):
    """The application as the e-mails show it, area names in ``language`` where translated."""
    areas = list(application.thematic_areas.all())
    locale = Locale.objects.filter(language_code=language).first()
    localized = {
        area.translation_key: area for area in ThematicArea.in_locale(areas, locale.pk if locale else None)
    }

    def name(area):
        return localized.get(area.translation_key, area).name

    experiences = sorted(application.area_experiences.all(), key=lambda item: item.area.sort_order)
    return {
        "application": application,
        "areas": [name(area) for area in sorted(areas, key=lambda area: area.sort_order)],
        "languages": [str(language) for language in application.languages.all()],
        "experiences": [(name(item.area), item.description) for item in experiences],
        "country": application.get_country_display(),
        "contact_email": application.call.contact_email if application.call else settings.DEFAULT_FROM_EMAIL,
        "site_name": settings.SITE_NAME,
    }


def message(template, subject, context, to, reply_to=None):
    text = render_to_string(f"mentors/email/{template}.txt", context)
    html = render_to_string(f"mentors/email/{template}.html", context)
    email = EmailMultiAlternatives(subject=subject, body=text, to=to, reply_to=reply_to)
    email.attach_alternative(html, "text/html")
    return email


def confirmation(application):
    """The applicant's confirmation, in the language they applied in."""
    with translation.override(application.language):
        context = summary(application, application.language)
        subject = _("Your application to the Impact4Values 2.0 mentor network: %(reference)s") % {
            "reference": application.reference
        }
        return message(
            "confirmation",
            subject,
            context,
            to=[application.email],
            reply_to=[context["contact_email"]],
        )


def moderators():
    """(e-mail, language) of the active users in the Moderators group."""
    from wagtail.users.models import UserProfile

    users = list(
        get_user_model()
        .objects.filter(groups__name=MODERATORS_GROUP, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )
    preferred = dict(UserProfile.objects.filter(user__in=users).values_list("user_id", "preferred_language"))
    languages = dict(settings.LANGUAGES)
    recipients = {}
    for user in users:
        language = (preferred.get(user.pk) or settings.LANGUAGE_CODE).split("-")[0]
        recipients.setdefault(
            user.email.lower(), (user.email, language if language in languages else settings.LANGUAGE_CODE)
        )
    return list(recipients.values())


def admin_url(application):
    base = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")
    for name, args in (
        ("wagtailsnippets_mentors_mentorapplication:edit", [application.pk]),
        ("wagtailadmin_home", []),
    ):
        try:
            return base + reverse(name, args=args)
        except NoReverseMatch:
            continue
    return base + "/admin/"


def moderator_notices(application):
    """One notice per moderator, each in the moderator's admin language."""
    notices = []
    link = admin_url(application)
    for email, language in moderators():
        with translation.override(language):
            context = summary(application, language) | {"admin_url": link}
            subject = _("New mentor application %(reference)s") % {"reference": application.reference}
            notices.append(message("moderators", subject, context, to=[email], reply_to=[application.email]))
    return notices


def send_confirmation(application_id):
    application = load(application_id)
    return confirmation(application).send()


def notify_moderators(application_id):
    notices = moderator_notices(load(application_id))
    if not notices:
        return 0
    with get_connection() as connection:
        return connection.send_messages(notices)
