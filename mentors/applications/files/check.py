"""Judge an uploaded CV: size, kind by content, structure (``pdf``, ``office``), and the name it claims.

Neither the file's name nor the content type the browser sends decides anything. Each refusal is a
``ValidationError`` whose code is the reason (``rules``), with a message that says what to do.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from . import office, pdf, rules
from .documents import PDF, CheckedCV
from .names import claimed_extension, clean_file_name
from .rules import Refusal

logger = logging.getLogger(__name__)


def inspect(file):
    """The ``DocumentType`` of ``file`` (a seekable binary file) judged by its content and structure;
    ``Refusal`` says why it is none we take."""
    file.seek(0)
    head = file.read(len(rules.ZIP_MAGIC))
    try:
        if head.startswith(rules.PDF_MAGIC[:4]):
            file.seek(0)
            pdf.check_pdf(file.read())
            return PDF
        if head == rules.ZIP_MAGIC:
            return office.check_package(file)
        raise Refusal(rules.TYPE, "neither a PDF nor a ZIP package")
    finally:
        file.seek(0)


def detect_cv_type(file):
    """The ``DocumentType`` of ``file``, or None when it is not a CV we take."""
    try:
        return inspect(file)
    except Refusal:
        return None


def refusal_message(reason):
    limit = filesizeformat(rules.MAX_UNPACKED_BYTES)
    return {
        rules.TYPE: _(
            "The CV must be a PDF, Word (DOCX) or OpenDocument (ODT) document; this file is none of these."
        ),
        rules.DAMAGED: _(
            "This file is damaged, or carries something else inside or after the document. Save your CV "
            "again as PDF, DOCX or ODT and choose it again."
        ),
        rules.ACTIVE: _(
            "This file contains scripts, macros, programs, embedded files or content fetched from the "
            "internet when it opens. Save your CV again as a plain document (for example, export it to "
            "PDF) and choose it again."
        ),
        rules.UNPACKED: _(
            "This document unpacks to far more than a CV holds (at most %(limit)s). Save it again with "
            "smaller images and choose it again."
        )
        % {"limit": limit},
        rules.ENCRYPTED: _(
            "This document is protected with a password or encryption, so we cannot check it. Save it "
            "again without protection and choose it again."
        ),
    }[reason]


def check_cv(upload, messages):
    """The ``CheckedCV`` of an uploaded file, or a ``ValidationError`` saying why it is not a CV we take.

    ``messages``: the form field's own error messages (``empty``)."""
    limit = settings.APPLICATION_MAX_CV_BYTES
    if upload.size == 0:
        raise ValidationError(messages["empty"], code="empty")
    if upload.size > limit:
        raise ValidationError(
            _("The CV may be at most %(limit)s; this file has %(size)s.")
            % {"limit": filesizeformat(limit), "size": filesizeformat(upload.size)},
            code="too_large",
        )
    try:
        document = inspect(upload)
    except Refusal as refusal:
        logger.info("Refused a CV (%s)", refusal)
        raise ValidationError(refusal_message(refusal.reason), code=refusal.reason) from None
    original_name = clean_file_name(upload.name, fallback=f"cv{document.extension}")
    extension = claimed_extension(original_name)
    if extension and extension != document.extension:
        raise ValidationError(
            _(
                "This file is a %(type)s document, but its name ends in “%(extension)s”. "
                "Save it again as PDF, DOCX or ODT."
            )
            % {"type": document.label, "extension": extension},
            code="mismatch",
        )
    return CheckedCV(document, original_name, upload.size)
