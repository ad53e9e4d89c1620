"""Dates given on the command line, read as Ljubljana time (the call's deadline, ``--deadline``)."""

import datetime
from zoneinfo import ZoneInfo

LJUBLJANA = ZoneInfo("Europe/Ljubljana")


def parse_deadline(text):
    """An ISO date or date-time; without a zone it is Ljubljana time, a bare date means its last second."""
    text = text.strip()
    try:
        if "T" not in text and " " not in text:
            day = datetime.date.fromisoformat(text)
            return datetime.datetime.combine(day, datetime.time(23, 59, 59), tzinfo=LJUBLJANA)
        moment = datetime.datetime.fromisoformat(text)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a date (2027-01-31) or a date-time (2027-01-31T23:59).") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=LJUBLJANA)
