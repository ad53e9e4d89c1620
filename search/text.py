"""Text normalisation shared by both backends, so that they match exactly the same words.

Both case and diacritics are ignored: "Zagovorništvo", "zagovornistvo" and "ZAGOVORNIŠTVO" are one word.
"đ" folds to "d", and words with "đ" are also indexed with "dj", the usual ASCII spelling, so that
"dordevic" and "djordjevic" both find "Đorđević". A query word matches any indexed word it begins.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200  # characters of the query kept; the rest is dropped with a notice
MAX_TERMS = 8
MAX_TERM_LENGTH = 20  # longer words match on their first 20 letters (Elasticsearch's n-gram limit)

# Letters that Unicode does not decompose into a base letter plus a mark, folded the way
# Elasticsearch's asciifolding folds them.
_SPECIAL = str.maketrans(
    {
        **dict.fromkeys("đĐðÐ", "d"),
        **dict.fromkeys("øØ", "o"),
        **dict.fromkeys("łŁ", "l"),
        **dict.fromkeys("ıİ", "i"),
        **dict.fromkeys("ħĦ", "h"),
        **dict.fromkeys("ŧŦ", "t"),
        **dict.fromkeys("æÆ", "ae"),
        **dict.fromkeys("œŒ", "oe"),
        **dict.fromkeys("þÞ", "th"),
        "ß": "ss",
    }
)
_WORD = re.compile(r"[^\W_]+")


def fold(text):
    """Lower case, without diacritics."""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def words(text):
    """The folded words of ``text``."""
    return _WORD.findall(fold(text))


def sort_key(text):
    """A name's sort key: its folded words joined by "0", which sorts before every letter the same way
    in SQLite, in PostgreSQL under any collation, and in Elasticsearch (spaces would not: collations
    other than C skip them)."""
    return "0".join(words(text))


def index_words(text):
    """The words to index for ``text``: folded, plus the "dj" spelling of words written with "đ"."""
    indexed = words(text)
    for word in _WORD.findall(text.lower()):
        if "đ" in word:
            indexed.extend(words(word.replace("đ", "dj")))
    return indexed


def index_text(*texts):
    """One space-delimited string of unique indexed words, with a leading and a trailing space."""
    unique = dict.fromkeys(word for text in texts if text for word in index_words(text))
    return " " + " ".join(unique) + " " if unique else " "


def query_terms(query):
    """The words of a query, as matched: folded, at most ``MAX_TERMS``, each at most ``MAX_TERM_LENGTH``."""
    terms = dict.fromkeys(word[:MAX_TERM_LENGTH] for word in words(query[:MAX_QUERY_LENGTH]))
    return list(terms)[:MAX_TERMS]


def highlight(text, terms):
    """``text`` escaped, with each word that a query term begins wrapped in <mark>."""
    if not terms:
        return escape(text)
    parts = []
    position = 0
    for match in _WORD.finditer(text):
        word = match.group(0)
        if any(candidate.startswith(term) for term in terms for candidate in index_words(word)):
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(word)}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 -- every piece is escaped above
