"""Run in a ``manage.py shell`` subprocess: claim rate-limit passes, or race for cache keys, and print
the outcome as one line of JSON (see tests/test_shared_cache.py)."""

import json
import threading
import time


def attempts(name, count, start_at):
    """``count`` attempts at one sliding window (limit 5 a minute), beginning at ``start_at``."""
    from django.conf import settings

    from impact4values.core.ratelimit import SlidingWindow

    window = SlidingWindow(name, limit=5, period=60, cache=settings.RATE_LIMIT_CACHE)
    time.sleep(max(0.0, start_at - time.time()))
    print(json.dumps({"allowed": sum(window.attempt("198.51.100.9").allowed for _ in range(count))}))


def race_for_expired_keys(table, keys, threads, start_at):
    """``threads`` threads each ``add`` every key of ``keys`` (already held but expired) to the database
    cache in ``table``; how many adds each key won."""
    from django.db import connection

    from impact4values.core.cache_backends import DatabaseCache

    cache = DatabaseCache(table, {})
    won = dict.fromkeys(keys, 0)
    lock = threading.Lock()

    def claim():
        time.sleep(max(0.0, start_at - time.time()))
        for key in keys:
            if cache.add(key, "mine", timeout=60):
                with lock:
                    won[key] += 1
        connection.close()

    workers = [threading.Thread(target=claim) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(json.dumps(won))


def prepare_expired_keys(table, keys):
    from django.core.management import call_command
    from django.test import override_settings

    from impact4values.core.cache_backends import DatabaseCache

    backend = "impact4values.core.cache_backends.DatabaseCache"
    with override_settings(CACHES={"default": {"BACKEND": backend, "LOCATION": table}}):
        call_command("createcachetable")
    cache = DatabaseCache(table, {})
    cache.set_many(dict.fromkeys(keys, "old"), timeout=1)
    time.sleep(2.1)  # expired, but still there
