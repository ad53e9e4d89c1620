"""The deployed shape of the site, started on this machine on ports of its own.

Used by ``.ci/stack`` (bench/stack_check.py: start, check end to end over HTTP, stop) and by
bench/load.py (start, load it while breaking things, stop). ``Stack`` starts, on 127.0.0.1 only:

* a PostgreSQL database of its own (created fresh, dropped at the end) on the server of DATABASE_URL,
  else the one ``.ci/run`` sets up (127.0.0.1:5432, role impact4values);
* Elasticsearch: ELASTICSEARCH_URL's when it answers (under an index prefix of its own, deleted at
  the end), else a node of its own through ``.ci/elasticsearch`` (its own ports and run directory;
  ``own_elasticsearch=True`` always does this, so that it may be stopped and started again);
* Redis (``redis-server`` as a child, its own port and directory, nothing saved), given to the site as
  REDIS_URL and CACHE_URL;
* an SMTP sink (``python -m tests.support.smtp``) keeping what it accepts as JSON lines, its mode in a
  control file;
* the site with production settings, in the README's order of deployment: createcachetable, migrate,
  set_site_url (the Site's host and port from BASE_URL), the demo content with the call open and the
  demo accounts, the directory index (collectstatic beside them); gunicorn with 3 workers (static files
  through WhiteNoise) and the task worker (``manage.py run_worker``).

The name (``impact4values_stack``; ``STACK_NAME`` for bench/stack_check.py) is the database's and the
index prefix: it keeps the stack apart from the suite's database and indices on the same servers.

Every child's output goes to a log file in the stack's directory, each line stamped with the time it
arrived (the site's log lines carry none), and stays in memory for counting. ``stop()`` undoes all of
it, whatever had been started, in reverse order.
"""

import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ES_SCRIPT = ROOT / ".ci" / "elasticsearch"
PG_DEFAULT = "postgres://impact4values:impact4values@127.0.0.1:5432/impact4values"
GUNICORN_WORKERS = 3
# The demo accounts' password (impact4values.core.demo.accounts), printed by `make run`.
DEMO_PASSWORD = "impact4values"  # noqa: S105
FALLBACK_WARNING = "Elasticsearch failed ("  # search.service logs it when the database answers instead
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
# Only these of the caller's environment reach the site: a developer's DEBUG, DATABASE_URL or EMAIL_*
# must not leak into the stack.
PASSED_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ", "USER", "LOGNAME")

SHIELDED_SIGNALS = (signal.SIGINT, signal.SIGTERM)

STARTED = time.monotonic()


class StackError(RuntimeError):
    pass


