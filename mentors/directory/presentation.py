"""Turns search results into what the directory shows: labels in the page's language (``facets``),
highlighted names and headlines, facet options with counts. Shared by the HTML and the JSON views."""

from dataclasses import dataclass

from search.query import FACETS
from search.text import highlight


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
