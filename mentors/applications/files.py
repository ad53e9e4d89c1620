"""What an uploaded CV really is, judged by its content, and a file name safe to keep as data.

Neither the file's name nor the content type the browser sends decides anything: a PDF starts with
``%PDF-``; a DOCX is a ZIP archive holding ``[Content_Types].xml`` and ``word/document.xml``; an ODT is
a ZIP archive whose first entry is ``mimetype`` holding ``application/vnd.oasis.opendocument.text``.
ZIP archives are only listed, never extracted: at most a few small entries are read, each with a cap on
the bytes decompressed, and the upload itself is already limited in size.
"""

import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC = b"%PDF-"
MAX_ZIP_ENTRIES = 5000  # a real CV has a few dozen; a longer central directory is not a document
CONTENT_TYPES_READ_LIMIT = 256 * 1024  # bytes of [Content_Types].xml looked at, decompressed
NAME_MAX_LENGTH = 150  # kept of the original file name, extension included


@dataclass(frozen=True)
class DocumentType:
    key: str
    label: str
    content_type: str
    extension: str


PDF = DocumentType("pdf", "PDF", "application/pdf", ".pdf")
DOCX = DocumentType(
    "docx",
    "Word (DOCX)",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".docx",
)
ODT = DocumentType("odt", "OpenDocument (ODT)", "application/vnd.oasis.opendocument.text", ".odt")
CV_TYPES = (PDF, DOCX, ODT)
CV_EXTENSIONS = {document.extension: document for document in CV_TYPES}


@dataclass(frozen=True)
class CheckedCV:
    document: DocumentType
    original_name: str  # the applicant's file name, made safe to keep as data
    size: int


# Everything zipfile and zlib raise on damaged, hostile or unsupported archives.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    KeyError,
    NotImplementedError,
    RuntimeError,
)


def detect_cv_type(file):
    """The ``DocumentType`` of ``file`` (a seekable binary file) by its content, or None."""
    file.seek(0)
    head = file.read(len(ZIP_MAGIC) + 1)
    file.seek(0)
    try:
        if head.startswith(PDF_MAGIC):
            return PDF
        if head.startswith(ZIP_MAGIC):
            return _office_document_type(file)
        return None
    finally:
        file.seek(0)


def _office_document_type(file):
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
            if not entries or len(entries) > MAX_ZIP_ENTRIES:
                return None
            if _is_odt(archive, entries[0]):
                return ODT
            names = {entry.filename for entry in entries}
            if {"[Content_Types].xml", "word/document.xml"} <= names and _is_plain_docx(archive, names):
                return DOCX
    except ZIP_ERRORS:
        return None
    return None


def _is_odt(archive, first):
    # The OpenDocument package format: "mimetype" first, stored uncompressed, holding the media type.
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
        return False
    if first.file_size != len(ODT_MIMETYPE):
        return False
    with archive.open(first) as entry:
        return entry.read(len(ODT_MIMETYPE) + 1) == ODT_MIMETYPE


def _is_plain_docx(archive, names):
    """A Word document, not a macro-enabled one (.docm) dressed up as one."""
    if "word/vbaProject.bin" in names:
        return False
    with archive.open("[Content_Types].xml") as entry:
        content_types = entry.read(CONTENT_TYPES_READ_LIMIT)
    return b"wordprocessingml.document.main+xml" in content_types and b"macroEnabled" not in content_types


def extension_of(name):
    """The lower-case extension of a file name (".pdf"), or ""."""
    return PurePosixPath(name or "").suffix.lower()


def claimed_extension(name):
    """The extension a file name claims (".docx"), or "" when its last dot starts no extension
    ("CV Ana.Novak", "cv v2.1"): two to four letters or digits, at least one a letter."""
    extension = extension_of(name)
    if re.fullmatch(r"\.[a-z0-9]{2,4}", extension) and re.search(r"[a-z]", extension):
        return extension
    return ""


def clean_file_name(name, fallback="cv", max_length=NAME_MAX_LENGTH):
    """The applicant's file name as harmless data: no folders, no control or formatting characters,
    no leading dots, single spaces, at most ``max_length`` characters with the extension kept."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]  # both separators, whatever the system
    name = "".join(char for char in name if char.isprintable())  # drops Cc, Cf (e.g. U+202E), Zl, Zp
    name = " ".join(name.split()).strip(" .")
    if not name:
        return fallback
    if len(name) <= max_length:
        return name
    suffix = PurePosixPath(name).suffix
    if not 1 < len(suffix) <= 10:
        suffix = ""
    stem = name[: len(name) - len(suffix)]
    return stem[: max_length - len(suffix)].rstrip(" .") + suffix


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
    document = detect_cv_type(upload)
    if document is None:
        raise ValidationError(
            _(
                "The CV must be a PDF, Word (DOCX) or OpenDocument (ODT) document; "
                "this file is none of these."
            ),
            code="type",
        )
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
