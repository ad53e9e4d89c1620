from django.core.management.base import BaseCommand, CommandError

from impact4values.core.demo import load_demo_site
from impact4values.core.demo.accounts import DEMO_PASSWORD, DEMO_USERS
from impact4values.core.demo.dates import parse_deadline
from impact4values.core.site_url import configured_base_url, host_and_port


class Command(BaseCommand):
    help = (
        "Load the real call and programme content in Slovenian, Croatian and English (idempotent). "
        "The call's deadline is the real one (20 December 2025, Ljubljana) unless --deadline is given; "
        "it is applied to an already loaded site too."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--deadline",
            default="",
            help="Application deadline, e.g. 2027-01-31T23:59 or 2027-01-31 (Ljubljana time).",
        )
        parser.add_argument(
            "--demo-accounts",
            action="store_true",
            help=f"Also create the users admin, editor and moderator with the password {DEMO_PASSWORD!r} "
            "(for local trials only, never in production).",
        )

    def handle(self, *args, deadline, demo_accounts, **options):
        try:
            moment = parse_deadline(deadline) if deadline else None  # None: the call's real deadline
            host_and_port(configured_base_url())  # a bad BASE_URL stops the load before it begins
        except ValueError as error:
            raise CommandError(str(error)) from error
        report = load_demo_site(moment, demo_accounts=demo_accounts)
        for line in report.created:
            self.stdout.write(f"  created {line}")
        for line in report.updated:
            self.stdout.write(f"  updated {line}")
        if not report.created and not report.updated:
            self.stdout.write("Demo content already loaded; nothing changed.")
        for line in report.summary:
            self.stdout.write(self.style.SUCCESS(line))
        if demo_accounts:
            accounts = ", ".join(username for username, *_details in DEMO_USERS)
            self.stdout.write(f"Demo accounts ({accounts}), password: {DEMO_PASSWORD}")
