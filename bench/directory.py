"""Benchmark of the mentor directory, served by gunicorn, on every backend that is available here.

    python bench/directory.py [--sizes 50,10000] [--backends sqlite,postgresql,elasticsearch] [--quick]

(``make bench`` runs it with the defaults.) For each database (a temporary SQLite file; PostgreSQL,
from DATABASE_URL or 127.0.0.1:5432, in a database of its own, ``impact4values_bench``):
migrate it, load the demo site, then for each size (profiles per language, smallest first) generate
synthetic mentors in bulk up to that size and measure, for the database backend and (on the
PostgreSQL database when there is one, else on SQLite) the Elasticsearch backend:

* a static file (WhiteNoise, the baseline) and a fixed table of 20 directory requests, p50 and p95
  over ``--reps`` sequential rounds after a warm-up, from one keep-alive HTTP client;
* SQL statements per directory request, and how many of them write, in-process with django.test.Client
  and CaptureQueriesContext against the same database;
* at the largest size: requests per second at 16 connections (wrk, or a thread pool without it) for
  the directory requests and the static file; the time of a full Elasticsearch rebuild and of the
  database index rebuild.

It prints the figures and the targets beside them, writes them as JSON to bench/results/, and asserts
nothing about time. Everything it creates (the databases, the Elasticsearch indices under its own
prefix, gunicorn, static files) is removed at the end. Only 127.0.0.1 is contacted.
"""

import argparse
import http.client
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
RESULTS = ROOT / "bench" / "results"
STATIC_PATH = "/static/css/site.css"
PG_DEFAULT = "postgres://impact4values:impact4values@127.0.0.1:5432/impact4values"
PG_BENCH_DATABASE = "impact4values_bench"
ES_DEFAULT = "http://127.0.0.1:9200"
CONCURRENCY = 16
TARGET_RATIO = {"sqlite": 40, "postgresql": 30, "elasticsearch": 15}
TARGET_SCALING = 1.2
TARGET_QUERIES = 15
TARGET_ES_REBUILD = 60
DIRECTORY = {"sl": "/sl/mentorji/", "hr": "/hr/mentori/", "en": "/en/mentors/"}
LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL", "elasticsearch": "Elasticsearch"}

# (label, language, params, json?) — text only, facets only, both, sorts, deep pages, sl/hr/en.
REQUESTS = [
    ("list, by name", "sl", [], False),
    ("q=zagovornistvo", "sl", [("q", "zagovornistvo")], False),
    ("q=financna", "sl", [("q", "financna")], False),
    ("q=dordevic", "hr", [("q", "dordevic")], False),
    ("q=financijsku stabilnost", "hr", [("q", "financijsku stabilnost")], False),
    ("q=ko (short prefix)", "en", [("q", "ko")], False),
    ("area=advocacy", "sl", [("area", "advocacy")], False),
    ("area=advocacy+gesi", "hr", [("area", "advocacy"), ("area", "gesi")], False),
    ("language=de+it", "sl", [("language", "de"), ("language", "it")], False),
    ("country=HR, available", "hr", [("country", "HR"), ("availability", "available")], False),
    (
        "all four facets",
        "en",
        [("area", "financial-stability"), ("language", "en"), ("country", "SI"), ("availability", "limited")],
        False,
    ),
    (
        "q=zagovornistvo, advocacy, SI",
        "sl",
        [("q", "zagovornistvo"), ("area", "advocacy"), ("country", "SI")],
        False,
    ),
    (
        "q=dordevic, hr, available",
        "hr",
        [("q", "dordevic"), ("language", "hr"), ("availability", "available")],
        False,
    ),
    (
        "q=strategic, 2 areas, experience",
        "en",
        [
            ("q", "strategic"),
            ("area", "organisational-structure"),
            ("area", "capacities-and-resources"),
            ("sort", "experience"),
        ],
        False,
    ),
    ("sort=experience", "sl", [("sort", "experience")], False),
    ("page=50, by name", "hr", [("sort", "name"), ("page", "50")], False),
    ("page=50, experience", "sl", [("sort", "experience"), ("page", "50")], False),
    ("q=udruge, page=20", "hr", [("q", "udruge"), ("page", "20")], False),
    ("q=xyzzy (no match)", "sl", [("q", "xyzzy")], False),
    ("JSON q=mentor, gesi", "en", [("q", "mentor"), ("area", "gesi")], True),
]


