"""Requests that arrive at the same moment, raced for real: two people applying are both stored; one form
sent twice at once (a double click, a re-sent POST) is stored once.

Each scenario runs with real threads in a subprocess, on a file copy of the test database
(``tests.support.concurrency``), and reports what a person could observe: responses, rows, files, e-mails.
"""

import pytest

from tests.support.concurrency import run_scenario

pytestmark = pytest.mark.django_db
HOLD_SECONDS = 2


def two_browsers_at_once(prepare):
    """The subprocess: two simultaneous applications, each with its own form."""
    import threading

    from tests.support.concurrency import report, start

    start(prepare)
    from django.db import connection

    from mentors.models import MentorApplication
    from tests.support.applications import Applicant, upload, valid_data

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
            connection.close()

    threads = [threading.Thread(target=apply, args=(number,)) for number in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rows = MentorApplication.objects.order_by("first_name").values_list("first_name", "reference", "cv")
    report(statuses=statuses, errors=errors, stored=list(rows))


def one_form_sent_twice_at_once(prepare):
    """The subprocess: two requests carrying one form's submission key, both past the key's lookup before
    either stores anything.

    A third connection holds SQLite's write lock while the two requests run: reading goes on, so both
    look the key up and find nothing, then each waits to begin its transaction. Releasing the lock lets
    them race for the insert, as two requests racing on a busy server do.
    """
    import sqlite3
    import threading
    import time

    from tests.support.concurrency import report, start

    start(prepare)
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core import mail
    from django.db import connection

    from mentors.models import MentorApplication
    from tests.support.applications import Applicant, upload, valid_data

    def cv_files():
        folder = settings.PRIVATE_MEDIA_ROOT / "cvs"
        return sorted(path.name for path in folder.iterdir()) if folder.exists() else []

    form = Applicant("sl", address="192.0.2.1")
    form.open()
    tabs = [form, Applicant("sl", address="192.0.2.2")]
    tabs[1].open()  # another tab: its own session, sending the first tab's key
    files_before = cv_files()
    mail.outbox = []
    statuses, thanks, errors = {}, {}, []

    def send(number):
        try:
            data = valid_data(email="racer@example.org", cv=upload())
            statuses[number] = tabs[number].submit(data, key=form.key).status_code
            thanks[number] = tabs[number].thanks().content.decode()
        except Exception as error:  # reported to the test, which fails showing it
            errors.append(repr(error))
        finally:
            connection.close()

    lock = sqlite3.connect(settings.DATABASES["default"]["NAME"], isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    threads = [threading.Thread(target=send, args=(number,)) for number in (0, 1)]
    for thread in threads:
        thread.start()
    time.sleep(HOLD_SECONDS)  # both requests reach the lock (the server waits up to 20 s for it)
    lock.execute("ROLLBACK")
    lock.close()
    for thread in threads:
        thread.join()
    references = list(MentorApplication.objects.values_list("reference", flat=True))
    report(
        statuses=statuses,
        errors=errors,
        references=references,
        answered=[[reference in page for reference in references] for page in thanks.values()],
        new_files=sorted(set(cv_files()) - set(files_before)),
        stored_files=list(MentorApplication.objects.values_list("cv", flat=True)),
        mail=[{"to": message.to, "subject": message.subject} for message in mail.outbox],
        moderators=list(
            get_user_model()
            .objects.filter(groups__name="Moderators", is_active=True)
            .values_list("email", flat=True)
        ),
    )


def test_two_people_applying_at_the_same_moment_are_both_stored():
    result = run_scenario(__name__, "two_browsers_at_once")
    assert result["errors"] == []
    assert result["statuses"] == {"1": 303, "2": 303}
    assert [row[0] for row in result["stored"]] == ["Person 1", "Person 2"]
    assert len({row[1] for row in result["stored"]}) == 2  # two references
    assert len({row[2] for row in result["stored"]}) == 2  # two CV files


def test_one_form_sent_twice_at_once_is_stored_once_and_both_requests_get_its_reference():
    result = run_scenario(__name__, "one_form_sent_twice_at_once")
    assert result["errors"] == []
    assert result["statuses"] == {"0": 303, "1": 303}
    [reference] = result["references"]  # one application
    assert result["answered"] == [[True], [True]]  # both thank-you pages show its reference
    assert [f"cvs/{name}" for name in result["new_files"]] == result["stored_files"]  # no stray CV file
    recipients = [address for message in result["mail"] for address in message["to"]]
    assert len(recipients) == len(set(recipients))  # nobody hears of it twice
    assert all(reference in message["subject"] for message in result["mail"])
    assert "racer@example.org" in recipients  # the confirmation
    assert result["moderators"] and set(result["moderators"]) <= set(recipients)  # the moderators' notice
