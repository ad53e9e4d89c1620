"""Mentor applications in the Wagtail admin, for moderators and superusers only.

A menu group "Mentor applications" holds the listing (a snippet viewset: filters, search, sorting by
experience, CSV and XLSX export, a detail view with decisions and the CV) and the selection view. The
dashboard shows moderators how many applications wait, beside Wagtail's own "Awaiting your review".
"""

from functools import wraps

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.base import ViewSet
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from mentors.applications import moderation
from mentors.applications.admin_filters import ApplicationFilterSet
from mentors.applications.admin_views import (
    URL_NAMESPACE,
    ApplicationConfirmWorkflowCancellationView,
    ApplicationEditView,
    ApplicationIndexView,
    ApplicationInspectView,
    ApplicationWorkflowActionView,
    DecisionView,
    SelectionView,
    applications_by_status,
    download_cv,
)
from mentors.models import MentorApplication


def forbidden_when_denied(urlpatterns):
    """Applications hold personal data: someone without the right to them gets a plain 403 here, where
    Wagtail's admin would redirect to the dashboard with a message."""

    def guard(view):
        @wraps(view)
        def guarded(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except PermissionDenied as denied:
                return permission_denied(request, denied)

        return guarded

    for pattern in urlpatterns:
        pattern.callback = guard(pattern.callback)
    return urlpatterns


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Applications arrive through the public form and leave through the personal-data commands.

    So nobody, superusers included, adds, copies, deletes or publishes one in the admin: a deletion
    there would leave the CV on disk and the applicant's name in the history.
    """

    NOT_IN_ADMIN = frozenset({"add", "delete", "publish", "unpublish"})

    def user_has_permission(self, user, action):
        return action not in self.NOT_IN_ADMIN and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(
            [action for action in actions if action not in self.NOT_IN_ADMIN]
        )


register_permission_policy(MentorApplication, ApplicationPermissionPolicy(MentorApplication))


class ApplicationURLFinder(ModelAdminURLFinder):
    """Where the admin links an application (the dashboard, for one): its detail view."""

    def construct_edit_url(self, instance):
        return reverse(f"{URL_NAMESPACE}:inspect", args=[quote(instance.pk)])


class MentorApplicationViewSet(SnippetViewSet):
    model = MentorApplication
    icon = "form"
    menu_label = _("Applications")
    list_per_page = 50
    ordering = "-submitted_at"
    filterset_class = ApplicationFilterSet
    search_fields = ["first_name", "last_name", "email"]
    search_backend_name = None  # the database, not a search index: personal data stays in one place
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False  # no page or snippet "usage" listing points back at an applicant
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    edit_view_class = ApplicationEditView
    confirm_workflow_cancellation_view_class = ApplicationConfirmWorkflowCancellationView
    workflow_action_view_class = ApplicationWorkflowActionView
    export_filename = "mentor-applications"
    list_export = [
        "reference",
        "status",
        "first_name",
        "last_name",
        "email",
        "phone",
        "country",
        "city",
        "organisation",
        "role",
        "thematic_areas",
        "languages",
        "years_ngo_experience",
        "years_mentoring_experience",
        "total_experience",
        "hours_per_month",
        "available_from",
        "language",
        "publish_consent",
        "submitted_at",
    ]
    export_headings = {
        "reference": _("Reference"),
        "status": _("Status"),
        "first_name": _("First name"),
        "last_name": _("Last name"),
        "email": _("E-mail"),
        "phone": _("Phone"),
        "country": _("Country"),
        "city": _("City"),
        "organisation": _("Organisation"),
        "role": _("Role"),
        "thematic_areas": _("Thematic areas"),
        "languages": _("Mentoring languages"),
        "years_ngo_experience": _("Years of NGO work"),
        "years_mentoring_experience": _("Years of mentoring"),
        "total_experience": _("Total experience (years)"),
        "hours_per_month": _("Hours per month"),
        "available_from": _("Available from"),
        "language": _("Language of the application"),
        "publish_consent": _("Agrees to a public profile"),
        "submitted_at": _("Submitted"),
    }

    def get_queryset(self, request):
        return MentorApplication.objects.annotate(
            experience=F("years_ngo_experience") + F("years_mentoring_experience")
        ).prefetch_related("thematic_areas", "languages")

    @property
    def url_finder_class(self):
        return ApplicationURLFinder

    def register_chooser_viewset(self):
        """No chooser: nothing links to an application, and Wagtail's choosers answer any admin user."""

    def get_urlpatterns(self):
        return forbidden_when_denied(
            super().get_urlpatterns()
            + [
                path("cv/<int:pk>/", download_cv, name="cv"),
                path("decide/<int:pk>/<slug:decision>/", DecisionView.as_view(), name="decide"),
            ]
        )


class SelectionViewSet(ViewSet):
    name = "mentor-selection"
    icon = "list-ol"
    menu_label = _("Selection")

    @property
    def menu_item_class(self):
        class SelectionMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.has_perm("mentors.view_mentorapplication")

        return SelectionMenuItem

    def get_urlpatterns(self):
        return forbidden_when_denied([path("", SelectionView.as_view(), name="index")])


class MentorApplicationsGroup(SnippetViewSetGroup):
    menu_label = _("Mentor applications")
    menu_icon = "form"
    menu_name = "mentor-applications"
    menu_order = 250
    items = (MentorApplicationViewSet, SelectionViewSet)


register_snippet(MentorApplicationsGroup)


class ApplicationsPanel(Component):
    """How many applications wait for a decision, by status, each linked to the filtered listing."""

    name = "mentor_applications"
    template_name = "mentors/admin/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        counts = applications_by_status()
        listing = reverse(f"{URL_NAMESPACE}:list")
        return {
            "rows": [
                {
                    "label": label,
                    "count": counts.get(status, 0),
                    "url": f"{listing}?{urlencode({'status': status})}",
                }
                for status, label in MentorApplication.Status.choices
                if status in moderation.OPEN_STATUSES
            ],
            "listing_url": listing,
            "selection_url": reverse("mentor-selection:index"),
        }


@hooks.register("construct_homepage_panels")
def add_applications_panel(request, panels):
    if request.user.has_perm("mentors.view_mentorapplication"):
        panels.append(ApplicationsPanel())


class DecisionLogFormatter(LogFormatter):
    """A decision in the application's history: what was decided, and the comment and message."""

    def format_message(self, log_entry):
        if (log_entry.data or {}).get("mentor_page"):
            return gettext("%(decision)s; a draft mentor profile was created") % {"decision": self.message}
        return self.message

    def format_comment(self, log_entry):
        data = log_entry.data or {}
        parts = [data.get("comment", "")]
        if data.get("message"):
            parts.append(gettext("Message to the applicant: %(message)s") % {"message": data["message"]})
        return " — ".join(part for part in parts if part)


@hooks.register("register_log_actions")
def register_application_log_actions(actions):
    for decision in moderation.DECISIONS.values():
        formatter = type(
            f"{decision.name.title().replace('_', '')}LogFormatter",
            (DecisionLogFormatter,),
            {"label": decision.label, "message": decision.done},
        )
        actions.register_action(decision.log_action)(formatter)
    actions.register_action(moderation.CV_DOWNLOAD_ACTION, _("Download CV"), _("CV downloaded"))
    actions.register_action(
        moderation.PERSONAL_DATA_ERASED_ACTION, _("Erase personal data"), _("Personal data erased")
    )
