"""One request-size limit for the whole site: a body declared larger than REQUEST_MAX_BYTES is refused
with 413 before a byte of it is read, on every URL (the call pages keep their own smaller limit), and a
body without a declared length is refused with 411. Through the test client, and through a socket to a
real gunicorn that is sent a huge declared body and only a few KB of it."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from mentors.models import MentorApplication
from tests.support.applications import CALL_URL, MB, open_the_call

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
PATHS = ["/sl/mentorji/", "/admin/login/", "/en/", "/admin/images/multiple/add/", "/sl/no-such-page/"]


class Unreadable:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = readinto = read


def post(client, path, length, **extra):
    return client.generic(
        "POST",
        path,
        CONTENT_TYPE="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(length),
        **{"wsgi.input": Unreadable()},
        **extra,
    )


@pytest.mark.parametrize("path", PATHS)
def test_a_body_over_the_site_limit_is_refused_anywhere_without_being_read(client, path):
    response = post(client, path, 300 * MB)
    assert response.status_code == 413
    assert "20 MB" in response.content.decode()


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_the_413_page_is_short_and_in_the_requests_language(client, language):
    response = post(client, f"/{language}/", settings.REQUEST_MAX_BYTES + 1)
    html = response.content.decode()
    assert response.status_code == 413
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        assert gettext("Request too large") in html
        assert gettext("Go to the home page") in html
    assert f'href="/{language}/"' in html
    assert len(html) < 4000


def test_the_limit_is_a_setting_and_a_body_under_it_goes_through(client, settings):
    settings.REQUEST_MAX_BYTES = 1000
    assert post(client, "/admin/login/", 1001).status_code == 413
    response = client.post("/admin/login/", {"username": "admin", "password": "wrong"})
    assert response.status_code == 200  # read and answered by the login form itself
    assert "Nothing was saved" not in response.content.decode()


def test_call_pages_keep_their_own_smaller_limit_and_page(client):
    open_the_call()
    between = settings.APPLICATION_MAX_REQUEST_BYTES + 1
    assert between < settings.REQUEST_MAX_BYTES
    response = post(client, CALL_URL["en"], between)
    assert response.status_code == 413
    assert "Back to the application form" in response.content.decode()
    assert not MentorApplication.objects.exists()


def test_a_body_without_a_declared_length_is_refused_with_411(client):
    open_the_call()
    response = client.generic(
        "POST",
        CALL_URL["en"],
        CONTENT_TYPE="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH="",
        HTTP_TRANSFER_ENCODING="chunked",
        **{"wsgi.input": Unreadable()},
    )
    assert response.status_code == 411
    assert "Request without a length" in response.content.decode()
    assert not MentorApplication.objects.exists()


def test_a_malformed_content_length_is_left_to_django(client):
    response = client.generic("POST", "/en/", CONTENT_LENGTH="lots", **{"wsgi.input": Unreadable()})
    assert response.status_code not in (411, 413)


def test_the_limits_come_before_anything_reads_the_body():
    stack = settings.MIDDLEWARE
    site = stack.index("impact4values.core.middleware.request_limits.RequestBodyLimitMiddleware")
    call = stack.index("mentors.applications.middleware.ApplicationBodyLimitMiddleware")
    assert stack.index("django.middleware.locale.LocaleMiddleware") < site < call
    assert call < stack.index("django.middleware.csrf.CsrfViewMiddleware")


# --- A real server ----------------------------------------------------------------------------------
def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """gunicorn serving the site (test settings) on a free port; no database is needed for a refusal."""
    folder = tmp_path_factory.mktemp("gunicorn")
    port = free_port()
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="impact4values.settings.test",
        DATABASE_URL=f"sqlite:///{folder / 'unused.sqlite3'}",
        PYTHONUNBUFFERED="1",
    )
    command = [sys.executable, "-m", "gunicorn", "--pythonpath", "site", "impact4values.wsgi"]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--timeout", "30"]
    with open(folder / "gunicorn.log", "w") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    try:
        deadline = time.monotonic() + 60
        while not answers(port):  # the port opens before the worker has loaded the site
            assert process.poll() is None, (folder / "gunicorn.log").read_text()
            assert time.monotonic() < deadline, (folder / "gunicorn.log").read_text()
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def answers(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/favicon.ico", timeout=5):  # noqa: S310
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def exchange(port, head, body):
    """Sends the request's head and part of its body, and returns the status line and the time taken."""
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head.encode("latin-1") + body)
        status = sock.makefile("rb").readline().decode("latin-1").strip()
    return status, time.perf_counter() - started


@pytest.mark.parametrize("path", ["/sl/mentorji/", "/admin/login/"])
def test_a_real_server_answers_413_at_once_to_a_huge_declared_body_it_never_received(server, path):
    head = (
        f"POST {path} HTTP/1.1\r\nHost: localhost\r\n"
        "Content-Type: multipart/form-data; boundary=xyz\r\n"
        f"Content-Length: {300 * MB}\r\n\r\n"
    )
    status, seconds = exchange(server, head, b"--xyz\r\n" + b"x" * 3000)
    assert status.startswith("HTTP/1.1 413"), status
    assert seconds < 5  # the other 299.99 MB were never sent: the server did not wait for them


def test_a_real_server_answers_411_at_once_to_a_chunked_body(server):
    head = (
        "POST /sl/mentorji/ HTTP/1.1\r\nHost: localhost\r\n"
        "Content-Type: multipart/form-data; boundary=xyz\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    status, seconds = exchange(server, head, b"1000\r\n" + b"x" * 4096 + b"\r\n")  # and no last chunk
    assert status.startswith("HTTP/1.1 411"), status
    assert seconds < 5
