"""The embedded backend: the ``DirectoryEntry`` table through the ORM (SQLite or PostgreSQL).

Two queries answer any search: one scan computes the total and every facet's counts with conditional
aggregates (each facet filtered by the *other* facets), and one fetches the requested page of hits.
"""

from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce

from search.models import DirectoryEntry
from search.query import FACET_FIELDS, FACETS, DirectoryResults

MULTI_VALUED = {"area", "language"}


def value_condition(facet, value):
    field = FACET_FIELDS[facet]
    if facet in MULTI_VALUED:
        return Q(**{f"{field}__contains": f" {value} "})
    return Q(**{field: value})


def facet_condition(facet, values):
    """OR within a facet; no condition when nothing is selected."""
    condition = Q()
    for value in values:
        condition |= value_condition(facet, value)
    return condition


def text_condition(terms, field="text"):
    """Every term begins some indexed word."""
    condition = Q()
    for term in terms:
        condition &= Q(**{f"{field}__contains": f" {term}"})
    return condition


class DatabaseBackend:
    name = "database"

    def search(self, query, facet_values):
        """``facet_values``: facet -> every value it can take, each of which gets a count."""
        base = DirectoryEntry.objects.filter(locale=query.locale).filter(text_condition(query.terms))
        selected = {facet: facet_condition(facet, query.selected(facet)) for facet in FACETS}
        counts = base.aggregate(**self.count_expressions(selected, facet_values))
        facets = {facet: {} for facet in FACETS}
        for key, count in counts.items():
            if key != "total":
                facet, value = key.split("__", 1)
                facets[facet][value] = count
        total = counts["total"]
        matching = base
        for condition in selected.values():
            matching = matching.filter(condition)
        hits = self.page_of_hits(matching, query, total)
        return DirectoryResults(
            hits=[entry.as_hit() for entry in hits],
            total=total,
            facets=facets,
            page=query.page,
            per_page=query.per_page,
            backend=self.name,
        )

    @staticmethod
    def count_expressions(selected, facet_values):
        everything = Q()
        for condition in selected.values():
            everything &= condition
        expressions = {"total": Count("pk", filter=everything)}
        for facet in FACETS:
            others = Q()
            for other, condition in selected.items():
                if other != facet:
                    others &= condition
            for value in facet_values[facet]:
                expressions[f"{facet}__{value}"] = Count("pk", filter=others & value_condition(facet, value))
        return expressions

    def page_of_hits(self, matching, query, total):
        start = (query.page - 1) * query.per_page
        if start >= total:
            return []
        sort = query.effective_sort
        if sort == "name":
            ordered = matching.order_by("name_sort", "page_id")
        elif sort == "experience":
            ordered = matching.order_by("-years_mentoring", "-years_ngo", "name_sort", "page_id")
        else:
            ordered = matching.annotate(score=self.relevance(query.terms)).order_by(
                "-score", "name_sort", "page_id"
            )
        return list(ordered[start : start + query.per_page])

    @staticmethod
    def relevance(terms):
        """Words found in the name weigh more than words found only in the text."""
        score = Value(0)
        for term in terms:
            score = score + Case(
                When(name_text__contains=f" {term}", then=Value(3)),
                default=Value(1),
                output_field=IntegerField(),
            )
        return Coalesce(score, Value(0))
