"""File names as harmless data: what an applicant's file was called, never a path to act on."""

import re
import unicodedata
from pathlib import PurePosixPath

NAME_MAX_LENGTH = 150  # kept of the original file name, extension included


def extension_of(name):
    """The lower-case extension of a file name (".pdf"), or ""."""
    return PurePosixPath(name or "").suffix.lower()


def claimed_extension(name):
    """The extension a file name claims (".docx"), or "" when its last dot starts no extension
    ("CV Ana.Novak", "cv v2.1"): two to four letters or digits, at least one a letter."""
    extension = extension_of(name)
    if re.fullmatch(r"\.[a-z0-9]{2,4}", extension) and re.search(r"[a-z]", extension):
        return extension
    return ""


def clean_file_name(name, fallback="cv", max_length=NAME_MAX_LENGTH):
    """The applicant's file name as harmless data: no folders, no control or formatting characters,
    no leading dots, single spaces, at most ``max_length`` characters with the extension kept."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]  # both separators, whatever the system
    name = "".join(char for char in name if char.isprintable())  # drops Cc, Cf (e.g. U+202E), Zl, Zp
    name = " ".join(name.split()).strip(" .")
    if not name:
        return fallback
    if len(name) <= max_length:
        return name
    suffix = PurePosixPath(name).suffix
    if not 1 < len(suffix) <= 10:
        suffix = ""
    stem = name[: len(name) - len(suffix)]
    return stem[: max_length - len(suffix)].rstrip(" .") + suffix
