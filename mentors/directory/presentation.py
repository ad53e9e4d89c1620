"""Turns search results into what the directory shows: labels in the page's language, highlighted
names and headlines, facet options with counts. Shared by the HTML and the JSON views."""

from dataclasses import dataclass

from django.conf import settings

from mentors.choices import Availability, Country, WorkingLanguage
from programme.models import ThematicArea
from search.query import FACETS
from search.text import highlight


def facet_labels(area_choices):
    """facet -> {value: label}, the areas named in the directory's language."""
    return {
        "area": dict(area_choices),
        "language": dict(WorkingLanguage.choices),
        "country": dict(Country.choices),
        "availability": dict(Availability.choices),
    }


def area_choices(language):
    """(key, name) of the thematic areas in the call's order, named in ``language`` where translated."""
    areas = ThematicArea.objects.filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
    names = {}
    for area in areas.select_related("locale").order_by("sort_order"):
        if area.locale.language_code == language or area.key not in names:
            names[area.key] = area.name
    return list(names.items())


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


def facet_options(results, query, labels):
    """Every option of every facet, in a stable order, with its honest count."""
    options = {}
    for facet in FACETS:
        selected = set(query.selected(facet))
        options[facet] = [
            FacetOption(value, str(label), results.facets[facet].get(value, 0), value in selected)
            for value, label in labels[facet].items()
        ]
    return options


def present_hit(hit, query, labels):
    return {
        "url": hit.url,
        "name": hit.name,
        "name_html": highlight(hit.name, query.terms),
        "headline": hit.headline,
        "headline_html": highlight(hit.headline, query.terms),
        "areas": [{"key": key, "label": str(labels["area"].get(key, key))} for key in hit.areas],
        "languages": [
            {"code": code, "label": str(labels["language"].get(code, code))} for code in hit.languages
        ],
        "country": {"code": hit.country, "label": str(labels["country"].get(hit.country, hit.country))},
        "city": hit.city,
        "availability": {
            "code": hit.availability,
            "label": str(labels["availability"].get(hit.availability, hit.availability)),
        },
        "years_ngo": hit.years_ngo,
        "years_mentoring": hit.years_mentoring,
    }
