"""One directory query as one search request, and its response as ``DirectoryResults``.

Semantics reproduced from ``search.backends.database``: the text condition and the locale restrict
everything; the selected facets (OR within a facet, AND across facets) restrict the hits through
``post_filter``; each facet's counts come from a ``filter`` aggregation applying the *other* facets.
"""

from elasticsearch_dsl import A, Q, Search

from search.query import FACET_FIELDS, FACETS, HIT_FIELDS, DirectoryResults, Hit

MAX_RESULT_WINDOW = 10_000  # index.max_result_window: from + size may not exceed it


def facet_filter(facet, values):
    """OR within a facet; None when nothing is selected."""
    if not values:
        return None
    return Q("terms", **{FACET_FIELDS[facet]: [str(value) for value in values]})


def all_of(filters):
    return Q("bool", filter=[condition for condition in filters if condition is not None])


def text_query(terms, scored):
    """Every term begins some word of ``text``. Scored like the database: per term, 3 when it begins
    a word of the name, else 1 (``dis_max`` of two constant scores; the text always matches)."""
    matches = [Q("match", text={"query": term, "operator": "and"}) for term in terms]
    relevance = []
    if scored:
        relevance = [
            Q(
                "dis_max",
                queries=[
                    Q("constant_score", filter=Q("match", text={"query": term, "operator": "and"}), boost=1),
                    Q(
                        "constant_score",
                        filter=Q("match", name_text={"query": term, "operator": "and"}),
                        boost=3,
                    ),
                ],
            )
            for term in terms
        ]
    return Q("bool", filter=matches, should=relevance)


def facet_counts(search, selected, facet_values):
    """Add to ``search`` one aggregation per facet: each value's count, the other facets applied."""
    for facet in FACETS:
        values = [str(value) for value in facet_values[facet]]
        if not values:
            continue
        others = all_of(condition for other, condition in selected.items() if other != facet)
        counts = A("filter", filter=others)
        field = FACET_FIELDS[facet]
        counts.bucket("values", "filters", filters={value: Q("term", **{field: value}) for value in values})
        search.aggs.bucket(facet, counts)


def sorted_by(search, sort):
    if sort == "name":
        return search.sort("name_sort", "page_id")
    if sort == "experience":
        return search.sort("-years_mentoring", "-years_ngo", "name_sort", "page_id")
    return search.sort({"_score": {"order": "desc"}}, "name_sort", "page_id")


def page_window(query):
    """``from`` and ``size`` of the query's page; past what Elasticsearch pages through, counts only."""
    start = max(0, (query.page - 1) * query.per_page)
    if start >= MAX_RESULT_WINDOW:
        return 0, 0
    return start, max(0, min(query.per_page, MAX_RESULT_WINDOW - start))


def directory_search(client, index, query, facet_values):
    """The search request of ``query`` against ``index``."""
    selected = {facet: facet_filter(facet, query.selected(facet)) for facet in FACETS}
    sort = query.effective_sort
    search = Search(using=client, index=index).query(text_query(query.terms, scored=sort == "relevance"))
    if any(condition is not None for condition in selected.values()):
        search = search.post_filter(all_of(selected.values()))
    facet_counts(search, selected, facet_values)
    start, size = page_window(query)
    return (
        sorted_by(search, sort).extra(from_=start, size=size, track_total_hits=True).source(list(HIT_FIELDS))
    )


def results(response, query, backend):
    """``DirectoryResults`` of a search response (a dict)."""
    facets = {facet: {} for facet in FACETS}
    for facet, counts in response.get("aggregations", {}).items():
        facets[facet] = {value: bucket["doc_count"] for value, bucket in counts["values"]["buckets"].items()}
    return DirectoryResults(
        hits=[Hit.from_mapping(found["_source"]) for found in response["hits"]["hits"]],
        total=response["hits"]["total"]["value"],
        facets=facets,
        page=query.page,
        per_page=query.per_page,
        backend=backend,
    )
