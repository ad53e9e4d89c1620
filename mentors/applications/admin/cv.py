"""The applicant's CV, streamed from private storage to those allowed to have it, and logged."""

import re
import unicodedata
from pathlib import PurePosixPath

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from wagtail.log_actions import log

from mentors.applications import moderation, permissions
from mentors.applications.files import CV_TYPES
from mentors.models import MentorApplication

CV_EXTENSIONS_BY_TYPE = {document.content_type: document.extension for document in CV_TYPES}


def download_name(application):
    """The applicant's file name, reduced to letters, digits and a few marks, with the real extension."""
    extension = (
        CV_EXTENSIONS_BY_TYPE.get(application.cv_content_type) or PurePosixPath(application.cv.name).suffix
    )
    name = unicodedata.normalize("NFC", application.cv_original_name.replace("\\", "/").split("/")[-1])
    stem = re.sub(r"[^\w .()-]+", "", PurePosixPath(name).stem).strip(" .-")[:100]
    return f"{stem or 'cv-' + application.reference}{extension}"


def download_cv(request, pk):
    """The CV as an attachment that no browser renders or sniffs."""
    if not permissions.may_download_cv(request.user):
        raise PermissionDenied
    application = get_object_or_404(MentorApplication, pk=pk)
    if not application.cv or not application.cv.name:
        raise Http404
    try:
        handle = application.cv.storage.open(application.cv.name, "rb")
    except FileNotFoundError as error:
        raise Http404 from error
    content_type = application.cv_content_type
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=download_name(application),
        content_type=content_type if content_type in CV_EXTENSIONS_BY_TYPE else "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    log(instance=application, action=moderation.CV_DOWNLOAD_ACTION, user=request.user)
    return response
