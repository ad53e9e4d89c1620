"""Slovenian date formats: a day's date with the month in the genitive ("20. decembra 2025"), a month
alone in the nominative ("februar 2026"); the genitive names are in the project's catalogue
(``impact4values.formats.months``)."""

DATE_FORMAT = "j. E Y"
DATETIME_FORMAT = "j. E Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j. E"
TIME_FORMAT = "H:i"
