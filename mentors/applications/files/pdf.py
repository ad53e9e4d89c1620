"""A PDF checked by its structure: it ends where a PDF ends, parses, has pages, and carries neither
scripts, launch actions nor embedded files (the tables of ``rules``).

pypdf reads the objects a PDF reader would act on, from the trailer down, those inside compressed
object streams too (where a search of the file's bytes would miss them); names are compared decoded
(``/J#53`` is ``/JS``). Nothing is rendered and no content stream is decoded.
"""

import io
import logging
import zipfile

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from . import rules
from .rules import Refusal

logger = logging.getLogger(__name__)


def check_pdf(data):
    """Raise ``Refusal`` unless ``data`` (the whole file) is a PDF we accept."""
    if not data.startswith(rules.PDF_MAGIC):
        raise Refusal(rules.TYPE, "no PDF signature")
    if not data.rstrip(rules.PDF_TRAILING_BYTES).endswith(rules.PDF_END):
        raise Refusal(rules.DAMAGED, "data after the last %%EOF, or none at all")
    if rules.HTML_MARKUP.search(data):
        raise Refusal(rules.DAMAGED, "HTML markup: a PDF/HTML polyglot")
    if _holds_zip(data):
        raise Refusal(rules.DAMAGED, "a ZIP archive inside")
    reader = _parse(data)
    _walk(reader)


def _holds_zip(data):
    # A ZIP is read from its end-of-central-directory record, within the last 64 KiB.
    tail = data[-(65536 + 22) :]
    if b"PK\x05\x06" not in tail:
        return False
    return zipfile.is_zipfile(io.BytesIO(data))


def _parse(data):
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader)
        if len(reader.pages) < 1:
            raise Refusal(rules.DAMAGED, "no pages")
    except Refusal:
        raise
    except Exception as error:  # pypdf on hostile input raises anything from PdfReadError to KeyError
        raise Refusal(rules.DAMAGED, f"does not parse: {error!r}") from None
    return reader


def _decrypt(reader):
    """Only an owner password (restrictions, no password to open) is acceptable: then we can look."""
    try:
        opened = reader.decrypt("")
    except Exception:  # no password fits, or an algorithm needing a library we do not install
        opened = 0
    if not opened:
        raise Refusal(rules.ENCRYPTED, "needs a password to open")


def _walk(reader):
    """Visit everything a reader reaches from the trailer (catalogue, pages, annotations, outlines,
    names, forms), each object once; not what only draws (resources, content and appearance streams)."""
    seen = set()
    stack = [reader.trailer]
    nodes = 0
    while stack:
        node = stack.pop()
        nodes += 1
        if nodes > rules.MAX_PDF_NODES:
            raise Refusal(rules.DAMAGED, "too many objects to check")
        if isinstance(node, IndirectObject):
            if (node.idnum, node.generation) in seen:
                continue
            seen.add((node.idnum, node.generation))
            if len(seen) > rules.MAX_PDF_OBJECTS:
                raise Refusal(rules.DAMAGED, "too many objects to check")
            node = _resolved(node)
        if isinstance(node, DictionaryObject):
            _check_dictionary(node)
            stack.extend(value for key, value in node.items() if key not in rules.PDF_SKIPPED_KEYS)
        elif isinstance(node, ArrayObject):
            stack.extend(node)


def _resolved(reference):
    try:
        return reference.get_object()
    except Exception:
        raise Refusal(rules.DAMAGED, f"object {reference.idnum} does not parse") from None


def _check_dictionary(dictionary):
    forbidden = rules.PDF_FORBIDDEN_KEYS.intersection(dictionary.keys())
    if forbidden:
        raise Refusal(rules.ACTIVE, f"key {sorted(forbidden)[0]}")
    action = _name(dictionary.get("/S"))
    if action and action in rules.PDF_FORBIDDEN_ACTIONS:
        raise Refusal(rules.ACTIVE, f"action {action}")
    for key in ("/Type", "/Subtype"):
        kind = _name(dictionary.get(key))
        if kind and kind in rules.PDF_FORBIDDEN_TYPES:
            raise Refusal(rules.ACTIVE, f"{key} {kind}")


def _name(value):
    """A name given directly or through a reference (``/S 7 0 R``), or None."""
    if isinstance(value, IndirectObject):
        value = _resolved(value)
    return value if isinstance(value, str) else None
