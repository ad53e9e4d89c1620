"""Waiting longer between attempts while a server stays down, and for how long to keep trying."""

from datetime import timedelta

from django.utils import timezone


def backoff(attempt, first, longest):
    """Seconds to wait after failed attempt number ``attempt`` (1, 2, …): ``first``, doubling, capped."""
    return min(first * 2 ** max(attempt - 1, 0), longest)


def can_defer(task):
    """Whether ``task``'s backend can hold it until a later time (the immediate backend cannot)."""
    return task.get_backend().supports_defer


def enqueue_later(task, delay, *args, **kwargs):
    """Queue ``task`` to run in ``delay`` seconds; ``False`` when its backend cannot defer."""
    if not can_defer(task):
        return False
    task.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(*args, **kwargs)
    return True
