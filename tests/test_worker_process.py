"""The worker as a real process: it sends what the site queued, waits and retries while the mail server
refuses, stops cleanly on Ctrl-C, and when it is killed in the middle of an e-mail, the next worker sends
that e-mail, once."""

import signal
import tempfile
import time

import pytest

from tests.support import smtp
from tests.support.embedded import demo_database
from tests.support.worker_process import APPLICANT, WorkerSite, stop, wait_until

pytestmark = pytest.mark.django_db  # for the test database the template is copied from


@pytest.fixture(scope="module")
def template(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock():
        folder = tmp_path_factory.mktemp("worker-template")
        return demo_database(folder / "db.sqlite3", folder)


@pytest.fixture
def folder():
    with tempfile.TemporaryDirectory(prefix="i4v-worker-") as path:
        yield path


def message_ids(sink):
    return sink.message_ids()


def test_a_worker_killed_in_the_middle_of_an_email_leaves_it_to_the_next_which_sends_it_once(
    folder, template
):
    with smtp.SmtpSink(mode=smtp.STALL, stall_seconds=60) as sink:
        site = WorkerSite(folder, template, sink.port, EMAIL_TIMEOUT=30)
        assert site.run("submit") == {"status": 303, "applications": 1}
        worker = site.start_worker()
        try:
            assert sink.wait_for(1, timeout=60, what="stalled") >= 1, "the worker never reached DATA"
        finally:
            worker.kill()  # SIGKILL: no chance to record anything
            worker.wait()
        before = site.run("state")
        assert before["tasks"].get("RUNNING") == 1  # the task it was running, abandoned
        assert any(email["status"] == "sending" for email in before["emails"])

        sink.mode = smtp.ACCEPT
        # The next worker: a task running for over a second, and a claim over a second old, count as
        # abandoned (in production, TASKS_ABANDONED_AFTER and EMAIL_CLAIM_TIMEOUT are minutes).
        time.sleep(1.5)
        site.run("work_once", TASKS_ABANDONED_AFTER=1, EMAIL_CLAIM_TIMEOUT=1)
        after = site.run("state")
        assert {email["status"] for email in after["emails"]} == {"sent"}
        assert "RUNNING" not in after["tasks"] and "READY" not in after["tasks"]
        assert len(sink.to(APPLICANT)) == 1
        assert len(message_ids(sink)) == len(set(message_ids(sink))) == len(after["emails"])

        site.run("work_once", TASKS_ABANDONED_AFTER=1, EMAIL_CLAIM_TIMEOUT=1)
        assert len(sink.messages) == len(after["emails"])  # nothing twice


def test_a_running_worker_retries_while_the_server_refuses_and_delivers_once_it_accepts(folder, template):
    with smtp.SmtpSink(mode=smtp.REFUSE) as sink:
        site = WorkerSite(folder, template, sink.port, EMAIL_RETRY_FIRST_DELAY=1, EMAIL_RETRY_MAX_DELAY=1)
        worker = site.start_worker()
        try:
            assert site.run("submit")["status"] == 303
            emails = len(site.run("state")["emails"])
            assert sink.wait_for(emails * 3, timeout=60, what="attempts") >= emails * 3  # retried, refused
            assert sink.messages == []
            sink.mode = smtp.ACCEPT
            assert sink.wait_for(emails, timeout=30) == emails
            assert wait_until(
                lambda: {e["status"] for e in site.run("state")["emails"]} == {"sent"}, timeout=30
            )
        finally:
            code = stop(worker, signal.SIGINT)
        assert code == 0, site.log.read_text()[-2000:]
        assert len(sink.to(APPLICANT)) == 1
        assert len(set(message_ids(sink))) == len(sink.messages) == emails


def test_sigterm_lets_the_worker_finish_its_task_then_stop(folder, template):
    with smtp.SmtpSink() as sink:
        site = WorkerSite(folder, template, sink.port)
        assert site.run("submit")["status"] == 303
        worker = site.start_worker()
        try:
            assert wait_until(
                lambda: {e["status"] for e in site.run("state")["emails"]} == {"sent"}, timeout=60
            )
        finally:
            code = stop(worker, signal.SIGTERM)
        assert code == 0
        assert "RUNNING" not in site.run("state")["tasks"]
