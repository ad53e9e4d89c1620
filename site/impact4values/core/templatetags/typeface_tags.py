"""The self-hosted typeface's stylesheet, when ``make install`` has put the font files in place.

The font files come from the npm registry at build time (see the Makefile's ``fonts`` step) and are not
in git, so a checkout without them must still render, in the system font: the stylesheet is linked only
when it can be served, and collectstatic never meets a reference to a missing file.
"""

from django import template
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import ImproperlyConfigured
from django.templatetags.static import static

register = template.Library()

STYLESHEET = "fonts/typeface.css"


@register.simple_tag
def typeface_stylesheet_url():
    """The stylesheet's URL, or "" when the font files are not installed (nor collected)."""
    if not (finders.find(STYLESHEET) or collected(STYLESHEET)):
        return ""
    try:
        return static(STYLESHEET)
    except ValueError:  # found in the source tree, but not in the manifest of the collected files
        return ""


def collected(name):
    try:
        return staticfiles_storage.exists(name)
    except ImproperlyConfigured:  # no STATIC_ROOT: nothing is collected
        return False
