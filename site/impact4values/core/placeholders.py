"""Facts an editor writes into rich text as a token, shown from the one field that holds them, so that
changing the field changes every page (and no body text repeats a date that may change).

``{deadline}``: the call's application deadline, as a date in the page's language ("20. decembra
2025"). The app that owns a fact registers a source of values (``register``; the programme's call page
does, for the call of each language); the core knows no app above it. An unknown token stays as
written.
"""

import re

from django.utils.html import escape
from django.utils.translation import get_language

TOKEN = re.compile(r"\{([a-z_]+)\}")
SOURCES = []  # functions of a language code returning {token: text}


def register(source):
    if source not in SOURCES:
        SOURCES.append(source)
    return source


def values_in(language):
    values = {}
    for source in SOURCES:
        values.update(source(language))
    return values


def substitute(source, language=None):
    """``source`` (rich text as stored) with each known token replaced by its value, escaped."""
    if not TOKEN.search(source):  # most paragraphs: no token, so no query for the values
        return source
    values = values_in(language or get_language())
    return TOKEN.sub(lambda match: escape(values[match[1]]) if match[1] in values else match[0], source)