def request_path(language, params, as_json):
    path = DIRECTORY[language] + ("json/" if as_json else "")
    return f"{path}?{urlencode(params)}" if params else path


PATHS = [request_path(language, params, as_json) for _label, language, params, as_json in REQUESTS]

STARTED = time.monotonic()


def say(message):
    print(f"[{time.monotonic() - STARTED:6.0f}s] {message}", flush=True)


# --------------------------------------------------------------------------------------- statistics


def percentile(samples, fraction):
    """Nearest-rank percentile of the samples (seconds) in milliseconds."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index] * 1000


def summary(samples):
    return {
        "p50_ms": percentile(samples, 0.50),
        "p95_ms": percentile(samples, 0.95),
        "mean_ms": statistics.fmean(samples) * 1000 if samples else float("nan"),
        "n": len(samples),
    }


# --------------------------------------------------------------------------------------- services


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_server():
    """(admin URL parts) of a reachable PostgreSQL server whose role may create databases, or None."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        url = PG_DEFAULT
    parts = urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        say(f"PostgreSQL at {parts.hostname} is not local; only 127.0.0.1 is used: skipped")
        return None
    try:
        import psycopg
    except ImportError:
        say("PostgreSQL: psycopg is not installed: skipped")
        return None
    server = {
        "host": "127.0.0.1",
        "port": parts.port or 5432,
        "user": parts.username or "impact4values",
        "password": parts.password or "",
    }
    try:
        with psycopg.connect(dbname="postgres", connect_timeout=3, **server) as connection:
            row = connection.execute(
                "SELECT rolcreatedb OR rolsuper, version() FROM pg_roles WHERE rolname = current_user"
            ).fetchone()
    except psycopg.Error as error:
        say(f"PostgreSQL not reachable at 127.0.0.1:{server['port']} ({str(error).strip()}): skipped")
        return None
    if not row or not row[0]:
        say(f"PostgreSQL role {server['user']} may not create databases: skipped")
        return None
    server["version"] = row[1].split(" on ")[0]
    return server


def postgres_database(server, create):
    import psycopg

    credentials = {key: server[key] for key in ("host", "port", "user", "password")}
    with psycopg.connect(dbname="postgres", autocommit=True, **credentials) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{PG_BENCH_DATABASE}" WITH (FORCE)')
        if create:
            connection.execute(
                f'CREATE DATABASE "{PG_BENCH_DATABASE}" OWNER "{server["user"]}" '
                "ENCODING 'UTF8' TEMPLATE template0"
            )
    return f"postgres://{server['user']}:{server['password']}@127.0.0.1:{server['port']}/{PG_BENCH_DATABASE}"


def elasticsearch_server():
    url = os.environ.get("ELASTICSEARCH_URL") or ES_DEFAULT
    parts = urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        say(f"Elasticsearch at {parts.hostname} is not local; only 127.0.0.1 is used: skipped")
        return None
    if not (ROOT / "search" / "backends" / "elasticsearch.py").exists():
        say("Elasticsearch: search/backends/elasticsearch.py does not exist yet: skipped")
        return None
    try:
        with urllib.request.urlopen(url, timeout=3) as response:  # noqa: S310 -- a local http URL
            version = json.load(response)["version"]["number"]
    except (OSError, ValueError, KeyError) as error:
        say(f"Elasticsearch not reachable at {url} ({error}): skipped")
        return None
    return {"url": url, "version": version}


