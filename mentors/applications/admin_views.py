"""The moderators' admin views of mentor applications: listing, detail, decisions, CV download, selection.

Every view sits behind Wagtail's admin login; each checks its own permission. A user without it is sent
back to the dashboard with Wagtail's "no permission" message and never sees an application's data.
"""

import re
import unicodedata
from collections import defaultdict
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext, gettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.coreutils import multigetattr
from wagtail.log_actions import log, registry
from wagtail.models import Locale
from wagtail.snippets.views.snippets import (
    ConfirmWorkflowCancellationView,
    EditView,
    IndexView,
    InspectView,
    WorkflowActionView,
)

from mentors.applications import moderation
from mentors.models import MentorApplication
from programme.models import ThematicArea

Status = MentorApplication.Status
CV_CONTENT_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
}
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
URL_NAMESPACE = "wagtailsnippets_mentors_mentorapplication"


def application_url(view_name, application, *args):
    return reverse(f"{URL_NAMESPACE}:{view_name}", args=(quote(application.pk), *args))


def admin_locale():
    return Locale.objects.filter(language_code=(get_language() or "").split("-")[0]).first()


def localized_area_names(areas):
    locale = admin_locale()
    return [area.name for area in (ThematicArea.in_locale(areas, locale.pk) if locale else areas)]


def area_name_map():
    """{translation key: name in the admin's language} of every thematic area, in one query or two."""
    areas = list(ThematicArea.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
    locale = admin_locale()
    localized = ThematicArea.in_locale(areas, locale.pk) if locale else areas
    return {area.translation_key: area.name for area in localized}


def language_names(application):
    return ", ".join(str(language) for language in application.languages.all())


def experience_summary(application):
    return gettext("%(total)d (NGO %(ngo)d, mentoring %(mentoring)d)") % {
        "total": application.total_experience,
        "ngo": application.years_ngo_experience,
        "mentoring": application.years_mentoring_experience,
    }


def can_download_cv(user):
    return user.is_active and user.has_perm("mentors.download_cv")


# --- Decisions --------------------------------------------------------------------------------------


class DecisionForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Comment for the moderators"),
        required=False,
        max_length=3000,
        widget=forms.Textarea({"rows": 3}),
        help_text=gettext_lazy("Kept in the application's history. The applicant does not see it."),
    )
    message = forms.CharField(
        label=gettext_lazy("Message to the applicant"),
        required=False,
        max_length=3000,
        widget=forms.Textarea({"rows": 4}),
        help_text=gettext_lazy("Added to the e-mail that tells the applicant about this decision."),
    )


