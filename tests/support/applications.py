"""Shared helpers of the application tests: documents, a valid form, an applicant.

An ``Applicant`` is a browser: its own client with CSRF checks on, which opens the call page, reads
the CSRF token and the form's submission key from the HTML, and posts the form as a browser would.
"""

import datetime
import io
import re
import zipfile
from html import unescape

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from mentors.models import MentorApplication
from programme.models import CallPage, ThematicArea

CALL_URL = {"sl": "/sl/poziv-za-mentorje/", "hr": "/hr/poziv-za-mentore/", "en": "/en/call-for-mentors/"}
MB = 1024 * 1024
PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_TYPE = "application/vnd.oasis.opendocument.text"


def open_the_call(days=30):
    """Move every call page's deadline ``days`` ahead (the real one is past); cleared rate limits."""
    cache.clear()
    CallPage.objects.update(application_deadline=timezone.now() + datetime.timedelta(days=days))


def close_the_call():
    CallPage.objects.update(application_deadline=timezone.now() - datetime.timedelta(minutes=1))


# --- Documents ------------------------------------------------------------------------------------------
def pdf_bytes(size=2048):
    head = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"
    tail = b"\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    return head + b"%" * max(0, size - len(head) - len(tail)) + tail


def zip_bytes(entries, first_stored=False):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(entries):
            compression = zipfile.ZIP_STORED if first_stored and index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=compression)
    return buffer.getvalue()


WORD_CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'wordprocessingml.document.main+xml"/></Types>'
)


def docx_bytes(macros=False):
    content_types = WORD_CONTENT_TYPES
    entries = [("[Content_Types].xml", content_types), ("_rels/.rels", b"<Relationships/>")]
    entries.append(("word/document.xml", b"<w:document><w:body>CV</w:body></w:document>"))
    if macros:
        entries.append(("word/vbaProject.bin", b"\x00" * 64))
    return zip_bytes(entries)


def odt_bytes(mimetype=b"application/vnd.oasis.opendocument.text"):
    return zip_bytes(
        [
            ("mimetype", mimetype),
            ("content.xml", b"<office:document-content/>"),
            ("META-INF/manifest.xml", b"<m/>"),
        ],
        first_stored=True,
    )


def upload(name="cv.pdf", content=None, content_type=PDF_TYPE):
    return SimpleUploadedFile(name, pdf_bytes() if content is None else content, content_type=content_type)


# --- The form -------------------------------------------------------------------------------------------
def area(key):
    """The source (default-language) row of an area: what forms post and applications store."""
    return ThematicArea.objects.sources().get(key=key)


def label(key, language):
    """An area's name in ``language``."""
    return ThematicArea.objects.labels(language)[key]


def valid_data(**overrides):
    """A complete, valid application (without the CSRF token and submission key an Applicant adds)."""
    data = {
        "first_name": "Ana",
        "last_name": "Novak",
        "email": "ana.novak@example.org",
        "phone": "+386 41 123 456",
        "country": "SI",
        "city": "Ljubljana",
        "organisation": "Društvo za razvoj",
        "role": "direktorica",
        "website": "https://www.linkedin.com/in/ana-novak",
        "thematic_areas": [str(area("advocacy").pk), str(area("gesi").pk)],
        "experience_advocacy": "Deset let vodim zagovorniške kampanje.",
        "experience_gesi": "Vodila sem usposabljanja o enakosti spolov.",
        "years_ngo_experience": "12",
        "years_mentoring_experience": "6",
        "eu_values_experience": "Projekti o človekovih pravicah in vladavini prava.",
        "languages": ["sl", "en"],
        "hours_per_month": "10",
        "available_from": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "privacy_consent": "on",
        "publish_consent": "on",
        "website_url": "",
        "cv": upload(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


class Applicant:
    """One browser: a client with CSRF checks, at one address."""

    def __init__(self, language="sl", address="203.0.113.10"):
        self.language = language
        self.url = CALL_URL[language]
        self.client = Client(HTTP_HOST="localhost", enforce_csrf_checks=True, REMOTE_ADDR=address)
        self.page = None
        self.key = None

    def open(self):
        response = self.client.get(self.url)
        assert response.status_code == 200
        self.page = response.content.decode()
        self.key = hidden_value(self.page, "submission_key")
        return response

    @property
    def token(self):
        return hidden_value(self.page, "csrfmiddlewaretoken")

    def submit(self, data=None, *, key=None, **extra):
        if self.page is None:
            self.open()
        payload = valid_data() if data is None else data
        payload = {"csrfmiddlewaretoken": self.token, "submission_key": key or self.key, **payload}
        return self.client.post(self.url, payload, **extra)

    def thanks(self):
        return self.client.get(self.url + "thanks/")


def hidden_value(html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', html) or re.search(
        rf'value="([^"]*)" name="{name}"', html
    )
    assert match, f"no {name} in the page"
    return unescape(match.group(1))


def error_summary(html):
    match = re.search(r'<div class="application-errors"[^>]*role="alert".*?</div>', html, re.S)
    return match.group(0) if match else ""


def refused(response, *fields):
    """The form came back with an error summary linking each of ``fields``; nothing was stored."""
    assert response.status_code == 400
    html = response.content.decode()
    summary = error_summary(html)
    assert summary, "no error summary at the top of the form"
    for field in fields:
        anchor = f"id_{field}_0" if field in ("thematic_areas", "languages") else f"id_{field}"
        assert f'href="#{anchor}"' in summary, f"{field} is not linked from the summary"
        assert f'id="{anchor}"' in html
    assert not MentorApplication.objects.exists()
    return html
