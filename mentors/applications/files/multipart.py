"""Keep an uploaded file whose name is not valid UTF-8, under a safe name, instead of losing it.

Django's multipart parser decodes each part's headers as UTF-8; when a file name is in another
encoding (an old system's Latin-2 or Windows-1250 name), the whole Content-Disposition header is
dropped as invalid, and with it the file: the form then says "Attach your CV" although one was sent.
This upload handler, first in ``FILE_UPLOAD_HANDLERS``, reads a multipart body of at most
``APPLICATION_MAX_REQUEST_BYTES`` (larger ones are left to Django as they are), replaces every byte
of the part headers that is not UTF-8 with "_", and lets Django's parser read the result with the
other handlers. The name becomes e.g. "_ivljenjepis.pdf"; the form cleans it as any other name.
"""

import io
import re

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler
from django.http.multipartparser import MultiPartParser

HEADER_LIMIT = 8192  # bytes of one part's headers looked at; Django's parser reads no more either
REPLACEMENT = b"_"


def repaired_headers(body, boundary):
    """``body`` with the bytes of each part's headers that are not UTF-8 replaced (same body when
    there are none)."""
    pattern = re.compile(
        rb"(--" + re.escape(boundary) + rb"\r\n)((?:(?!\r\n\r\n).){0,%d})(\r\n\r\n)" % HEADER_LIMIT, re.S
    )
    return pattern.sub(_repair, body)


def _repair(match):
    headers = match.group(2)
    try:
        headers.decode("utf-8")
    except UnicodeDecodeError:
        text = headers.decode("utf-8", errors="replace").replace("\ufffd", REPLACEMENT.decode())
        headers = text.encode("utf-8")
    return match.group(1) + headers + match.group(3)


class FileNameRepairingUploadHandler(FileUploadHandler):
    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length is None or content_length > settings.APPLICATION_MAX_REQUEST_BYTES:
            return None  # left to Django's own parsing
        body = input_data.read(content_length)
        repaired = repaired_headers(body, boundary)
        others = [handler for handler in self.request.upload_handlers if handler is not self]
        meta = {**META, "CONTENT_LENGTH": str(len(repaired))}
        return MultiPartParser(meta, io.BytesIO(repaired), others, encoding).parse()

    def receive_data_chunk(self, raw_data, start):
        return raw_data

    def file_complete(self, file_size):
        return None
