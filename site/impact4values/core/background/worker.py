"""The worker's loop: run the queued tasks, and between them, the housekeeping (abandoned tasks back to
the queue, scheduled jobs that are due).

It drives django-tasks-db's own worker one batch at a time (each batch runs the ready tasks, then
returns), so that housekeeping happens at least every ``HOUSEKEEPING_INTERVAL`` seconds even when the
queue is never empty. Ctrl-C or SIGTERM lets the running task finish, then stops; a second one stops at
once (the task then counts as abandoned and runs again later).
"""

import logging
import time

from django.db import close_old_connections
from django_tasks_db.management.commands.db_worker import Worker

from . import recovery, schedule

logger = logging.getLogger(__name__)

HOUSEKEEPING_INTERVAL = 10  # seconds
BATCH_SIZE = 20  # tasks between two rounds of housekeeping


def housekeeping(backend_name):
    recovery.requeue_abandoned(backend_name)
    schedule.enqueue_due_jobs()


def run(*, backend_name="default", interval=1.0, worker_id, once=False):
    """Work until stopped; with ``once``, until the queue is empty (tests, one-off catching up)."""
    logger.info("Worker %s started", worker_id)
    last_housekeeping = None
    while True:
        if last_housekeeping is None or time.monotonic() - last_housekeeping >= HOUSEKEEPING_INTERVAL:
            housekeeping(backend_name)
            last_housekeeping = time.monotonic()
        batch = Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name=backend_name,
            startup_delay=False,
            max_tasks=BATCH_SIZE,
            worker_id=worker_id,
        )
        batch.configure_signals()  # a signal while idle exits at once, during a task after it
        batch.run()
        close_old_connections()
        if not batch.running:
            logger.info("Worker %s stopped", worker_id)
            return
        if batch._run_tasks < BATCH_SIZE:  # the queue was empty: wait before looking again
            if once:
                return
            time.sleep(interval)