# --------------------------------------------------------------------------------------- processes


class Site:
    """Environment of one database (and optionally Elasticsearch) for manage.py, probes and gunicorn."""

    def __init__(self, database_url, workdir, es_url="", es_prefix=""):
        self.database_url = database_url
        self.workdir = workdir
        self.es_url = es_url
        self.es_prefix = es_prefix

    def env(self, elasticsearch=False):
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DATABASE_URL", "ELASTICSEARCH_URL", "DJANGO_SETTINGS_MODULE")
        }
        env.update(
            DJANGO_SETTINGS_MODULE="impact4values.settings.production",
            PYTHONPATH=os.pathsep.join([str(ROOT / "site"), str(ROOT)]),
            SECRET_KEY=BENCH_SECRET,
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            DATABASE_URL=self.database_url,
            ELASTICSEARCH_URL=self.es_url if elasticsearch else "",
            ELASTICSEARCH_INDEX_PREFIX=self.es_prefix or "bench_unused",
            STATIC_ROOT=str(STATIC_ROOT),
            MEDIA_ROOT=str(self.workdir / "media"),
            LOG_LEVEL="WARNING",
            PYTHONUNBUFFERED="1",
        )
        return env

    def manage(self, *arguments, timeout=900, elasticsearch=False):
        started = time.monotonic()
        completed = subprocess.run(
            [str(PYTHON), "manage.py", *arguments],
            cwd=ROOT,
            env=self.env(elasticsearch),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if completed.returncode:
            raise RuntimeError(
                f"manage.py {' '.join(arguments)} failed:\n{completed.stdout}\n{completed.stderr}"
            )
        return time.monotonic() - started, completed.stdout

    def probe(self, *arguments, timeout=900, elasticsearch=False):
        completed = subprocess.run(
            [str(PYTHON), str(ROOT / "bench" / "inprocess.py"), *arguments],
            cwd=ROOT,
            env=self.env(elasticsearch),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if completed.returncode:
            raise RuntimeError(f"inprocess.py {arguments[0]} failed:\n{completed.stdout}\n{completed.stderr}")
        return json.loads(completed.stdout.strip().splitlines()[-1])


class Gunicorn:
    def __init__(self, site, elasticsearch, log_path):
        self.port = free_port()
        self.log_path = log_path
        self.log = open(log_path, "w")  # noqa: SIM115 -- closed in stop()
        self.process = subprocess.Popen(
            [
                str(GUNICORN),
                "--pythonpath",
                "site",
                "impact4values.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            cwd=ROOT,
            env=site.env(elasticsearch),
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                connection.request("GET", STATIC_PATH)
                if connection.getresponse().status == 200:
                    connection.close()
                    break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"gunicorn did not start; see {log_path}")
            time.sleep(0.2)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the master stops its workers
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)  # the session this script started
                self.process.wait(timeout=10)
        self.log.close()

    def warnings(self):
        text = Path(self.log_path).read_text(errors="replace")
        return [line for line in text.splitlines() if re.search(r"WARNING|ERROR|Traceback|failed", line)]


# --------------------------------------------------------------------------------------- measuring


class Client:
    """One keep-alive HTTP/1.1 connection (gunicorn's sync workers close it after each response; then
    http.client reconnects, as a browser would)."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def get(self, path):
        started = time.perf_counter()
        self.connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = self.connection.getresponse()
        body = response.read()
        elapsed = time.perf_counter() - started
        if response.getheader("Connection", "").lower() == "close":
            self.connection.close()
        return response.status, elapsed, len(body)


def measure_latency(port, reps, warmup):
    client = Client(port)
    for _ in range(warmup):
        for path in [*PATHS, STATIC_PATH]:
            client.get(path)
    directory = {path: [] for path in PATHS}
    static = []
    errors = []
    for _ in range(reps):
        for path in PATHS:
            status, elapsed, _size = client.get(path)
            directory[path].append(elapsed)
            if status != 200:
                errors.append((path, status))
            status, elapsed, _size = client.get(STATIC_PATH)  # the baseline, interleaved
            static.append(elapsed)
            if status != 200:
                errors.append((STATIC_PATH, status))
    everything = [sample for samples in directory.values() for sample in samples]
    return {
        "directory": summary(everything),
        "rows": [{"path": path, **summary(samples)} for path, samples in directory.items()],
        "static": summary(static),
        "errors": errors[:20],
        "error_count": len(errors),
    }


WRK_SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def throughput(port, paths, seconds, workdir):
    """Requests per second at CONCURRENCY connections for ``seconds``, cycling through ``paths``."""
    wrk = shutil.which("wrk")
    if wrk:
        script = workdir / "paths.lua"
        script.write_text(WRK_SCRIPT % ", ".join(json.dumps(path) for path in paths))
        completed = subprocess.run(
            [
                wrk,
                "-t",
                str(min(CONCURRENCY, os.cpu_count() or 2)),
                "-c",
                str(CONCURRENCY),
                "-d",
                f"{seconds}s",
                "--timeout",
                "10s",
                "-s",
                str(script),
                f"http://127.0.0.1:{port}",
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        )
        output = completed.stdout
        rate = re.search(r"Requests/sec:\s*([\d.]+)", output)
        bad = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", output)
        socket_errors = re.search(r"Socket errors:(.*)", output)
        return {
            "tool": "wrk",
            "requests_per_second": float(rate.group(1)) if rate else None,
            "non_2xx": int(bad.group(1)) if bad else 0,
            "socket_errors": socket_errors.group(1).strip() if socket_errors else "",
        }
    # Without wrk: a pool of threads, each with its own connection.
    counts = [0] * CONCURRENCY
    failures = [0] * CONCURRENCY
    stop = time.monotonic() + seconds

    def work(number):
        client = Client(port)
        position = number
        while time.monotonic() < stop:
            status, _elapsed, _size = client.get(paths[position % len(paths)])
            position += 1
            counts[number] += 1
            failures[number] += status != 200

    threads = [threading.Thread(target=work, args=(number,)) for number in range(CONCURRENCY)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "tool": "python threads",
        "requests_per_second": sum(counts) / (time.monotonic() - started),
        "non_2xx": sum(failures),
        "socket_errors": "",
    }


# --------------------------------------------------------------------------------------- the run


def run_database(name, site, backends, sizes, options, results):
    """Set up one database, grow it through ``sizes`` and measure ``backends`` on it at each size."""
    say(f"{LABELS[name]}: migrate")
    seconds, _out = site.manage("migrate", "--noinput")
    results["setup"][name] = {"migrate_s": seconds}
    say(f"{LABELS[name]}: load_demo_content")
    seconds, _out = site.manage("load_demo_content")
    results["setup"][name]["load_demo_s"] = seconds
    for size in sizes:
        current = site.probe("status")["profiles"]
        have = min(current.get(code, 0) for code in DIRECTORY)
        record = {"generate": None}
        if size > have:
            say(f"{LABELS[name]}: generate {size - have} synthetic mentors per language (to {size})")
            seconds, out = site.manage(
                "generate_mentors", "--count", str(size - have), "--seed", str(size), "--skip-elasticsearch"
            )
            record["generate"] = {"per_language": size - have, "pages": 3 * (size - have), "seconds": seconds}
            record["generate"]["report"] = out.strip().splitlines()[-1]
        status = site.probe("status")
        record["status"] = status
        say(f"{LABELS[name]}: {status['profiles']} live profiles, {status['entries']} index entries")
        largest = size == max(sizes)
        if largest and not options.skip_database_rebuild:
            say(f"{LABELS[name]}: rebuild the database index (mentors.directory.index)")
            record["database_rebuild"] = site.probe("rebuild-database")
        for backend in backends:
            elasticsearch = backend == "elasticsearch"
            entry = {"database": LABELS[name], "size": size}
            if elasticsearch:
                say(f"Elasticsearch: rebuild the indices ({status['entries']} documents)")
                entry["elasticsearch_rebuild"] = site.probe("rebuild-elasticsearch", elasticsearch=True)
            say(f"{LABELS[backend]} at {size}/language: serve and measure {options.reps} rounds")
            server = Gunicorn(site, elasticsearch, site.workdir / f"gunicorn-{backend}-{size}.log")
            try:
                entry["latency"] = measure_latency(server.port, options.reps, options.warmup)
                if largest:
                    say(
                        f"{LABELS[backend]}: {CONCURRENCY} connections for {options.seconds} s, "
                        "directory then static"
                    )
                    entry["throughput_directory"] = throughput(
                        server.port, PATHS, options.seconds, site.workdir
                    )
                    entry["throughput_static"] = throughput(
                        server.port, [STATIC_PATH], options.seconds, site.workdir
                    )
            finally:
                server.stop()
            entry["server_warnings"] = server.warnings()[:20]
            say(f"{LABELS[backend]}: SQL per request (in-process)")
            entry["queries"] = site.probe("queries", *PATHS, elasticsearch=elasticsearch)
            entry["generate"] = record["generate"]
            entry["database_rebuild"] = record.get("database_rebuild")
            results["runs"].append({"backend": backend, **entry})
            lat = entry["latency"]
            say(
                f"{LABELS[backend]} at {size}: directory p50 {lat['directory']['p50_ms']:.1f} ms, "
                f"static p50 {lat['static']['p50_ms']:.2f} ms"
            )


def run(options):
    global STATIC_ROOT, BENCH_SECRET
    BENCH_SECRET = secrets.token_urlsafe(50)
    workdir = Path(tempfile.mkdtemp(prefix="impact4values-bench-"))
    STATIC_ROOT = workdir / "static"
    started_at = datetime.now(UTC)
    results = {
        "started_at": started_at.isoformat(),
        "options": {key: value for key, value in vars(options).items()},
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "gunicorn": "--workers 2 (sync)",
        },
        "requests": [
            {"label": label, "language": language, "path": path}
            for (label, language, _params, _json), path in zip(REQUESTS, PATHS, strict=True)
        ],
        "setup": {},
        "runs": [],
        "skipped": {},
    }
    wanted = options.backends
    postgres = postgres_server() if {"postgresql", "elasticsearch"} & set(wanted) else None
    if "postgresql" in wanted and not postgres:
        results["skipped"]["postgresql"] = "not reachable"
    es = elasticsearch_server() if "elasticsearch" in wanted else None
    if "elasticsearch" in wanted and not es:
        results["skipped"]["elasticsearch"] = "not reachable or backend missing"
    es_database = "postgresql" if postgres else "sqlite"
    if es:
        results["elasticsearch"] = {
            "url": es["url"],
            "version": es["version"],
            "database": LABELS[es_database],
        }
        say(f"Elasticsearch {es['version']} at {es['url']}; its database: {LABELS[es_database]}")
    if postgres:
        results["postgresql"] = {"version": postgres["version"], "database": PG_BENCH_DATABASE}
    es_prefix = f"bench_directory_{os.getpid()}"
    plan = []
    for database in ("sqlite", "postgresql"):
        backends = [database] if database in wanted and (database == "sqlite" or postgres) else []
        if es and es_database == database:
            backends.append("elasticsearch")
        if backends:
            plan.append((database, backends))
    try:
        say("collectstatic")
        Site("sqlite:///" + str(workdir / "static.sqlite3"), workdir).manage("collectstatic", "--noinput")
        for database, backends in plan:
            if database == "sqlite":
                url = "sqlite:///" + str(workdir / "bench.sqlite3")
            else:
                url = postgres_database(postgres, create=True)
            site = Site(url, workdir, es_url=es["url"] if es else "", es_prefix=es_prefix)
            try:
                run_database(database, site, backends, options.sizes, options, results)
            finally:
                if "elasticsearch" in backends:
                    try:
                        site.probe("drop-elasticsearch", elasticsearch=True)
                    except (RuntimeError, subprocess.TimeoutExpired) as error:
                        say(f"could not delete the Elasticsearch indices {es_prefix}_*: {error}")
                if database == "postgresql":
                    postgres_database(postgres, create=False)
    finally:
        if options.keep:
            say(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    results["seconds"] = time.monotonic() - STARTED
    return results


# --------------------------------------------------------------------------------------- report


def fmt(value, digits=1, suffix=""):
    if value is None or value != value:  # None or NaN
        return "–"
    return f"{value:.{digits}f}{suffix}"


def report(results):
    runs = results["runs"]
    sizes = sorted({run["size"] for run in runs})
    backends = [
        backend
        for backend in ("sqlite", "postgresql", "elasticsearch")
        if any(r["backend"] == backend for r in runs)
    ]
    by = {(run["backend"], run["size"]): run for run in runs}
    lines = []
    out = lines.append
    large, small = (max(sizes), min(sizes)) if sizes else (None, None)
    out("")
    out("=" * 100)
    out(
        f"Directory benchmark — {results['started_at']} — {results['machine']['cpus']} CPUs, "
        "gunicorn 2 sync workers"
    )
    if "postgresql" in results:
        out(f"PostgreSQL: {results['postgresql']['version']} (database {results['postgresql']['database']})")
    if "elasticsearch" in results:
        es = results["elasticsearch"]
        out(f"Elasticsearch: {es['version']} at {es['url']}, with {es['database']} as its database")
    for backend, why in results["skipped"].items():
        out(f"Skipped {LABELS[backend]}: {why}")
    out(
        f"Sizes: {', '.join(str(size) for size in sizes)} mentor profiles per language (×3 languages); "
        f"{results['options']['reps']} rounds of {len(PATHS)} requests "
        f"after {results['options']['warmup']} warm-up rounds"
    )
    out("=" * 100)

    for size in sizes:
        out("")
        out(f"Per request at {size} per language: p50 / p95 ms · SQL statements")
        header = f"{'#':>2} {'lang':4} {'request':34}"
        for backend in backends:
            header += f" {LABELS[backend]:>22}"
        out(header)
        for number, (label, language, _params, _json) in enumerate(REQUESTS, 1):
            row = f"{number:>2} {language:4} {label[:34]:34}"
            for backend in backends:
                run = by.get((backend, size))
                if not run:
                    row += f" {'–':>22}"
                    continue
                lat = run["latency"]["rows"][number - 1]
                queries = run["queries"]["rows"][number - 1]["queries"]
                row += f" {fmt(lat['p50_ms']):>7} /{fmt(lat['p95_ms']):>7} ·{queries:>3}"
            out(row)
        static_row = f"{'':>2} {'':4} {'static ' + STATIC_PATH:34}"
        for backend in backends:
            run = by.get((backend, size))
            static = run["latency"]["static"] if run else {}
            static_row += f" {fmt(static.get('p50_ms'), 2):>7} /{fmt(static.get('p95_ms'), 2):>7}     "
        out(static_row)

    out("")
    out("Summary" + (f" (at {large} per language unless stated)" if large else ""))
    header = f"{'':44}" + "".join(f" {LABELS[backend]:>15}" for backend in backends) + "   target"
    out(header)

    def line(label, values, target=""):
        out(f"{label:44}" + "".join(f" {value:>15}" for value in values) + (f"   {target}" if target else ""))

    def value(backend, size, getter):
        run = by.get((backend, size))
        try:
            return getter(run) if run else None
        except (KeyError, TypeError, ZeroDivisionError):
            return None

    line(
        "directory p50 ms",
        [fmt(value(b, large, lambda r: r["latency"]["directory"]["p50_ms"])) for b in backends],
    )
    line(
        "directory p95 ms",
        [fmt(value(b, large, lambda r: r["latency"]["directory"]["p95_ms"])) for b in backends],
    )
    line(
        "static p50 ms",
        [fmt(value(b, large, lambda r: r["latency"]["static"]["p50_ms"]), 2) for b in backends],
    )
    line(
        "static p95 ms",
        [fmt(value(b, large, lambda r: r["latency"]["static"]["p95_ms"]), 2) for b in backends],
    )
    ratios = []
    for backend in backends:
        ratio = value(
            backend, large, lambda r: r["latency"]["directory"]["p50_ms"] / r["latency"]["static"]["p50_ms"]
        )
        mark = "" if ratio is None else (" ok" if ratio <= TARGET_RATIO[backend] else " !!")
        ratios.append(fmt(ratio, 1, "×") + mark)
    line(
        "directory p50 / static p50",
        ratios,
        "≤ " + ", ".join(f"{LABELS[b]} {TARGET_RATIO[b]}×" for b in backends),
    )
    if small != large:
        for size in sizes:
            if size == large:
                continue
            line(
                f"directory p50 ms at {size}",
                [fmt(value(b, size, lambda r: r["latency"]["directory"]["p50_ms"])) for b in backends],
            )
            scaling = []
            for backend in backends:
                a = value(backend, large, lambda r: r["latency"]["directory"]["p50_ms"])
                b = value(backend, size, lambda r: r["latency"]["directory"]["p50_ms"])
                ratio = a / b if a and b else None
                scaling.append(
                    fmt(ratio, 2, "×")
                    + ("" if ratio is None else (" ok" if ratio <= TARGET_SCALING else " !!"))
                )
            line(f"p50 at {large} / p50 at {size}", scaling, f"≤ {TARGET_SCALING}×")
    for size in sizes:
        counts = []
        for backend in backends:
            rows = value(backend, size, lambda r: r["queries"]["rows"])
            if rows:
                low, high = min(row["queries"] for row in rows), max(row["queries"] for row in rows)
                counts.append(f"{low}–{high}" + (" ok" if high <= TARGET_QUERIES else " !!"))
            else:
                counts.append("–")
        line(f"SQL statements per request, min–max ({size})", counts, f"≤ {TARGET_QUERIES}, constant")
    writes = []
    for backend in backends:
        total = sum(
            row["writes"]
            for size in sizes
            for row in (value(backend, size, lambda r: r["queries"]["rows"]) or [])
        )
        writes.append(f"{total}" + (" ok" if total == 0 else " !!"))
    line("writes (INSERT/UPDATE/DELETE), all requests", writes, "0")
    line(
        "search backend actually answering",
        [value(b, large, lambda r: r["queries"]["search_backend"]) or "–" for b in backends],
    )
    errors = [value(b, large, lambda r: r["latency"]["error_count"]) for b in backends]
    line("non-200 responses while measuring", [str(e) if e is not None else "–" for e in errors], "0")
    line(
        f"req/s directory, {CONCURRENCY} connections",
        [
            fmt(value(b, large, lambda r: r["throughput_directory"]["requests_per_second"]), 0)
            for b in backends
        ],
    )
    line(
        f"req/s static, {CONCURRENCY} connections",
        [fmt(value(b, large, lambda r: r["throughput_static"]["requests_per_second"]), 0) for b in backends],
    )
    line(
        "non-2xx under load (directory/static)",
        [
            (
                lambda r: (
                    f"{r['throughput_directory']['non_2xx']}/{r['throughput_static']['non_2xx']}"
                    if r
                    else "–"
                )
            )(by.get((b, large)))
            for b in backends
        ],
    )
    for size in sizes:
        line(
            f"generate to {size}/language: s (pages)",
            [
                (lambda g: f"{g['seconds']:.1f} ({g['pages']})" if g else "–")(
                    value(b, size, lambda r: r["generate"])
                )
                for b in backends
            ],
        )
    line(
        f"database index rebuild ({large}/language) s",
        [fmt(value(b, large, lambda r: r["database_rebuild"]["seconds"])) for b in backends],
    )
    for size in sizes:
        rebuild = value("elasticsearch", size, lambda r: r["elasticsearch_rebuild"])
        if rebuild:
            ok = "" if size != large else (" ok" if rebuild["seconds"] < TARGET_ES_REBUILD else " !!")
            out(
                f"{'Elasticsearch full rebuild (' + str(size) + '/language)':44} "
                f"{rebuild['documents']} documents in {rebuild['seconds']:.1f} s{ok}"
                + (f"   target < {TARGET_ES_REBUILD} s" if size == large else "")
            )
    out("")
    out(f"Slowest SQL statement of each request, in-process at {large}/language (top 3 distinct, ms):")
    for backend in backends:
        rows = value(backend, large, lambda r: r["queries"]["rows"]) or []
        seen = {}
        for row in sorted(rows, key=lambda row: -(row["slowest_ms"] or 0)):
            sql = re.sub(r'"[a-z_]+"\.', "", row["slowest_sql"] or "")
            key = sql[:60]
            if key and key not in seen:
                seen[key] = (row["slowest_ms"], sql, row["path"])
        for slowest_ms, sql, path in list(seen.values())[:3]:
            out(f"  {LABELS[backend]:13} {fmt(slowest_ms):>6}  {path[:38]:38}  {sql[:110]}")
    for backend in backends:
        for size in sizes:
            warnings = value(backend, size, lambda r: r["server_warnings"])
            if warnings:
                out(
                    f"gunicorn log of {LABELS[backend]} at {size}: {len(warnings)} warning lines, "
                    f"first: {warnings[0][:150]}"
                )
    out(f"Total time {results['seconds'] / 60:.1f} min")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default=None, help="profiles per language, comma-separated (default 50,10000)"
    )
    parser.add_argument(
        "--backends", default="sqlite,postgresql,elasticsearch", help="any of sqlite,postgresql,elasticsearch"
    )
    parser.add_argument("--quick", action="store_true", help="500 per language, 8 rounds, 3 s of load")
    parser.add_argument(
        "--reps", type=int, default=None, help="measured rounds of the request table (default 30)"
    )
    parser.add_argument("--warmup", type=int, default=2, help="warm-up rounds (default 2)")
    parser.add_argument(
        "--seconds", type=int, default=None, help="seconds of each concurrent load (default 10)"
    )
    parser.add_argument(
        "--skip-database-rebuild", action="store_true", help="do not time rebuild_database_index"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary directory (logs) for inspection"
    )
    options = parser.parse_args()
    options.sizes = sorted(
        {int(size) for size in (options.sizes or ("50,500" if options.quick else "50,10000")).split(",")}
    )
    options.backends = [backend.strip() for backend in options.backends.split(",") if backend.strip()]
    unknown = set(options.backends) - set(LABELS)
    if unknown:
        parser.error(f"unknown backends: {', '.join(sorted(unknown))}")
    options.reps = options.reps or (8 if options.quick else 30)
    options.seconds = options.seconds or (3 if options.quick else 10)
    if not GUNICORN.exists():
        parser.error(f"{GUNICORN} is missing: run `make install`")

    results = run(options)
    text = report(results)
    print(text, flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"directory-{stamp}{'-quick' if options.quick else ''}.json"
    results["report"] = text
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"Results: {path.relative_to(ROOT)}")


STATIC_ROOT = None
BENCH_SECRET = ""

if __name__ == "__main__":
    main()
