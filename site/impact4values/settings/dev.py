"""Local development (`make run`): DEBUG on, plain HTTP, e-mails printed to the console.

The README's EMAIL_* variables still count: with EMAIL_BACKEND, that backend; with EMAIL_HOST, SMTP to it
(so a real mail server can be tried); with neither, the console.
"""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405, S105
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
if not (env_str("EMAIL_BACKEND", "") or env_str("EMAIL_HOST", "")):  # noqa: F405
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Static files straight from the source folders; nothing needs collecting.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
