"""Shared fixtures of the browser tests.

The site runs as a user runs it with ``make run``: a fresh database of its own (SQLite in a temporary
folder, or a new database next to ``DATABASE_URL``'s when that is PostgreSQL, as in CI), migrated, with
the demo content loaded, served by ``manage.py runserver`` with the development settings, in a process
of its own. It is built once for all the e2e tests and removed afterwards, database included. The tests
only read from it, so they do not depend on their order; the test process never touches the ORM.

One Chromium for the whole e2e run, a fresh browser context (cookies, locale, JavaScript) and page per
test.
"""

import contextlib
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.support.services import require_service

ROOT = Path(__file__).resolve().parents[2]
MANAGE = ROOT / "manage.py"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
DEFAULT_LOCALE = "sl-SI"
TIMEOUT_MS = 10_000
SETUP_TIMEOUT_S = 300  # migrate and load_demo_content, each
START_TIMEOUT_S = 30  # until runserver answers
STOP_TIMEOUT_S = 10  # after SIGTERM, before SIGKILL
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}

# Runs the server with Linux's "parent death signal": should the test process die without cleaning up
# (SIGKILL, a crash), the kernel sends the server SIGTERM rather than leaving it behind. The signal
# survives exec, so the server is still a plain `manage.py runserver`.
_EXEC_WITH_PARENT_DEATH_SIGNAL = (
    "import ctypes, os, signal, sys; "
    "ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM); "  # 1: PR_SET_PDEATHSIG
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
)


def chromium_path():
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture(scope="package")
def chromium_executable():
    """The Chromium to drive: skipped without it locally, a failure in CI (CI=true)."""
    path = chromium_path()
    require_service(
        os.path.isfile(path) and os.access(path, os.X_OK),
        f"Chromium not found at {path}: install it (apt-get install chromium) or set CHROMIUM_PATH",
    )
    return path


@pytest.fixture(scope="package")
def browser(chromium_executable):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


# --- The site ----------------------------------------------------------------------------------------


@pytest.fixture(scope="package")
def site_url(chromium_executable, tmp_path_factory):
    """The base URL of the demo site, served by its own `manage.py runserver` on a fresh database.

    Depends on ``chromium_executable`` only so that a run without Chromium skips before it spends half
    a minute building a site nobody will visit."""
    folder = tmp_path_factory.mktemp("e2e-site")
    with fresh_database(folder) as database_url:
        env = server_environment(database_url, folder)
        started = time.perf_counter()
        manage(env, "createcachetable")  # before migrate, as the deployment does
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content", "--demo-accounts")
        print(f"\ne2e database {redacted(database_url)} ready in {time.perf_counter() - started:.1f} s")
        with running_server(env, folder / "runserver.log") as url:
            yield url


@contextlib.contextmanager
def fresh_database(folder):
    """The URL of an empty database, removed afterwards: SQLite in ``folder``, or, when the environment's
    DATABASE_URL is PostgreSQL, ``<its name>_e2e_<random>`` created on that server (its role needs
    CREATEDB) and dropped at the end."""
    configured = os.environ.get("DATABASE_URL", "")
    if urlsplit(configured).scheme not in POSTGRES_SCHEMES:
        yield f"sqlite:///{folder / 'e2e.sqlite3'}"
        return

    import psycopg
    from psycopg import sql

    parts = urlsplit(configured)
    name = f"{unquote(parts.path.lstrip('/'))[:40]}_e2e_{secrets.token_hex(4)}"
    try:
        admin = psycopg.connect(configured, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as error:
        require_service(False, f"PostgreSQL at DATABASE_URL={redacted(configured)} is unreachable: {error}")
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield parts._replace(path=f"/{name}").geturl()
        finally:
            # FORCE (PostgreSQL 13+): also if a connection of the stopped server is still closing.
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def redacted(url):
    """The URL without its password, for messages."""
    return re.sub(r"^([^:/]+://[^:/@]*):[^@/]*@", r"\1:***@", url)


def server_environment(database_url, folder):
    env = dict(os.environ)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(
        DJANGO_SETTINGS_MODULE="impact4values.settings.dev",
        DATABASE_URL=database_url,
        ELASTICSEARCH_URL="",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        MEDIA_ROOT=str(folder / "media"),
        PRIVATE_MEDIA_ROOT=str(folder / "private"),
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(env, *args):
    """``manage.py <args>`` with the interpreter running the tests (the virtualenv's); its output is
    shown only when it fails."""
    command = [sys.executable, str(MANAGE), *args]
    try:
        done = subprocess.run(  # noqa: S603 (our own interpreter and manage.py)
            command,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=SETUP_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"manage.py {' '.join(args)} took more than {SETUP_TIMEOUT_S} s:\n{error.stdout}")
    if done.returncode:
        pytest.fail(
            f"manage.py {' '.join(args)} failed with status {done.returncode}:\n"
            f"{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
        )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(env, log_path, attempts=3):
    """`manage.py runserver 127.0.0.1:<free port> --noreload`, until it answers; stopped at the end,
    whatever happens. Another attempt on another port if the port was taken in the meantime."""
    for attempt in range(1, attempts + 1):
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        with open(log_path, "w") as log:
            process = subprocess.Popen(  # noqa: S603 (our own interpreter and manage.py)
                server_command(port),
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        try:
            if wait_until_answering(url, process):
                print(f"e2e site at {url} (log: {log_path})")
                yield url
                return
        finally:
            stop(process)
        log_text = log_path.read_text(errors="replace")
        if "port is already in use" not in log_text or attempt == attempts:
            pytest.fail(f"manage.py runserver did not answer at {url}:\n{log_text[-5000:]}")


def server_command(port):
    args = [str(MANAGE), "runserver", f"127.0.0.1:{port}", "--noreload"]
    if sys.platform == "linux":
        return [sys.executable, "-c", _EXEC_WITH_PARENT_DEATH_SIGNAL, *args]
    return [sys.executable, *args]


def wait_until_answering(url, process):
    """True once the server answers any HTTP request; False if it exits; a failure if it stays silent."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"{url}/favicon.ico", timeout=2):  # noqa: S310 (http://127.0.0.1)
                return True
        except urllib.error.HTTPError:
            return True  # an answer all the same
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"manage.py runserver did not answer at {url} within {START_TIMEOUT_S} s")


def stop(process):
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- The browser -------------------------------------------------------------------------------------


@pytest.fixture
def browser_locale():
    """The browser's language (and so its Accept-Language); override with ``parametrize``."""
    return DEFAULT_LOCALE


@pytest.fixture
def javascript_enabled():
    """Whether the page runs JavaScript; override with ``parametrize``."""
    return True


@pytest.fixture
def page(browser, browser_locale, javascript_enabled):
    context = browser.new_context(locale=browser_locale, java_script_enabled=javascript_enabled)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def browser_errors(page):
    """Console messages of type "error" and uncaught exceptions of the page, as readable lines."""
    errors = []

    def on_console(message):
        if message.type == "error":
            where = f"{message.location.get('url')}:{message.location.get('lineNumber')}"
            errors.append(f"console error at {where}: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"page error: {error.name}: {error.message}"))
    return errors
