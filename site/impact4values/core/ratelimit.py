"""A sliding-window rate limit in a shared cache, for every public form that must not be flooded.

At most ``limit`` passes for one key (an address; an address and a page) in *any* stretch of ``period``
seconds, not per window aligned to the clock (where twice the limit passes across a boundary). Each pass
holds one of ``limit`` slots in the cache for ``period`` seconds; a new pass must claim a free slot with
``cache.add``, which is atomic on every Django cache backend (Redis, Memcached, the database, local
memory), so requests racing each other never share a slot and the limit holds under concurrency too.
A pass that should not count (a form sent back with mistakes, a correct password) gives its slot back.

The cache must be shared by all processes for the limit to be site-wide (``RATE_LIMIT_CACHE``); keys are
hashed before they become cache keys (addresses are personal data; caches limit keys' length and form).
Expiry is exact on Redis, the database and local memory; Memcached counts whole seconds, so there a slot
may free up to a second early.
"""

import hashlib
import math
import time
import uuid
from dataclasses import dataclass, field

from django.core.cache import caches

KEY_PREFIX = "ratelimit"
PROBES = 8  # free slots tried one by one after the hinted one, before all of them are read
BATCH = 500  # slots read per cache query when all of them are (within SQLite's parameter limits)


@dataclass
class Attempt:
    """The outcome of one attempt: allowed (holding a slot until released or expired) or refused."""

    allowed: bool
    seconds_left: int = 0  # when refused: until the oldest pass leaves the window
    _cache: object = field(default=None, repr=False)
    _slot: str = field(default="", repr=False)
    _value: tuple = field(default=(), repr=False)

    @property
    def refused(self):
        return not self.allowed

    def release(self):
        """Give the slot back: this pass does not count. Only our own claim is removed."""
        if self.allowed and self._slot and self._cache.get(self._slot) == self._value:
            self._cache.delete(self._slot)
        self._slot = ""


@dataclass(frozen=True)
class SlidingWindow:
    """``limit`` passes per ``period`` seconds for each key, counted in the cache named ``cache``."""

    name: str
    limit: int
    period: int
    cache: str = "default"

    def attempt(self, key):
        """Claim a pass for ``key`` now, or say how long until one is free."""
        period = max(1, int(self.period))
        limit = max(0, int(self.limit))
        if limit == 0:
            return Attempt(False, seconds_left=period)
        cache = caches[self.cache]
        base = self._base(key)
        timeout = period
        value = (time.time(), uuid.uuid4().hex)
        start = _as_index(cache.get(f"{base}:next"), limit)
        for index in _probe_order(start, limit, cache, base):
            slot = f"{base}:{index}"
            if cache.add(slot, value, timeout=timeout):
                cache.set(f"{base}:next", (index + 1) % limit, timeout=timeout)
                return Attempt(True, _cache=cache, _slot=slot, _value=value)
        return Attempt(False, seconds_left=_seconds_left(cache, base, limit, timeout))

    def reset(self, key):
        """Forget every pass of ``key``: an administrator lifts the limit."""
        cache = caches[self.cache]
        base = self._base(key)
        for chunk in _chunks(max(0, int(self.limit))):
            cache.delete_many([f"{base}:{index}" for index in chunk])
        cache.delete(f"{base}:next")

    def _base(self, key):
        digest = hashlib.sha256(str(key).encode()).hexdigest()[:32]
        return f"{KEY_PREFIX}:{self.name}:{digest}"


def _as_index(value, limit):
    return value % limit if isinstance(value, int) else 0


def _probe_order(start, limit, cache, base):
    """The hinted slot (usually the oldest, so the first to free), a few after it, then any free one."""
    first = [(start + offset) % limit for offset in range(min(PROBES, limit))]
    yield from first
    tried = set(first)
    for chunk in _chunks(limit):
        held = cache.get_many([f"{base}:{index}" for index in chunk])
        for index in chunk:
            if index not in tried and f"{base}:{index}" not in held:
                yield index


def _seconds_left(cache, base, limit, timeout):
    now = time.time()
    claimed = [
        value[0]
        for chunk in _chunks(limit)
        for value in cache.get_many([f"{base}:{index}" for index in chunk]).values()
        if isinstance(value, tuple) and value
    ]
    oldest = min(claimed, default=now)
    return max(1, math.ceil(oldest + timeout - now))


def _chunks(limit):
    for first in range(0, limit, BATCH):
        yield range(first, min(first + BATCH, limit))
