"""Run the background tasks: e-mails, Elasticsearch updates, scheduled jobs (the retention purge…).

    manage.py run_worker [--interval 1] [--once]

``make run`` starts one next to the web server; in production run it as its own service (the README
shows a systemd unit). Several workers may run at once: each task is claimed by one of them.
"""

from django.core.management.base import BaseCommand
from django_tasks.utils import get_random_id

from impact4values.core.background import worker


class Command(BaseCommand):
    help = "Run queued background tasks and the scheduled jobs until stopped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds between looks at an empty queue."
        )
        parser.add_argument("--once", action="store_true", help="Run what is due, then exit.")
        parser.add_argument(
            "--worker-id", default=None, help="Unique among running workers (default: random)."
        )

    def handle(self, *args, interval, once, worker_id, **options):
        worker.run(interval=interval, worker_id=worker_id or get_random_id(), once=once)
