"""ASCII slugs, transliterated: "Pogosta vprašanja" → "pogosta-vprasanja", "Đurđevac" → "durdevac".

With ``WAGTAIL_ALLOW_UNICODE_SLUGS = False`` Wagtail's own slugs simply drop what is not ASCII (its
admin script strips "š" from a typed slug, Django's ``slugify`` drops "đ"), so letters are
transliterated first, with anyascii, wherever a slug is made:

- the admin's slug fields: the script is given one formatter per letter (run before its own slugify
  and urlify), and the form field transliterates what is submitted, also without JavaScript;
- any page saved with a non-ASCII slug (the copy form, code);
- wagtail-localize's translated slugs: the editor's translation of a page's slug is stored
  transliterated, before wagtail-localize's ``slugify`` would drop its "đ".
"""

import unicodedata
from collections import defaultdict

from anyascii import anyascii
from django import forms
from django.db import models
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils.text import slugify
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

# Latin-1 Supplement and Latin Extended-A and -B: every accented or special Latin letter editors type.
LATIN_LETTERS = range(0x00C0, 0x0250)


def ascii_slug(text):
    """``text`` as an ASCII slug, its letters transliterated; may be empty."""
    return slugify(anyascii(text))


def letter_formatters():
    """[(regex, replacement)] for the admin's slug script: each non-ASCII Latin letter to its ASCII."""
    letters_by_replacement = defaultdict(str)
    for code in LATIN_LETTERS:
        letter = chr(code)
        replacement = anyascii(letter)
        if unicodedata.category(letter).startswith("L") and replacement.isascii() and replacement.isalpha():
            letters_by_replacement[replacement] += letter
    return [(f"[{letters}]", replacement) for replacement, letters in sorted(letters_by_replacement.items())]


class TransliteratingSlugInput(SlugInput):
    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=formatters or letter_formatters(), locale=locale)


class AsciiSlugField(forms.SlugField):
    """A slug field that accepts letters such as "š" or "đ" and stores them transliterated."""

    def to_python(self, value):
        value = super().to_python(value)
        return value if value.isascii() else ascii_slug(value)


register_form_field_override(
    models.SlugField, override={"widget": TransliteratingSlugInput, "form_class": AsciiSlugField}
)


@receiver(pre_save)
def transliterate_page_slug(sender, instance, **kwargs):
    if not isinstance(instance, Page) or instance.slug.isascii():
        return
    base = ascii_slug(instance.slug) or "page"
    parent = instance.get_parent() if instance.path else None
    instance.slug = find_available_slug(parent, base, ignore_page_id=instance.pk) if parent else base


@receiver(pre_save, sender=StringTranslation)
def transliterate_translated_slug(sender, instance, **kwargs):
    if instance.context_id and instance.context.path == "slug" and not instance.data.isascii():
        instance.data = ascii_slug(instance.data)
