"""The directory's GET parameters, validated and normalised by a django-filter FilterSet.

Unknown facet values are dropped (and reported), repeated ones merged, an overlong query shortened, a
bad page number read as the first page: a shared or hand-edited URL always gives a sensible page.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from mentors.choices import Availability, Country, WorkingLanguage
from search.models import DirectoryEntry
from search.query import FACETS
from search.text import MAX_QUERY_LENGTH

SORT_CHOICES = [
    ("relevance", _("Best match")),
    ("name", _("Name")),
    ("experience", _("Most experience")),
]
DEFAULT_SORT = "relevance"


class DirectoryFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search mentors"), method="keep")
    area = django_filters.MultipleChoiceFilter(label=_("Thematic area"), widget=forms.CheckboxSelectMultiple)
    language = django_filters.MultipleChoiceFilter(
        label=_("Working language"), choices=WorkingLanguage.choices, widget=forms.CheckboxSelectMultiple
    )
    country = django_filters.MultipleChoiceFilter(
        label=_("Country"), choices=Country.choices, widget=forms.CheckboxSelectMultiple
    )
    availability = django_filters.MultipleChoiceFilter(
        label=_("Availability"), choices=Availability.choices, widget=forms.CheckboxSelectMultiple
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, empty_label=None, method="keep"
    )

    class Meta:
        model = DirectoryEntry
        fields = []

    def __init__(self, data, area_choices):
        self.notices = []
        self.area_choices = area_choices
        super().__init__(self.normalise(data), queryset=DirectoryEntry.objects.none())
        self.filters["area"].extra["choices"] = area_choices

    def keep(self, queryset, name, value):
        return queryset  # the search service does the work; the FilterSet only validates

    def choices_of(self, facet):
        if facet == "area":
            return self.area_choices
        return self.base_filters[facet].extra["choices"]

    def normalise(self, data):
        clean = {}
        for facet in FACETS:
            known = {value for value, _label in self.choices_of(facet)}
            values = list(dict.fromkeys(value for value in data.getlist(facet) if value))
            if any(value not in known for value in values):
                self.notices.append(_("Some filters in the address were not recognised and were left out."))
            clean[facet] = [value for value in values if value in known]
        query = " ".join(data.get("q", "").split())
        if len(query) > MAX_QUERY_LENGTH:
            self.notices.append(
                _("Your search was shortened to its first %(count)d characters.")
                % {"count": MAX_QUERY_LENGTH}
            )
            query = query[:MAX_QUERY_LENGTH]
        clean["q"] = query
        sort = data.get("sort", "")
        clean["sort"] = sort if sort in dict(SORT_CHOICES) else DEFAULT_SORT
        return clean

    @property
    def cleaned_data(self):
        """The validated parameters, for ``search.service.build_query``."""
        self.is_valid()
        return self.form.cleaned_data


def page_number(value):
    """A page number from the URL: a positive integer, anything else is page 1."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return number if 0 < number < 1_000_000 else 1
