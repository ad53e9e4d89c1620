"""How a profile speaks of its mentor. Slovenian and Croatian inflect "mentor" by grammatical gender
("O mentorici", "O mentorju"): a profile may record the mentor's own; where it does not, the wording
names both forms ("mentorja/mentorice"). English has one form for all.

Each text is one message per gender, told apart by its context, so translators see all three."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class GrammaticalGender(models.TextChoices):
    NOT_STATED = "", _("Not stated (both forms)")
    FEMININE = "feminine", _("Feminine (mentorica)")
    MASCULINE = "masculine", _("Masculine (mentor)")


NOT_STATED = GrammaticalGender.NOT_STATED

PROFILE_WORDING = {
    GrammaticalGender.FEMININE: {
        "about": pgettext_lazy("profile of a woman mentor", "About"),
        "work_with": pgettext_lazy("profile of a woman mentor", "Would you like to work with this mentor?"),
        "how": pgettext_lazy(
            "profile of a woman mentor",
            "Write to the programme team; they will check the mentor's availability and connect you.",
        ),
        "ask": pgettext_lazy("profile of a woman mentor", "Ask the programme for this mentor"),
    },
    GrammaticalGender.MASCULINE: {
        "about": pgettext_lazy("profile of a man mentor", "About"),
        "work_with": pgettext_lazy("profile of a man mentor", "Would you like to work with this mentor?"),
        "how": pgettext_lazy(
            "profile of a man mentor",
            "Write to the programme team; they will check the mentor's availability and connect you.",
        ),
        "ask": pgettext_lazy("profile of a man mentor", "Ask the programme for this mentor"),
    },
    NOT_STATED: {
        "about": pgettext_lazy("profile, mentor's gender not stated", "About"),
        "work_with": pgettext_lazy(
            "profile, mentor's gender not stated", "Would you like to work with this mentor?"
        ),
        "how": pgettext_lazy(
            "profile, mentor's gender not stated",
            "Write to the programme team; they will check the mentor's availability and connect you.",
        ),
        "ask": pgettext_lazy("profile, mentor's gender not stated", "Ask the programme for this mentor"),
    },
}


def profile_wording(gender):
    """The profile's headings and texts for a mentor of ``gender`` (blank: not stated)."""
    return PROFILE_WORDING.get(gender, PROFILE_WORDING[NOT_STATED])
