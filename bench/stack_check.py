"""The production stack check (``.ci/stack``, ``make stack``): start the deployed shape, check it end to
end over HTTP, stop it.

    .ci/stack [--keep]        (STACK_KEEP=1 is the same as --keep)

The stack is bench/stack.py's, named ``STACK_NAME`` (default impact4values_stack: its database and
its index prefix). The checks, one line each with PASS or FAIL: the home page in sl, hr and en (200,
the right ``lang``); its canonical and hreflang links on BASE_URL (the Site set from it); a hashed
static file from WhiteNoise with a year-long cache header; the directory answering from Elasticsearch
(the indices hold every database entry, a search without diacritics finds "Jelena Đorđević", gunicorn
logged no fallback to the database); an application submitted through the call page's form with a PDF
CV; exactly one confirmation delivered to the applicant's address at the SMTP sink within 60 s; the
application listed for the demo moderator after logging in at /admin/login/; the rate limit counted in
Redis for all three gunicorn workers (APPLICATION_RATE_LIMIT is 3 here: two more applications from
127.0.0.1 pass, the next is refused with 429, and the limit's keys are in the stack's Redis); no
errors in the logs of gunicorn and the worker. Exits 1 if any check fails. ``--keep`` leaves the stack
running after the checks until Ctrl-C; it is removed in any case, Ctrl-C and SIGTERM included.
"""

import argparse
import json
import os
import re
import secrets
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

import application  # noqa: E402 -- the application benchmark's form helpers: Browser, form_fields, pdf
import stack  # noqa: E402

HOMES = {"sl": "/sl/", "hr": "/hr/", "en": "/en/"}
CALL_PATH = application.CALL_PATH
APPLICATIONS_LISTING = "/admin/snippets/mentors/mentorapplication/"
YEAR = 365 * 24 * 3600
CONFIRMATION_WAIT = 60
RATE_LIMIT = 3  # applications per hour from one address, for this stack
RATE_LIMIT_KEYS = "*ratelimit:mentor-application:*"  # mentors.applications.ratelimit's, in the cache
NAME = re.compile(r"[a-z][a-z0-9_]{0,40}")
LOG_PROBLEMS = re.compile(r"Traceback|\bERROR\b|\bCRITICAL\b")


class Checks:
    def __init__(self):
        self.results = []  # (name, passed, detail)

    def record(self, name, passed, detail):
        self.results.append((name, bool(passed), detail))
        print(f"{'PASS' if passed else 'FAIL'}  {name}: {detail}", flush=True)
        return passed

    def run(self, name, check, *arguments):
        try:
            passed, detail = check(*arguments)
        except Exception as error:  # noqa: BLE001 -- a check that breaks is a failed check
            passed, detail = False, f"{type(error).__name__}: {error}"
        return self.record(name, passed, detail)

    @property
    def failed(self):
        return [name for name, passed, _detail in self.results if not passed]


def get(browser, path, headers=None):
    response, content, _elapsed = browser.request("GET", path, headers=headers)
    return response, content.decode(errors="replace")


def applicant(tag):
    """Name and address of one applicant, unique to this run."""
    return {
        "first_name": "Stack",
        "last_name": f"Preverjanje {tag}",
        "email": f"stack-{tag}@example.org",
    }


def application_fields(html, person):
    """The call page's form filled in as bench/application.py does, for ``person``."""
    fields = application.form_fields(
        application.area_values(html),
        application.hidden(html, "submission_key"),
        application.hidden(html, "csrfmiddlewaretoken"),
    )
    return [(name, person.get(name, value)) for name, value in fields]


def submit_application(port, person, cv, headers=None):
    """GET the call page, POST the form with ``cv`` from a browser of its own: (status, Location)."""
    browser = application.Browser(port)
    response, html = get(browser, CALL_PATH, headers=headers)
    if response.status != 200:
        return response.status, f"GET {CALL_PATH} answered {response.status}"
    body, content_type = application.multipart(application_fields(html, person), "cv.pdf", cv)
    response, _content, _elapsed = browser.request(
        "POST",
        CALL_PATH,
        body=body,
        headers={"Content-Type": content_type, "Content-Length": str(len(body)), **(headers or {})},
    )
    return response.status, response.getheader("Location", "")


# --------------------------------------------------------------------------------------- the checks


def check_home(port, language):
    response, html = get(application.Browser(port), HOMES[language])
    match = re.search(r'<html lang="([^"]+)"', html)
    lang = match.group(1) if match else None
    return response.status == 200 and lang == language, f"{response.status}, lang={lang!r}"