class InformationRequestForm(DecisionForm):
    """Asking for more information needs a message saying which."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].required = True
        self.fields["message"].help_text = gettext_lazy(
            "What the applicant should send; it is added to the e-mail they receive."
        )


def decision_form_class(name):
    return InformationRequestForm if name == "request_information" else DecisionForm


def confirm_decision(request, outcome):
    """The admin message after a decision, with the profile's fate on acceptance."""
    application = outcome.application
    text = gettext("%(decision)s: %(application)s.") % {
        "decision": outcome.decision.done,
        "application": application,
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
    """One decision on one application, with an optional comment; works without JavaScript.

    The dashboard's "Awaiting your review" offers the same decisions through Wagtail's workflow modal.
    """

    template_name = "mentors/admin/decision.html"
    header_icon = "clipboard-list"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not moderation.can_moderate(request.user):
            raise PermissionDenied
        self.application = get_object_or_404(MentorApplication, pk=kwargs["pk"])
        self.decision = moderation.DECISIONS.get(kwargs["decision"])
        if self.decision is None:
            raise Http404

    def dispatch(self, request, *args, **kwargs):
        if not moderation.may_decide(self.application, request.user):
            raise PermissionDenied
        if self.decision not in moderation.possible_decisions(self.application):
            messages.error(
                request,
                gettext("This application is %(status)s; it cannot be decided that way now.")
                % {"status": self.application.get_status_display().lower()},
            )
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
            {"url": reverse(f"{URL_NAMESPACE}:list"), "label": gettext("Mentor applications")},
            {"url": self.inspect_url, "label": str(self.application)},
            {"url": "", "label": self.decision.label},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            application=self.application, decision=self.decision, cancel_url=self.inspect_url, **kwargs
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


# --- The CV -----------------------------------------------------------------------------------------


def download_name(application):
    """The applicant's file name, reduced to letters, digits and a few marks, with the real extension."""
    extension = CV_CONTENT_TYPES.get(application.cv_content_type) or PurePosixPath(application.cv.name).suffix
    name = unicodedata.normalize("NFC", application.cv_original_name.replace("\\", "/").split("/")[-1])
    stem = re.sub(r"[^\w .()-]+", "", PurePosixPath(name).stem).strip(" .-")[:100]
    return f"{stem or 'cv-' + application.reference}{extension}"


def download_cv(request, pk):
    """Stream an applicant's CV from private storage, as an attachment, to users allowed to have it."""
    if not can_download_cv(request.user):
        raise PermissionDenied
    application = get_object_or_404(MentorApplication, pk=pk)
    if not application.cv or not application.cv.name:
        raise Http404
    try:
        handle = application.cv.storage.open(application.cv.name, "rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=download_name(application),
        content_type=application.cv_content_type
        if application.cv_content_type in CV_CONTENT_TYPES
        else "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    log(instance=application, action=moderation.CV_DOWNLOAD_ACTION, user=request.user)
    return response


# --- The snippet viewset's views -------------------------------------------------------------------


class ApplicationIndexView(IndexView):
    """The listing: no bulk actions, a title linking to the detail view, CSV-safe exports."""

    @cached_property
    def columns(self):
        title = self._get_title_column_class(TitleColumn)
        return [
            title(
                "applicant",
                label=gettext_lazy("Applicant"),
                accessor=str,
                get_url=self.get_inspect_url,
                sort_key="last_name",
            ),
            StatusTagColumn(
                "status",
                label=gettext_lazy("Status"),
                accessor="get_status_display",
                sort_key="status",
                primary=lambda application: application.status in moderation.OPEN_STATUSES,
            ),
            Column("areas", label=gettext_lazy("Thematic areas"), accessor=self.area_list),
            Column(
                "country", label=gettext_lazy("Country"), accessor="get_country_display", sort_key="country"
            ),
            Column("languages", label=gettext_lazy("Mentoring languages"), accessor=language_names),
            Column(
                "experience",
                label=gettext_lazy("Experience (years)"),
                accessor=experience_summary,
                sort_key="experience",
            ),
            DateColumn("submitted_at", label=gettext_lazy("Submitted"), sort_key="submitted_at"),
        ]

    def get_edit_url(self, instance):
        return None  # applications are decided on, not edited: the title links to the detail view

    @cached_property
    def area_names(self):
        return area_name_map()

    def area_list(self, application, separator=", "):
        """The application's areas in the call's order, named in the admin's language (prefetched)."""
        areas = sorted(application.thematic_areas.all(), key=lambda area: area.sort_order)
        return separator.join(self.area_names.get(area.translation_key, area.name) for area in areas)

    EXPORT_VALUES = {
        "status": lambda application: application.get_status_display(),
        "language": lambda application: application.get_language_display(),
        "country": lambda application: application.get_country_display(),
        "languages": lambda application: "; ".join(str(language) for language in application.languages.all()),
        "total_experience": lambda application: application.total_experience,
        "publish_consent": lambda application: (
            gettext("yes") if application.publish_consent else gettext("no")
        ),
    }

    def to_row_dict(self, item):
        values = {
            **self.EXPORT_VALUES,
            "thematic_areas": lambda application: self.area_list(application, "; "),
        }
        return {
            field: values[field](item) if field in values else multigetattr(item, field)
            for field in self.list_export
        }

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if (
            export_format == self.FORMAT_CSV
            and isinstance(value, str)
            and value.startswith(CSV_FORMULA_START)
        ):
            # A spreadsheet would run "=…" typed by an applicant as a formula.
            return "'" + value
        return value


class ApplicationEditView(EditView):
    """Applications are not edited in the admin; moderators decide on them from the detail view.

    The edit URL stays (Wagtail's workflow views and the moderators' notice link to it) and redirects.
    """

    def setup(self, request, *args, **kwargs):
        View.setup(self, request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("mentors.view_mentorapplication"):
            raise PermissionDenied
        return redirect(reverse(f"{URL_NAMESPACE}:inspect", args=[kwargs["pk"]]))


class ApplicationWorkflowActionView(WorkflowActionView):
    """Wagtail's workflow action (the dashboard's modal), telling the moderator how the decision went."""

    def post(self, request, *args, **kwargs):
        try:
            response = super().post(request, *args, **kwargs)
        except moderation.DecisionError as error:
            messages.error(request, str(error))
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return self.render_modal_json(request, {"step": "success", "redirect": self.redirect_url})
            return redirect(self.redirect_url)
        if outcome := getattr(self.task, "last_outcome", None):
            confirm_decision(request, outcome)
        return response


class ApplicationConfirmWorkflowCancellationView(PermissionCheckedMixin, ConfirmWorkflowCancellationView):
    """Wagtail's modal asks no permission of its own; here it takes the moderators' "change"."""

    permission_required = "change"


class ApplicationInspectView(InspectView):
    """Everything about one application, its decisions, the CV link and its history."""

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
    def header_buttons(self):
        if can_download_cv(self.request.user) and self.object.cv:
            return [
                HeaderButton(
                    gettext("Download CV"), url=application_url("cv", self.object), icon_name="download"
                )
            ]
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
        locale = admin_locale()
        experiences = sorted(application.area_experiences.all(), key=lambda item: item.area.sort_order)
        names = {
            area.translation_key: area.name
            for area in ThematicArea.in_locale(
                [item.area for item in experiences], locale.pk if locale else None
            )
        }
        lock = application.get_lock()
        context.update(
            application=application,
            areas=localized_area_names(application.thematic_areas.all()),
            experiences=[
                (names.get(item.area.translation_key, item.area.name), item) for item in experiences
            ],
            languages=language_names(application),
            decisions=[
                (decision, application_url("decide", application, decision.name))
                for decision in moderation.possible_decisions(application)
            ]
            if moderation.may_decide(application, user) and not (lock and lock.for_user(user))
            else [],
            cv_url=application_url("cv", application) if can_download_cv(user) and application.cv else None,
            history=registry.get_logs_for_instance(application)
            .select_related("user")
            .order_by("-timestamp")[:20],
            history_url=application_url("history", application),
            locked_by_me=application.locked and application.locked_by_id == user.pk,
            lock_url=application_url("lock", application),
            unlock_url=application_url("unlock", application),
            can_lock=moderation.may_decide(application, user) and application.workflow_in_progress,
            profile_url=reverse("wagtailadmin_pages:edit", args=[application.mentor_page_id])
            if application.mentor_page_id
            else None,
        )
        return context


# --- Selection support ------------------------------------------------------------------------------


class SelectionView(WagtailAdminTemplateMixin, TemplateView):
    """Per thematic area: applied, accepted and the target; within an area, candidates by experience.

    The call gives more experience the advantage when an area has more applicants than places, so the
    ranking is by total years (NGO work plus mentoring), then mentoring years, then the earlier
    application. Withdrawn applications are not counted; rejected ones count as applied only.
    """

    template_name = "mentors/admin/selection.html"
    page_title = gettext_lazy("Selection of mentors")
    header_icon = "list-ol"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("mentors.view_mentorapplication"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def area_rows(self, areas):
        counted = MentorApplication.objects.exclude(status=Status.WITHDRAWN)
        counts = {
            row["thematic_areas"]: row
            for row in counted.values("thematic_areas").annotate(
                applied=Count("pk", distinct=True),
                accepted=Count("pk", filter=Q(status=Status.ACCEPTED), distinct=True),
                open=Count("pk", filter=Q(status__in=moderation.OPEN_STATUSES), distinct=True),
            )
        }
        rows = []
        for area, name in areas:
            row = counts.get(area.pk, {})
            applied, accepted, open_ = row.get("applied", 0), row.get("accepted", 0), row.get("open", 0)
            target = area.mentor_target
            rows.append(
                {
                    "area": area,
                    "name": name,
                    "applied": applied,
                    "accepted": accepted,
                    "open": open_,
                    "target": target,
                    "remaining": None if target is None else max(target - accepted, 0),
                    "competitive": target is not None and accepted + open_ > target,
                    "url": f"{self.request.path}?area={area.key}",
                }
            )
        return rows

    @staticmethod
    def ranking(area):
        """The area's candidates (open or accepted), best first, numbered."""
        candidates = (
            MentorApplication.objects.filter(
                thematic_areas=area, status__in=(*moderation.OPEN_STATUSES, Status.ACCEPTED)
            )
            .annotate(experience=F("years_ngo_experience") + F("years_mentoring_experience"))
            .order_by("-experience", "-years_mentoring_experience", "submitted_at", "pk")
            .prefetch_related("languages")
        )
        return [
            {"rank": rank, "application": application, "url": application_url("inspect", application)}
            for rank, application in enumerate(candidates, start=1)
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        default_areas = list(ThematicArea.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
        locale = admin_locale()
        names = {
            area.translation_key: area.name
            for area in (ThematicArea.in_locale(default_areas, locale.pk) if locale else default_areas)
        }
        areas = [(area, names.get(area.translation_key, area.name)) for area in default_areas]
        areas.sort(key=lambda pair: (pair[0].sort_order, pair[1]))
        selected = dict((area.key, (area, name)) for area, name in areas).get(
            self.request.GET.get("area", "")
        )
        context.update(
            rows=self.area_rows(areas),
            selected=selected,
            ranking=self.ranking(selected[0]) if selected else [],
            can_edit_targets=self.request.user.has_perm("programme.change_thematicarea"),
        )
        return context


def applications_by_status():
    """{status: count} of the applications still to decide, for the dashboard."""
    counts = defaultdict(int)
    for row in (
        MentorApplication.objects.filter(status__in=moderation.OPEN_STATUSES)
        .values("status")
        .annotate(n=Count("pk"))
    ):
        counts[row["status"]] = row["n"]
    return counts
