"""Tests: fast hashing, immediate tasks, in-memory e-mail, plain HTTP."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
ALLOWED_HOSTS = ["*"]
# The suite's Site (made by the demo loader from BASE_URL) is the host its test client asks for.
WAGTAILADMIN_BASE_URL = "http://localhost"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Local memory, whatever CACHE_URL/REDIS_URL say: one cache per test process that no other run shares,
# and that the sliding window's own tests (and their threads) use without a database. The shared
# backends (the database table, Redis) are tested across processes in tests/test_shared_cache.py.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Static files straight from the source folders; nothing needs collecting.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405

# The suite searches the database unless a test opts in to Elasticsearch (reading ELASTICSEARCH_URL
# from the environment itself, see tests/support/services.py), so that no test depends on another's index.
ELASTICSEARCH_URL = ""

# Uploaded and private files go to throwaway folders, never into the working tree.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="i4v-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="i4v-private-"))
