"""A real SMTP server on 127.0.0.1 that keeps what it accepts and can be told to misbehave.

In tests: ``with SmtpSink() as sink:`` (aiosmtpd in a thread, on a free port), then point
``EMAIL_HOST``/``EMAIL_PORT`` at ``sink.port`` and set ``sink.mode``. As a process, for the production
stack check and the load bench::

    python -m tests.support.smtp --port 8025 --store /tmp/mail.jsonl --control /tmp/mail.mode

appends one JSON line per accepted message (``message_id``, ``to``, ``subject``, ``at``) and reads its
mode from the control file (its first word) before every command; a missing file means ``accept``.

Modes: ``accept``; ``refuse`` (every MAIL FROM gets 451, a temporary failure); ``stall`` (DATA is never
answered, the client times out); ``drop`` (the connection is closed in the middle of DATA); ``reject``
(every recipient gets 550, a permanent failure).
"""

import argparse
import asyncio
import json
import socket
import threading
import time
from email import message_from_bytes, policy
from pathlib import Path

from aiosmtpd.controller import Controller

ACCEPT, REFUSE, STALL, DROP, REJECT = "accept", "refuse", "stall", "drop", "reject"
MODES = (ACCEPT, REFUSE, STALL, DROP, REJECT)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Handler:
    def __init__(self, sink):
        self.sink = sink

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.sink.attempts += 1
        if self.sink.current_mode() == REFUSE:
            return "451 4.3.0 Try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.sink.current_mode() == REJECT:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        mode = self.sink.current_mode()
        if mode == STALL:
            self.sink.stalled += 1
            await asyncio.sleep(self.sink.stall_seconds)
            return "451 4.3.0 Too slow"
        if mode == DROP:
            server.transport.close()
            return "451 4.3.0 Closed"
        message = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self.sink.keep(message, list(envelope.rcpt_tos))
        return "250 Message accepted"


class SmtpSink:
    def __init__(self, port=None, mode=ACCEPT, store=None, control=None, stall_seconds=60):
        self.port = port or free_port()
        self.mode = mode
        self.store = Path(store) if store else None
        self.control = Path(control) if control else None
        self.stall_seconds = stall_seconds
        self.messages = []
        self.attempts = 0  # MAIL FROM commands seen, refused or not
        self.stalled = 0  # messages whose DATA was left unanswered
        self._lock = threading.Lock()
        self._controller = Controller(Handler(self), hostname="127.0.0.1", port=self.port)

    def current_mode(self):
        if self.control is not None:
            try:
                words = self.control.read_text().split()
            except FileNotFoundError:
                words = []
            return words[0] if words and words[0] in MODES else ACCEPT
        return self.mode

    def keep(self, message, recipients):
        with self._lock:
            self.messages.append(message)
            if self.store is not None:
                record = {
                    "message_id": message["Message-ID"],
                    "to": recipients,
                    "subject": str(message["Subject"]),
                    "at": time.time(),
                }
                with self.store.open("a", encoding="utf-8") as file:
                    file.write(json.dumps(record) + "\n")

    def message_ids(self):
        with self._lock:
            return [message["Message-ID"] for message in self.messages]

    def to(self, address):
        """The messages delivered to ``address``."""
        with self._lock:
            return [message for message in self.messages if address in str(message["To"])]

    def wait_for(self, count, timeout=30, what="messages"):
        """Wait until ``what`` (``messages``, ``attempts``, ``stalled``) reaches ``count``; its value."""

        def value():
            return len(self.messages) if what == "messages" else getattr(self, what)

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and value() < count:
            time.sleep(0.05)
        return value()

    def start(self):
        self._controller.start()
        return self

    def stop(self):
        self._controller.stop()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8025)
    parser.add_argument("--store", required=True, help="JSON lines file the accepted messages go to")
    parser.add_argument("--control", help="file whose first word is the mode (accept, refuse, stall, drop)")
    arguments = parser.parse_args()
    sink = SmtpSink(port=arguments.port, store=arguments.store, control=arguments.control).start()
    print(f"SMTP sink on 127.0.0.1:{sink.port}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sink.stop()


if __name__ == "__main__":
    main()
