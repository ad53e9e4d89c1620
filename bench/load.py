"""Load and faults, measured: the production stack under the directory's load while things break.

    python bench/load.py [--seconds 60] [--connections 32] [--applications 50] [--keep-dir]

(``make bench`` runs it with the defaults.) Starts the stack of bench/stack.py (PostgreSQL database
impact4values_load, Elasticsearch of its own so that it can be stopped, Redis, the SMTP sink, gunicorn
with 3 workers, the task worker), then for ``--seconds`` sends the directory benchmark's request table
(bench/directory.py) from ``--connections`` keep-alive HTTP clients (gunicorn's sync workers close
each connection after the answer; the client then reconnects, as a browser would), while:

(a) Elasticsearch is stopped for 20 s (from when it has stopped) and started again, its indices kept;
(b) the SMTP sink refuses every message (451) for 20 s;
(c) ``--applications`` applications are sent by 10 concurrent clients, each a browser with its own
    CSRF session, through the call page's form with a PDF CV. All come from 127.0.0.1, so the stack
    runs with APPLICATION_RATE_LIMIT raised out of the way (not with TRUSTED_PROXIES and made-up
    X-Forwarded-For addresses: the rate limit is not what is measured here).

The load runs on past ``--seconds`` while Elasticsearch has been back for less than 30 s, to see
whether it is used again within the target. Then it waits (up to 3 minutes after the sink accepts
again) for the confirmations. It reports requests, errors (any 5xx or connection error), p50/p95/p99,
the share of directory answers served by the database fallback while Elasticsearch was down (the
fallback warnings in gunicorn's log, each stamped with its arrival time by the stack, against the
directory requests answered meanwhile) and how long after its return the fallback was still used,
applications stored (counted in the database) against submitted, confirmations delivered (the sink's
JSON lines) against expected, duplicate e-mails (one Message-ID twice, or one recipient and subject
twice), and what the site's outbox holds at the end (its rows by status, the attempts they took, the
worker's "not sent" warnings) and the failed tasks by task path. It prints the targets beside the
figures (PASS/MISS, asserting nothing), writes them as JSON to bench/results/ and removes everything it
started. Only 127.0.0.1 is contacted. The e-mail settings are the site's defaults (EMAIL_RETRY_*,
EMAIL_TIMEOUT): what is measured is the outbox as deployed.
"""

import argparse
import http.client
import json
import secrets
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import application  # noqa: E402 -- the PDF CV
import directory  # noqa: E402 -- the directory's request table and percentiles
import stack  # noqa: E402 -- the production stack
import stack_check  # noqa: E402 -- the call page's form, filled in

ROOT = stack.ROOT
RESULTS = ROOT / "bench" / "results"
ES_DOWN_AT, ES_DOWN_FOR = 5, 20  # seconds into the load; seconds stopped
SMTP_REFUSE_AT, SMTP_REFUSE_FOR = 12, 20
APPLICANT_CLIENTS = 10
APPLICATIONS_FROM, APPLICATIONS_UNTIL = 3, 45  # seconds into the load: when the submissions happen
CONFIRMATION_WAIT = 180  # seconds after the sink accepts again
TARGET_CONFIRMATION_DELAY = 120
TARGET_ES_BACK = 30
CV_SIZE = 200 * 1024
RATE_LIMIT = "100000"
OUTBOX_RETRY_WARNING = "not sent ("  # impact4values.core.outbox.delivery logs it before each retry


def say(message):
    stack.say(message)


# --------------------------------------------------------------------------------------- the load


class DirectoryLoad:
    """``connections`` threads, each one keep-alive connection, going round the request table."""

    def __init__(self, port, connections):
        self.port = port
        self.connections = connections
        self.stopping = threading.Event()
        self.samples = []  # (started at, seconds, status or None, path, error)
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self.client, args=(offset,), daemon=True) for offset in range(connections)
        ]

    def client(self, offset):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        paths = directory.PATHS
        index = offset
        while not self.stopping.is_set():
            path = paths[index % len(paths)]
            index += 1
            started_at, started = time.time(), time.perf_counter()
            status, error = None, None
            try:
                connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
                response = connection.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException) as failure:
                error = type(failure).__name__
                connection.close()
            with self.lock:
                self.samples.append((started_at, time.perf_counter() - started, status, path, error))
        connection.close()

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=70)


