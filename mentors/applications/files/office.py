"""A DOCX or ODT checked by its structure: a well-formed ZIP package with nothing before, between or
after its entries, within the limits of ``rules``, with its main part, and with no program, macro or
resource fetched from outside when it opens.

Nothing is extracted. Sizes and ratios come from the central directory (a bomb is refused before a
byte of it is inflated); every read is capped: the first bytes of each entry (to recognise programs)
and the package's XML parts that say what it links to, bounded by the sizes declared.
"""

import re
import struct
import zipfile
import zlib
from pathlib import PurePosixPath
from xml.etree.ElementTree import ParseError

from defusedxml.ElementTree import fromstring

from . import rules
from .documents import DOCX, ODT
from .rules import Refusal

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
    struct.error,
)
END_RECORD = struct.Struct("<4s4H2LH")  # signature, disks (2), entries (2), size, offset, comment length
END_SIGNATURE = b"PK\x05\x06"
ZIP64_END = b"PK\x06\x06"
ZIP64_END_AND_LOCATOR = 56 + 20
LOCAL_HEADER = struct.Struct(
    "<4s5H3L2H"
)  # signature, version, flags, method, time, date, crc, sizes, lengths
DESCRIPTOR_SIGNATURE = b"PK\x07\x08"
ENCRYPTED_FLAG = 0x1
DESCRIPTOR_FLAG = 0x8

RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
WORD_MAIN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
ODT_LINKS = frozenset(
    {
        "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}a",
        "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}a",
    }
)
ODT_ACTIVE = frozenset(
    {
        "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}script",
        "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}dde-source",
        "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}dde-connection-decl",
        "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}dde-link",
        "{urn:oasis:names:tc:opendocument:xmlns:script:1.0}event-listener",
    }
)
# Word field codes that run commands (DDE) or fetch content when the document opens or updates.
WORD_ACTIVE_FIELDS = re.compile(r"\b(DDEAUTO|DDE|INCLUDETEXT|INCLUDEPICTURE|IMPORT|LINK)\b", re.I)
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def check_package(file):
    """The ``DocumentType`` (DOCX or ODT) of the ZIP package ``file``, or ``Refusal``."""
    size = file.seek(0, 2)
    end = _end_record(file, size)
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
            _check_entries(entries)
            _check_layout(file, entries, archive.start_dir, end)
            document = _identify(archive, entries)
            _check_programs(archive, entries)
            if document is DOCX:
                _check_docx(archive, entries)
            else:
                _check_odt(archive, entries)
    except ZIP_ERRORS as error:
        raise Refusal(rules.DAMAGED, f"not a sound ZIP archive: {error!r}") from None
    finally:
        file.seek(0)
    return document


# --- The container ------------------------------------------------------------------------------------
def _end_record(file, size):
    """The position of the end-of-central-directory record, which must end the file exactly."""
    window = min(size, 65535 + END_RECORD.size)
    file.seek(size - window)
    tail = file.read(window)
    position = tail.rfind(END_SIGNATURE)
    if position < 0 or len(tail) - position < END_RECORD.size:
        raise Refusal(rules.DAMAGED, "no end of central directory")
    _signature, disk, cd_disk, _here, _total, _cd_size, _cd_offset, comment = END_RECORD.unpack_from(
        tail, position
    )
    if disk or cd_disk:
        raise Refusal(rules.DAMAGED, "a multi-volume archive")
    if comment > rules.MAX_ZIP_COMMENT or position + END_RECORD.size + comment != len(tail):
        raise Refusal(rules.DAMAGED, "data after the end of the archive")
    return size - window + position


