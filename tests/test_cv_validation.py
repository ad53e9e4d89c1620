"""CVs are judged by their structure: one table of crafted files, each with the verdict of
``mentors.applications.files`` (a document type, or the reason of its refusal), and a few of them
sent through the form, where a refusal is a localized field error and stores nothing."""

import io
import struct
import zlib

import pytest
from django.utils import translation
from django.utils.html import escape
from pypdf.actions import JavaScript
from pypdf.annotations import Link
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject

from mentors.applications import files
from mentors.applications.files import rules
from mentors.models import MentorApplication
from tests.support.applications import (
    MB,
    ODT_CONTENT,
    ODT_MANIFEST,
    WORD_CONTENT_TYPES,
    Applicant,
    bomb_docx,
    docx_bytes,
    error_summary,
    odt_bytes,
    open_the_call,
    pdf_bytes,
    raw_entries,
    raw_zip,
    refused,
    relationships,
    upload,
    valid_data,
    word_document,
    written_pdf,
    zip_bytes,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200 + b"This program cannot be run"


# --- Crafting ---------------------------------------------------------------------------------------------
def pdf_with(edit):
    return written_pdf(edit=edit)


def name(value):
    return NameObject(value)


def action(kind, **entries):
    return DictionaryObject({name("/S"): name(kind), **{name("/" + k): v for k, v in entries.items()}})


def set_root(key, value):
    return lambda writer: writer.root_object.__setitem__(name(key), value)


def page_annotation(annotation):
    def edit(writer):
        writer.pages[0][name("/Annots")] = ArrayObject([writer._add_object(annotation)])

    return edit


def link_to(url):
    return lambda writer: writer.add_annotation(0, Link(rect=(50, 50, 200, 80), url=url))


def javascript_names_tree(writer):
    script = action("/JavaScript", JS=TextStringObject("app.alert(1)"))
    tree = DictionaryObject(
        {name("/Names"): ArrayObject([TextStringObject("x"), writer._add_object(script)])}
    )
    writer.root_object[name("/Names")] = DictionaryObject({name("/JavaScript"): tree})


def encrypted(user_password):
    return lambda writer: writer.encrypt(user_password, "owner-secret", algorithm="RC4-128")


def handmade_pdf(*objects):
    """A PDF written by hand (object 1 the catalogue), with a correct cross-reference table."""
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)


PAGES = (
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
)


def javascript_in_an_object_stream():
    """The open action's script inside a compressed object stream, listed by a cross-reference stream:
    invisible to a search of the file's bytes."""
    hidden = b"<< /S /JavaScript /JS (app.alert(1)) >>"
    prefix = b"5 0 "
    packed = zlib.compress(prefix + hidden)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>",
        *PAGES,
        b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
        % (len(prefix), len(packed), packed),
    ]
    pdf = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_offset = len(pdf)
    rows = [struct.pack(">BLH", 0, 0, 65535)]
    rows += [struct.pack(">BLH", 1, offset, 0) for offset in offsets]
    rows += [struct.pack(">BLH", 2, 4, 0), struct.pack(">BLH", 1, xref_offset, 0)]
    table = b"".join(rows)
    pdf += b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(table)
    pdf += table + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_offset
    return bytes(pdf)


def docx_with_rels(*items, extra=()):
    return docx_bytes(document_rels=relationships(*items), extra=extra)


def odt_with(text=b"<text:p>CV</text:p>", extra=()):
    entries = [("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", ODT_CONTENT % text)]
    return zip_bytes([*entries, ("META-INF/manifest.xml", ODT_MANIFEST), *extra], first_stored=True)


def zip_with_comment(data, declared, actual):
    """``data`` (a ZIP without comment) with a comment of ``actual`` bytes that declares ``declared``."""
    return data[:-2] + struct.pack("<H", declared) + b"c" * actual


DOCX_MAIN = (
    ("[Content_Types].xml", WORD_CONTENT_TYPES),
    ("_rels/.rels", relationships(("rId1", "officeDocument", "word/document.xml", False))),
    ("word/document.xml", word_document()),
)
MACRO_CONTENT_TYPES = WORD_CONTENT_TYPES.replace(
    b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
)
DDE_FIELD = (
    '<w:p><w:r><w:instrText>DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"</w:instrText></w:r></w:p>'
)
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    b"<office:document-content>&lol2;</office:document-content>"
)

