"""Queue the scheduled jobs that are due (``SCHEDULED_JOBS``); the worker runs them.

    manage.py run_scheduled_jobs

The worker does this by itself every few seconds; this command is for a cron line where the schedule
should not depend on a worker being up (``* * * * * manage.py run_scheduled_jobs``). Running it again,
or next to a worker, queues nothing twice.
"""

from django.core.management.base import BaseCommand

from impact4values.core.background import schedule


class Command(BaseCommand):
    help = "Queue the scheduled jobs that are due."

    def handle(self, *args, **options):
        queued = schedule.enqueue_due_jobs()
        self.stdout.write(f"Queued: {', '.join(queued)}" if queued else "No job is due.")
