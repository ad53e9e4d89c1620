"""A mentor's picture: the profile's photo when it has one, else an initials avatar drawn as inline SVG.

The avatar is decorative (the name is always written beside it), so it is hidden from assistive
technology. Its colour comes from the name, the same on every page and in every process, and white
initials on it meet WCAG AA contrast. SVG presentation attributes (``fill``) are not inline styles, so
the strict Content-Security-Policy allows them.
"""

import unicodedata
import zlib

from django import template
from django.utils.html import format_html

register = template.Library()

# Backgrounds for white initials, each with a contrast ratio of at least 4.5:1 against #fff.
AVATAR_COLOURS = (
    "#0b3d91",  # blue
    "#1b6e3a",  # green
    "#9b2242",  # raspberry
    "#6b2c91",  # violet
    "#005f73",  # teal
    "#8a3b12",  # rust
    "#4a5566",  # slate
    "#7a4d00",  # ochre
)


def initials(name):
    """The first letters of a name's first and last words, in capitals ("Jelena Đorđević" -> "JĐ");
    one letter for a one-word name. Words without a letter (a dash, a number) are skipped."""
    words = [word for word in unicodedata.normalize("NFC", name).split() if first_letter(word)]
    if not words:
        return ""
    chosen = words[:1] + words[1:][-1:]
    return "".join(first_letter(word) for word in chosen).upper()


def first_letter(word):
    return next((character for character in word if character.isalpha()), "")


def avatar_colour(name):
    """A colour of ``AVATAR_COLOURS`` chosen by the name: stable across processes and languages."""
    key = unicodedata.normalize("NFC", " ".join(name.split())).casefold().encode()
    return AVATAR_COLOURS[zlib.crc32(key) % len(AVATAR_COLOURS)]


@register.simple_tag
def mentor_avatar(name, css_class="avatar"):
    """An initials avatar for ``name``: decorative inline SVG, sized by the stylesheet."""
    return format_html(
        '<svg class="{}" viewBox="0 0 100 100" aria-hidden="true" focusable="false">'
        '<circle cx="50" cy="50" r="50" fill="{}"/>'
        '<text x="50" y="50" dy="0.35em" text-anchor="middle" fill="#ffffff" font-size="40" '
        'font-weight="700">{}</text></svg>',
        css_class,
        avatar_colour(name),
        initials(name),
    )
