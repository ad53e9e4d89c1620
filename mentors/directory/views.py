"""The directory's two answers to one search: an HTML page and JSON."""

from django.http import JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from search.query import FACETS
from search.service import build_query, search_directory
from search.text import MAX_QUERY_LENGTH

from .facets import area_choices, facet_labels
from .filters import DirectoryFilterSet, page_number
from .presentation import facet_options, present_hit


def run_search(request, directory):
    language = get_language()  # the directory's: Wagtail serves each language's pages under its prefix
    choices = area_choices(language)
    filterset = DirectoryFilterSet(request.GET, area_choices=choices)
    query = build_query(filterset.cleaned_data, language, page_number(request.GET.get("page")))
    labels = facet_labels(choices)
    results = search_directory(query, {facet: list(values) for facet, values in labels.items()})
    notices = list(dict.fromkeys(filterset.notices))
    if query.page > results.num_pages and results.total:
        notices.append(_("There is no page %(page)d of these results.") % {"page": query.page})
    return filterset, query, results, labels, notices


def directory_html(request, directory):
    filterset, query, results, labels, notices = run_search(request, directory)
    facets = facet_options(results, query, labels)
    context = {
        "filterset": filterset,
        "query": query,
        "results": results,
        "hits": [present_hit(hit, query, labels) for hit in results.hits],
        "facets": facets,
        "selected_filters": selected_filters(request, facets),
        "pages": pagination(request, results),
        "notices": notices,
        "max_query_length": MAX_QUERY_LENGTH,
    }
    template = "mentors/directory_body.html" if request.GET.get("partial") == "1" else None
    return directory.render(request, context_overrides=context, template=template)


def directory_json(request, directory):
    _filterset, query, results, labels, notices = run_search(request, directory)
    payload = {
        "total": results.total,
        "page": query.page,
        "per_page": results.per_page,
        "num_pages": results.num_pages,
        "sort": query.effective_sort,
        "hits": [
            {
                key: value
                for key, value in present_hit(hit, query, labels).items()
                if not key.endswith("_html")
            }
            | {"url": request.build_absolute_uri(hit.url)}
            for hit in results.hits
        ],
        "facets": {
            facet: [
                {
                    "value": option.value,
                    "label": option.label,
                    "count": option.count,
                    "selected": option.selected,
                }
                for option in options
            ]
            for facet, options in facet_options(results, query, labels).items()
        },
        "notices": [str(notice) for notice in notices],
    }
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def url_with(request, **changes):
    params = request.GET.copy()
    params.pop("partial", None)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else request.path


def selected_filters(request, facets):
    """Each selected option with a link that removes it: the way out of an empty result."""
    chosen = []
    for facet in FACETS:
        for option in facets[facet]:
            if option.selected:
                params = request.GET.copy()
                params.setlist(facet, [value for value in params.getlist(facet) if value != option.value])
                params.pop("page", None)
                params.pop("partial", None)
                chosen.append(
                    {"label": option.label, "remove_url": f"?{params.urlencode()}", "count": option.count}
                )
    return chosen


def pagination(request, results):
    if results.num_pages <= 1:
        return None
    current = min(results.page, results.num_pages)
    numbers = sorted(
        {1, results.num_pages, *range(max(1, current - 2), min(results.num_pages, current + 2) + 1)}
    )
    return {
        "previous": url_with(request, page=str(current - 1)) if current > 1 else None,
        "next": url_with(request, page=str(current + 1)) if current < results.num_pages else None,
        "numbers": [
            {"number": number, "url": url_with(request, page=str(number)), "current": number == results.page}
            for number in numbers
        ],
    }
