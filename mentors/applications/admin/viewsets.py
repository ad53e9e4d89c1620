"""The admin's menu group "Mentor applications": the applications (a snippet viewset: listing,
filters, search, exports, detail, decisions, CV) and the selection view, for moderators only."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from impact4values.core.forbidden import permission_denied
from mentors.applications import permissions
from mentors.models import MentorApplication

from . import emails, export
from .cv import download_cv
from .decisions import ApplicationConfirmWorkflowCancellationView, ApplicationWorkflowActionView, DecisionView
from .filters import ApplicationFilterSet
from .inspect import ApplicationInspectView
from .listing import ApplicationEditView, ApplicationIndexView, ApplicationURLFinder
from .selection import SelectionView


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
    list_export = list(export.COLUMNS)
    export_headings = export.COLUMNS

    def get_queryset(self, request):
        return MentorApplication.objects.with_experience().prefetch_related(
            "thematic_areas", "languages", "area_experiences__area"
        )

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
                path(
                    "emails/<int:pk>/<int:email_id>/send-again/", emails.send_again, name="send_email_again"
                ),
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
                return permissions.may_view(request.user)

        return SelectionMenuItem

    def get_urlpatterns(self):
        return forbidden_when_denied([path("", SelectionView.as_view(), name="index")])


class MentorApplicationsGroup(SnippetViewSetGroup):
    menu_label = _("Mentor applications")
    menu_icon = "form"
    menu_name = "mentor-applications"
    menu_order = 250
    items = (MentorApplicationViewSet, SelectionViewSet)
