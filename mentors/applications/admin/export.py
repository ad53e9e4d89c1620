"""The applications' CSV and XLSX exports, as a selection committee reads them: every answer the applicant
wrote (free text included), headings and choices in the exporting moderator's admin language, times in
the site's time zone without microseconds, real dates in XLSX, and no formula an applicant could slip
into a spreadsheet.

Wagtail's admin speaks the user's language only while its view runs; the CSV is a streamed response,
written after the view has returned, so each of its rows is written in the language of the view here.
"""

import datetime
import re
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Columns, in order, and their headings.
COLUMNS = {
    "reference": _("Reference"),
    "status": _("Status"),
    "first_name": _("First name"),
    "last_name": _("Last name"),
    "email": _("E-mail"),
    "phone": _("Phone"),
    "country": _("Country"),
    "city": _("City"),
    "organisation": _("Organisation"),
    "role": _("Role"),
    "website": _("Website or LinkedIn"),
    "thematic_areas": _("Thematic areas"),
    "area_experiences": _("Experience in the thematic areas"),
    "eu_values_experience": _("Experience with EU values"),
    "languages": _("Mentoring languages"),
    "years_ngo_experience": _("Years of NGO work"),
    "years_mentoring_experience": _("Years of mentoring"),
    "total_experience": _("Total experience (years)"),
    "hours_per_month": _("Hours per month"),
    "available_from": _("Available from"),
    "language": _("Language of the application"),
    "publish_consent": _("Agrees to a public profile"),
    "submitted_at": _("Submitted"),
}

# A spreadsheet runs a cell starting with one of these as a formula ("=HYPERLINK(…)", "@SUM(…)", "+cmd|…").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A phone number as people write it ("+386 1 234 56 78", "(01) 234-5678"): digits and punctuation only,
# nothing a formula could call, so it is left as written.
PHONE_NUMBER = re.compile(r"\+?[0-9][0-9 ()./-]*\Z")

XLSX_DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
XLSX_DATE_FORMAT = "yyyy-mm-dd"


def local_time(value):
    """An aware time as the site's clock shows it (Europe/Ljubljana), naive, to the second."""
    if timezone.is_aware(value):
        value = timezone.localtime(value, ZoneInfo(settings.TIME_ZONE))
    return value.replace(tzinfo=None, microsecond=0)


def csv_text(field, value):
    """A CSV cell: times as ISO-like local text, anything that could start a formula defused with "'"."""
    if isinstance(value, datetime.datetime):
        return local_time(value).isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_START):
        if not (field == "phone" and PHONE_NUMBER.match(value.strip())):
            return "'" + value
    return value


def xlsx_value(value):
    """An XLSX cell's value: local naive date-times (XLSX has no time zones); the rest unchanged."""
    if isinstance(value, datetime.datetime):
        return local_time(value)
    return value


def xlsx_number_format(value):
    if isinstance(value, datetime.datetime):
        return XLSX_DATETIME_FORMAT
    if isinstance(value, datetime.date):
        return XLSX_DATE_FORMAT
    return None


def in_language(rows, language):
    """The streamed ``rows``, each one made with ``language`` active (and nothing else left active)."""
    while True:
        with translation.override(language):
            try:
                row = next(rows)
            except StopIteration:
                return
        yield row


def yes_or_no(value):
    return gettext("yes") if value else gettext("no")