def check_site_url(site):
    _response, html = get(application.Browser(site.port), HOMES["sl"])
    canonical = re.findall(r'<link rel="canonical" href="([^"]+)"', html)
    alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', html)
    links = canonical + alternates
    on_base = [link for link in links if link.startswith(site.base_url + "/")]
    passed = bool(canonical) and len(alternates) >= len(HOMES) and on_base == links
    others = sorted({link for link in links if link not in on_base})
    return passed, (
        f"{HOMES['sl']}: canonical {canonical[0] if canonical else '–'}, {len(alternates)} hreflang link(s)"
        + (f"; not on {site.base_url}: {others}" if others else f", all on {site.base_url}")
    )


def check_static(port):
    _response, html = get(application.Browser(port), HOMES["sl"])
    match = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html)
    if not match:
        return False, "the home page links no hashed stylesheet (is the manifest storage in use?)"
    response, _content = get(application.Browser(port), match.group(1), {"Accept-Encoding": "gzip"})
    cache_control = response.getheader("Cache-Control", "")
    age = re.search(r"max-age=(\d+)", cache_control)
    long_lived = bool(age) and int(age.group(1)) >= YEAR
    return response.status == 200 and long_lived, (
        f"{match.group(1)}: {response.status}, Cache-Control: {cache_control!r}, "
        f"Content-Encoding: {response.getheader('Content-Encoding')!r}"
    )


def check_elasticsearch_index(site):
    counts = {language: site.elasticsearch.count(language) for language in HOMES}
    entries = site.database.scalar("SELECT count(*) FROM directory_search_directoryentry")
    return sum(counts.values()) == entries and all(counts.values()), (
        f"documents per alias {counts}, database entries {entries}"
    )


def check_directory_search(site):
    path = "/hr/mentori/json/?" + urlencode({"q": "dordevic"})
    response, text = get(application.Browser(site.port), path)
    names = [hit["name"] for hit in json.loads(text)["hits"]] if response.status == 200 else []
    warnings = site.fallback_warnings()
    passed = response.status == 200 and "Jelena Đorđević" in names and not warnings
    detail = f"{path}: {response.status}, hits {names}"
    detail += f"; fallback warnings: {len(warnings)}" + (f" ({warnings[0][1][:120]})" if warnings else "")
    return passed, detail


def check_application(site, person):
    status, location = submit_application(site.port, person, application.pdf(64 * 1024))
    passed = status == 303 and location.endswith("thanks/")
    return passed, f"POST {CALL_PATH} with a 64 KB PDF: {status} → {location or '–'}"


def check_confirmation(site, person):
    address = person["email"]
    deadline = time.monotonic() + CONFIRMATION_WAIT

    def to_applicant():
        return [record for record in site.delivered() if address in record["to"]]

    while time.monotonic() < deadline and not to_applicant():
        time.sleep(0.5)
    if to_applicant():
        time.sleep(3)  # a duplicate would come right behind
    found = to_applicant()
    subjects = [record["subject"] for record in found]
    waited = CONFIRMATION_WAIT - max(0, deadline - time.monotonic())
    return len(found) == 1, f"{len(found)} message(s) to {address} after {waited:.0f} s: {subjects}"


def check_moderator(site, person):
    browser = application.Browser(site.port)
    response, html = get(browser, "/admin/login/")
    token = application.hidden(html, "csrfmiddlewaretoken")
    body = urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": "moderator",
            "password": stack.DEMO_PASSWORD,
            "next": APPLICATIONS_LISTING,
        }
    ).encode()
    response, _content, _elapsed = browser.request(
        "POST",
        "/admin/login/",
        body=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Content-Length": str(len(body))},
    )
    if response.status != 302:
        return False, f"POST /admin/login/ as moderator answered {response.status}, not 302"
    response, html = get(browser, APPLICATIONS_LISTING)
    listed = person["last_name"] in html
    return response.status == 200 and listed, (
        f"logged in; {APPLICATIONS_LISTING}: {response.status}, "
        f"{person['last_name']!r} {'listed' if listed else 'not listed'}"
    )