class Applicants:
    """``clients`` browsers sending ``total`` applications between two moments of the load."""

    def __init__(self, port, total, clients, started_at, tag):
        self.port = port
        self.total = total
        self.clients = clients
        self.started_at = started_at
        self.tag = tag
        self.cv = application.pdf(CV_SIZE)
        self.results = []  # dict per attempt
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.client, args=(n,), daemon=True) for n in range(clients)]

    def schedule(self, number):
        """Seconds into the load of the ``number``-th application (0-based), evenly spread."""
        span = APPLICATIONS_UNTIL - APPLICATIONS_FROM
        return APPLICATIONS_FROM + span * number / max(1, self.total - 1)

    def client(self, client):
        browser_headers = {}
        for number in range(client, self.total, self.clients):
            delay = self.started_at + self.schedule(number) - time.time()
            if delay > 0:
                time.sleep(delay)
            person = {
                "first_name": "Last",
                "last_name": f"Obremenitev {self.tag} {number:02d}",
                "email": f"load-{self.tag}-{number:02d}@example.org",
            }
            submitted_at = time.time()
            try:
                status, location = stack_check.submit_application(self.port, person, self.cv, browser_headers)
                error = None
            except (OSError, http.client.HTTPException) as failure:
                status, location, error = None, "", type(failure).__name__
            with self.lock:
                self.results.append(
                    {
                        "number": number,
                        "email": person["email"],
                        "at": submitted_at,
                        "seconds": time.time() - submitted_at,
                        "status": status,
                        "accepted": status == 303 and location.endswith("thanks/"),
                        "error": error,
                    }
                )

    def start(self):
        for thread in self.threads:
            thread.start()

    def join(self):
        for thread in self.threads:
            thread.join(timeout=300)


# --------------------------------------------------------------------------------------- the run


def run(options):
    tag = secrets.token_hex(3)
    site = stack.Stack(
        "impact4values_load",
        own_elasticsearch=True,
        extra_env={"APPLICATION_RATE_LIMIT": RATE_LIMIT},
        keep_dir=options.keep_dir,
    )
    events = {}
    with site:
        say(
            f"load: {options.seconds} s of {len(directory.PATHS)} directory requests at "
            f"{options.connections} connections; {options.applications} applications by "
            f"{APPLICANT_CLIENTS} clients; ES down at +{ES_DOWN_AT} s for {ES_DOWN_FOR} s; "
            f"SMTP refusing at +{SMTP_REFUSE_AT} s for {SMTP_REFUSE_FOR} s"
        )
        t0 = time.time()
        events["load_started"] = t0
        load = DirectoryLoad(site.port, options.connections)
        applicants = Applicants(site.port, options.applications, APPLICANT_CLIENTS, t0, tag)
        load.start()
        applicants.start()

        def smtp_fault():
            time.sleep(max(0, t0 + SMTP_REFUSE_AT - time.time()))
            site.set_smtp_mode("refuse")
            events["smtp_refusing"] = time.time()
            say("SMTP sink refusing")
            time.sleep(SMTP_REFUSE_FOR)
            site.set_smtp_mode("accept")
            events["smtp_accepting"] = time.time()
            say("SMTP sink accepting again")

        smtp_thread = threading.Thread(target=smtp_fault, daemon=True)
        smtp_thread.start()

        time.sleep(max(0, t0 + ES_DOWN_AT - time.time()))
        events["es_stopping"] = time.time()
        site.elasticsearch.stop()
        events["es_stopped"] = time.time()
        say(f"Elasticsearch stopped ({events['es_stopped'] - events['es_stopping']:.1f} s to stop)")
        time.sleep(ES_DOWN_FOR)
        events["es_starting"] = time.time()
        site.elasticsearch.start()
        events["es_back"] = time.time()
        say(f"Elasticsearch healthy again ({events['es_back'] - events['es_starting']:.1f} s to start)")

        end = max(t0 + options.seconds, events["es_back"] + TARGET_ES_BACK)
        time.sleep(max(0, end - time.time()))
        load.stop()
        events["load_stopped"] = time.time()
        say(f"load stopped after {events['load_stopped'] - t0:.0f} s")
        applicants.join()
        smtp_thread.join()

        accepted = {result["email"] for result in applicants.results if result["accepted"]}
        deadline = events["smtp_accepting"] + CONFIRMATION_WAIT
        say(f"waiting for {len(accepted)} confirmations (until {CONFIRMATION_WAIT} s after the sink accepts)")
        while time.time() < deadline:
            arrived = {address for record in site.delivered() for address in record["to"]}
            if accepted <= arrived:
                break
            time.sleep(1)
        time.sleep(3)  # duplicates right behind the last one
        events["mail_checked"] = time.time()
        mail = site.delivered()
        stored = site.database.scalar(
            "SELECT count(*) FROM mentors_mentorapplication WHERE email LIKE %s", f"load-{tag}-%"
        )
        failed_tasks = site.database.scalar(
            "SELECT coalesce(json_object_agg(task_path, n), '{}') FROM (SELECT task_path, count(*) AS n "
            "FROM django_tasks_database_dbtaskresult WHERE status = 'FAILED' GROUP BY task_path) AS failed"
        )
        warnings = site.fallback_warnings()
        results = figures(options, events, load.samples, applicants.results, mail, stored, warnings)
        results["outbox"] = outbox_figures(site)
        results["failed_tasks"] = failed_tasks
        results["stack"] = {"timings": site.timings, "dir": str(site.dir) if options.keep_dir else None}
    return results


