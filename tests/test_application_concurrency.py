"""Two people applying at the same moment are both stored.

Real threads need real connections that see each other's commits, which the suite's own database (one
transaction per test) cannot give. So the test copies the test database to a file (SQLite's backup;
on another database the subprocess migrates a fresh SQLite file and loads the demo site instead) and
runs two browsers in a subprocess: both open the form, wait at a barrier, and post at once.
"""

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent
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


def two_browsers_at_once(prepare):
    """The subprocess: optionally build the database, then two simultaneous applications; prints JSON."""
    import datetime
    import threading

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection as own_connection
    from django.utils import timezone

    if prepare:
        from impact4values.core.demo import load_demo_site
        from programme.demo.deadline import REAL_DEADLINE

        call_command("migrate", verbosity=0)
        load_demo_site(REAL_DEADLINE)

    from mentors.models import MentorApplication
    from programme.models import CallPage
    from tests.support.applications import Applicant, upload, valid_data

    CallPage.objects.update(application_deadline=timezone.now() + datetime.timedelta(days=1))
    barrier = threading.Barrier(2, timeout=60)
    statuses, errors = {}, []

    def apply(number):
        try:
            browser = Applicant("sl", address=f"192.0.2.{number}")
            browser.open()
            data = valid_data(first_name=f"Person {number}", email=f"person{number}@example.org", cv=upload())
            barrier.wait()
            statuses[number] = browser.submit(data).status_code
        except Exception as error:  # reported to the test, which fails showing it
            errors.append(repr(error))
        finally:
            own_connection.close()

    threads = [threading.Thread(target=apply, args=(number,)) for number in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rows = MentorApplication.objects.order_by("first_name").values_list("first_name", "reference", "cv")
    print(json.dumps({"statuses": statuses, "errors": errors, "stored": list(rows)}))


def test_two_people_applying_at_the_same_moment_are_both_stored():
    with tempfile.TemporaryDirectory(prefix="i4v-concurrency-") as folder:
        database = Path(folder) / "db.sqlite3"
        prepare = not copy_test_database(database)
        if prepare:
            database.unlink(missing_ok=True)
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "impact4values.settings.test",
            "DATABASE_URL": f"sqlite:///{database}",
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
        }
        code = f"from {__name__} import two_browsers_at_once; two_browsers_at_once({prepare})"
        completed = subprocess.run(  # noqa: S603
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    assert result["statuses"] == {"1": 303, "2": 303}
    assert [row[0] for row in result["stored"]] == ["Person 1", "Person 2"]
    assert len({row[1] for row in result["stored"]}) == 2  # two references
    assert len({row[2] for row in result["stored"]}) == 2  # two CV files
