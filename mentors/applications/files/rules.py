"""Every rule a CV's structure must keep, in one place: the limits and what is never accepted.

The checks (``pdf``, ``office``) apply these tables; a file breaking one raises ``Refusal`` with the
reason, which the form turns into a message. A rule here is meant to be read by a reviewer: change
a limit or add a forbidden name here, never in the checks.
"""

import re

# --- Why a file is refused (the ValidationError codes the form gives) ------------------------------
TYPE = "type"  # not a PDF, DOCX or ODT at all (or without the main part of one)
DAMAGED = "damaged"  # does not parse, or hides something: trailing or hidden data, a polyglot
ACTIVE = "active"  # scripts, macros, programs, embedded files, external resources fetched on opening
UNPACKED = "unpacked"  # an archive beyond the limits on entries, unpacked size or compression ratio
ENCRYPTED = "encrypted"  # protected by a password: nobody can check, nor read it
REASONS = (TYPE, DAMAGED, ACTIVE, UNPACKED, ENCRYPTED)


class Refusal(Exception):
    def __init__(self, reason, detail=""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail  # for logs and tests, never shown


# --- PDF --------------------------------------------------------------------------------------------
PDF_MAGIC = b"%PDF-"
PDF_END = b"%%EOF"
PDF_TRAILING_BYTES = b"\x00\t\n\x0c\r "  # whitespace allowed after the last %%EOF, nothing else
MAX_PDF_OBJECTS = 20_000  # indirect objects visited; a long CV has a few hundred outside its resources
MAX_PDF_NODES = 1_000_000  # dictionaries, arrays and values looked at, all objects together
# What only draws or describes, never acts (fonts, images, content and appearance streams, the
# structure tree of a tagged PDF: most of a PDF's objects), or points back up: not followed.
PDF_SKIPPED_KEYS = frozenset(
    {
        "/Resources",
        "/DR",
        "/Contents",
        "/AP",
        "/Metadata",
        "/StructTreeRoot",
        "/Thumb",
        "/Parent",
        "/P",
        "/Pg",
    }
)
# Markup a browser or mail client would take for HTML: never part of PDF syntax (dictionaries open
# with "<<", hex strings hold only hex digits), so in a PDF's bytes it is a polyglot's other half.
HTML_MARKUP = re.compile(
    rb"<(?:!doctype|html|head|body|script|iframe|svg|object|embed|meta|form)[\s/>]", re.IGNORECASE
)
# Dictionary keys that hold scripts, embedded files or interactive media.
PDF_FORBIDDEN_KEYS = frozenset(
    {"/JS", "/JavaScript", "/EmbeddedFiles", "/EF", "/RichMedia", "/RichMediaContent", "/XFA"}
)
# Actions (the /S of an action dictionary) that run code, start programs, open other files or send
# data; links (/URI, /GoTo inside the document) stay allowed.
PDF_FORBIDDEN_ACTIONS = frozenset(
    {
        "/JavaScript",
        "/Launch",
        "/SubmitForm",
        "/ImportData",
        "/GoToR",
        "/GoToE",
        "/RichMediaExecute",
        "/Rendition",
        "/Movie",
        "/Sound",
    }
)
# Object types (/Type or /Subtype) that embed files or media.
PDF_FORBIDDEN_TYPES = frozenset(
    {"/EmbeddedFile", "/FileAttachment", "/RichMedia", "/Movie", "/Sound", "/Screen", "/3D"}
)

# --- ZIP packages (DOCX, ODT) ------------------------------------------------------------------------
ZIP_MAGIC = b"PK\x03\x04"
MAX_ZIP_ENTRIES = 1000  # a CV with photos has a few dozen
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # all entries together, as the central directory declares them
MAX_COMPRESSION_RATIO = 100  # per entry larger than RATIO_FREE_BYTES; real XML stays well under 30
RATIO_FREE_BYTES = 1024 * 1024  # small entries may compress better (a short, repetitive XML part)
MAX_PART_READ = 16 * 1024 * 1024  # bytes decompressed from any one part read (XML parts only)
MAX_ZIP_COMMENT = 1024
ZIP_METHODS = frozenset({0, 8})  # stored, deflated: what Word and LibreOffice write
EXECUTABLE_EXTENSIONS = frozenset(
    {
        ".exe", ".dll", ".com", ".scr", ".pif", ".cpl", ".msi", ".msp", ".bat", ".cmd", ".ps1", ".psm1",
        ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh", ".hta", ".lnk", ".jar", ".class", ".sh", ".app",
        ".elf", ".so", ".dylib", ".py", ".pl", ".reg", ".inf", ".sys", ".docm", ".dotm", ".xlsm",
        ".xltm", ".xlam", ".pptm", ".potm", ".ppsm", ".sldm",
    }
)  # fmt: skip
EXECUTABLE_MAGIC = (
    b"MZ",  # Windows programs and libraries
    b"\x7fELF",  # Linux programs
    b"\xca\xfe\xba\xbe",  # Java classes, Mach-O universal programs
    b"\xcf\xfa\xed\xfe",  # Mach-O, 64-bit
    b"\xce\xfa\xed\xfe",  # Mach-O, 32-bit
    b"#!",  # scripts
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE compound files: VBA projects, OLE packages, legacy Office
)
MAGIC_READ = 8  # bytes read from the start of every entry to recognise a program
# Parts (lower-case, anywhere in the archive) that hold macros, ActiveX controls or OLE objects.
MACRO_PARTS = re.compile(r"(^|/)(vbaproject\.bin|vbadata\.xml|activex\d*\.(bin|xml)|oleobject\d*\.bin)$")
MACRO_FOLDERS = ("basic/", "scripts/", "word/activex/")  # ODT Basic and script macros, ActiveX
# Content types that announce macros, ActiveX or OLE objects in [Content_Types].xml.
MACRO_CONTENT_TYPES = (b"macroenabled", b"vbaproject", b"vnd.ms-office.activex", b"oleobject")

DOCX_CONTENT_TYPES = "[Content_Types].xml"
DOCX_MAIN_PART = "word/document.xml"
DOCX_MAIN_TYPE = b"wordprocessingml.document.main+xml"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ODT_MAIN_PART = "content.xml"
ODT_XML_PARTS = ("content.xml", "styles.xml", "meta.xml", "settings.xml")
# An external relationship is allowed only as a hyperlink (followed on a click, never when the file
# opens), and only to these schemes; templates, images, OLE objects or frames fetched from outside are not.
EXTERNAL_LINK_TYPE_SUFFIX = "/hyperlink"
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
