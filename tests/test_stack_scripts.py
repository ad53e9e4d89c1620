"""The stack check's and the load bench's own arithmetic (bench/stack.py, bench/load.py), on made-up
runs: what they count is what the README says they count. And ``.ci/stack`` interrupted while it
starts: everything it started is stopped and removed."""

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from argparse import Namespace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.support.services import require_service

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import load  # noqa: E402
import stack  # noqa: E402

T0 = 1_000_000.0
EVENTS = {
    "load_started": T0,
    "es_stopping": T0 + 5,
    "es_stopped": T0 + 7,
    "es_starting": T0 + 27,
    "es_back": T0 + 50,
    "smtp_refusing": T0 + 12,
    "smtp_accepting": T0 + 32,
    "load_stopped": T0 + 80,
}


def sample(at, status=200, error=None, seconds=0.1):
    return (T0 + at, seconds, status, "/sl/mentorji/", error)


def application(number, accepted=True, at=10):
    return {
        "number": number,
        "email": f"load-x-{number:02d}@example.org",
        "at": T0 + at,
        "seconds": 1.0,
        "status": 303 if accepted else 429,
        "accepted": accepted,
        "error": None,
    }


def mail(to, subject, message_id, at):
    return {"message_id": message_id, "to": [to], "subject": subject, "at": T0 + at}


def run_figures(samples, applications, messages, stored, warnings):
    options = Namespace(seconds=60, connections=32, applications=len(applications), keep_dir=False)
    return load.figures(options, EVENTS, samples, applications, messages, stored, warnings)


def test_server_errors_are_5xx_answers_and_connection_errors_but_not_4xx():
    samples = [sample(1), sample(2, 502), sample(3, None, "ConnectionResetError"), sample(4, 404)]
    results = run_figures(samples, [], [], 0, [])
    assert results["directory"]["errors"] == 2
    assert results["directory"]["error_kinds"] == {"502": 1, "ConnectionResetError": 1}
    assert results["directory"]["other_non_200"] == {"404": 1}


def test_the_fallback_share_counts_answers_between_the_stop_and_the_restart_only():
    samples = [sample(at) for at in (3, 10, 11, 12, 13, 60)]
    warnings = [(T0 + 10.05, "w"), (T0 + 11.05, "w"), (T0 + 52, "w"), (T0 + 58, "w")]
    es = run_figures(samples, [], [], 0, warnings)["elasticsearch"]
    assert es["answers_while_down"] == 4
    assert es["fallback_warnings_while_down"] == 2
    assert es["fallback_share_while_down"] == 0.5
    assert es["fallback_warnings_after_return"] == 2
    assert es["fallback_used_seconds_after_return"] == 8.0
    assert es["observed_seconds_after_return"] == 30.0


def test_lost_applications_are_those_sent_but_not_stored():
    applications = [application(0), application(1), application(2, accepted=False)]
    apps = run_figures([], applications, [], 1, [])["applications"]
    assert (apps["submitted"], apps["accepted_303"], apps["stored"], apps["lost"]) == (3, 2, 1, 2)
    assert apps["refused"] == {"429": 1}


def test_confirmations_count_once_in_time_and_duplicates_by_message_id_or_recipient_and_subject():
    applications = [application(0), application(1), application(2)]
    messages = [
        mail("load-x-00@example.org", "Prijava A", "<a@x>", 20),
        mail("load-x-01@example.org", "Prijava B", "<b@x>", 40),
        mail("load-x-01@example.org", "Prijava B", "<b2@x>", 41),  # the same e-mail sent twice
        mail("load-x-02@example.org", "Prijava C", "<c@x>", 32 + 121),  # too late
        mail("moderator@example.org", "Nova prijava A", "<a@x>", 21),  # one Message-ID twice
    ]
    figures = run_figures([], applications, messages, 3, [])["mail"]
    assert figures["confirmations_expected"] == 3
    assert figures["confirmations_delivered"] == 3
    assert figures["delivered_exactly_once"] == 2
    assert figures["delivered_once_within_target"] == 1
    assert figures["duplicate_message_ids"] == 1
    assert figures["duplicate_recipient_subject"] == 1
    assert figures["other_messages"] == 1


