"""Croatian date formats: a day's date with the month in the genitive and a closing full stop
("20. prosinca 2025."), a month alone in the nominative ("veljača 2026."); month names lower case, as
Croatian writes them (the project's catalogue, ``impact4values.formats.months``)."""

DATE_FORMAT = "j. E Y."
DATETIME_FORMAT = "j. E Y. H:i"
YEAR_MONTH_FORMAT = "F Y."
MONTH_DAY_FORMAT = "j. E"
TIME_FORMAT = "H:i"