def _check_entries(entries):
    if not entries:
        raise Refusal(rules.TYPE, "an empty archive")
    if len(entries) > rules.MAX_ZIP_ENTRIES:
        raise Refusal(rules.UNPACKED, f"{len(entries)} entries")
    names = set()
    unpacked = 0
    for entry in entries:
        name = entry.filename
        if name in names:
            raise Refusal(rules.DAMAGED, f"two entries named {name!r}")
        names.add(name)
        path = PurePosixPath(name)
        if "\\" in entry.orig_filename or "\x00" in name or path.is_absolute() or ".." in path.parts:
            raise Refusal(rules.DAMAGED, f"an unsafe entry name {name!r}")
        if entry.flag_bits & ENCRYPTED_FLAG:
            raise Refusal(rules.ENCRYPTED, f"{name} is encrypted")
        if entry.compress_type not in rules.ZIP_METHODS:
            raise Refusal(rules.DAMAGED, f"{name}: compression method {entry.compress_type}")
        if entry.compress_type == zipfile.ZIP_STORED and entry.file_size != entry.compress_size:
            raise Refusal(rules.DAMAGED, f"{name}: stored with two sizes")
        unpacked += entry.file_size
        if unpacked > rules.MAX_UNPACKED_BYTES:
            raise Refusal(rules.UNPACKED, f"more than {rules.MAX_UNPACKED_BYTES} bytes unpacked")
        ratio_limit = rules.MAX_COMPRESSION_RATIO * max(entry.compress_size, 1)
        if entry.file_size > rules.RATIO_FREE_BYTES and entry.file_size > ratio_limit:
            raise Refusal(rules.UNPACKED, f"{name}: compressed {entry.file_size // entry.compress_size}:1")
        lower = name.lower()
        if PurePosixPath(lower).suffix in rules.EXECUTABLE_EXTENSIONS:
            raise Refusal(rules.ACTIVE, f"a program: {name}")
        if rules.MACRO_PARTS.search(lower) or lower.startswith(rules.MACRO_FOLDERS):
            raise Refusal(rules.ACTIVE, f"macros or objects: {name}")


def _check_layout(file, entries, central_directory, end):
    """The entries follow one another from the first byte, with no gap, overlap or hidden data, up to
    the central directory, which runs to the end record (through ZIP64 records only if present)."""
    ordered = sorted(entries, key=lambda entry: entry.header_offset)
    expected = 0
    for index, entry in enumerate(ordered):
        if entry.header_offset != expected:
            raise Refusal(rules.DAMAGED, f"{entry.filename} at {entry.header_offset}, not {expected}")
        file.seek(entry.header_offset)
        header = file.read(LOCAL_HEADER.size)
        if len(header) != LOCAL_HEADER.size or not header.startswith(rules.ZIP_MAGIC):
            raise Refusal(rules.DAMAGED, f"{entry.filename}: no local header")
        *_fields, name_length, extra_length = LOCAL_HEADER.unpack(header)
        data_end = entry.header_offset + LOCAL_HEADER.size + name_length + extra_length + entry.compress_size
        following = ordered[index + 1].header_offset if index + 1 < len(ordered) else central_directory
        expected = data_end + _descriptor_length(file, entry, data_end, following)
    if expected != central_directory:
        raise Refusal(rules.DAMAGED, "data between the entries and the central directory")
    file.seek(central_directory)
    gap = end - central_directory - _central_directory_size(file, end)
    if gap == ZIP64_END_AND_LOCATOR:
        file.seek(end - gap)
        if file.read(4) == ZIP64_END:
            return
    if gap:
        raise Refusal(rules.DAMAGED, "data after the central directory")


def _central_directory_size(file, end):
    file.seek(end)
    return END_RECORD.unpack(file.read(END_RECORD.size))[5]


def _descriptor_length(file, entry, data_end, following):
    """The length of the data descriptor after an entry's data (0 without one)."""
    if not entry.flag_bits & DESCRIPTOR_FLAG:
        return 0
    file.seek(data_end)
    lengths = (16, 24) if file.read(4) == DESCRIPTOR_SIGNATURE else (12, 20)
    for length in lengths:
        if data_end + length == following:
            return length
    raise Refusal(rules.DAMAGED, f"{entry.filename}: hidden data after it")


# --- The document -------------------------------------------------------------------------------------
def _identify(archive, entries):
    names = {entry.filename for entry in entries}
    first = entries[0]
    if first.filename == "mimetype":
        if not _is_odt(archive, first) or rules.ODT_MAIN_PART not in names:
            raise Refusal(rules.TYPE, "an OpenDocument package, but not a text document")
        return ODT
    if {rules.DOCX_CONTENT_TYPES, rules.DOCX_MAIN_PART} <= names:
        content_types = _read(archive, archive.getinfo(rules.DOCX_CONTENT_TYPES)).lower()
        if rules.DOCX_MAIN_TYPE in content_types:
            return DOCX
    raise Refusal(rules.TYPE, "a ZIP archive, but neither DOCX nor ODT")