def test_the_log_pump_stamps_every_line_and_finds_the_fallback_warnings(tmp_path):
    stream = io.StringIO(
        "[INFO] Booting worker\nElasticsearch failed (ConnectionError); the directory answers from the "
        "database.\n"
    )
    pump = stack.LogPump(stream, tmp_path / "gunicorn.log")
    pump.run()
    assert [text for _moment, text in pump.matching(stack.FALLBACK_WARNING)] == [
        "Elasticsearch failed (ConnectionError); the directory answers from the database."
    ]
    stamped = (tmp_path / "gunicorn.log").read_text().splitlines()
    assert len(stamped) == 2
    assert all(float(line.split(" ", 1)[0]) > 0 for line in stamped)


# --------------------------------------------------------------------------------------- Ctrl-C

STACK_NAME = "impact4values_stacktest"  # not a prefix of the real check's impact4values_stack, nor it of this


class ElasticsearchStandIn(BaseHTTPRequestHandler):
    """Answers as a node would to what the stack asks before the site runs: its version, and the
    indices under the prefix when it cleans up (none). Each path asked is kept in ``asked``."""

    asked = []

    def do_GET(self):  # noqa: N802 -- http.server's name
        self.asked.append(self.path)
        body = json.dumps({"version": {"number": "8.19.0"}} if self.path == "/" else []).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


@pytest.fixture
def elasticsearch_stand_in():
    server = ThreadingHTTPServer(("127.0.0.1", 0), ElasticsearchStandIn)
    ElasticsearchStandIn.asked = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", ElasticsearchStandIn.asked
    server.shutdown()
    server.server_close()


def postgres_reachable():
    try:
        stack.Database(STACK_NAME)._admin().close()
    except stack.StackError:
        return False
    return True


def processes_mentioning(text):
    """PIDs of the processes whose command line contains ``text`` (the stack's directory)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def test_ctrl_c_while_the_stack_starts_stops_and_removes_everything_it_started(elasticsearch_stand_in):
    require_service(shutil.which("redis-server"), "redis-server is not installed")
    require_service(postgres_reachable(), "PostgreSQL is not reachable (DATABASE_URL or 127.0.0.1:5432)")
    es_url, es_asked = elasticsearch_stand_in
    env = dict(os.environ, STACK_PYTHON=sys.executable, STACK_NAME=STACK_NAME, ELASTICSEARCH_URL=es_url)
    process = subprocess.Popen(  # noqa: S603 -- our own script
        [str(ROOT / ".ci" / "stack")],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, which gets the SIGINT as from a terminal
    )
    watchdog = threading.Timer(240, lambda: os.killpg(process.pid, signal.SIGKILL))
    watchdog.start()
    lines = []
    try:
        for line in process.stdout:
            lines.append(line)
            if "Redis on" in line:  # the database, Redis and the sink up; createcachetable under way
                started = "".join(lines)
                os.killpg(process.pid, signal.SIGINT)
            elif line.startswith("interrupted"):
                os.killpg(process.pid, signal.SIGINT)  # a second Ctrl-C does not cut the cleaning short
        returncode = process.wait(timeout=60)
    finally:
        watchdog.cancel()
    output = "".join(lines)
    assert returncode == 130, output
    assert "stack stopped and removed" in output and "problems" not in output, output

    directory = re.search(r"stack directory (\S+)", started).group(1)
    redis_port, smtp_port = map(
        int, re.search(r"Redis on redis://127.0.0.1:(\d+)/0, SMTP sink on 127.0.0.1:(\d+)", started).groups()
    )
    deadline = time.monotonic() + 10  # processes killed a moment ago may still be on their way out
    while processes_mentioning(directory) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not processes_mentioning(directory)
    assert not Path(directory).exists()
    assert not stack.port_open(redis_port)
    assert not stack.port_open(smtp_port)
    with stack.Database(STACK_NAME)._admin() as connection:
        assert not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [STACK_NAME]).fetchone()
    assert f"/_cat/indices/{STACK_NAME}_*?h=index&format=json" in es_asked  # its indices looked for