def say(message):
    print(f"[{time.monotonic() - STARTED:5.0f}s] {message}", flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_open(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def wait_until(condition, timeout, what, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise StackError(f"{what}: not ready after {timeout} s")


class LogPump(threading.Thread):
    """Copies a child's output to a file, each line stamped with its arrival (seconds since the epoch)."""

    def __init__(self, stream, path):
        super().__init__(daemon=True)
        self.stream = stream
        self.path = path
        self.lines = []  # (time, text)

    def run(self):
        with open(self.path, "w", encoding="utf-8") as out:
            for line in iter(self.stream.readline, ""):
                moment = time.time()
                text = line.rstrip("\n")
                self.lines.append((moment, text))
                out.write(f"{moment:.3f} {text}\n")
                out.flush()

    def matching(self, fragment):
        return [(moment, text) for moment, text in list(self.lines) if fragment in text]


class Child:
    """A process of the stack in a session of its own (a Ctrl-C reaches only this script, which then
    stops it in order); its output pumped into ``log``."""

    def __init__(self, name, argv, env, log):
        self.name = name
        self.log = log
        self.process = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
            start_new_session=True,
        )
        self.pump = LogPump(self.process.stdout, log)
        self.pump.start()

    def alive(self):
        return self.process.poll() is None

    def tail(self, count=30):
        return "\n".join(text for _moment, text in self.pump.lines[-count:])

    def stop(self, timeout=30):
        if self.alive():
            self.process.send_signal(signal.SIGTERM)  # gunicorn's master stops its workers; the worker
            try:  # finishes its task
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)  # the session this script started
                self.process.wait(timeout=10)
        self.pump.join(timeout=5)


# --------------------------------------------------------------------------------------- PostgreSQL


def postgres_server():
    """Connection keywords of the local PostgreSQL server (DATABASE_URL's, else .ci/run's)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        url = PG_DEFAULT
    parts = urlsplit(url)
    if parts.hostname not in LOCAL_HOSTS:
        raise StackError(f"PostgreSQL at {parts.hostname} is not on this machine; only 127.0.0.1 is used")
    return {
        "host": "127.0.0.1",
        "port": parts.port or 5432,
        "user": parts.username or "impact4values",
        "password": parts.password or "",
    }


class Database:
    def __init__(self, name):
        self.name = name
        self.server = postgres_server()
        self.url = (
            f"postgres://{self.server['user']}:{self.server['password']}@127.0.0.1:"
            f"{self.server['port']}/{name}"
        )

    def _admin(self):
        import psycopg

        try:
            return psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=5, **self.server)
        except psycopg.OperationalError as error:
            raise StackError(
                f"PostgreSQL is not reachable at 127.0.0.1:{self.server['port']} as {self.server['user']} "
                f"({str(error).strip()}); start it (`bash .ci/run` sets it up, or "
                "`pg_ctlcluster 15 main start`) or set DATABASE_URL"
            ) from error

    def create(self):
        with self._admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            connection.execute(
                f'CREATE DATABASE "{self.name}" OWNER "{self.server["user"]}" ENCODING \'UTF8\' '
                "TEMPLATE template0"
            )

    def drop(self):
        with self._admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def scalar(self, sql, *params):
        import psycopg

        with psycopg.connect(dbname=self.name, connect_timeout=5, **self.server) as connection:
            return connection.execute(sql, params).fetchone()[0]


# --------------------------------------------------------------------------------------- Elasticsearch


def elasticsearch_answers(url):
    try:
        with urllib.request.urlopen(url, timeout=3) as response:  # noqa: S310 -- a local http URL
            return json.load(response)["version"]["number"]
    except (OSError, ValueError, KeyError):
        return None


class Elasticsearch:
    """ELASTICSEARCH_URL's node when it answers (and ``own`` is false), else one of our own."""

    def __init__(self, prefix, own=False):
        self.prefix = prefix
        external = os.environ.get("ELASTICSEARCH_URL", "")
        self.own = own or not external or urlsplit(external).hostname not in LOCAL_HOSTS
        if not self.own and not elasticsearch_answers(external):
            say(f"Elasticsearch at {external} does not answer: starting one of our own")
            self.own = True
        self.started = False
        if self.own:
            self.port, self.transport_port = free_port(), free_port()
            self.url = f"http://127.0.0.1:{self.port}"
            # Not under the stack's private directory: the elasticsearch user must reach it.
            self.run_dir = Path(f"/tmp/impact4values-stack-es-{os.getpid()}")  # noqa: S108
        else:
            self.url = external.rstrip("/")

    def _script(self, command, keep_data=False):
        env = dict(
            os.environ,
            ES_PORT=str(self.port),
            ES_TRANSPORT_PORT=str(self.transport_port),
            ES_RUN_DIR=str(self.run_dir),
        )
        if keep_data:
            env["ES_KEEP_DATA"] = "1"
        completed = subprocess.run(  # in a session of its own: a Ctrl-C does not cut a start short
            ["bash", str(ES_SCRIPT), command],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            start_new_session=True,
        )
        if completed.returncode:
            raise StackError(f".ci/elasticsearch {command} failed:\n{completed.stdout}\n{completed.stderr}")

    def start(self):
        """Start our node (again: its indices kept); a no-op for an external one."""
        if self.own:
            self._script("start", keep_data=self.started)
            self.started = True

    def stop(self):
        if self.own:
            self._script("stop")

    def count(self, language):
        """Documents behind the language's alias."""
        with urllib.request.urlopen(f"{self.url}/{self.prefix}_{language}/_count", timeout=5) as response:  # noqa: S310
            return json.load(response)["count"]

    def cleanup(self):
        if self.own:
            self.stop()
            shutil.rmtree(self.run_dir, ignore_errors=True)
            return
        # An external node: delete only the indices under our own prefix, by name.
        try:
            with urllib.request.urlopen(  # noqa: S310 -- a local http URL
                f"{self.url}/_cat/indices/{self.prefix}_*?h=index&format=json", timeout=10
            ) as response:
                names = [row["index"] for row in json.load(response)]
        except OSError:
            return
        if names:
            request = urllib.request.Request(f"{self.url}/{','.join(names)}", method="DELETE")  # noqa: S310
            urllib.request.urlopen(request, timeout=30).close()  # noqa: S310


# --------------------------------------------------------------------------------------- the stack


class Stack:
    """Start with ``with Stack(...) as stack:`` (or ``start()``/``stop()``)."""

    def __init__(
        self, name="impact4values_stack", *, own_elasticsearch=False, extra_env=None, keep_dir=False
    ):
        self.name = name
        self.own_elasticsearch = own_elasticsearch
        self.extra_env = dict(extra_env or {})
        self.keep_dir = keep_dir
        self.dir = None
        self.children = {}
        self.database = None
        self.elasticsearch = None
        self.es_thread = None
        self.collect = None
        self.timings = {}

    # --- what the site gets ---------------------------------------------------------------------

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def env(self):
        env = {key: os.environ[key] for key in PASSED_ENV if key in os.environ}
        env.update(
            DJANGO_SETTINGS_MODULE="impact4values.settings.production",
            PYTHONPATH=os.pathsep.join([str(ROOT / "site"), str(ROOT)]),
            PYTHONUNBUFFERED="1",
            SECRET_KEY=self.secret_key,
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="false",  # plain HTTP on 127.0.0.1: no TLS, so no redirect to it
            SECURE_COOKIES="false",  # ... and cookies that travel without it
            BASE_URL=self.base_url,
            DATABASE_URL=self.database.url,
            ELASTICSEARCH_URL=self.elasticsearch.url,
            ELASTICSEARCH_INDEX_PREFIX=self.elasticsearch.prefix,
            REDIS_URL=self.redis_url,
            CACHE_URL=self.redis_url,
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(self.smtp_port),
            STATIC_ROOT=str(self.dir / "static"),
            MEDIA_ROOT=str(self.dir / "media"),
            PRIVATE_MEDIA_ROOT=str(self.dir / "private"),
            LOG_LEVEL="WARNING",
        )
        env.update(self.extra_env)
        return env

    def manage(self, *arguments, timeout=600):
        started = time.monotonic()
        completed = subprocess.run(
            [PYTHON, "manage.py", *arguments],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if completed.returncode:
            raise StackError(
                f"manage.py {' '.join(arguments)} failed:\n{completed.stdout}\n{completed.stderr}"
            )
        self.timings[f"manage.py {arguments[0]}"] = round(time.monotonic() - started, 1)
        return completed.stdout

    def spawn(self, name, argv):
        child = Child(name, argv, self.env(), self.dir / f"{name}.log")
        self.children[name] = child
        return child

    # --- the SMTP sink ----------------------------------------------------------------------------

    def set_smtp_mode(self, mode):
        self.smtp_control.write_text(mode + "\n")

    def delivered(self):
        """The sink's records of the messages it accepted (message_id, to, subject, at)."""
        if not self.smtp_store.exists():
            return []
        return [json.loads(line) for line in self.smtp_store.read_text().splitlines() if line.strip()]

    def fallback_warnings(self):
        """(time, line) of each directory answer the database gave because Elasticsearch failed."""
        child = self.children.get("gunicorn")
        return child.pump.matching(FALLBACK_WARNING) if child else []

    # --- start and stop ---------------------------------------------------------------------------

    def start(self):
        started = time.monotonic()
        self.dir = Path(tempfile.mkdtemp(prefix=f"{self.name}-"))
        self.secret_key = secrets.token_urlsafe(50)
        self.port, self.smtp_port, self.redis_port = free_port(), free_port(), free_port()
        self.redis_url = f"redis://127.0.0.1:{self.redis_port}/0"
        self.smtp_store = self.dir / "mail.jsonl"
        self.smtp_control = self.dir / "mail.mode"
        self.set_smtp_mode("accept")
        say(f"stack directory {self.dir}")

        self.elasticsearch = Elasticsearch(prefix=self.name, own=self.own_elasticsearch)
        es_error = []
        if self.elasticsearch.own:
            say(f"starting Elasticsearch on {self.elasticsearch.url} (in the background)")

            def start_elasticsearch():
                try:
                    self.elasticsearch.start()
                except Exception as error:  # noqa: BLE001 -- reported by the main thread
                    es_error.append(error)

            self.es_thread = threading.Thread(target=start_elasticsearch, daemon=True)
            self.es_thread.start()
        else:
            say(f"Elasticsearch: {self.elasticsearch.url}, index prefix {self.name}")

        self.database = Database(self.name)
        self.database.create()
        say(f"PostgreSQL: database {self.name} on 127.0.0.1:{self.database.server['port']}, created fresh")

        redis_dir = self.dir / "redis"
        redis_dir.mkdir()
        redis = self.spawn(
            "redis",
            [
                shutil.which("redis-server") or "redis-server",
                "--bind", "127.0.0.1", "--port", str(self.redis_port), "--dir", str(redis_dir),
                "--save", "", "--appendonly", "no", "--daemonize", "no",
            ],
        )  # fmt: skip
        smtp = self.spawn(
            "smtp",
            [
                PYTHON, "-m", "tests.support.smtp", "--port", str(self.smtp_port),
                "--store", str(self.smtp_store), "--control", str(self.smtp_control),
            ],
        )  # fmt: skip
        wait_until(lambda: redis_ping(self.redis_port) or not redis.alive(), 20, "redis-server")
        if not redis.alive():
            raise StackError(f"redis-server exited:\n{redis.tail()}")
        wait_until(lambda: port_open(self.smtp_port) or not smtp.alive(), 20, "SMTP sink")
        if not smtp.alive():
            raise StackError(f"the SMTP sink exited:\n{smtp.tail()}")
        say(f"Redis on {self.redis_url}, SMTP sink on 127.0.0.1:{self.smtp_port}")

        # collectstatic needs no database: let it run beside the migrations.
        self.collect = subprocess.Popen(
            [PYTHON, "manage.py", "collectstatic", "--noinput"],
            cwd=ROOT,
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        # The deployment's order (README, Production): the cache table before migrate, whose system
        # checks ask for it without CACHE_URL (with Redis, as here, createcachetable has nothing to do).
        self.manage("createcachetable")
        self.manage("migrate", "--noinput")
        self.manage("set_site_url")
        deadline = (datetime.now() + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
        self.manage("load_demo_content", "--demo-accounts", "--deadline", deadline)
        output, _ = self.collect.communicate(timeout=600)
        if self.collect.returncode:
            raise StackError(f"manage.py collectstatic failed:\n{output}")
        say(
            f"migrated, Site set to {self.base_url}, demo content loaded (call open until {deadline}), "
            "static files collected"
        )

        if self.es_thread is not None:
            self.es_thread.join(timeout=600)
            if es_error:
                raise StackError(str(es_error[0]))
            say(f"Elasticsearch up on {self.elasticsearch.url}")
        self.manage("rebuild_directory_index")
        say("directory index rebuilt (database and Elasticsearch)")

        gunicorn = self.spawn(
            "gunicorn",
            [
                PYTHON, "-m", "gunicorn", "--pythonpath", "site", "impact4values.wsgi",
                "--workers", str(GUNICORN_WORKERS), "--bind", f"127.0.0.1:{self.port}",
                "--graceful-timeout", "10", "--no-control-socket",
            ],
        )  # fmt: skip
        self.spawn("worker", [PYTHON, "manage.py", "run_worker"])
        wait_until(lambda: http_ok(self.port, "/sl/") or not gunicorn.alive(), 60, "gunicorn")
        if not gunicorn.alive():
            raise StackError(f"gunicorn exited:\n{gunicorn.tail()}")
        say(f"gunicorn ({GUNICORN_WORKERS} workers) on {self.base_url}, task worker running")
        # Loading the content queued hundreds of index tasks (Wagtail's, the directory's): let the worker
        # work them off, so that what is measured next does not queue behind them.
        backlog = self.queued_tasks()
        wait_until(lambda: self.queued_tasks() == 0, 180, f"the worker, with {backlog} tasks queued", 1)
        self.timings["start"] = round(time.monotonic() - started, 1)
        say(f"the worker ran the {backlog} tasks the content loading had queued")
        return self

    def queued_tasks(self):
        return self.database.scalar(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status IN ('READY', 'RUNNING')"
        )

    def redis_keys(self, pattern):
        """The keys in the stack's Redis matching ``pattern`` (SCAN, as ``redis-cli --scan`` does)."""
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.redis_port, socket_timeout=5)
        try:
            return sorted(key.decode() for key in client.scan_iter(match=pattern, count=1000))
        finally:
            client.close()

    def stop(self):
        """Stop whatever was started, in reverse order; report what could not be undone. Ctrl-C and
        SIGTERM are ignored meanwhile (in the main thread): a second one must not leave half of it."""
        shielded = threading.current_thread() is threading.main_thread()
        if shielded:
            previous = {number: signal.signal(number, signal.SIG_IGN) for number in SHIELDED_SIGNALS}
        try:
            return self._stop()
        finally:
            if shielded:
                for number, handler in previous.items():
                    signal.signal(number, handler)

    def _stop(self):
        problems = []
        if self.collect is not None and self.collect.poll() is None:
            self.collect.kill()
            self.collect.wait(timeout=10)
        for name in ("gunicorn", "worker", "smtp", "redis"):
            child = self.children.get(name)
            if child is not None:
                try:
                    child.stop()
                except Exception as error:  # noqa: BLE001 -- carry on cleaning up
                    problems.append(f"{name}: {error}")
        if self.es_thread is not None:
            self.es_thread.join(timeout=300)  # a start under way ends before the node is stopped
        for what, undo in (
            ("Elasticsearch", self.elasticsearch and self.elasticsearch.cleanup),
            ("PostgreSQL database", self.database and self.database.drop),
        ):
            if undo:
                try:
                    undo()
                except Exception as error:  # noqa: BLE001
                    problems.append(f"{what}: {error}")
        if self.dir is not None and not self.keep_dir:
            shutil.rmtree(self.dir, ignore_errors=True)
        say("stack stopped and removed" + (f"; problems: {'; '.join(problems)}" if problems else ""))
        return problems

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc_info):
        self.stop()


def redis_ping(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def http_ok(port, path):
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", path)
        status = connection.getresponse().status
        connection.close()
        return status == 200
    except (OSError, http.client.HTTPException):
        return False


def ignore_signals():
    for number in SHIELDED_SIGNALS:
        signal.signal(number, signal.SIG_IGN)


def interrupt_on_signals():
    """Ctrl-C (SIGINT) and SIGTERM (CI cancelling the job) raise KeyboardInterrupt, which stops and
    removes the stack. SIGINT explicitly: a shell starting this in the background (``&`` without job
    control) leaves it ignored, and Python then installs no handler of its own."""

    def handler(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, handler)
