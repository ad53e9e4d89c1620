"""What an uploaded CV really is, judged by its content and structure, and a file name safe to keep.

A PDF must parse, end where a PDF ends and carry no scripts, launch actions or embedded files
(``pdf``); a DOCX or ODT must be a sound ZIP package within limits, with its main part and without
programs, macros or external resources (``office``). The rules themselves are in ``rules``.
"""

from .check import check_cv, detect_cv_type, inspect
from .documents import CV_EXTENSIONS, CV_TYPES, DOCX, ODT, PDF, CheckedCV, DocumentType
from .names import NAME_MAX_LENGTH, claimed_extension, clean_file_name, extension_of
from .rules import Refusal

__all__ = [
    "CV_EXTENSIONS",
    "CV_TYPES",
    "DOCX",
    "NAME_MAX_LENGTH",
    "ODT",
    "PDF",
    "CheckedCV",
    "DocumentType",
    "Refusal",
    "check_cv",
    "claimed_extension",
    "clean_file_name",
    "detect_cv_type",
    "extension_of",
    "inspect",
]
