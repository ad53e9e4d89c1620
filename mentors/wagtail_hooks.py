"""Registers the mentors' admin: the applications' menu group, their permission policy, the dashboard
panels (applications; draft profiles for editors), the history's wording and the absence of bulk
actions. What they are lives in ``mentors.applications.admin``."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from mentors.applications import permissions
from mentors.applications.admin.bulk import NoApplicationBulkAction
from mentors.applications.admin.dashboard import ApplicationsPanel
from mentors.applications.admin.emails import FailedEmailsPanel
from mentors.applications.admin.history import register_log_actions
from mentors.applications.admin.profile_drafts import ProfileDraftsPanel
from mentors.applications.admin.viewsets import MentorApplicationsGroup
from mentors.models import MentorApplication

register_permission_policy(MentorApplication, permissions.ApplicationPermissionPolicy(MentorApplication))
register_snippet(MentorApplicationsGroup)


@hooks.register("construct_homepage_panels")
def add_applications_panel(request, panels):
    if permissions.may_view(request.user):
        panels.append(ApplicationsPanel())
        panels.append(FailedEmailsPanel(request.user))


@hooks.register("construct_homepage_panels")
def add_profile_drafts_panel(request, panels):
    if permissions.may_review_profiles(request.user):
        panels.append(ProfileDraftsPanel())


hooks.register("register_log_actions", register_log_actions)

# After Wagtail's snippet bulk actions (order 0), which it replaces for applications.
hooks.register("register_bulk_action", NoApplicationBulkAction, order=100)
