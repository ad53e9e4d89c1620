"""Real worker processes against a copy of a demo database (``embedded.demo_database``), for the tests
that stop, kill and restart them. Each step runs in a subprocess of its own: ``python -c`` sets Django up
on that file with the settings a deployment would have (tasks in the database, e-mail over SMTP to the
test's sink), then calls one of the functions below.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from .concurrency import ROOT, environment_for, run_python

APPLICANT = "ana.novak@example.org"


class WorkerSite:
    """A copy of ``template`` (a demo database file) and the environment of every step; ``overrides``
    become settings."""

    def __init__(self, folder, template, smtp_port, **overrides):
        self.database = Path(folder) / "db.sqlite3"
        shutil.copyfile(template, self.database)
        self.log = self.database.with_name("worker.log")
        self.overrides = {
            "TASKS": {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": smtp_port,
            **overrides,
        }
        self.environment = environment_for(self.database)

    def code(self, function, **overrides):
        """The ``python -c`` code of one step: ``function`` with the settings overridden."""
        settings = json.dumps(self.overrides | overrides)
        return f"from tests.support.worker_process import {function}; {function}({settings!r})"

    def run(self, function, **overrides):
        """Run one step to its end; what it printed last, as JSON."""
        return run_python(self.code(function, **overrides), self.environment)

    def start_worker(self, **overrides):
        """A worker working until stopped (``stop``) or killed; its output goes to ``self.log``."""
        with self.log.open("a") as log:
            return subprocess.Popen(  # noqa: S603
                [sys.executable, "-c", self.code("work", **overrides)],
                cwd=ROOT,
                env=self.environment,
                stdout=log,
                stderr=log,
            )


def stop(process, how=signal.SIGINT, timeout=30):
    process.send_signal(how)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise
    return process.returncode


def wait_until(condition, timeout=30, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


# --- In the subprocess ----------------------------------------------------------------------------------
def setup(settings_json):
    import django

    django.setup()
    from django.test.utils import override_settings

    override_settings(**json.loads(settings_json)).enable()


def submit(settings_json):
    """Apply through the call page, as a browser would; the e-mails are queued for the worker."""
    setup(settings_json)
    from tests.support.applications import Applicant, open_the_call

    open_the_call()
    response = Applicant("en").submit()
    from mentors.models import MentorApplication

    print(json.dumps({"status": response.status_code, "applications": MentorApplication.objects.count()}))


def work(settings_json, once=False):
    setup(settings_json)
    from impact4values.core.background import worker

    worker.run(worker_id=f"test-{os.getpid()}", interval=0.2, once=once)


def work_once(settings_json):
    work(settings_json, once=True)
    print(json.dumps({"done": True}))


def state(settings_json):
    """Every stored e-mail's status and attempts, and the tasks by status."""
    setup(settings_json)
    from collections import Counter

    from django_tasks_db.models import DBTaskResult

    from impact4values.core.models import OutgoingEmail

    emails = list(
        OutgoingEmail.objects.order_by("pk").values("key", "to", "status", "attempts", "message_id")
    )
    tasks = Counter(DBTaskResult.objects.values_list("status", flat=True))
    print(json.dumps({"emails": emails, "tasks": dict(tasks)}))