def outbox_figures(site):
    """The site's outbox (impact4values.core.outbox) at the end: rows by status with the attempts they
    took, and the worker's warnings of an attempt the server refused."""
    by_status = site.database.scalar(
        "SELECT coalesce(json_object_agg(status, json_build_object('rows', n, 'max_attempts', most)), '{}') "
        "FROM (SELECT status, count(*) AS n, max(attempts) AS most FROM core_outgoingemail GROUP BY status) "
        "AS rows"
    )
    attempts = site.database.scalar(
        "SELECT coalesce(json_object_agg(attempts, n), '{}') FROM (SELECT attempts, count(*) AS n "
        "FROM core_outgoingemail GROUP BY attempts ORDER BY attempts) AS counted"
    )
    worker = site.children.get("worker")
    not_sent = len(worker.pump.matching(OUTBOX_RETRY_WARNING)) if worker else None
    return {"by_status": by_status, "rows_by_attempts": attempts, "attempts_refused": not_sent}


def figures(options, events, samples, applications, mail, stored, warnings):
    directory_samples = samples
    errors = [s for s in directory_samples if s[4] is not None or (s[2] or 0) >= 500]
    other_non_200 = [s for s in directory_samples if s[4] is None and s[2] not in (200,) and s[2] < 500]
    latencies = [s[1] for s in directory_samples if s[4] is None]

    # Fallback while Elasticsearch was down: from when it had stopped to when it was started again.
    down_from, down_until = events["es_stopped"], events["es_starting"]
    answered_while_down = [s for s in directory_samples if s[4] is None and down_from <= s[0] <= down_until]
    warnings_while_down = [moment for moment, _text in warnings if down_from <= moment <= down_until]
    after_return = [moment for moment, _text in warnings if moment > events["es_back"]]
    still_used_for = (max(after_return) - events["es_back"]) if after_return else 0.0
    observed_after_return = events["load_stopped"] - events["es_back"]

    submitted = len(applications)
    accepted = [result for result in applications if result["accepted"]]
    confirmations = {}
    for record in mail:
        for address in record["to"]:
            if address.startswith("load-"):
                confirmations.setdefault(address, []).append(record)
    accepted_addresses = {result["email"] for result in accepted}
    delivered_once = [a for a in accepted_addresses if len(confirmations.get(a, [])) == 1]
    in_time_limit = events["smtp_accepting"] + TARGET_CONFIRMATION_DELAY
    delivered_once_in_time = [a for a in delivered_once if confirmations[a][0]["at"] <= in_time_limit]
    message_ids = Counter(record["message_id"] for record in mail if record["message_id"])
    pairs = Counter((address, record["subject"]) for record in mail for address in record["to"])
    duplicate_ids = sum(n - 1 for n in message_ids.values() if n > 1)
    duplicate_pairs = sum(n - 1 for n in pairs.values() if n > 1)
    last_confirmation = max((records[-1]["at"] for records in confirmations.values()), default=None)
    refused = [result for result in applications if not result["accepted"]]
    applications_in_refusal = [
        r for r in accepted if events["smtp_refusing"] <= r["at"] <= events["smtp_accepting"]
    ]

    return {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "options": vars(options),
        "rate_limit": f"APPLICATION_RATE_LIMIT={RATE_LIMIT} (every client is 127.0.0.1)",
        "timeline": {key: round(value - events["load_started"], 2) for key, value in events.items()},
        "directory": {
            "requests": len(directory_samples),
            "seconds": round(events["load_stopped"] - events["load_started"], 1),
            "requests_per_second": round(
                len(directory_samples) / (events["load_stopped"] - events["load_started"]), 1
            ),
            "errors": len(errors),
            "error_kinds": dict(Counter(s[4] or str(s[2]) for s in errors)),
            "other_non_200": dict(Counter(str(s[2]) for s in other_non_200)),
            "p50_ms": directory.percentile(latencies, 0.50),
            "p95_ms": directory.percentile(latencies, 0.95),
            "p99_ms": directory.percentile(latencies, 0.99),
            "p95_ms_while_es_down": directory.percentile([s[1] for s in answered_while_down], 0.95),
        },
        "elasticsearch": {
            "seconds_to_stop": round(events["es_stopped"] - events["es_stopping"], 1),
            "seconds_to_start": round(events["es_back"] - events["es_starting"], 1),
            "answers_while_down": len(answered_while_down),
            "fallback_warnings_while_down": len(warnings_while_down),
            "fallback_share_while_down": (
                len(warnings_while_down) / len(answered_while_down) if answered_while_down else None
            ),
            "fallback_warnings_total": len(warnings),
            "fallback_warnings_after_return": len(after_return),
            "fallback_used_seconds_after_return": round(still_used_for, 1),
            "observed_seconds_after_return": round(observed_after_return, 1),
        },
        "applications": {
            "submitted": submitted,
            "accepted_303": len(accepted),
            "stored": stored,
            "lost": submitted - stored,
            "refused": dict(Counter(str(r["status"] or r["error"]) for r in refused)),
            "submitted_while_smtp_refused": len(applications_in_refusal),
            "p95_seconds": round(sorted(r["seconds"] for r in applications)[int(0.95 * (submitted - 1))], 2)
            if applications
            else None,
        },
        "mail": {
            "confirmations_expected": len(accepted),
            "confirmations_delivered": sum(1 for a in accepted_addresses if confirmations.get(a)),
            "delivered_exactly_once": len(delivered_once),
            "delivered_once_within_target": len(delivered_once_in_time),
            "last_confirmation_after_accepting_s": (
                round(last_confirmation - events["smtp_accepting"], 1) if last_confirmation else None
            ),
            "messages_total": len(mail),
            "other_messages": len(mail) - sum(len(records) for records in confirmations.values()),
            "duplicate_message_ids": duplicate_ids,
            "duplicate_recipient_subject": duplicate_pairs,
        },
    }


