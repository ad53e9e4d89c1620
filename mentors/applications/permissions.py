"""Who may do what with mentor applications: the one place the admin views, the menu, the dashboard,
the review task and Wagtail's permission policy ask.

Applications hold personal data, so every right is a model permission given by group (the Moderators
get them by a migration) and only active users have any. Seeing the listing, the selection and the
dashboard panel, inspecting one application and exporting the list all need "view"; deciding needs
"change" (and, while the review task runs, a place in its groups); the CV has a right of its own.

Wagtail's generic admin views that take any model (wagtail-localize's snippet API, bulk actions) know
nothing of this: ``SnippetAPIPermission`` and ``admin.bulk`` keep applications out of them.
"""

from django.http import Http404
from django.urls import NoReverseMatch, reverse
from rest_framework.permissions import BasePermission
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

VIEW = "mentors.view_mentorapplication"
CHANGE = "mentors.change_mentorapplication"
DOWNLOAD_CV = "mentors.download_cv"
EDIT_AREA_TARGETS = "programme.change_thematicarea"
page_permission_policy = PagePermissionPolicy()


def _has(user, permission):
    return bool(user and user.is_active and user.has_perm(permission))


def may_view(user):
    """List, inspect and export applications; see the selection and the dashboard panel."""
    return _has(user, VIEW)


def may_moderate(user):
    """Take decisions on applications (moderators and superusers)."""
    return _has(user, CHANGE)


def may_decide(user, application):
    """Decide on this application now: a moderator; while its review task runs, one of the task's."""
    if not may_moderate(user):
        return False
    task = application.current_workflow_task
    return task is None or not hasattr(task, "user_can_decide") or task.user_can_decide(user)


def may_download_cv(user):
    return _has(user, DOWNLOAD_CV)


def may_edit_area_targets(user):
    return _has(user, EDIT_AREA_TARGETS)


def may_review_profiles(user):
    """See the draft mentor profiles waiting for review: whoever may publish pages (editors, superusers),
    not moderators, who have no page permissions."""
    return bool(user and user.is_active and page_permission_policy.user_has_permission(user, "publish"))


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


def has_chooser(model):
    """Whether the admin has a chooser for this snippet model (applications have none)."""
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is None:
        return False
    try:
        reverse(f"{viewset.get_chooser_admin_url_namespace()}:choose")
    except NoReverseMatch:
        return False
    return True


class SnippetAPIPermission(BasePermission):
    """wagtail-localize's snippet API answers only for snippets that can be chosen in the admin.

    The API titles the snippets chosen in a translation's overrides, and so serves whom the snippet's
    chooser serves; as written it lists any registered snippet model to any admin user, applicants
    included. Applications have no chooser (nothing links to one), so they are a 404 to everyone, as an
    unknown model is. Set as Django REST framework's default: other API views (Wagtail's page explorer)
    have no ``get_model`` and pass.
    """

    def has_permission(self, request, view):
        get_model = getattr(view, "get_model", None)
        if get_model is not None and not has_chooser(get_model()):
            raise Http404
        return True
