"""The directory's two answers to one search: an HTML page and JSON."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from search.query import FACETS
from search.service import build_query, search_directory
from search.text import MAX_QUERY_LENGTH

from .facets import area_choices, facet_labels
from .filters import DEFAULT_SORT, DirectoryFilterSet, page_number
from .portraits import photos_of
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
    photos = photos_of(hit.page_id for hit in results.hits)
    chosen = selected_filters(request, facets)
    context = {
        "filterset": filterset,
        "query": query,
        "results": results,
        "hits": [present_hit(hit, query, labels) | photo_of(photos, hit) for hit in results.hits],
        "facets": facets,
        "selected_filters": chosen,
        "filter_count": len(chosen),
        "search_chip": search_chip(request, filterset.cleaned_data.get("q", "")),
        "clear_all_url": clear_all_url(request, filterset.cleaned_data.get("sort", DEFAULT_SORT)),
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


def photo_of(photos, hit):
    photo, alt = photos.get(hit.page_id, (None, ""))
    return {"photo": photo, "photo_alt": alt}


def url_without(request, facet, value=None):
    """This search without ``value`` of ``facet`` (without the whole parameter when ``value`` is None),
    from its first page."""
    params = request.GET.copy()
    for key in ("page", "partial"):
        params.pop(key, None)
    if value is None:
        params.pop(facet, None)
    else:
        params.setlist(facet, [kept for kept in params.getlist(facet) if kept != value])
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else request.path


def selected_filters(request, facets):
    """Each selected option with a link that removes just it: the active-filter chips, and the way out
    of an empty result."""
    return [
        {
            "label": option.label,
            "remove_url": url_without(request, facet, option.value),
            "count": option.count,
        }
        for facet in FACETS
        for option in facets[facet]
        if option.selected
    ]


def search_chip(request, text):
    """The searched words as a chip whose link searches without them, or None."""
    return {"label": text, "remove_url": url_without(request, "q")} if text else None


def clear_all_url(request, sort):
    """The directory without words or filters; a chosen order stays, since it is no filter."""
    return request.path if sort == DEFAULT_SORT else f"{request.path}?{urlencode({'sort': sort})}"


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
