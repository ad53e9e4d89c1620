"""Benchmark of one mentor application, served by gunicorn with production settings.

    python bench/application.py [--rounds 30] [--warmup 3] [--keep]

Sets up a temporary SQLite database (migrate, ``load_demo_content`` with the call open), collects the
static files and starts gunicorn (2 sync workers) with the production settings, tasks deferred to a
queue that nobody works (so e-mails are not sent inside the request), the rate limit out of the way.
Then, from one HTTP client on 127.0.0.1:

* a static file (WhiteNoise, the baseline), and the call page with its form (GET);
* one valid submission with a 1 MB PDF (POST, multipart, CSRF cookie and token, a fresh submission key
  each round; 303 to the thank-you page expected), p50 / p95 over ``--rounds`` rounds after a warm-up;
* SQL statements of one valid submission, in-process with django.test.Client and
  CaptureQueriesContext against the same database: with tasks deferred (the target, at most 20) and,
  for comparison, with tasks run inline by the immediate backend as ``base`` configures them;
* a request declaring a body over APPLICATION_MAX_REQUEST_BYTES, over a raw socket: the answer (413
  expected), how long it took and how much of the body had been sent when it came.

It prints the figures with the targets beside them, writes them as JSON to bench/results/, and asserts
nothing about time. Everything it creates (database, files, gunicorn) is removed at the end. Only
127.0.0.1 is contacted. It reuses the directory benchmark's helpers (bench/directory.py).
"""

import argparse
import http.client
import json
import os
import re
import secrets
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import directory  # noqa: E402 -- the directory benchmark's helpers: Site, Gunicorn, summary, say, fmt

CALL_PATH = "/sl/poziv-za-mentorje/"
STATIC_PATH = directory.STATIC_PATH
TARGET_QUERIES = 20
PDF_SIZE = 1024 * 1024
OVERSIZED = 20 * 1024 * 1024
SETTINGS_MODULE = "bench_application_settings"
SETTINGS = '''"""Written by bench/application.py: the served site's settings, tasks deferred."""
from {base} import *  # noqa: F403

TASKS = {{"default": {{"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
'''
INLINE_SETTINGS_MODULE = "bench_application_inline_settings"
INLINE_SETTINGS = '''"""Written by bench/application.py: tasks as base configures them (immediate)."""
from {base} import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
'''


def pdf(size=PDF_SIZE):
    """A real one-page PDF of about ``size`` bytes: an image-like stream of random bytes (the form
    checks a PDF's structure), with a correct cross-reference table."""
    image = os.urandom(max(0, size - 600))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /I 4 0 R >> >> >>",
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray"
        b" /Length %d >>\nstream\n%s\nendstream" % (len(image), image),
    ]
    document = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(document))
        document += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(document)
    document += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    document += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    document += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(document)


def form_fields(areas, key, token):
    """A valid application (areas: {key: pk} of the default-language thematic areas)."""
    available = (datetime.now(UTC) + timedelta(days=30)).date().isoformat()
    fields = [
        ("csrfmiddlewaretoken", token),
        ("submission_key", key),
        ("first_name", "Ana"),
        ("last_name", "Novak"),
        ("email", "ana.novak@example.org"),
        ("phone", "+386 41 123 456"),
        ("country", "SI"),
        ("city", "Ljubljana"),
        ("organisation", "Društvo za razvoj"),
        ("role", "direktorica"),
        ("website", "https://www.linkedin.com/in/ana-novak"),
        ("thematic_areas", str(areas["advocacy"])),
        ("thematic_areas", str(areas["gesi"])),
        ("experience_advocacy", "Deset let vodim zagovorniške kampanje. " * 20),
        ("experience_gesi", "Vodila sem usposabljanja o enakosti spolov. " * 20),
        ("years_ngo_experience", "12"),
        ("years_mentoring_experience", "6"),
        ("eu_values_experience", "Projekti o človekovih pravicah in vladavini prava. " * 20),
        ("languages", "sl"),
        ("languages", "en"),
        ("hours_per_month", "10"),
        ("available_from", available),
        ("privacy_consent", "on"),
        ("publish_consent", "on"),
        ("website_url", ""),
    ]
    return fields


