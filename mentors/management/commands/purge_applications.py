"""Erase the personal data and CVs of rejected and withdrawn applications after a retention period.

    manage.py purge_applications [--months 12] [--dry-run]

The worker runs it daily (the scheduled job "purge-applications"). An application is purged once it has been
rejected or withdrawn and has not changed for ``--months`` months (default: the setting
``APPLICATION_RETENTION_MONTHS``, else 12). Its name, contact details, free text, CV file, revisions
and the comments in its history are removed; what remains (status, areas, languages, country, years,
dates) no longer identifies anyone and keeps the programme's statistics whole. Accepted and undecided
applications are never touched. Running it again changes nothing.
"""

import calendar
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from mentors.models import MentorApplication

from .personal_data import erase_personal_data

DEFAULT_RETENTION_MONTHS = 12
PURGED_STATUSES = (MentorApplication.Status.REJECTED, MentorApplication.Status.WITHDRAWN)


def months_before(moment, months):
    """The same day and time ``months`` calendar months earlier (the month's last day if shorter)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def due_for_purge(months, now=None):
    cutoff = months_before(now or timezone.now(), months)
    return MentorApplication.objects.filter(
        status__in=PURGED_STATUSES, updated_at__lt=cutoff, personal_data_erased_at__isnull=True
    ).order_by("updated_at", "pk")


class Command(BaseCommand):
    help = "Erase the personal data and CVs of rejected and withdrawn applications older than N months."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=getattr(settings, "APPLICATION_RETENTION_MONTHS", DEFAULT_RETENTION_MONTHS),
            help="Months since the application last changed (its rejection or withdrawal).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only say which applications are due.")

    def handle(self, *args, months, dry_run=False, **options):
        if months < 1:
            raise CommandError("--months must be at least 1.")
        due = list(due_for_purge(months))
        for application in due:
            age = timezone.now() - application.updated_at
            line = (
                f"application #{application.pk} ({application.status}, {age // timedelta(days=1)} days old)"
            )
            if dry_run:
                self.stdout.write(f"Due: {line}")
            else:
                erase_personal_data(application)
                self.stdout.write(f"Erased: {line}")
        verb = "due for erasure" if dry_run else "erased"
        self.stdout.write(f"{len(due)} application(s) {verb} (older than {months} months).")
