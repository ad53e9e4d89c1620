from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import workflow_names
from .lockouts import views as lockouts
from .models import Footer


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "doc-full"
    list_display = ["funding_notice", "locale", "email"]
    menu_order = 310
    add_to_admin_menu = False


register_snippet(FooterViewSet)


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path("lockouts/", lockouts.LockoutsView.as_view(), name="core_lockouts"),
        path("lockouts/unlock/", lockouts.unlock, name="core_lockouts_unlock"),
        path("lockouts/lift/", lockouts.lift_limits, name="core_lockouts_lift"),
    ]


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return SuperuserMenuItem(
        _("Sign-in lockouts"), reverse("core_lockouts"), name="lockouts", icon_name="lock", order=900
    )


@hooks.register("register_log_actions")
def register_lockout_log_actions(actions):
    actions.register_action(lockouts.UNLOCK_ACTION, _("Unlock sign-in"), _("Sign-in unlocked"))


@hooks.register("register_log_actions", order=100)  # after Wagtail's own workflow actions
def translate_workflow_names_in_history(actions):
    workflow_names.translate_workflow_history(actions)


@hooks.register("insert_global_admin_css")
def accessibility_css():
    return format_html('<link rel="stylesheet" href="{}">', static("admin-fixes/accessibility.css"))


@hooks.register("insert_global_admin_js")
def accessibility_js():
    return format_html('<script src="{}" defer></script>', static("admin-fixes/accessibility.js"))