# --- The table --------------------------------------------------------------------------------------------
ACCEPTED = [
    pytest.param(pdf_bytes, files.PDF, id="a minimal PDF written with pypdf"),
    pytest.param(lambda: pdf_bytes(5 * MB), files.PDF, id="a 5 MB PDF"),
    pytest.param(
        lambda: pdf_with(link_to("https://www.linkedin.com/in/ana")), files.PDF, id="a PDF with a link"
    ),
    pytest.param(lambda: pdf_with(encrypted("")), files.PDF, id="a PDF with an owner password only"),
    pytest.param(lambda: pdf_bytes() + b"\r\n\n", files.PDF, id="a PDF with blank lines after %%EOF"),
    pytest.param(docx_bytes, files.DOCX, id="a DOCX with its real main parts"),
    pytest.param(
        lambda: docx_with_rels(("rId5", "hyperlink", "https://www.linkedin.com/in/ana", True)),
        files.DOCX,
        id="a DOCX with a hyperlink",
    ),
    pytest.param(
        lambda: docx_with_rels(
            ("rId6", "image", "media/photo.png", False), extra=[("word/media/photo.png", PNG)]
        ),
        files.DOCX,
        id="a DOCX with a photo",
    ),
    pytest.param(odt_bytes, files.ODT, id="an ODT with its real main parts"),
    pytest.param(
        lambda: odt_with(b'<text:p><text:a xlink:href="mailto:ana@example.org">ana</text:a></text:p>'),
        files.ODT,
        id="an ODT with a link",
    ),
]
REFUSED = [
    # PDF
    pytest.param(lambda: b"%PDF-", rules.DAMAGED, id="a 5-byte %PDF-"),
    pytest.param(
        lambda: b"%PDF-1.7\n%%EOF\n", rules.DAMAGED, id="a PDF signature and end with nothing between"
    ),
    pytest.param(lambda: pdf_bytes()[:-200], rules.DAMAGED, id="a truncated PDF"),
    pytest.param(
        lambda: b"%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n",
        rules.DAMAGED,
        id="an HTML page beginning with %PDF-",
    ),
    pytest.param(
        lambda: handmade_pdf(
            b"<< /Type /Catalog /Pages 2 0 R >>",
            *PAGES,
            b"<< /Length 40 >>\nstream\n<html><script>alert(1)</script>\nendstream",
        ),
        rules.DAMAGED,
        id="a PDF/HTML polyglot that parses as a PDF",
    ),
    pytest.param(lambda: pdf_bytes() + docx_bytes(), rules.DAMAGED, id="a PDF with a ZIP appended"),
    pytest.param(
        lambda: pdf_bytes() + docx_bytes() + b"\n%%EOF\n",
        rules.DAMAGED,
        id="a PDF hiding a ZIP before a last %%EOF",
    ),
    pytest.param(
        lambda: pdf_bytes() + b"<script>x</script>", rules.DAMAGED, id="a PDF with text after %%EOF"
    ),
    pytest.param(
        lambda: pdf_with(lambda w: w.add_open_action(JavaScript("app.alert(1)"))),
        rules.ACTIVE,
        id="a PDF whose OpenAction runs JavaScript",
    ),
    pytest.param(
        lambda: pdf_with(javascript_names_tree), rules.ACTIVE, id="a PDF with a JavaScript names tree"
    ),
    pytest.param(
        lambda: pdf_with(set_root("/OpenAction", action("/Launch", F=TextStringObject("cmd.exe")))),
        rules.ACTIVE,
        id="a PDF that launches a program on opening",
    ),
    pytest.param(
        lambda: pdf_with(
            lambda w: w.pages[0].__setitem__(
                name("/AA"), DictionaryObject({name("/O"): action("/Launch", F=TextStringObject("x.exe"))})
            )
        ),
        rules.ACTIVE,
        id="a PDF page with an additional action launching a program",
    ),
    pytest.param(
        lambda: pdf_with(
            page_annotation(
                DictionaryObject(
                    {
                        name("/Type"): name("/Annot"),
                        name("/Subtype"): name("/Link"),
                        name("/Rect"): ArrayObject([NumberObject(0)] * 4),
                        name("/A"): action("/GoToR", F=TextStringObject("\\\\evil\\share\\x.pdf")),
                    }
                )
            )
        ),
        rules.ACTIVE,
        id="a PDF link opening a remote file",
    ),
    pytest.param(
        lambda: pdf_with(lambda w: w.add_attachment("run.exe", EXE)),
        rules.ACTIVE,
        id="a PDF with an embedded file",
    ),
    pytest.param(
        lambda: pdf_with(
            page_annotation(
                DictionaryObject({name("/Type"): name("/Annot"), name("/Subtype"): name("/RichMedia")})
            )
        ),
        rules.ACTIVE,
        id="a PDF with rich media",
    ),
    pytest.param(
        lambda: handmade_pdf(
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
            *PAGES,
            b"<< /S /Java#53cript /J#53 (app.alert(1)) >>",
        ),
        rules.ACTIVE,
        id="a PDF whose script hides behind escaped names",
    ),
    pytest.param(
        javascript_in_an_object_stream, rules.ACTIVE, id="a PDF with JavaScript in a compressed object stream"
    ),
    pytest.param(
        lambda: pdf_with(encrypted("secret")), rules.ENCRYPTED, id="a PDF that needs a password to open"
    ),
    pytest.param(
        lambda: handmade_pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"),
        rules.DAMAGED,
        id="a PDF without pages",
    ),
    # DOCX
    pytest.param(
        lambda: docx_with_rels(
            ("rId7", "attachedTemplate", "https://evil.example/template.dotm", True),
            ("rId8", "hyperlink", "https://www.linkedin.com/in/ana", True),
            extra=[("word/media/setup.exe", EXE)],
        ),
        rules.ACTIVE,
        id="a DOCX carrying an .exe and external links",
    ),
    pytest.param(
        lambda: docx_bytes(extra=[("word/media/setup.exe", EXE)]), rules.ACTIVE, id="a DOCX carrying an .exe"
    ),
    pytest.param(
        lambda: docx_with_rels(("rId7", "attachedTemplate", "https://evil.example/t.dotm", True)),
        rules.ACTIVE,
        id="a DOCX with a remote template",
    ),
    pytest.param(
        lambda: docx_with_rels(("rId7", "image", "http://tracker.example/pixel.png", True)),
        rules.ACTIVE,
        id="a DOCX with an image fetched from outside",
    ),
    pytest.param(
        lambda: docx_with_rels(("rId7", "hyperlink", "file://evil/share/x.exe", True)),
        rules.ACTIVE,
        id="a DOCX linking to a file share",
    ),
    pytest.param(
        lambda: docx_bytes(extra=[("word/media/photo.png", EXE)]),
        rules.ACTIVE,
        id="a DOCX with a program named like a photo",
    ),
    pytest.param(lambda: docx_bytes(macros=True), rules.ACTIVE, id="a DOCX with a VBA project"),
    pytest.param(
        lambda: zip_bytes([("[Content_Types].xml", MACRO_CONTENT_TYPES), *DOCX_MAIN[1:]]),
        rules.ACTIVE,
        id="a DOCX announcing macros in its content types",
    ),
    pytest.param(
        lambda: docx_bytes(document=word_document(DDE_FIELD)),
        rules.ACTIVE,
        id="a DOCX with a DDE field",
    ),
    pytest.param(bomb_docx, rules.UNPACKED, id="a 1 MB DOCX that unpacks to 1 GiB"),
    pytest.param(
        lambda: docx_bytes(extra=[(f"word/media/{n}.png", PNG) for n in range(rules.MAX_ZIP_ENTRIES)]),
        rules.UNPACKED,
        id="a DOCX with too many entries",
    ),
    pytest.param(lambda: docx_bytes() + b"trailing", rules.DAMAGED, id="a DOCX with data after the archive"),
    pytest.param(
        lambda: zip_with_comment(docx_bytes(), 4, 40), rules.DAMAGED, id="a DOCX whose comment hides data"
    ),
    pytest.param(
        lambda: raw_zip(raw_entries(*DOCX_MAIN), hidden=pdf_bytes()),
        rules.DAMAGED,
        id="a DOCX hiding a PDF between its entries",
    ),
    pytest.param(
        lambda: raw_zip(raw_entries(*DOCX_MAIN, ("word/document.xml", b"<x/>"))),
        rules.DAMAGED,
        id="a DOCX with two main parts",
    ),
    pytest.param(
        lambda: docx_bytes(extra=[("../../evil.txt", b"x")]),
        rules.DAMAGED,
        id="a DOCX with an entry outside the package",
    ),
    pytest.param(
        lambda: zip_bytes([("word/document.xml", b"<w/>")]), rules.TYPE, id="a ZIP that is not a DOCX"
    ),
    pytest.param(lambda: b"PK\x03\x04" + b"\x00" * 200, rules.DAMAGED, id="a broken archive"),
    # ODT
    pytest.param(
        lambda: odt_with(extra=[("Basic/Standard/Module1.xml", b"<script/>")]),
        rules.ACTIVE,
        id="an ODT with Basic macros",
    ),
    pytest.param(
        lambda: odt_with(b'<draw:image xlink:href="http://tracker.example/pixel.png"/>'),
        rules.ACTIVE,
        id="an ODT with an image fetched from outside",
    ),
    pytest.param(
        lambda: odt_with(
            b'<text:a xlink:href="vnd.sun.star.script:Standard.Module1.Run?language=Basic">x</text:a>'
        ),
        rules.ACTIVE,
        id="an ODT link running a macro",
    ),
    pytest.param(
        lambda: odt_bytes(mimetype=b"application/vnd.oasis.opendocument.spreadsheet"),
        rules.TYPE,
        id="an ODS spreadsheet",
    ),
    pytest.param(
        lambda: zip_bytes(
            [("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", LAUGHS)],
            first_stored=True,
        ),
        rules.DAMAGED,
        id="an ODT with an XML entity bomb",
    ),
    # Neither
    pytest.param(lambda: EXE, rules.TYPE, id="a Windows program"),
    pytest.param(lambda: b"<html><script>alert(1)</script></html>", rules.TYPE, id="an HTML page"),
]


