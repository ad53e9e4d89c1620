"""Refuse an oversized application before its body is read.

Placed before ``CsrfViewMiddleware`` (the first to read ``request.POST``): when a request declares a
body larger than ``APPLICATION_MAX_REQUEST_BYTES`` and is addressed to a call page (the form, in any
language, or one of its routes), it is answered at once with 413 and a short page in the request's
language; not a byte of the body is read. Only such oversized requests cost a look-up of the call
pages' addresses; every other request passes untouched, and the admin's uploads never match. Still
larger bodies are refused anywhere before this (``impact4values.core.middleware.request_limits``).
"""

import logging

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string

from impact4values.core.middleware.request_limits import declared_length

logger = logging.getLogger(__name__)


def call_page_paths(request):
    """The paths of the live call pages, e.g. "/sl/poziv-za-mentorje/"."""
    from programme.models import CallPage

    paths = []
    for page in CallPage.objects.live().select_related("locale"):
        url = page.get_url(request)
        if url:
            paths.append(url if url.startswith("/") else "/" + url.split("/", 3)[-1])
    return paths


def is_application_path(request):
    path = request.path_info
    return any(path.startswith(call_path) for call_path in call_page_paths(request))


class ApplicationBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = declared_length(request)
        if length > settings.APPLICATION_MAX_REQUEST_BYTES and is_application_path(request):
            logger.info("Refused an application request of %d bytes to %s", length, request.path_info)
            return too_large(request)
        return self.get_response(request)


def too_large(request):
    limit_mb = settings.APPLICATION_MAX_REQUEST_BYTES / (1024 * 1024)
    cv_mb = settings.APPLICATION_MAX_CV_BYTES / (1024 * 1024)
    html = render_to_string(
        "mentors/application/too_large.html",
        {"limit_mb": limit_mb, "cv_mb": cv_mb, "back_url": request.path_info},
    )
    return HttpResponse(html, status=413)
