"""When things break: a failing e-mail never loses an application, a crash leaves no stray CV.

(Two people applying at the same moment: tests/test_application_concurrency.py.)"""

import logging

import pytest
from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.db import DatabaseError, connection
from django_tasks import TaskResultStatus

from impact4values.core.models import OutgoingEmail
from impact4values.core.outbox import tasks as outbox_tasks
from mentors.applications import notifications, submission
from mentors.applications.storage import PrivateStorage
from mentors.models import MentorApplication
from tests.support.applications import Applicant, open_the_call, valid_data

pytestmark = pytest.mark.django_db


class BrokenBackend(BaseEmailBackend):
    """An SMTP server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("SMTP server unreachable")


@pytest.fixture(autouse=True)
def open_call():
    open_the_call()


def cv_files():
    folder = settings.PRIVATE_MEDIA_ROOT / "cvs"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


# --- E-mail failures ------------------------------------------------------------------------------------
def test_a_failing_email_backend_loses_no_application_and_the_failure_is_recorded(
    settings, django_capture_on_commit_callbacks, task_results, caplog
):
    settings.EMAIL_BACKEND = "tests.test_application_reliability.BrokenBackend"
    applicant = Applicant("en")
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        response = applicant.submit()
    assert response.status_code == 303
    application = MentorApplication.objects.get()
    assert application.reference in applicant.thanks().content.decode()

    emails = OutgoingEmail.objects.filter(about_id=application.pk)
    assert {email.kind for email in emails} == {notifications.CONFIRMATION, notifications.MODERATOR_NOTICE}
    for email in emails:
        assert email.status == OutgoingEmail.Status.PENDING  # waiting for the next attempt
        assert "ConnectionRefusedError" in email.last_error
    deliveries = [result for result in task_results if result.task.name == "deliver_email"]
    assert {result.args[0] for result in deliveries} == {email.pk for email in emails}
    assert all(result.status == TaskResultStatus.SUCCESSFUL for result in deliveries)
    assert "not sent (ConnectionRefusedError: SMTP server unreachable); next attempt in" in caplog.text


def test_a_failing_task_queue_loses_no_application_nor_its_emails(
    django_capture_on_commit_callbacks, monkeypatch, caplog
):
    class QueueDown:
        def enqueue(self, *args, **kwargs):
            raise ConnectionError("queue down")

    monkeypatch.setattr(outbox_tasks, "deliver_email", QueueDown())
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        response = Applicant("en").submit()
    assert response.status_code == 303
    assert MentorApplication.objects.count() == 1
    assert "queue down" in caplog.text
    # Stored all the same: the scheduled sweep queues them once the queue is back.
    assert OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING).count() >= 2


def test_an_email_that_cannot_be_composed_loses_no_application(
    django_capture_on_commit_callbacks, monkeypatch, caplog
):
    def broken(application):
        raise ValueError("template broken")

    monkeypatch.setattr(notifications, "confirmation", broken)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        response = Applicant("en").submit()
    assert response.status_code == 303
    application = MentorApplication.objects.get()
    assert "The confirmation of application" in caplog.text
    kinds = set(OutgoingEmail.objects.filter(about_id=application.pk).values_list("kind", flat=True))
    assert kinds == {notifications.MODERATOR_NOTICE}


# --- Crashes in the middle of storing -------------------------------------------------------------------
def test_a_crash_between_the_cv_file_and_the_row_leaves_no_file(monkeypatch):
    before = cv_files()
    written = []
    real_save = PrivateStorage._save

    def save_then_note(self, name, content):
        name = real_save(self, name, content)
        written.append(name)
        return name

    def fail_the_insert(execute, sql, params, many, context):
        # Django writes the file while compiling the INSERT; the INSERT itself then fails.
        if sql.startswith('INSERT INTO "mentors_mentorapplication" '):
            raise DatabaseError("the database went away")
        return execute(sql, params, many, context)

    monkeypatch.setattr(PrivateStorage, "_save", save_then_note)
    with connection.execute_wrapper(fail_the_insert):
        response = Applicant("en").submit(valid_data(first_name="Zora"))
    assert written, "the CV file was written before the row"
    assert not (settings.PRIVATE_MEDIA_ROOT / written[0]).exists()
    assert response.status_code == 503
    assert "nothing was saved" in response.content.decode()
    assert 'value="Zora"' in response.content.decode()
    assert not MentorApplication.objects.exists()
    assert cv_files() == before


def test_a_crash_after_the_row_rolls_back_the_row_and_removes_the_file(monkeypatch):
    before = cv_files()

    def failing_relations(application, form):
        assert MentorApplication.objects.filter(pk=application.pk).exists()  # the row was there ...
        raise DatabaseError("disk I/O error")

    monkeypatch.setattr(submission, "save_relations", failing_relations)
    response = Applicant("en").submit()
    assert response.status_code == 503
    assert not MentorApplication.objects.exists()  # ... and is gone with the transaction
    assert cv_files() == before


def test_an_unexpected_error_still_removes_the_file(monkeypatch):
    before = cv_files()

    def bug(application, form):
        raise RuntimeError("a bug")

    monkeypatch.setattr(submission, "save_relations", bug)
    with pytest.raises(RuntimeError):
        Applicant("en").submit()
    assert not MentorApplication.objects.exists()
    assert cv_files() == before


def test_a_full_disk_stores_nothing_and_says_so(monkeypatch):
    def full(self, name, content):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(PrivateStorage, "_save", full)
    response = Applicant("sl").submit()
    assert response.status_code == 503
    assert '<html lang="sl">' in response.content.decode()
    assert not MentorApplication.objects.exists()
