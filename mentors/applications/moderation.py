"""Moderating mentor applications: the decisions, the review workflow, and the profile an acceptance makes.

One job per function:

- ``enter_review`` puts an open application on Wagtail's review workflow (the moderators' dashboard);
- ``possible_decisions`` / ``can_moderate`` say what may be decided, and by whom;
- ``decide`` records one decision: the status, a history entry with who, when and the comment, the
  workflow task completed by the final decisions, and the applicant's e-mail after commit;
- ``create_profile`` turns an accepted application into a draft mentor profile for editors to publish.

How the decisions map onto the workflow "Mentor applications" (one task, a review by the Moderators):
starting the review and asking for more information leave the task in progress, as the application
still waits for the moderators' decision; accepting approves the task, rejecting rejects it, and either
ends the workflow. Ending it does not "publish" the application, as Wagtail's default ending would: an
application is not content, and the accepted mentor's public face is the profile page instead.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import translation
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogContext, log
from wagtail.models import Page, WorkflowState
from wagtail.signals import workflow_approved, workflow_cancelled

from mentors.choices import Availability
from mentors.models import MentorApplication, MentorDirectoryPage, MentorPage
from programme.models import ThematicArea

Status = MentorApplication.Status
OPEN_STATUSES = (Status.SUBMITTED, Status.IN_REVIEW, Status.NEEDS_INFORMATION)
LOG_PREFIX = "mentors.application."
CV_DOWNLOAD_ACTION = LOG_PREFIX + "download_cv"
PERSONAL_DATA_ERASED_ACTION = LOG_PREFIX + "erase_personal_data"

# A profile shows "limited availability" below this many hours a month (a mentor works about 20 hours
# with each organisation); editors can change it before publishing.
LIMITED_BELOW_HOURS_PER_MONTH = 5


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


def can_moderate(user):
    """Moderators (who may change applications) and superusers."""
    return bool(user and user.is_active and user.has_perm("mentors.change_mentorapplication"))


def possible_decisions(application):
    return [decision for decision in DECISIONS.values() if application.status in decision.allowed_from]


def may_decide(application, user):
    """A moderator may decide; while the review task runs, only a member of its groups."""
    if not can_moderate(user):
        return False
    task = application.current_workflow_task
    return task is None or not hasattr(task, "user_can_decide") or task.user_can_decide(user)


def enter_review(application, user=None):
    """Put an open application on the review workflow unless it is on it already; return the state.

    Accepts an application or its primary key (it runs after the submission's transaction commits).
    Without an active workflow for applications (an administrator may turn it off) nothing happens and
    decisions are still recorded in the application's history.
    """
    application_id = application.pk if isinstance(application, MentorApplication) else application
    with transaction.atomic():
        application = MentorApplication.objects.select_for_update().filter(pk=application_id).first()
        if application is None or application.status not in OPEN_STATUSES:
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
    from mentors.applications.decision_emails import send_decision_email

    decision = DECISIONS.get(name)
    if decision is None:
        raise DecisionError(gettext("Unknown decision."))
    with transaction.atomic(), LogContext(user=user):
        application = MentorApplication.objects.select_for_update().get(pk=application.pk)
        if not may_decide(application, user):
            raise PermissionDenied
        lock = application.get_lock()
        if lock is not None and lock.for_user(user):
            raise DecisionError(gettext("Another moderator has locked this application."))
        if application.status not in decision.allowed_from:
            raise DecisionError(
                gettext("This application is %(status)s; it cannot be decided that way now.")
                % {"status": application.get_status_display().lower()}
            )
        enter_review(application)
        previous = application.status
        application.status = decision.status
        application.save(update_fields=["status", "updated_at"])
        profile = create_profile(application, user) if decision.name == "accept" else None
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
        application_id = application.pk
        status = str(decision.status)
        transaction.on_commit(
            lambda: send_decision_email.enqueue(application_id, status, message), robust=True
        )
    return Outcome(application, decision, profile)


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


# --- The accepted mentor's profile -------------------------------------------------------------------


def profile_directory(application):
    """The directory in the application's language, else the default language's.

    The profile's texts are the applicant's own words, so the page is made in the language they were
    written in; wagtail-localize translates it from there into the other two.
    """
    directories = MentorDirectoryPage.objects.select_related("locale").order_by("-live", "path")
    return (
        directories.filter(locale__language_code=application.language).first()
        or directories.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


def create_profile(application, user=None):
    """A draft mentor profile from an accepted application, linked to it; editors review and publish it.

    Only with the applicant's consent to a public profile (otherwise ``None``). It carries what a
    profile shows: name, areas, languages, country and city, years of experience, availability, a bio
    from the descriptions of their experience, their EU values experience and their website; never the
    CV, e-mail, phone or anything else from the application.
    """
    if not application.publish_consent:
        return None
    if application.mentor_page_id:
        return application.mentor_page
    directory = profile_directory(application)
    if directory is None:
        raise DecisionError(gettext("There is no mentor directory to add the profile to."))
    with translation.override(directory.locale.language_code):
        page = MentorPage(
            title=application.full_name,
            slug=free_slug(directory, application.full_name),
            owner=user,
            live=False,
            has_unpublished_changes=True,
            headline=profile_headline(application),
            bio=profile_bio(application, directory.locale_id),
            country=application.country,
            city=application.city,
            years_ngo_experience=application.years_ngo_experience,
            years_mentoring_experience=application.years_mentoring_experience,
            eu_values_experience=application.eu_values_experience,
            availability=profile_availability(application),
            links=profile_links(application),
        )
    page.thematic_areas = list(application.thematic_areas.all())
    page.languages = list(application.languages.all())
    with LogContext(user=user):
        directory.add_child(instance=page)
        revision = page.save_revision(user=user)
        log(instance=page, action="wagtail.create", user=user, revision=revision, content_changed=True)
    application.mentor_page = page
    application.save(update_fields=["mentor_page", "updated_at"])
    return page


def free_slug(parent, name):
    base = slugify(name.translate(str.maketrans({"đ": "d", "Đ": "D"}))) or "mentor"
    taken = set(Page.objects.child_of(parent).filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def profile_headline(application):
    parts = [part.strip() for part in (application.role, application.organisation) if part.strip()]
    return (", ".join(parts) or gettext("Mentor in the Impact4Values 2.0 network"))[:160]


def paragraphs(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def profile_bio(application, locale_id):
    """Rich text: each area applied for, in the page's language, with the applicant's description."""
    experiences = list(application.area_experiences.select_related("area"))
    names = {
        area.translation_key: area.name
        for area in ThematicArea.in_locale([experience.area for experience in experiences], locale_id)
    }
    blocks = []
    for experience in sorted(experiences, key=lambda item: (item.area.sort_order, item.area.name)):
        blocks.append(format_html("<p><b>{}</b></p>", names.get(experience.area.translation_key)))
        blocks.extend(format_html("<p>{}</p>", line) for line in paragraphs(experience.description))
    if not blocks:
        blocks = [format_html("<p>{}</p>", line) for line in paragraphs(application.eu_values_experience)]
    return "\n".join(blocks) or format_html("<p>{}</p>", application.full_name)


def profile_availability(application):
    if application.hours_per_month < LIMITED_BELOW_HOURS_PER_MONTH:
        return Availability.LIMITED
    return Availability.AVAILABLE


def profile_links(application):
    if not application.website:
        return []
    return [{"type": "link", "value": {"label": gettext("Website"), "url": application.website}}]
