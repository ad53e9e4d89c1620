"""The ``default`` cache from ``CACHE_URL``: Redis when given, else a table in the database.

Never per-process memory: with several workers, every rate limit would allow that many times its limit.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

REDIS_SCHEMES = {"redis", "rediss", "unix"}
CACHE_TABLE = "cache_entries"  # `manage.py createcachetable` makes it; the system check core.E001 asks


def cache_from_url(url):
    if not url:
        return {
            "BACKEND": "impact4values.core.cache_backends.DatabaseCache",
            "LOCATION": CACHE_TABLE,
            # Culling drops a third of the entries once there are more than this, held rate-limit slots
            # too: keep it well above what the site stores (a few keys per address and form).
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    scheme = urlsplit(url).scheme
    if scheme not in REDIS_SCHEMES:
        raise ImproperlyConfigured(
            f"CACHE_URL (or REDIS_URL) must be a redis://, rediss:// or unix:// URL, not {scheme}://…"
        )
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        # A Redis that is down answers an error within seconds instead of holding the request.
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }
