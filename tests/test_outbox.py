"""E-mails go through the outbox to a real SMTP server on 127.0.0.1: stored with what calls for them,
sent once, retried while the server refuses, times out or hangs up, failed after the retry period, and
sent again by a moderator. (Worker processes, killed or not: tests/test_worker_process.py.)"""

import logging
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus

from impact4values.core.models import OutgoingEmail
from impact4values.core.outbox import delivery, posting, tasks
from mentors.applications import notifications
from mentors.models import MentorApplication
from tests.support import smtp
from tests.support.applications import Applicant, open_the_call
from tests.support.moderation import admin_url, decide

pytestmark = pytest.mark.django_db
APPLICANT = "ana.novak@example.org"
Status = OutgoingEmail.Status


@pytest.fixture(autouse=True)
def open_call():
    open_the_call()


@pytest.fixture
def sink(settings):
    with smtp.SmtpSink(stall_seconds=3) as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
        settings.EMAIL_TIMEOUT = 1
        settings.EMAIL_CLAIM_TIMEOUT = 3
        yield server


def apply(django_capture_on_commit_callbacks, language="en"):
    with django_capture_on_commit_callbacks(execute=True):
        response = Applicant(language).submit()
    assert response.status_code == 303
    return MentorApplication.objects.get()


def confirmation_of(application):
    return OutgoingEmail.objects.get(key=notifications.confirmation_key(application))


def sweep_later(minutes=2):
    """The scheduled sweep, run a little later: it queues what is due (here, run at once)."""
    with time_machine.travel(timezone.now() + timedelta(minutes=minutes), tick=True):
        return tasks.retry_overdue_emails.enqueue().return_value


# --- Sent once ------------------------------------------------------------------------------------------
def test_the_confirmation_reaches_the_smtp_server_once_with_the_message_id_of_its_key(
    sink, django_capture_on_commit_callbacks
):
    application = apply(django_capture_on_commit_callbacks)
    [message] = sink.to(APPLICANT)
    email = confirmation_of(application)
    assert (
        message["Message-ID"] == email.message_id == f"<application-{application.pk}.confirmation@cnvos.si>"
    )
    assert application.reference in str(message["Subject"])
    assert message.get_body(("html",)) is not None
    assert email.status == Status.SENT and email.attempts == 1 and email.sent_at
    moderators = OutgoingEmail.objects.filter(kind=notifications.MODERATOR_NOTICE, about_id=application.pk)
    assert moderators.exists() and {row.status for row in moderators} == {Status.SENT}
    # Only the outbox's messages: Wagtail's own workflow e-mails are kept off applications.
    assert sorted(sink.message_ids()) == sorted(OutgoingEmail.objects.values_list("message_id", flat=True))

    assert tasks.deliver_email.enqueue(email.pk).return_value == "skipped"
    assert sweep_later() == 0
    assert len(sink.to(APPLICANT)) == 1


def test_posting_the_same_key_again_stores_and_sends_nothing_more(sink, django_capture_on_commit_callbacks):
    application = apply(django_capture_on_commit_callbacks)
    message = notifications.confirmation(application)
    with django_capture_on_commit_callbacks(execute=True):
        again = posting.post(
            message, key=notifications.confirmation_key(application), kind="x", about=application
        )
    assert again == confirmation_of(application)
    assert OutgoingEmail.objects.filter(key=again.key).count() == 1
    assert len(sink.to(APPLICANT)) == 1


def test_the_decision_is_stored_with_the_decision_and_sent(
    sink, moderator_client, django_capture_on_commit_callbacks
):
    application = apply(django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        decide(moderator_client, application, "reject", message="Thank you for applying.")
    decision = OutgoingEmail.objects.get(kind=notifications.DECISION, about_id=application.pk)
    assert decision.status == Status.SENT
    [message] = [m for m in sink.to(APPLICANT) if m["Message-ID"] == decision.message_id]
    assert "Thank you for applying." in message.get_body(("plain",)).get_content()


# --- The server misbehaves ------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", [smtp.REFUSE, smtp.STALL, smtp.DROP])
def test_an_email_the_server_did_not_take_waits_then_goes_once_when_it_is_back(
    mode, sink, django_capture_on_commit_callbacks, caplog
):
    sink.mode = mode
    with caplog.at_level(logging.WARNING):
        application = apply(django_capture_on_commit_callbacks)
    assert MentorApplication.objects.filter(pk=application.pk).exists()
    email = confirmation_of(application)
    assert email.status == Status.PENDING and email.attempts == 1
    assert email.next_attempt_at > timezone.now()
    assert email.last_error
    assert f"E-mail {email.key} not sent" in caplog.text
    assert sink.to(APPLICANT) == []

    assert sweep_later(minutes=0) == 0  # not due yet: nothing is sent early
    sink.mode = smtp.ACCEPT
    assert sweep_later() >= 1
    assert len(sink.to(APPLICANT)) == 1
    email.refresh_from_db()
    assert email.status == Status.SENT and email.attempts == 2 and email.last_error == ""
    sweep_later(minutes=5)
    assert len(sink.to(APPLICANT)) == 1


def test_the_wait_doubles_after_each_refusal_up_to_the_longest(
    sink, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_RETRY_FIRST_DELAY, settings.EMAIL_RETRY_MAX_DELAY = 10, 40
    sink.mode = smtp.REFUSE
    email = confirmation_of(apply(django_capture_on_commit_callbacks))
    waits = []
    for _attempt in range(4):
        email.refresh_from_db()
        waits.append(round((email.next_attempt_at - timezone.now()).total_seconds()))
        with time_machine.travel(email.next_attempt_at + timedelta(seconds=1), tick=False):
            delivery.deliver(email.pk)
            email.refresh_from_db()
            waits[-1] = (waits[-1], round((email.next_attempt_at - timezone.now()).total_seconds()))
    assert [after for _, after in waits] == [20, 40, 40, 40]
    assert email.attempts == 5


def test_after_the_retry_period_the_email_is_failed_and_its_task_says_so(
    sink, settings, django_capture_on_commit_callbacks, task_results, caplog
):
    settings.EMAIL_RETRY_FOR = 0
    sink.mode = smtp.REFUSE
    with caplog.at_level(logging.ERROR):
        application = apply(django_capture_on_commit_callbacks)
    email = confirmation_of(application)
    assert email.status == Status.FAILED and "451" in email.last_error
    [result] = [r for r in task_results if r.task.name == "deliver_email" and r.args == [email.pk]]
    assert result.status == TaskResultStatus.FAILED
    assert result.errors[0].exception_class_path.endswith("DeliveryFailed")
    assert f"E-mail {email.key} failed after 1 attempt(s)" in caplog.text
    sink.mode = smtp.ACCEPT
    assert sweep_later() == 0  # failed stays failed until someone sends it again
    assert sink.to(APPLICANT) == []


def test_a_permanent_refusal_fails_at_once(sink, django_capture_on_commit_callbacks):
    sink.mode = smtp.REJECT
    email = confirmation_of(apply(django_capture_on_commit_callbacks))
    assert email.status == Status.FAILED and email.attempts == 1
    assert "550" in email.last_error


def test_a_claim_left_by_a_dead_delivery_is_taken_again_only_when_it_is_stale(
    sink, django_capture_on_commit_callbacks, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}  # nothing runs
    application = apply(django_capture_on_commit_callbacks)
    email = confirmation_of(application)
    OutgoingEmail.objects.filter(pk=email.pk).update(status=Status.SENDING, claimed_at=timezone.now())
    assert delivery.deliver(email.pk).status == "skipped"  # another delivery holds it
    with time_machine.travel(timezone.now() + timedelta(seconds=settings.EMAIL_CLAIM_TIMEOUT + 1)):
        assert delivery.deliver(email.pk).status == "sent"
    assert len(sink.to(APPLICANT)) == 1


def test_a_delivery_queued_for_an_application_since_erased_sends_nothing(
    sink, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        Applicant("en").submit()
    application = MentorApplication.objects.get()
    call_command("personal_data", "--email", APPLICANT, "--erase", "--no-input", stdout=StringIO())
    assert not OutgoingEmail.objects.filter(about_id=application.pk).exists()
    for callback in queued:
        callback()
    assert sink.messages == []


# --- Moderators see failed e-mails and send them again --------------------------------------------------
@pytest.fixture
def failed_confirmation(sink, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_RETRY_FOR = 0
    sink.mode = smtp.REFUSE
    application = apply(django_capture_on_commit_callbacks)
    settings.EMAIL_RETRY_FOR = 24 * 60 * 60
    sink.mode = smtp.ACCEPT
    return confirmation_of(application)


def send_again_url(email):
    return admin_url("send_email_again", email.about_id, email.pk)


def test_a_moderator_sees_the_failed_email_and_sends_it_again_once(
    failed_confirmation, sink, moderator_client, staff_in_english, django_capture_on_commit_callbacks
):
    email = failed_confirmation
    dashboard = moderator_client.get("/admin/").content.decode()
    assert "E-mails that could not be sent" in dashboard
    assert email.to[0] in dashboard
    page = moderator_client.get(admin_url("inspect", email.about_id)).content.decode()
    assert "Confirmation to the applicant" in page and "Failed" in page
    assert send_again_url(email) in page

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(send_again_url(email), follow=True)
    assert response.status_code == 200
    assert "The e-mail will be sent again in a moment." in response.content.decode()
    email.refresh_from_db()
    assert email.status == Status.SENT
    assert len(sink.to(APPLICANT)) == 1

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(send_again_url(email), follow=True)
    assert "This e-mail has not failed, so it was not sent again." in response.content.decode()
    assert len(sink.to(APPLICANT)) == 1
    assert APPLICANT not in moderator_client.get("/admin/").content.decode()  # the notice is still listed


def test_only_moderators_may_send_an_email_again(
    failed_confirmation, sink, client, editor_client, admin_client
):
    email = failed_confirmation
    assert client.post(send_again_url(email)).status_code == 302  # to the login page
    assert editor_client.post(send_again_url(email)).status_code == 403
    assert "E-mails that could not be sent" not in editor_client.get("/admin/").content.decode()
    assert email.to[0] not in editor_client.get("/admin/").content.decode()
    email.refresh_from_db()
    assert email.status == Status.FAILED
    assert admin_client.get(send_again_url(email)).status_code == 405  # a form's POST only
    assert admin_client.post(send_again_url(email)).status_code == 302
    email.refresh_from_db()
    assert email.status != Status.FAILED


def test_an_email_of_another_application_cannot_be_sent_again_through_this_one(
    failed_confirmation, moderator_client
):
    other = Applicant("sl", address="203.0.113.99")
    other.submit()
    second = MentorApplication.objects.exclude(pk=failed_confirmation.about_id).get()
    url = admin_url("send_email_again", second.pk, failed_confirmation.pk)
    assert moderator_client.post(url, follow=True).status_code == 404
    failed_confirmation.refresh_from_db()
    assert failed_confirmation.status == Status.FAILED
