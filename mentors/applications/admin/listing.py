"""The listing of applications: columns in the admin's language, CSV-safe exports, and the edit URL
that leads to the detail view (applications are decided on, not edited)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext, gettext_lazy
from django.views.generic import View
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.coreutils import multigetattr
from wagtail.snippets.views.snippets import EditView, IndexView

from mentors.applications import permissions
from programme.models import ThematicArea

from . import export
from .urls import URL_NAMESPACE, application_url


def language_names(application, separator=", "):
    return separator.join(str(language) for language in application.languages.all())


def experience_summary(application):
    return gettext("%(total)d (NGO %(ngo)d, mentoring %(mentoring)d)") % {
        "total": application.total_experience,
        "ngo": application.years_ngo_experience,
        "mentoring": application.years_mentoring_experience,
    }


class ApplicationIndexView(IndexView):
    """The listing: no bulk actions, a title linking to the detail view, exports (``export``)."""

    EXPORT_VALUES = {
        "status": lambda application: application.get_status_display(),
        "language": lambda application: translation.get_language_info(application.language)[
            "name_translated"
        ],
        "country": lambda application: application.get_country_display(),
        "languages": lambda application: language_names(application, "; "),
        "total_experience": lambda application: application.total_experience,
        "publish_consent": lambda application: export.yes_or_no(application.publish_consent),
    }

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
                primary=lambda application: application.is_open,
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
        return ThematicArea.objects.labels()

    def area_list(self, application, separator=", "):
        """The application's areas in the call's order, named in the admin's language (prefetched)."""
        areas = sorted(application.thematic_areas.all(), key=lambda area: area.sort_order)
        return separator.join(self.area_names.get(area.key, area.name) for area in areas)

    def area_experiences(self, application):
        """Each area's description, headed by the area's name, in the call's order."""
        experiences = sorted(application.area_experiences.all(), key=lambda item: item.area.sort_order)
        return "\n\n".join(
            f"{self.area_names.get(item.area.key, item.area.name)}: {item.description}"
            for item in experiences
        )

    def to_row_dict(self, item):
        values = {
            **self.EXPORT_VALUES,
            "thematic_areas": lambda application: self.area_list(application, "; "),
            "area_experiences": self.area_experiences,
        }
        return {
            field: values[field](item) if field in values else multigetattr(item, field)
            for field in self.list_export
        }

    def preprocess_field_value(self, field, value, export_format):
        if export_format == self.FORMAT_CSV:
            value = export.csv_text(field, value)
        else:
            value = export.xlsx_value(value)
        return super().preprocess_field_value(field, value, export_format)

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell, value in zip(
            super().generate_xlsx_row(worksheet, row_dict), row_dict.values(), strict=True
        ):
            number_format = export.xlsx_number_format(value)
            if number_format:
                cell.number_format = number_format
            yield cell

    def stream_csv(self, queryset):
        return export.in_language(super().stream_csv(queryset), get_language())


class ApplicationEditView(EditView):
    """Applications are not edited in the admin; moderators decide on them from the detail view.

    The edit URL stays (Wagtail's workflow views link to it) and redirects.
    """

    def setup(self, request, *args, **kwargs):
        View.setup(self, request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_view(request.user):
            raise PermissionDenied
        return redirect(f"{URL_NAMESPACE}:inspect", kwargs["pk"])


class ApplicationURLFinder(ModelAdminURLFinder):
    """Where the admin links an application (the dashboard, for one): its detail view."""

    def construct_edit_url(self, instance):
        return application_url("inspect", instance)
