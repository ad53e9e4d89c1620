"""Serve the whole embedded site with one command: the web server and the task worker together.

    manage.py serve [ADDRPORT] [--noreload]

``make run`` ends with it. The two run as child processes, each in its own process group, so a signal
reaches them once, from here: Ctrl-C (SIGINT), SIGTERM or SIGHUP is passed to both and both are waited
for (killed after ``STOP_TIMEOUT`` seconds). If either stops by itself, the other is stopped too and the
exit status is not zero, so ``make run`` fails visibly instead of serving without a worker.
"""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

STOP_TIMEOUT = 20
POLL_SECONDS = 0.2
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Command(BaseCommand):
    help = "Run the web server (runserver) and the task worker (run_worker) together until stopped."
    requires_system_checks = []  # each child runs the checks itself

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--noreload", action="store_true", help="No auto-reload of the web server.")

    def handle(self, *args, addrport, noreload, **options):
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        web = [*manage, "runserver", addrport, *(["--noreload"] if noreload else [])]
        children = {"web server": start(web), "task worker": start([*manage, "run_worker"])}
        code = supervise(children, self.stderr)
        if code:
            raise CommandError("Stopped because a process ended by itself.", returncode=code)


def start(command):
    return subprocess.Popen(command, start_new_session=True)  # noqa: S603 (our interpreter, manage.py)


def supervise(children, log):
    """Wait until a signal comes or a child ends; then stop every child. 0 after a signal, else the
    status of the child that ended (1 when that was 0)."""
    received = []

    def forward(signum, frame):
        received.append(signum)
        for child in children.values():
            signal_group(child, signum)

    previous = {signum: signal.signal(signum, forward) for signum in STOP_SIGNALS}
    try:
        ended = None
        while not received and ended is None:
            ended = next((name for name, child in children.items() if child.poll() is not None), None)
            time.sleep(POLL_SECONDS)
        if ended is not None and not received:
            log.write(f"The {ended} stopped (status {children[ended].returncode}); stopping the rest.")
            for child in children.values():
                signal_group(child, signal.SIGTERM)
        for child in children.values():
            wait_or_kill(child)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if received and ended is None:
        return 0
    return children[ended].returncode or 1


def signal_group(child, signum):
    if child.poll() is None:
        try:
            os.killpg(child.pid, signum)
        except ProcessLookupError:
            pass


def wait_or_kill(child):
    try:
        child.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        signal_group(child, signal.SIGKILL)
        child.wait()
