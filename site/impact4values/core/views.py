"""Error pages (the 404 in the site's design and language, the 500 a static file), the pages of a
refused request (too large, without a length, too many fields, a failed CSRF check) and the favicon.

The refused-request pages are answered before sessions and users are known, often to abuse: they are
short, in the request's language, and touch no database. The CSRF page comes later, in the site's
design.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseServerError
from django.middleware.csrf import REASON_NO_CSRF_COOKIE
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, get_language_from_path
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Site

MB = 1024 * 1024


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Nothing that could fail again (database, translations, template logic) runs here; the nonce
    # lets the page's own style block through the Content-Security-Policy.
    nonce = getattr(request, "csp_nonce", "")
    return HttpResponseServerError(loader.get_template("500.html").render({"csp_nonce": nonce}))


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the real icon."""
    return redirect(static("img/favicon.svg"), permanent=True)


# --- Refused requests ------------------------------------------------------------------------------
def request_too_large(request):
    """413: the declared body is over ``REQUEST_MAX_BYTES``."""
    context = {"limit_mb": settings.REQUEST_MAX_BYTES / MB}
    return render(request, "errors/request_too_large.html", context | home_context(), status=413)


def length_required(request):
    """411: a body without ``Content-Length``, which the site cannot read."""
    return render(request, "errors/length_required.html", home_context(), status=411)


def form_refused(request, status):
    """400 for too many fields or files, 413 for too much text (Django's upload limits)."""
    return render(request, "errors/form_refused.html", home_context(), status=status)


def home_context():
    return {"home_url": f"/{get_language() or settings.LANGUAGE_CODE}/"}


# --- CSRF ------------------------------------------------------------------------------------------
def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: what happened and how to go on, in the request's language.

    Django's reason is logged by the CSRF middleware and not shown; the page says only whether the
    browser sent no cookie at all (cookies blocked) or an expired form."""
    context = {
        "cookies_missing": reason == REASON_NO_CSRF_COOKIE,
        "back_url": back_to_form_url(request),
    }
    return render(request, "errors/csrf_failure.html", context, status=403)


def back_to_form_url(request):
    """The public page the form was on (the referring page, else the page posted to) when it is a
    live page of this site, with its form's anchor if its type names one; else None (home)."""
    candidates = []
    referer = request.META.get("HTTP_REFERER", "")
    if url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}):
        candidates.append(urlsplit(referer).path)
    candidates.append(request.path_info)
    for path in candidates:
        page = live_page_at(request, path)
        if page is not None:
            url = page.get_url(request)
            anchor = getattr(page.specific_class, "form_anchor", "")
            return f"{url}#{anchor}" if anchor else url
    return None


def live_page_at(request, path):
    """The live Wagtail page (or a route of it) at ``path``, in the language of its prefix."""
    language = get_language_from_path(path)
    if not language:
        return None
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
        site = Site.find_for_request(request)
        if match.url_name != "wagtail_serve" or site is None:
            return None
        try:
            page, _args, _kwargs = site.root_page.localized.specific.route(
                request, [part for part in match.args[0].split("/") if part]
            )
        except Http404:
            return None
        return page
