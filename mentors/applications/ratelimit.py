"""How many applications one address may send: a fixed window per IP address, counted in the cache.

``APPLICATION_RATE_LIMIT`` applications per ``APPLICATION_RATE_LIMIT_PERIOD`` seconds, in the cache
``APPLICATION_RATE_LIMIT_CACHE``. Only what was accepted (or caught by the honeypot) counts, so an
applicant correcting mistakes in the form is never locked out. Addresses are hashed before they become
cache keys. Behind reverse proxies, ``APPLICATION_TRUSTED_PROXIES`` says how many of them append to
X-Forwarded-For; the address they saw is the client's, anything further left may be forged.
"""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches

KEY_PREFIX = "mentor-application-rate"


def client_address(request):
    proxies = settings.APPLICATION_TRUSTED_PROXIES
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


@dataclass(frozen=True)
class Window:
    key: str
    resets_at: float

    @property
    def seconds_left(self):
        return max(1, int(self.resets_at - time.time()))


def _window(request):
    period = max(1, settings.APPLICATION_RATE_LIMIT_PERIOD)
    number = int(time.time() // period)
    address = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    return Window(f"{KEY_PREFIX}:{address}:{number}", (number + 1) * period)


def _cache():
    return caches[settings.APPLICATION_RATE_LIMIT_CACHE]


def exceeded(request):
    """The window that is full for this request's address, or None when it may still apply."""
    window = _window(request)
    if _cache().get(window.key, 0) >= settings.APPLICATION_RATE_LIMIT:
        return window
    return None


def record(request):
    """Count one application from this request's address."""
    window = _window(request)
    cache = _cache()
    cache.add(window.key, 0, timeout=settings.APPLICATION_RATE_LIMIT_PERIOD + 60)
    try:
        cache.incr(window.key)
    except ValueError:  # evicted between add() and incr()
        cache.set(window.key, 1, timeout=settings.APPLICATION_RATE_LIMIT_PERIOD + 60)
