"""The CV in the application form: PDF, DOCX or ODT by content (not by name or the browser's word), at
most 5 MB, never empty; its file name cleaned into harmless data. A refused CV stores nothing."""

import io

import pytest

from mentors.applications import files
from mentors.models import MentorApplication
from tests.support.applications import (
    DOCX_TYPE,
    MB,
    ODT_TYPE,
    Applicant,
    docx_bytes,
    error_summary,
    odt_bytes,
    open_the_call,
    pdf_bytes,
    refused,
    upload,
    valid_data,
    zip_bytes,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def open_call():
    open_the_call()


# --- The CV ---------------------------------------------------------------------------------------------
def test_an_empty_file_is_refused():
    html = refused(Applicant("en").submit(valid_data(cv=upload(content=b""))), "cv")
    assert "empty" in error_summary(html)


def test_a_6_mb_file_is_refused_with_the_limit_named():
    cv = upload(content=pdf_bytes(6 * MB))
    html = refused(Applicant("en").submit(valid_data(cv=cv)), "cv")
    assert "at most 5.0" in error_summary(html) or "at most 5 MB" in error_summary(html)


def test_a_file_of_exactly_5_mb_is_accepted():
    cv = upload(content=pdf_bytes(5 * MB))
    assert Applicant("en").submit(valid_data(cv=cv)).status_code == 303
    assert MentorApplication.objects.get().cv_size == 5 * MB


def test_an_exe_renamed_pdf_is_refused():
    exe = (
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 2000 + b"This program cannot be run"
    )
    html = refused(Applicant("en").submit(valid_data(cv=upload("cv.pdf", exe, "application/pdf"))), "cv")
    assert "PDF, Word (DOCX) or OpenDocument (ODT)" in error_summary(html)


@pytest.mark.parametrize("name", ["cv.odt", "cv.doc", "cv.exe", "cv.txt"])
def test_a_pdf_whose_name_claims_another_type_is_refused(name):
    refused(Applicant("en").submit(valid_data(cv=upload(name, pdf_bytes(), "application/pdf"))), "cv")


def test_a_pdf_claiming_to_be_docx_is_refused():
    cv = upload("cv.docx", pdf_bytes(), DOCX_TYPE)
    html = refused(Applicant("en").submit(valid_data(cv=cv)), "cv")
    assert "PDF document" in error_summary(html)
    assert ".docx" in error_summary(html)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cv.pdf", b"<html><script>alert(1)</script></html>"),
        ("cv.docx", zip_bytes([("word/document.xml", b"<w/>")])),  # no [Content_Types].xml
        ("cv.docx", docx_bytes(macros=True)),  # a .docm in disguise
        ("cv.odt", odt_bytes(mimetype=b"application/vnd.oasis.opendocument.spreadsheet")),
        (
            "cv.odt",
            zip_bytes([("content.xml", b"<x/>"), ("mimetype", b"application/vnd.oasis.opendocument.text")]),
        ),
        ("cv.docx", b"PK\x03\x04" + b"\x00" * 200),  # a broken archive
        ("cv.pdf", b" %PDF-1.4 not at the start"),
    ],
)
def test_files_that_are_not_pdf_docx_or_odt_by_content_are_refused(name, content):
    refused(Applicant("en").submit(valid_data(cv=upload(name, content, "application/pdf"))), "cv")


@pytest.mark.parametrize(
    ("name", "content", "browser_type", "stored_type"),
    [
        ("cv.pdf", pdf_bytes(), "application/octet-stream", "application/pdf"),
        ("Življenjepis.DOCX", docx_bytes(), "application/msword", DOCX_TYPE),
        ("cv.odt", odt_bytes(), "text/plain", ODT_TYPE),
        ("cv", pdf_bytes(), "application/pdf", "application/pdf"),
        ("CV Ana.Novak", pdf_bytes(), "application/pdf", "application/pdf"),
        ("cv v2.1", odt_bytes(), "application/pdf", ODT_TYPE),
    ],
)
def test_pdf_docx_and_odt_are_accepted_by_content_whatever_the_browser_says(
    name, content, browser_type, stored_type
):
    assert Applicant("en").submit(valid_data(cv=upload(name, content, browser_type))).status_code == 303
    application = MentorApplication.objects.get()
    assert application.cv_content_type == stored_type
    assert application.cv.name.endswith(
        files.CV_EXTENSIONS[files.extension_of(application.cv.name)].extension
    )


def test_detection_reads_the_content_not_the_name():
    assert files.detect_cv_type(io.BytesIO(pdf_bytes())) is files.PDF
    assert files.detect_cv_type(io.BytesIO(docx_bytes())) is files.DOCX
    assert files.detect_cv_type(io.BytesIO(odt_bytes())) is files.ODT
    assert files.detect_cv_type(io.BytesIO(b"")) is None
    assert files.detect_cv_type(io.BytesIO(b"MZ")) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\ana\\Documents\\cv.pdf", "cv.pdf"),
        ("cv\x00\x1b[31m.pdf", "cv[31m.pdf"),
        ("cv\u202efdp.exe", "cvfdp.exe"),
        ("  ..hidden cv .pdf", "hidden cv .pdf"),
        ("\x07\x08", "cv"),
        ("Življenjepis – Ana Novak.pdf", "Življenjepis – Ana Novak.pdf"),
    ],
)
def test_file_names_are_cleaned_into_harmless_data(name, expected):
    assert files.clean_file_name(name) == expected


def test_long_file_names_are_shortened_keeping_the_extension():
    cleaned = files.clean_file_name("a" * 300 + ".pdf")
    assert len(cleaned) == files.NAME_MAX_LENGTH
    assert cleaned.endswith(".pdf")
