"""`make run`'s launcher (`manage.py serve`): the web server and the task worker together, one signal
stops both, and either one ending stops the other with a failing status; and its e-mail settings."""

import os
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.support.embedded import MANAGE, ROOT, demo_database, environment, free_port, manage

pytestmark = pytest.mark.django_db
START_TIMEOUT = 60


@pytest.fixture(scope="module")
def site(tmp_path_factory, django_db_setup, django_db_blocker):
    """One demo database for the module's launches (each stops its children, so they do not meet)."""
    folder = tmp_path_factory.mktemp("make-run")
    with django_db_blocker.unblock():
        database = demo_database(folder / "db.sqlite3", folder)
    env = environment(database, folder)
    manage(env, "createcachetable")
    return env


def serve(env, port):
    return subprocess.Popen(  # noqa: S603 (our interpreter, manage.py)
        [sys.executable, str(MANAGE), "serve", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def wait_for_page(url, process):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stdout.read()
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (127.0.0.1)
                return response.status, response.read().decode()
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"nothing answered at {url} within {START_TIMEOUT} s")


def children_of(pid):
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def command_of(pid):
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def alive(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_serve_answers_over_http_runs_queued_tasks_and_stops_both_on_ctrl_c(site, tmp_path):
    port = free_port()
    process = serve(site, port)
    try:
        status, body = wait_for_page(f"http://127.0.0.1:{port}/sl/", process)
        assert status == 200 and '<html lang="sl">' in body
        children = children_of(process.pid)
        assert len(children) == 2
        marker, text = tmp_path / "marker.txt", uuid.uuid4().hex
        manage(
            site,
            "shell",
            "-c",
            f"from tests.support.embedded import write_file; write_file.enqueue({str(marker)!r}, {text!r})",
        )
        deadline = time.monotonic() + 30
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert marker.exists() and marker.read_text() == text  # the worker ran it, not the shell
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, output
    assert not [pid for pid in children if alive(pid)]


def test_when_the_worker_dies_the_web_server_is_stopped_and_serve_fails(site):
    port = free_port()
    process = serve(site, port)
    try:
        wait_for_page(f"http://127.0.0.1:{port}/sl/", process)
        web, worker = children_of(process.pid)
        if "run_worker" not in command_of(worker):
            web, worker = worker, web
        os.kill(worker, signal.SIGKILL)
        output, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode != 0
    assert "The task worker stopped" in output
    assert not alive(web)


@pytest.mark.parametrize(
    ("given", "backend"),
    [
        ({}, "django.core.mail.backends.console.EmailBackend"),
        ({"EMAIL_HOST": "127.0.0.1"}, "django.core.mail.backends.smtp.EmailBackend"),
        (
            {"EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend"},
            "django.core.mail.backends.filebased.EmailBackend",
        ),
    ],
)
def test_make_run_prints_e_mails_unless_the_environment_names_a_server_or_backend(tmp_path, given, backend):
    env = environment(tmp_path / "db.sqlite3", tmp_path, **given)
    done = manage(env, "shell", "-c", "from django.conf import settings; print(settings.EMAIL_BACKEND)")
    assert done.stdout.strip().splitlines()[-1] == backend
