"""Everything about one application: answers, areas and descriptions in the admin's language, the
decisions open to this moderator, the CV link, the lock and the latest history."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.log_actions import registry
from wagtail.snippets.views.snippets import InspectView

from mentors.applications import moderation, permissions
from mentors.models import MentorApplication
from programme.models import ThematicArea

from .buttons import decision_button_class
from .emails import emails_of
from .listing import language_names
from .urls import application_url


class ApplicationInspectView(InspectView):
    template_name = "mentors/admin/application_inspect.html"
    history_url_name = None
    workflow_history_url_name = None

    def get_object(self, queryset=None):
        return get_object_or_404(
            MentorApplication.objects.select_related("call", "mentor_page", "locked_by").prefetch_related(
                "thematic_areas", "languages", "area_experiences__area"
            ),
            pk=self.pk,
        )

    def get_page_title(self):
        return gettext("Mentor application")

    def get_page_subtitle(self):
        return str(self.object)

    def get_edit_url(self):
        return None

    @cached_property
    def cv_url(self):
        if permissions.may_download_cv(self.request.user) and self.object.cv:
            return application_url("cv", self.object)
        return None

    @cached_property
    def header_buttons(self):
        if self.cv_url:
            return [HeaderButton(gettext("Download CV"), url=self.cv_url, icon_name="download")]
        return []

    @cached_property
    def header_more_buttons(self):
        buttons = [
            Button(
                gettext("History"),
                url=application_url("history", self.object),
                icon_name="history",
                priority=10,
            )
        ]
        if self.object.workflow_states.exists():
            buttons.append(
                Button(
                    gettext("Workflow history"),
                    url=application_url("workflow_history", self.object),
                    icon_name="list-ul",
                    priority=20,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        user = self.request.user
        names = ThematicArea.objects.labels()
        areas = sorted(application.thematic_areas.all(), key=lambda area: area.sort_order)
        experiences = sorted(application.area_experiences.all(), key=lambda item: item.area.sort_order)
        lock = application.get_lock()
        may_decide = permissions.may_decide(user, application)
        context.update(
            application=application,
            areas=[names.get(area.key, area.name) for area in areas],
            experiences=[(names.get(item.area.key, item.area.name), item) for item in experiences],
            languages=language_names(application),
            decisions=[
                (
                    decision,
                    application_url("decide", application, decision.name),
                    decision_button_class(decision),
                )
                for decision in moderation.possible_decisions(application)
            ]
            if may_decide and not (lock and lock.for_user(user))
            else [],
            cv_url=self.cv_url,
            emails=emails_of(application, user),
            history=registry.get_logs_for_instance(application)
            .select_related("user")
            .order_by("-timestamp")[:20],
            history_url=application_url("history", application),
            locked_by_me=application.locked and application.locked_by_id == user.pk,
            lock_url=application_url("lock", application),
            unlock_url=application_url("unlock", application),
            can_lock=may_decide and application.workflow_in_progress,
            profile_url=reverse("wagtailadmin_pages:edit", args=[application.mentor_page_id])
            if application.mentor_page_id
            else None,
        )
        return context
