"""Decisions from the admin: a page per decision (works without JavaScript) and Wagtail's workflow
modal on the dashboard, both telling the moderator how it went."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.snippets.views.snippets import ConfirmWorkflowCancellationView, WorkflowActionView

from mentors.applications import moderation, permissions
from mentors.applications.decision_forms import decision_form_class
from mentors.models import MentorApplication

from .buttons import confirm_button_class
from .urls import application_url, listing_url


def confirm_decision(request, outcome):
    """The admin message after a decision, with the profile's fate on acceptance."""
    text = gettext("%(decision)s: %(application)s.") % {
        "decision": outcome.decision.done,
        "application": outcome.application,
    }
    if outcome.profile is not None:
        messages.success(
            request,
            text + " " + gettext("A draft mentor profile was created for the editors to review and publish."),
            buttons=[
                messages.button(
                    reverse("wagtailadmin_pages:edit", args=[outcome.profile.pk]), gettext("Edit profile")
                )
            ],
        )
    elif outcome.profile_withheld:
        messages.warning(
            request,
            text
            + " "
            + gettext("The applicant did not agree to a public profile, so no mentor profile was created."),
        )
    else:
        messages.success(request, text)


class DecisionView(WagtailAdminTemplateMixin, FormView):
    """One decision on one application, with an optional comment.

    The dashboard's "Awaiting your review" offers the same decisions through Wagtail's workflow modal.
    """

    template_name = "mentors/admin/decision.html"
    header_icon = "clipboard-list"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not permissions.may_moderate(request.user):
            raise PermissionDenied
        self.application = get_object_or_404(MentorApplication, pk=kwargs["pk"])
        self.decision = moderation.DECISIONS.get(kwargs["decision"])
        if self.decision is None:
            raise Http404

    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_decide(request.user, self.application):
            raise PermissionDenied
        if self.decision not in moderation.possible_decisions(self.application):
            messages.error(request, moderation.not_now_message(self.application))
            return redirect(self.inspect_url)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def inspect_url(self):
        return application_url("inspect", self.application)

    def get_form_class(self):
        return decision_form_class(self.decision.name)

    def get_page_title(self):
        return self.decision.label

    def get_page_subtitle(self):
        return str(self.application)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": listing_url(), "label": gettext("Mentor applications")},
            {"url": self.inspect_url, "label": str(self.application)},
            {"url": "", "label": self.decision.label},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            application=self.application,
            decision=self.decision,
            button_class=confirm_button_class(self.decision),
            cancel_url=self.inspect_url,
            **kwargs,
        )

    def form_valid(self, form):
        try:
            outcome = moderation.decide(
                self.application, self.decision.name, self.request.user, **form.cleaned_data
            )
        except moderation.DecisionError as error:
            messages.error(self.request, str(error))
        else:
            confirm_decision(self.request, outcome)
        return redirect(self.inspect_url)


class ApplicationWorkflowActionView(WorkflowActionView):
    """Wagtail's workflow action (the dashboard's modal): the decision is taken here, so that the
    moderator is told how it went, as on the decision page."""

    def post(self, request, *args, **kwargs):
        application = self.object
        form = self.form_class(request.POST) if self.form_class else None
        is_modal = request.headers.get("x-requested-with") == "XMLHttpRequest"
        if form is not None and not form.is_valid():
            if self.action_modal and is_modal:
                return self.render_modal_form(request, form)
            return redirect(self.redirect_url)
        try:
            outcome = moderation.decide(
                application, self.action_name, request.user, **(form.cleaned_data if form else {})
            )
        except moderation.DecisionError as error:
            messages.error(request, str(error))
        else:
            confirm_decision(request, outcome)
            self.redirect_url = application_url("inspect", application)
        if is_modal:
            return self.render_modal_json(request, {"step": "success", "redirect": self.redirect_url})
        return redirect(self.redirect_url)


class ApplicationConfirmWorkflowCancellationView(PermissionCheckedMixin, ConfirmWorkflowCancellationView):
    """Wagtail's modal asks no permission of its own; here it takes the moderators' "change"."""

    permission_required = "change"
