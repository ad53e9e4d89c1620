"""The site-wide demo content, by language: ``sl.py`` is the original, ``hr.py`` and ``en.py`` its
translations."""

from . import en, hr, sl

CONTENT = {"sl": sl.CONTENT, "hr": hr.CONTENT, "en": en.CONTENT}
