"""The month names the date formats use, in the project's catalogue, where Django's own catalogues write
them otherwise: Slovenian lacks the genitive a day's date needs ("20. decembra"; Django's "alt. month"
is the nominative, capitalised), Croatian capitalises the nominative ("Veljača"). The project's
catalogue comes first, so these win; listed here so that ``makemessages`` keeps them.

Never imported: Django's ``django.utils.dates`` looks the names up under the same messages."""

from django.utils.translation import gettext_noop, pgettext_lazy

# A day's date: "20. December" → sl "20. decembra", hr "20. prosinca" (format character "E").
GENITIVE = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)

# A month alone: "February 2026" → hr "veljača 2026." (format character "F").
NOMINATIVE = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)