def outbox_summary(outbox):
    rows = outbox["by_status"]
    parts = (f"{status} {row['rows']} ({row['max_attempts']})" for status, row in sorted(rows.items()))
    return ", ".join(parts)


def verdict(ok):
    return "PASS" if ok else "MISS"


def report(results):
    d, es = results["directory"], results["elasticsearch"]
    apps, mail = results["applications"], results["mail"]
    share = es["fallback_share_while_down"]
    es_back_ok = (
        es["fallback_used_seconds_after_return"] <= TARGET_ES_BACK
        and es["observed_seconds_after_return"] >= TARGET_ES_BACK
    )
    rows = [
        ("directory requests", f"{d['requests']} in {d['seconds']} s ({d['requests_per_second']}/s)", "", ""),
        ("server errors (5xx, connection)", f"{d['errors']} {d['error_kinds'] or ''}".strip(), "0",
         verdict(d["errors"] == 0)),
        ("other non-200 answers", str(d["other_non_200"] or 0), "", ""),
        ("latency p50 / p95 / p99 ms", f"{d['p50_ms']:.0f} / {d['p95_ms']:.0f} / {d['p99_ms']:.0f}", "", ""),
        ("p95 ms while Elasticsearch was down", f"{d['p95_ms_while_es_down']:.0f}", "", ""),
        ("Elasticsearch stop / start s", f"{es['seconds_to_stop']} / {es['seconds_to_start']}", "", ""),
        ("fallback share while ES down",
         "–" if share is None else f"{share:.0%} ({es['fallback_warnings_while_down']} of "
         f"{es['answers_while_down']} answers)", "", ""),
        ("fallback still used after ES back s",
         f"{es['fallback_used_seconds_after_return']} ({es['fallback_warnings_after_return']} answers; "
         f"observed {es['observed_seconds_after_return']} s)", f"≤ {TARGET_ES_BACK}", verdict(es_back_ok)),
        ("applications stored / submitted",
         f"{apps['stored']} / {apps['submitted']} (303: {apps['accepted_303']}"
         + (f", refused {apps['refused']}" if apps["refused"] else "") + ")",
         "0 lost", verdict(apps["lost"] == 0 and apps["submitted"] > 0)),
        ("applications while SMTP refused; p95 s", f"{apps['submitted_while_smtp_refused']}; "
         f"{apps['p95_seconds']}", "", ""),
        ("confirmations delivered / expected",
         f"{mail['confirmations_delivered']} / {mail['confirmations_expected']} "
         f"(exactly once: {mail['delivered_exactly_once']}; within {TARGET_CONFIRMATION_DELAY} s of the "
         f"sink accepting: {mail['delivered_once_within_target']})",
         "all, once, ≤ 120 s",
         verdict(mail["delivered_once_within_target"] == mail["confirmations_expected"] > 0)),
        ("last confirmation after the sink accepted s", str(mail["last_confirmation_after_accepting_s"]),
         "", ""),
        ("duplicate e-mails (Message-ID / to+subject)",
         f"{mail['duplicate_message_ids']} / {mail['duplicate_recipient_subject']}", "0",
         verdict(mail["duplicate_message_ids"] == 0 and mail["duplicate_recipient_subject"] == 0)),
        ("other e-mails (moderators' notices)", str(mail["other_messages"]), "", ""),
        ("outbox rows by status (most attempts)", outbox_summary(results["outbox"]), "", ""),
        ("outbox rows by attempts; refused attempts",
         f"{json.dumps(results['outbox']['rows_by_attempts'])}; {results['outbox']['attempts_refused']}",
         "", ""),
        ("failed tasks by task path", json.dumps(results["failed_tasks"]) or "{}", "", ""),
    ]  # fmt: skip
    lines = [
        f"Load and faults ({results['started']}; {results['rate_limit']}; "
        f"timeline in s from the start of the load: {results['timeline']})",
        f"{'':44} {'figure':54} {'target':>18}",
    ]
    for name, figure, target, ok in rows:
        lines.append(f"{name:44} {figure:54} {target:>18} {ok}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="seconds of load (default 60)")
    parser.add_argument("--connections", type=int, default=32, help="concurrent connections (default 32)")
    parser.add_argument("--applications", type=int, default=50, help="applications sent (default 50)")
    parser.add_argument("--keep-dir", action="store_true", help="keep the stack's directory (logs, mail)")
    options = parser.parse_args()
    stack.interrupt_on_signals()
    results = run(options)
    text = report(results)
    print(text, flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"load-{stamp}.json"
    results["report"] = text
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"Results: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
