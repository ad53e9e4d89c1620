"""Raw input of the application form read predictably: one answer per question, visible text in names.

A browser sends each single-valued field once. A request sending one twice is no browser's: two equal
values are one answer; two different ones contradict each other and the field is refused, never
decided by which came last. Two files for the one CV field are always refused. Multi-valued fields
(areas, languages) keep each value once.

Names, cities and organisations are single lines of visible text: invisible characters that have no
place in them (zero-width spaces, word joiners, byte-order marks, soft hyphens, direction overrides)
are removed, and what remains must contain a letter (or, for an organisation, a letter or a digit).
"""

import re
import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

# Removed from single-line text; the zero-width (non-)joiners U+200C and U+200D stay, as some
# scripts and emoji need them.
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def single_line(value):
    """``value`` as one line of visible text: NFC, no controls or invisible marks, single spaces."""
    value = unicodedata.normalize("NFC", value or "")
    value = INVISIBLE.sub("", value)
    value = "".join(char if unicodedata.category(char) != "Cc" else " " for char in value)
    return " ".join(value.split())


def has_letter(value):
    return any(unicodedata.category(char).startswith("L") for char in value)


def has_letter_or_digit(value):
    return any(unicodedata.category(char)[0] in "LN" for char in value)


def values(data, name):
    """Every value sent under ``name`` (a QueryDict or MultiValueDict; a plain dict has one)."""
    if hasattr(data, "getlist"):
        return data.getlist(name)
    value = data.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def is_multiple(field):
    return isinstance(field, forms.MultipleChoiceField) or getattr(
        field.widget, "allow_multiple_selected", False
    )


def contradicted_fields(form):
    """(name, is_file) of each single-valued field of ``form`` sent with contradicting values."""
    found = []
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        if isinstance(field, forms.FileField):
            if len(values(form.files, key)) > 1:
                found.append((name, True))
        elif not is_multiple(field) and len(set(values(form.data, key))) > 1:
            found.append((name, False))
    return found


def refuse_contradictions(form, hidden_message):
    """Add a field error to each field of ``form`` sent with contradicting values (two CVs, two
    different e-mails...); ``hidden_message`` for a hidden field, which the applicant cannot check."""
    for name, is_file in contradicted_fields(form):
        if is_file:
            message = _("Choose one file only: the form takes a single CV.")
        elif form.fields[name].widget.is_hidden:
            message = hidden_message
        else:
            message = _("This answer arrived twice, with different values. Check it and send the form again.")
        form.add_error(name, forms.ValidationError(message, code="repeated"))