def multipart(fields, file_name, content):
    boundary = "----i4v" + secrets.token_hex(12)
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="cv"; filename="{file_name}"\r\n'
        "Content-Type: application/pdf\r\n\r\n".encode()
        + content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def hidden(html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    if not match:
        raise RuntimeError(f"no {name} in the call page: is the call open?")
    return match.group(1)


def area_values(html):
    """{area key: value} from the form: each checkbox is followed by its description box."""
    values = {}
    for value, key in re.findall(
        r'name="thematic_areas" value="(\d+)".*?name="experience_([a-z-]+)"', html, re.S
    ):
        values.setdefault(key, value)
    return values


# --------------------------------------------------------------------------------------- the site


class ApplicationSite(directory.Site):
    """The directory benchmark's site, with the CVs, the settings module and the rate limit of ours."""

    settings_module = SETTINGS_MODULE

    def env(self, elasticsearch=False):
        env = super().env(elasticsearch)
        env.update(
            DJANGO_SETTINGS_MODULE=self.settings_module,
            PYTHONPATH=os.pathsep.join([str(self.workdir), env["PYTHONPATH"]]),
            PRIVATE_MEDIA_ROOT=str(self.workdir / "private"),
            APPLICATION_RATE_LIMIT="1000000",
        )
        return env


class Browser:
    """One HTTP/1.1 connection with a cookie jar of its own, as a browser applying would have."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        started = time.perf_counter()
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        content = response.read()
        elapsed = time.perf_counter() - started
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        if response.getheader("Connection", "").lower() == "close":
            self.connection.close()
        return response, content, elapsed


def apply_once(port, cv):
    """GET the form, POST a valid application: (GET seconds, POST seconds, POST status, Location)."""
    browser = Browser(port)
    response, content, get_elapsed = browser.request("GET", CALL_PATH)
    html = content.decode()
    if response.status != 200:
        raise RuntimeError(f"GET {CALL_PATH} answered {response.status}")
    fields = form_fields(
        area_values(html), hidden(html, "submission_key"), hidden(html, "csrfmiddlewaretoken")
    )
    body, content_type = multipart(fields, "Življenjepis.pdf", cv)
    response, _content, post_elapsed = browser.request(
        "POST", CALL_PATH, body=body, headers={"Content-Type": content_type, "Content-Length": str(len(body))}
    )
    return get_elapsed, post_elapsed, response.status, response.getheader("Location", ""), len(body)


def static_once(port):
    browser = Browser(port)
    response, _content, elapsed = browser.request("GET", STATIC_PATH, headers={"Accept-Encoding": "gzip"})
    return elapsed, response.status


def oversized_request(port, declared=OVERSIZED, chunk=16 * 1024):
    """Declare ``declared`` bytes, send the headers and one small chunk, then wait for the answer."""
    request = (
        f"POST {CALL_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: multipart/form-data; boundary=----i4v\r\n"
        f"Content-Length: {declared}\r\nConnection: close\r\n\r\n"
    ).encode()
    started = time.perf_counter()
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(request)
        try:
            sock.sendall(b"x" * chunk)
            sent += chunk
        except OSError:
            pass
        answer = b""
        while True:
            readable, _, _ = select.select([sock], [], [], 10)
            if not readable:
                break
            try:
                data = sock.recv(65536)
            except ConnectionResetError:
                break
            if not data:
                break
            answer += data
    elapsed = time.perf_counter() - started
    status_line = answer.split(b"\r\n", 1)[0].decode(errors="replace")
    status = int(status_line.split()[1]) if status_line.startswith("HTTP/") else None
    head, _, page = answer.partition(b"\r\n\r\n")
    language = re.search(rb'<html lang="([a-z-]+)"', page)
    return {
        "status": status,
        "status_line": status_line,
        "seconds": elapsed,
        "declared_bytes": declared,
        "body_bytes_sent": sent,
        "page_bytes": len(page),
        "page_language": language.group(1).decode() if language else None,
    }


# --------------------------------------------------------------------------------------- in-process


def probe_queries():
    """Run as ``application.py --probe-queries`` with the site's environment: SQL of one submission.

    Statements run by on_commit hooks (after the submission's transaction commits, still inside the
    request) are told apart: e-mails queue there, and other apps may hook in (the review workflow).
    """
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection
    from django.test import Client

    def in_commit_hook():
        frame = sys._getframe()
        while frame is not None:
            if frame.f_code.co_name == "run_and_clear_commit_hooks":
                return True
            frame = frame.f_back
        return False

    client = Client(HTTP_HOST="127.0.0.1", REMOTE_ADDR="192.0.2.200")
    statements = []
    for _round in range(2):  # the first warms per-process caches (site root paths, ...)
        client.cookies.clear()  # a new visitor each time, as in the served benchmark
        html = client.get(CALL_PATH).content.decode()
        data = {}
        for name, value in form_fields(area_values(html), hidden(html, "submission_key"), ""):
            if name != "csrfmiddlewaretoken":
                data.setdefault(name, []).append(value)
        data["cv"] = SimpleUploadedFile("cv.pdf", pdf(), content_type="application/pdf")
        captured = []

        def record(execute, sql, params, many, context, captured=captured):
            captured.append((sql, in_commit_hook()))
            return execute(sql, params, many, context)

        with connection.execute_wrapper(record):
            response = client.post(CALL_PATH, data)
        if response.status_code != 303:
            raise SystemExit(f"the submission answered {response.status_code}")
        statements = captured
    hooks = sum(1 for _sql, hook in statements if hook)
    print(
        json.dumps(
            {
                "queries": len(statements),
                "commit_hooks": hooks,
                "submission": len(statements) - hooks,
                "sql": [("[after commit] " if hook else "") + sql[:150] for sql, hook in statements],
            }
        )
    )


def run_probe(site, settings_module):
    original = site.settings_module
    site.settings_module = settings_module
    try:
        completed = subprocess.run(
            [str(directory.PYTHON), str(Path(__file__).resolve()), "--probe-queries"],
            cwd=ROOT,
            env=site.env(),
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        site.settings_module = original
    if completed.returncode:
        raise RuntimeError(f"the query probe failed:\n{completed.stdout}\n{completed.stderr}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------------- the run


def run(options):
    directory.BENCH_SECRET = secrets.token_urlsafe(50)
    workdir = Path(tempfile.mkdtemp(prefix="impact4values-bench-application-"))
    directory.STATIC_ROOT = workdir / "static"
    site = ApplicationSite("sqlite:///" + str(workdir / "bench.sqlite3"), workdir)
    base = directory.Site.env(site)["DJANGO_SETTINGS_MODULE"]  # the production settings the bench serves
    (workdir / f"{SETTINGS_MODULE}.py").write_text(SETTINGS.format(base=base))
    (workdir / f"{INLINE_SETTINGS_MODULE}.py").write_text(INLINE_SETTINGS.format(base=base))
    results = {
        "started_at": datetime.now(UTC).isoformat(),
        "options": vars(options),
        "cpus": os.cpu_count(),
        "settings": base,
    }
    server = None
    try:
        directory.say("collectstatic")
        site.manage("collectstatic", "--noinput")
        directory.say("migrate")
        site.manage("migrate", "--noinput")
        deadline = (datetime.now(UTC) + timedelta(days=60)).strftime("%Y-%m-%dT%H:%M")
        directory.say(f"load_demo_content --deadline {deadline}")
        site.manage("load_demo_content", "--deadline", deadline)

        directory.say("gunicorn, production settings, 2 sync workers")
        server = directory.Gunicorn(site, False, workdir / "gunicorn.log")
        cv = pdf()
        for _ in range(options.warmup):
            apply_once(server.port, cv)
            static_once(server.port)
        gets, posts, statics, errors, body_sizes = [], [], [], [], []
        for _ in range(options.rounds):
            get_elapsed, post_elapsed, status, location, size = apply_once(server.port, cv)
            gets.append(get_elapsed)
            posts.append(post_elapsed)
            body_sizes.append(size)
            if status != 303 or not location.endswith("/thanks/"):
                errors.append((status, location))
            elapsed, status = static_once(server.port)
            statics.append(elapsed)
            if status != 200:
                errors.append((status, STATIC_PATH))
        results["latency"] = {
            "static": directory.summary(statics),
            "form_get": directory.summary(gets),
            "submission_post": directory.summary(posts),
            "post_body_bytes": max(body_sizes),
            "errors": errors[:10],
            "error_count": len(errors),
        }
        directory.say("an oversized request over a raw socket")
        results["oversized"] = oversized_request(server.port)
        server.stop()
        results["server_warnings"] = server.warnings()[:20]
        server = None
        directory.say("SQL statements of one submission, in-process (tasks deferred, then inline)")
        results["queries_deferred"] = run_probe(site, SETTINGS_MODULE)
        results["queries_inline"] = run_probe(site, INLINE_SETTINGS_MODULE)
        stored = list((workdir / "private" / "cvs").iterdir())
        results["stored_cvs"] = len(stored)
        results["media_files"] = (
            sum(1 for path in (workdir / "media").rglob("*") if path.is_file())
            if (workdir / "media").exists()
            else 0
        )
    finally:
        if server is not None:
            server.stop()
        if options.keep:
            directory.say(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return results


def report(results, options):
    fmt = directory.fmt
    latency = results["latency"]
    oversized = results["oversized"]
    deferred = results["queries_deferred"]
    inline = results["queries_inline"]
    ratio = latency["submission_post"]["p50_ms"] / latency["static"]["p50_ms"]
    lines = [
        "",
        "=" * 100,
        f"Application benchmark — {results['started_at']} — {results['cpus']} CPUs, gunicorn 2 sync workers, "
        f"{results['settings']}, SQLite",
        f"{options.rounds} rounds after {options.warmup} warm-up rounds; a valid application with a "
        f"{PDF_SIZE // 1024} KB PDF ({latency['post_body_bytes'] / 1024:.0f} KB request body), "
        "e-mails deferred",
        "=" * 100,
        f"{'':46}{'p50 ms':>10}{'p95 ms':>10}{'mean ms':>10}   target",
    ]
    for label, key in (
        (f"static file {STATIC_PATH}", "static"),
        ("GET the call page with the form", "form_get"),
        ("POST one valid application (303)", "submission_post"),
    ):
        row = latency[key]
        lines.append(
            f"{label:46}{fmt(row['p50_ms'], 2):>10}{fmt(row['p95_ms'], 2):>10}{fmt(row['mean_ms'], 2):>10}"
        )
    lines += [
        f"{'submission p50 / static p50':46}{fmt(ratio, 1, '×'):>10}",
        f"{'non-303 / non-200 responses while measuring':46}{latency['error_count']:>10}   0",
        f"{'SQL per submission, tasks deferred':46}{deferred['submission']:>10}   ≤ {TARGET_QUERIES}"
        + ("  ok" if deferred["submission"] <= TARGET_QUERIES else "  !!"),
        f"{'  + in on_commit hooks, same request':46}{deferred['commit_hooks']:>10}   (other apps' hooks)",
        f"{'SQL per submission, tasks inline (immediate)':46}{inline['submission']:>10}   (+ ref. index)",
        f"{'  + in on_commit hooks, same request':46}{inline['commit_hooks']:>10}   (+ e-mails)",
        f"{'CV files stored (private folder) / media files':46}{results['stored_cvs']:>10} / "
        f"{results['media_files']}",
        "",
        f"Oversized request: declared {oversized['declared_bytes'] // (1024 * 1024)} MB, sent "
        f"{oversized['body_bytes_sent'] // 1024} KB of the body, answered '{oversized['status_line']}' "
        f"in {oversized['seconds'] * 1000:.1f} ms ({oversized['page_bytes']} bytes, lang="
        f"{oversized['page_language']})" + ("  ok" if oversized["status"] == 413 else "  !!"),
    ]
    if results.get("server_warnings"):
        lines.append(
            f"gunicorn log: {len(results['server_warnings'])} warning lines, first: "
            f"{results['server_warnings'][0][:150]}"
        )
    lines.append("SQL of one submission, tasks deferred:")
    lines += [f"  {number:>2}. {sql}" for number, sql in enumerate(results["queries_deferred"]["sql"], 1)]
    return "\n".join(lines)


def main():
    if "--probe-queries" in sys.argv:
        probe_queries()
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30, help="measured submissions (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="warm-up submissions (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs)")
    options = parser.parse_args()
    if not directory.GUNICORN.exists():
        parser.error(f"{directory.GUNICORN} is missing: run `make install`")
    results = run(options)
    text = report(results, options)
    print(text, flush=True)
    directory.RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = directory.RESULTS / f"application-{stamp}.json"
    results["report"] = text
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    print(f"Results: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
