"""Refuse what the site will not read, before reading it.

``RequestBodyLimitMiddleware`` answers 413 to a request whose declared ``Content-Length`` exceeds
``REQUEST_MAX_BYTES``, wherever it is addressed, without reading a byte of its body (Django would
otherwise spool a large multipart body to a temporary file before any view could refuse it). A body
sent without a length (``Transfer-Encoding: chunked``) gets 411: Django reads only ``Content-Length``
bytes, so such a body would silently arrive empty; refusing it says so and reads nothing. Call pages
keep their own, smaller limit (``mentors.applications.middleware``).

``FormLimitsMiddleware`` parses a form's fields just before the CSRF check would, and answers too many
fields or files (``DATA_UPLOAD_MAX_NUMBER_FIELDS``/``_FILES``) with a localized 400, and too much text
(``DATA_UPLOAD_MAX_MEMORY_SIZE``) with a localized 413: Django shows its debug page for these under
DEBUG, and a bare English page otherwise.
"""

import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent

from impact4values.core import views

logger = logging.getLogger(__name__)

FORM_CONTENT_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


def declared_length(request):
    """The body's length as the request declares it; 0 when missing or malformed (Django reads none)."""
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0


def has_undeclared_body(request):
    """A body framed without a length, e.g. ``Transfer-Encoding: chunked``."""
    return bool(request.META.get("HTTP_TRANSFER_ENCODING")) and not request.META.get("CONTENT_LENGTH")


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = declared_length(request)
        if length > settings.REQUEST_MAX_BYTES:
            logger.info("Refused a request of %d bytes to %s", length, request.path_info)
            return views.request_too_large(request)
        if has_undeclared_body(request):
            logger.info("Refused a request without Content-Length to %s", request.path_info)
            return views.length_required(request)
        return self.get_response(request)


class FormLimitsMiddleware:
    """Must come before ``CsrfViewMiddleware``, whose ``process_view`` is the first to read the form."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if request.method != "POST" or getattr(callback, "csrf_exempt", False):
            return None  # the same requests the CSRF check parses
        if not request.content_type.startswith(FORM_CONTENT_TYPES):
            return None
        try:
            request.POST  # noqa: B018 (parses the fields, and the files of a multipart form)
            request.FILES  # noqa: B018
        except (TooManyFieldsSent, TooManyFilesSent) as error:
            logger.warning("Refused a form to %s: %s", request.path_info, error)
            return views.form_refused(request, status=400)
        except RequestDataTooBig as error:
            logger.warning("Refused a form to %s: %s", request.path_info, error)
            return views.form_refused(request, status=413)
        return None
