"""Running a scenario with real threads against a copy of the test database, in a subprocess.

Real threads need real connections that see each other's commits, which the suite's own database (one
transaction per test) cannot give. So the test copies the test database to a file (SQLite's backup;
on another database the subprocess migrates a fresh SQLite file and loads the demo site instead) and
runs the scenario in a subprocess, which prints its findings as one line of JSON.
"""

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent.parent
BACKUP_SECONDS = 20


def copy_test_database(target):
    """Copy the SQLite test database to ``target``; False when that is not possible (in time)."""
    if connection.vendor != "sqlite":
        return False
    connection.ensure_connection()
    started = time.monotonic()

    def give_up_when_locked(status, remaining, total):
        if time.monotonic() - started > BACKUP_SECONDS:
            raise TimeoutError("the test database stayed locked")

    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination, progress=give_up_when_locked, sleep=0.05)
    except (TimeoutError, sqlite3.Error):
        return False
    finally:
        destination.close()
    return True


def run_scenario(module, function):
    """Run ``module.function(prepare)`` in a subprocess on a file copy of the test database; its JSON."""
    with tempfile.TemporaryDirectory(prefix="i4v-concurrency-") as folder:
        database = Path(folder) / "db.sqlite3"
        prepare = not copy_test_database(database)
        if prepare:
            database.unlink(missing_ok=True)
        code = f"from {module} import {function}; {function}({prepare})"
        return run_python(code, environment_for(database))


def environment_for(database):
    """The test settings on the SQLite file ``database``, for a subprocess."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "impact4values.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
    }


def run_python(code, environment, timeout=300):
    """Run ``python -c code`` to its end; the JSON it printed last."""
    completed = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


def start(prepare):
    """In the subprocess: set Django up, build the database when it was not copied, open the call."""
    import datetime

    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    if prepare:
        from impact4values.core.demo import load_demo_site
        from programme.demo.deadline import REAL_DEADLINE

        call_command("migrate", verbosity=0)
        load_demo_site(REAL_DEADLINE, demo_accounts=True)

    from programme.models import CallPage

    CallPage.objects.update(application_deadline=timezone.now() + datetime.timedelta(days=1))


def report(**findings):
    print(json.dumps(findings))
