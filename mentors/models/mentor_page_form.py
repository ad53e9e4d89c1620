"""The mentor profile's admin form: the areas in the profile's language, and no publishing of a bio
that still holds the accepted application's template (its [square brackets] or the note for the
editor, see ``mentors.applications.profiles``). Saving a draft keeps working with them."""

import re

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy

from programme.admin_forms import LocalizedAreasPageForm

# Text the editor is asked to replace: "[role]", "[Two or three sentences …]" (letters inside brackets).
PLACEHOLDER = re.compile(r"\[[^\[\]]*[^\W\d_][^\[\]]*\]")
EDITOR_NOTE = gettext_lazy(
    "For the editor, to delete before publishing: the applicant's own words from the application."
)
UNFINISHED = gettext_lazy(
    "Replace the text in [square brackets] and delete the note for the editor before publishing "
    "the profile (saving a draft is fine)."
)


class MentorPageForm(LocalizedAreasPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if "action-publish" in self.data and is_unfinished(cleaned_data.get("bio") or ""):
            self.add_error("bio", UNFINISHED)
        return cleaned_data


def is_unfinished(bio):
    """Whether the bio still holds a placeholder, or the editor's note in any of the site's languages."""
    text = strip_tags(bio)
    if PLACEHOLDER.search(text):
        return True
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            if str(EDITOR_NOTE) in text:
                return True
    return False