def check_rate_limit(site, tag):
    """The call page's limit, one count for the three workers: with RATE_LIMIT passes an hour and one
    spent by the application before, RATE_LIMIT - 1 more pass and the next is refused. Each from a new
    connection, so gunicorn hands them to whichever worker is free; per-process counts would let
    more through. The counts are the stack's Redis keys."""
    statuses = []
    for number in range(RATE_LIMIT):
        person = applicant(f"{tag}-limit-{number}")
        status, _location = submit_application(site.port, person, application.pdf(16 * 1024))
        statuses.append(status)
    keys = site.redis_keys(RATE_LIMIT_KEYS)
    expected = [303] * (RATE_LIMIT - 1) + [429]
    passed = statuses == expected and len(keys) >= RATE_LIMIT
    return passed, (
        f"APPLICATION_RATE_LIMIT={RATE_LIMIT}, one spent: {len(statuses)} more from 127.0.0.1 answered "
        f"{' '.join(map(str, statuses))} (expected {' '.join(map(str, expected))}); {len(keys)} key(s) "
        f"{RATE_LIMIT_KEYS!r} in Redis ({site.redis_url})" + (f", e.g. {keys[0][:60]}" if keys else "")
    )


def check_logs(site):
    problems = []
    for name in ("gunicorn", "worker"):
        child = site.children[name]
        lines = [text for _moment, text in child.pump.lines if LOG_PROBLEMS.search(text)]
        if lines:
            problems.append(f"{name}: {len(lines)} line(s), first {lines[0][:150]!r}")
        if not child.alive():
            problems.append(f"{name} exited with {child.process.returncode}")
    return not problems, "; ".join(problems) or "gunicorn and the worker running, no errors logged"


def run_checks(site):
    checks = Checks()
    for language in HOMES:
        checks.run(f"home page in {language}", check_home, site.port, language)
    checks.run("canonical and hreflang links on BASE_URL", check_site_url, site)
    checks.run("static file from WhiteNoise", check_static, site.port)
    checks.run("Elasticsearch holds the directory", check_elasticsearch_index, site)
    checks.run("directory answers from Elasticsearch", check_directory_search, site)
    tag = secrets.token_hex(4)
    person = applicant(tag)
    if checks.run("application submitted with a PDF CV", check_application, site, person):
        checks.run("confirmation delivered once to the applicant", check_confirmation, site, person)
        checks.run("application listed for the moderator", check_moderator, site, person)
        checks.run("rate limit shared by the workers, in Redis", check_rate_limit, site, tag)
    else:
        for name in (
            "confirmation delivered once to the applicant",
            "application listed for the moderator",
            "rate limit shared by the workers, in Redis",
        ):
            checks.record(name, False, "no application submitted")
    checks.run("no errors in the server logs", check_logs, site)
    return checks


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--keep", action="store_true", help="leave the stack running after the checks, until Ctrl-C"
    )
    options = parser.parse_args()
    keep = options.keep or os.environ.get("STACK_KEEP", "") not in ("", "0")
    name = os.environ.get("STACK_NAME", "") or "impact4values_stack"
    if not NAME.fullmatch(name):
        parser.error(f"STACK_NAME {name!r}: lower-case letters, digits and _, a letter first")
    stack.interrupt_on_signals()
    started = time.monotonic()
    site = stack.Stack(name, extra_env={"APPLICATION_RATE_LIMIT": str(RATE_LIMIT)})
    failed, interrupted, checked = True, False, False
    try:
        site.start()
        checks = run_checks(site)
        failed, checked = bool(checks.failed), True
        print(
            f"{len(checks.results) - len(checks.failed)}/{len(checks.results)} checks passed"
            f" in {time.monotonic() - started:.0f} s (start {site.timings.get('start')} s)",
            flush=True,
        )
        if keep:
            print(
                f"Stack kept running: {site.base_url}/ (admin: moderator / {stack.DEMO_PASSWORD}); "
                f"logs and mail in {site.dir}. Ctrl-C stops it.",
                flush=True,
            )
            threading.Event().wait()
    except stack.StackError as error:
        print(f"FAIL  the stack did not start: {error}", flush=True)
    except KeyboardInterrupt:  # with --keep after the checks, the way to end; else an interruption
        stack.ignore_signals()  # from here on: a second Ctrl-C must not cut the cleaning short
        interrupted = not checked
        print(("interrupted: " if interrupted else "") + "stopping and removing the stack", flush=True)
    finally:
        if failed and not interrupted and site.dir is not None:
            for child_name, child in site.children.items():
                print(f"----- last lines of {child_name}'s log -----\n{child.tail(20)}", flush=True)
        site.stop()
    sys.exit(130 if interrupted else 1 if failed else 0)


if __name__ == "__main__":
    main()
