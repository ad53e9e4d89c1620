"""The filters of the moderators' application listing (a django-filter FilterSet in Wagtail's drawer).

Areas and languages filter on language-independent codes and show their names in the admin's language;
several values of one filter are alternatives (OR), different filters narrow each other (AND).
"""

import django_filters
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, NumberRangeWidget, WagtailFilterSet

from mentors.choices import Country, WorkingLanguage
from mentors.models import MentorApplication
from programme.models import ThematicArea


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=MentorApplication.Status.choices, widget=forms.CheckboxSelectMultiple
    )
    area = django_filters.MultipleChoiceFilter(
        label=_("Thematic area"), field_name="thematic_areas__key", widget=forms.CheckboxSelectMultiple
    )
    country = django_filters.MultipleChoiceFilter(
        label=_("Country"), choices=Country.choices, widget=forms.CheckboxSelectMultiple
    )
    working_language = django_filters.MultipleChoiceFilter(
        label=_("Mentoring language"),
        field_name="languages__code",
        choices=WorkingLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    experience = django_filters.RangeFilter(
        label=_("Years of experience (NGO work and mentoring together)"),
        field_name="experience",
        widget=NumberRangeWidget,
    )
    submitted = django_filters.DateFromToRangeFilter(
        label=_("Submitted"), field_name="submitted_at", widget=DateRangePickerWidget
    )
    language = django_filters.MultipleChoiceFilter(
        label=_("Language of the application"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = MentorApplication
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The areas named in the admin's language.
        self.filters["area"].extra["choices"] = list(ThematicArea.objects.labels().items())
