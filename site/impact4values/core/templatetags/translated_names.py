"""The translated_name filter: a workflow's or task's name in the reader's language.

Names of workflows and tasks are data, and Wagtail prints them as they are; the ones the project creates
are English msgids of its catalogues (see impact4values.core.workflow_names), so they read in the admin
user's language. A name no catalogue has (one typed in the admin) shows as typed.
"""

from django import template
from django.utils.translation import gettext

register = template.Library()


@register.filter
def translated_name(named):
    """The name (or a Workflow's or Task's, whose str() is its name) in the active language."""
    name = "" if named is None else str(named)
    return gettext(name) if name else name
