"""The kinds of document we take as a CV, and what the form keeps of a checked one."""

from dataclasses import dataclass


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
