"""Shared helpers of the application tests: documents, a valid form, an applicant.

An ``Applicant`` is a browser: its own client with CSRF checks on, which opens the call page, reads
the CSRF token and the form's submission key from the HTML, and posts the form as a browser would.
"""

import datetime
import io
import re
import struct
import zipfile
import zlib
from html import unescape

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

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
    """A real PDF written by pypdf: one A4 page whose content stream pads the file to exactly ``size``
    bytes (or the smallest PDF, when ``size`` is smaller)."""
    padding = 0
    for _attempt in range(4):
        data = written_pdf(padding)
        if len(data) == size or (padding == 0 and len(data) > size):
            return data
        padding = max(0, padding + size - len(data))
    return data


def written_pdf(padding=0, edit=None):
    """A one-page PDF from pypdf, its page content a comment of ``padding`` bytes; ``edit(writer)``
    may add to it before it is written."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    if padding:
        content = DecodedStreamObject()
        content.set_data(b"%" + b"0" * (padding - 1))
        page[NameObject("/Contents")] = writer._add_object(content)
    if edit is not None:
        edit(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bytes(entries, first_stored=False):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(entries):
            compression = zipfile.ZIP_STORED if first_stored and index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=compression)
    return buffer.getvalue()


WORD_CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'wordprocessingml.document.main+xml"/></Types>'
)
RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def relationships(*items):
    """A .rels part: each item (id, type name, target, external?)."""
    parts = [f'<?xml version="1.0"?><Relationships xmlns="{RELATIONSHIPS_NS}">']
    for identifier, kind, target, external in items:
        mode = ' TargetMode="External"' if external else ""
        parts.append(
            f'<Relationship Id="{identifier}" Type="{OFFICE_RELATIONSHIPS}/{kind}" Target="{target}"{mode}/>'
        )
    return ("".join(parts) + "</Relationships>").encode()


def word_document(body="<w:p><w:r><w:t>Ana Novak, CV</w:t></w:r></w:p>"):
    return (
        f'<?xml version="1.0"?><w:document xmlns:w="{WORD_NS}" xmlns:r="{OFFICE_RELATIONSHIPS}">'
        f"<w:body>{body}</w:body></w:document>"
    ).encode()


def docx_bytes(macros=False, *, document=None, document_rels=None, extra=()):
    """A DOCX with its real main parts (content types, package and document relationships, document);
    ``extra``: more (name, data) entries."""
    entries = [
        ("[Content_Types].xml", WORD_CONTENT_TYPES),
        ("_rels/.rels", relationships(("rId1", "officeDocument", "word/document.xml", False))),
        ("word/document.xml", document or word_document()),
        ("word/_rels/document.xml.rels", document_rels or relationships()),
    ]
    if macros:
        entries.append(("word/vbaProject.bin", b"\x00" * 64))
    return zip_bytes([*entries, *extra])


ODT_CONTENT = (
    b'<?xml version="1.0"?><office:document-content'
    b' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    b' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    b' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
    b' xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3">'
    b"<office:body><office:text>%s</office:text></office:body></office:document-content>"
)
ODT_MANIFEST = (
    b'<?xml version="1.0"?><manifest:manifest'
    b' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    b'<manifest:file-entry manifest:full-path="/"'
    b' manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    b"</manifest:manifest>"
)


def odt_bytes(mimetype=b"application/vnd.oasis.opendocument.text", *, text=b"<text:p>Ana Novak, CV</text:p>"):
    """An ODT with its real main parts: the stored mimetype first, content.xml and the manifest."""
    return zip_bytes(
        [
            ("mimetype", mimetype),
            ("content.xml", ODT_CONTENT % text),
            ("META-INF/manifest.xml", ODT_MANIFEST),
        ],
        first_stored=True,
    )


def deflated_repeats(chunk, count):
    """(raw deflate data, CRC-32) of ``chunk`` repeated ``count`` times, compressed once: after a full
    flush the compressor forgets everything, so each repeat compresses to the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _repeat in range(count):
        crc = zlib.crc32(chunk, crc)
    return block * count + compressor.flush(zlib.Z_FINISH), crc


def raw_zip(entries, hidden=b""):
    """A ZIP archive written byte by byte from (name, deflated data, CRC-32, unpacked size) entries,
    for what zipfile would not write (1 GiB unpacked, never held in memory; two entries of one name;
    ``hidden`` bytes after the first entry that no entry owns)."""
    local, central = bytearray(), bytearray()
    for index, (name, data, crc, size) in enumerate(entries):
        if index == 1:
            local += hidden
        encoded = name.encode()
        header = struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0
        )
        central += (
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                len(local),
            )
            + encoded
        )
        local += header + encoded + data
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(local), 0
    )
    return bytes(local + central + end)


def raw_entries(*named_data):
    """raw_zip entries of (name, data) pairs, each deflated."""
    entries = []
    for name, data in named_data:
        deflated, crc = deflated_repeats(data, 1)
        entries.append((name, deflated, crc, len(data)))
    return entries


def bomb_docx(unpacked=1024 * MB, chunk=MB):
    """A DOCX of about 1 MB whose document.xml unpacks to ``unpacked`` bytes (1 GiB): built in chunks."""
    entries = raw_entries(
        ("[Content_Types].xml", WORD_CONTENT_TYPES),
        ("_rels/.rels", relationships(("rId1", "officeDocument", "word/document.xml", False))),
    )
    deflated, crc = deflated_repeats(b" " * chunk, unpacked // chunk)
    entries.append(("word/document.xml", deflated, crc, unpacked))
    return raw_zip(entries)


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