def _is_odt(archive, first):
    # The OpenDocument package format: "mimetype" first, stored uncompressed, holding the media type.
    if first.compress_type != zipfile.ZIP_STORED or first.file_size != len(rules.ODT_MIMETYPE):
        return False
    with archive.open(first) as entry:
        return entry.read(len(rules.ODT_MIMETYPE) + 1) == rules.ODT_MIMETYPE


def _check_programs(archive, entries):
    """No entry is a program, whatever its name: its first bytes say so."""
    for entry in entries:
        if entry.is_dir() or entry.file_size == 0:
            continue
        with archive.open(entry) as handle:
            head = handle.read(rules.MAGIC_READ)
        if head.startswith(rules.EXECUTABLE_MAGIC):
            raise Refusal(rules.ACTIVE, f"a program or OLE object: {entry.filename}")


def _check_docx(archive, entries):
    content_types = _read(archive, archive.getinfo(rules.DOCX_CONTENT_TYPES)).lower()
    if any(marker in content_types for marker in rules.MACRO_CONTENT_TYPES):
        raise Refusal(rules.ACTIVE, "macro content types")
    for entry in entries:
        name = entry.filename.lower()
        if name.endswith(".rels"):
            _check_relationships(_xml(archive, entry), entry.filename)
        elif name.startswith("word/") and name.endswith(".xml"):
            _check_fields(_xml(archive, entry), entry.filename)


def _check_relationships(root, name):
    for relationship in root.iter(RELATIONSHIPS):
        if relationship.get("TargetMode", "").lower() != "external":
            continue
        kind = relationship.get("Type", "")
        if not (kind.endswith(rules.EXTERNAL_LINK_TYPE_SUFFIX) and _is_link(relationship.get("Target"))):
            raise Refusal(rules.ACTIVE, f"{name}: external {kind.rsplit('/', 1)[-1]}")


def _check_fields(root, name):
    instructions = [node.text or "" for node in root.iter(WORD_MAIN + "instrText")]
    instructions += [node.get(WORD_MAIN + "instr", "") for node in root.iter(WORD_MAIN + "fldSimple")]
    if WORD_ACTIVE_FIELDS.search(" ".join(instructions)):
        raise Refusal(rules.ACTIVE, f"{name}: a DDE or include field")


def _check_odt(archive, entries):
    names = {entry.filename: entry for entry in entries}
    for part in rules.ODT_XML_PARTS:
        if part not in names:
            continue
        for element in _xml(archive, names[part]).iter():
            if element.tag in ODT_ACTIVE:
                raise Refusal(rules.ACTIVE, f"{part}: {element.tag}")
            href = element.get(XLINK_HREF)
            if href is None or not _is_external(href):
                continue
            if element.tag not in ODT_LINKS or not _is_link(href):
                raise Refusal(rules.ACTIVE, f"{part}: {element.tag} fetches {href[:60]}")


def _is_external(target):
    target = (target or "").strip()
    return bool(SCHEME.match(target)) or target.startswith(("/", "\\"))


def _is_link(target):
    match = SCHEME.match((target or "").strip())
    return bool(match) and match.group(1).lower() in rules.LINK_SCHEMES


# --- Capped reads -------------------------------------------------------------------------------------
def _read(archive, entry):
    if entry.file_size > rules.MAX_PART_READ:
        raise Refusal(rules.UNPACKED, f"{entry.filename}: {entry.file_size} bytes")
    with archive.open(entry) as handle:
        data = handle.read(rules.MAX_PART_READ + 1)
    if len(data) > rules.MAX_PART_READ:
        raise Refusal(rules.UNPACKED, f"{entry.filename}: larger than declared")
    return data


def _xml(archive, entry):
    try:
        return fromstring(_read(archive, entry))
    except (ParseError, ValueError) as error:  # defusedxml's refusals are ValueErrors
        raise Refusal(rules.DAMAGED, f"{entry.filename}: {error!r}") from None