@pytest.mark.parametrize(("build", "expected"), ACCEPTED)
def test_real_documents_pass_the_structure_checks(build, expected):
    assert files.inspect(io.BytesIO(build())) is expected


@pytest.mark.parametrize(("build", "reason"), REFUSED)
def test_crafted_files_are_refused_for_what_they_are(build, reason):
    with pytest.raises(files.Refusal) as refusal:
        files.inspect(io.BytesIO(build()))
    assert refusal.value.reason == reason, refusal.value.detail


def test_every_reason_has_its_own_message():
    messages = {reason: files.check.refusal_message(reason) for reason in rules.REASONS}
    assert len(set(messages.values())) == len(rules.REASONS)


# --- Through the form -------------------------------------------------------------------------------------
SENT = {
    "a PDF/HTML polyglot": (
        b"%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n",
        "damaged",
    ),
    "a PDF with a ZIP appended": (pdf_bytes() + docx_bytes(), "damaged"),
    "a 5-byte %PDF-": (b"%PDF-", "damaged"),
    "a DOCX carrying an .exe and external links": (
        docx_with_rels(
            ("rId7", "attachedTemplate", "https://evil.example/t.dotm", True), extra=[("word/setup.exe", EXE)]
        ),
        "scripts, macros, programs",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(SENT))
def test_crafted_cvs_sent_with_the_form_are_refused_with_a_message_and_nothing_is_stored(case):
    open_the_call()
    content, words = SENT[case]
    response = Applicant("en").submit(valid_data(cv=upload("cv.pdf", content)))
    html = refused(response, "cv")
    assert words in error_summary(html)


@pytest.mark.django_db
def test_a_zip_bomb_sent_with_the_form_is_refused_by_its_declared_size(settings):
    open_the_call()
    response = Applicant("en").submit(
        valid_data(cv=upload("cv.docx", bomb_docx(), "application/octet-stream"))
    )
    html = refused(response, "cv")
    assert "unpacks to far more than a CV holds" in error_summary(html)
    assert not MentorApplication.objects.exists()


@pytest.mark.django_db
def test_the_refusal_is_in_the_applicants_language():
    open_the_call()
    html = refused(Applicant("sl").submit(valid_data(cv=upload("cv.pdf", b"%PDF-"))), "cv")
    with translation.override("sl"):
        message = files.check.refusal_message(rules.DAMAGED)
    assert escape(message) in error_summary(html)
