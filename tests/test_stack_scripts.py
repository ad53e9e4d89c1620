"""The stack check's and the load bench's own arithmetic (bench/stack.py, bench/load.py), on made-up
runs: what they count is what the README says they count."""

import io
import sys
from argparse import Namespace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

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
