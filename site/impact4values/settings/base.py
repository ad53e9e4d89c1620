"""Settings shared by every environment, safe for production on their own.

DEBUG is off, the secret key and hosts come from the environment, cookies are secure. ``dev`` and
``test`` relax what they must; ``production`` adds only what needs a real deployment.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .caches import cache_from_url
from .env import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/impact4values
BASE_DIR = PROJECT_DIR.parent.parent  # the repository root

# --- Environment -------------------------------------------------------------------------------
# Without SECRET_KEY in the environment Django refuses to start ("must not be empty").
SECRET_KEY = env_str("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Writers queue for the lock at BEGIN instead of failing midway with "database is locked".
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = env_str("ELASTICSEARCH_INDEX_PREFIX", "directory")
WAGTAILADMIN_BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000")
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Impact4Values 2.0 <noreply@cnvos.si>")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)  # seconds for the SMTP server to answer, else try later
# The outbox (impact4values.core.outbox) retries an e-mail the server did not take, waiting
# EMAIL_RETRY_FIRST_DELAY seconds, then twice as long each time up to EMAIL_RETRY_MAX_DELAY, for
# EMAIL_RETRY_FOR seconds in all; then it is failed, and moderators can send it again.
EMAIL_RETRY_FOR = env_int("EMAIL_RETRY_FOR", 24 * 60 * 60)
EMAIL_RETRY_FIRST_DELAY = env_int("EMAIL_RETRY_FIRST_DELAY", 15)
EMAIL_RETRY_MAX_DELAY = env_int("EMAIL_RETRY_MAX_DELAY", 10 * 60)
EMAIL_CLAIM_TIMEOUT = 3 * EMAIL_TIMEOUT  # a delivery this old whose worker died is tried again
EMAIL_KEEP_SENT_DAYS = env_int("EMAIL_KEEP_SENT_DAYS", 90)  # then a sent e-mail's copy is deleted
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private")))  # CVs; never served
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))

# --- Applications ------------------------------------------------------------------------------
INSTALLED_APPS = [
    "impact4values.core",
    "programme",
    "mentors",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Last, so that its catalogue ranks below all others: English where hr would read sl (see the app).
    "impact4values.english_fallback",
]

MIDDLEWARE = [
    "impact4values.core.middleware.security_headers.SecurityHeadersMiddleware",  # on every response
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "impact4values.core.middleware.language_variants.LanguageVariantRedirectMiddleware",  # /hr-hr/ → /hr/
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # 413 before any body is read, before CSRF, after the language is known: site-wide, then call pages
    "impact4values.core.middleware.request_limits.RequestBodyLimitMiddleware",
    "mentors.applications.middleware.ApplicationBodyLimitMiddleware",
    "impact4values.core.middleware.request_limits.FormLimitsMiddleware",  # its process_view before CSRF's
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # page passwords and password resets: throttled per address (after CSRF, so forgeries do not count)
    "impact4values.core.lockouts.throttles.FormThrottleMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns django-axes' lockout into our 429 response
]

# django-axes refuses locked-out logins before the model backend checks any password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "impact4values.urls"
WSGI_APPLICATION = "impact4values.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "OPTIONS": {
            # The app directories loader, with workflow and task names translated in Wagtail's templates.
            "loaders": [
                (
                    "django.template.loaders.cached.Loader",
                    ["django.template.loaders.filesystem.Loader", "impact4values.core.workflow_names.Loader"],
                ),
            ],
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ---------------------------------------------------------------------------------
# Slovenian is the default; content locales and UI languages are the same three.
LANGUAGE_CODE = "sl"
LANGUAGES = [
    ("sl", "Slovenščina"),
    ("hr", "Hrvatski"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Wagtail's own admin catalogue for Croatian is named hr_HR, so the admin offers "hr-hr".
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("sl", "Slovenščina"),
    ("hr-hr", "Hrvatski"),
    ("en", "English"),
]
# "Translate this page" makes a draft: the new page holds the source's text until it is translated,
# so it goes live only when an editor publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Slugs are ASCII, transliterated (impact4values.core.slugs: "vprašanja" → "vprasanja", "đ" → "d").
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The project's strings first; then its translations of Wagtail's, wagtail-localize's and Django's
# strings that their own catalogues lack, kept apart to be contributed upstream
# (.ci/upstream_catalogues.py).
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "locale" / "upstream" / "wagtail",
    BASE_DIR / "locale" / "upstream" / "wagtail_localize",
    BASE_DIR / "locale" / "upstream" / "django",
]
USE_I18N = True
TIME_ZONE = "Europe/Ljubljana"
USE_TZ = True

# --- Static and media --------------------------------------------------------------------------
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # the admin's long pages; more gives the localized 400
# The first keeps a file whose name is not UTF-8 (Django would drop it), under a safe name.
FILE_UPLOAD_HANDLERS = [
    "mentors.applications.files.multipart.FileNameRepairingUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# --- Security ----------------------------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's live preview shows pages in a same-origin frame
SILENCED_SYSTEM_CHECKS = [
    "security.W019",  # X_FRAME_OPTIONS is SAMEORIGIN on purpose, see above
    "security.W021",  # HSTS preload binds every subdomain of the domain: the owner decides, not us
]
CSRF_FAILURE_VIEW = "impact4values.core.views.csrf_failure"  # localized, says the input is lost

# A request declaring a larger body is refused (413) before it is read, anywhere; the reverse proxy
# should refuse the same (nginx: client_max_body_size 20m). 20 MB: Wagtail's images may be 10 MB
# (WAGTAILIMAGES_MAX_UPLOAD_SIZE), documents and long pages a little more; call pages have their own
# smaller limit (APPLICATION_MAX_REQUEST_BYTES).
REQUEST_MAX_BYTES = env_int("REQUEST_MAX_BYTES", 20 * 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FILES = 100  # Django's default, said aloud: more gives the localized 400

# Content-Security-Policy (impact4values.core.middleware.security_headers). Public pages: only the
# site's own files, no inline script or style, no plugins, no framing by other sites.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],  # as X_FRAME_OPTIONS: Wagtail's preview frames our own pages
}
# The Wagtail admin renders inline scripts (inline panels, date pickers, wagtail-localize) and inline
# styles without nonces: it needs 'unsafe-inline' for both, and blob: images for upload previews.
# Still no other origin, no plugins, no eval.
CONTENT_SECURITY_POLICY_ADMIN = CONTENT_SECURITY_POLICY | {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}
# Browser features the site never uses, denied to it and to anything it frames.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- Tasks (django-tasks; Wagtail 8 already queues its own through it) --------------------------
# Stored in the database and run by the worker (`manage.py run_worker`, started by `make run`), so a
# task outlives the request, a restart and a server that is briefly down.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A task still running this many seconds after it started lost its worker, and runs again.
TASKS_ABANDONED_AFTER = env_int("TASKS_ABANDONED_AFTER", 15 * 60)
TASKS_KEEP_SUCCEEDED_DAYS = env_int("TASKS_KEEP_SUCCEEDED_DAYS", 7)
TASKS_KEEP_FAILED_DAYS = env_int("TASKS_KEEP_FAILED_DAYS", 90)
# Tasks the worker queues by itself (impact4values.core.background.schedule): "every" N seconds, or
# "daily_at" a local time. Each is idempotent and logs what it did.
SCHEDULED_JOBS = {
    "purge-applications": {
        "task": "mentors.applications.tasks.purge_expired_applications",
        "daily_at": "03:30",
    },
    "retry-overdue-emails": {"task": "impact4values.core.outbox.tasks.retry_overdue_emails", "every": 60},
    "prune-sent-emails": {"task": "impact4values.core.outbox.tasks.prune_sent_emails", "daily_at": "04:00"},
    "prune-task-results": {
        "task": "impact4values.core.background.jobs.prune_task_results",
        "daily_at": "04:15",
    },
}
# Elasticsearch updates that fail because it is unreachable are tried again, with growing waits, for this
# many seconds; then the task is left failed (`manage.py rebuild_directory_index` repairs everything).
INDEX_RETRY_FOR = env_int("INDEX_RETRY_FOR", 24 * 60 * 60)
INDEX_RETRY_FIRST_DELAY = env_int("INDEX_RETRY_FIRST_DELAY", 5)
INDEX_RETRY_MAX_DELAY = env_int("INDEX_RETRY_MAX_DELAY", 10 * 60)

# --- Cache -------------------------------------------------------------------------------------
# One cache shared by every process of the site: rate limits and throttles (RATE_LIMIT_CACHE), Wagtail's
# site root paths. CACHE_URL (or REDIS_URL; CACHE_URL wins) selects Redis; without either, the table
# `cache_entries` in the database (`manage.py createcachetable`; a system check refuses to start without
# it), shared by every process of the machine. Never per-process memory.
CACHES = {"default": cache_from_url(env_str("CACHE_URL", "") or env_str("REDIS_URL", ""))}

# --- Wagtail -----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Impact4Values 2.0"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
# No avatars from gravatar.com: it would learn who works in the admin, and CSP allows no other origin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Django REST framework serves wagtail-localize's snippet API: only snippets that have a chooser (so no
# applications), and only to the admin's session login.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["mentors.applications.permissions.SnippetAPIPermission"],
}

# --- Logging -----------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

SITE_NAME = _("Impact4Values 2.0 mentor network")
FORMAT_MODULE_PATH = ["impact4values.formats"]

# --- Mentor applications (the call page's form) ------------------------------------------------
APPLICATION_MAX_CV_BYTES = 5 * 1024 * 1024  # the call's "at most 5 MB"
# A request to a call page with a larger body is answered 413 before it is read; above the CV limit,
# so that a somewhat too large CV still gets a form error that keeps the rest of the input.
APPLICATION_MAX_REQUEST_BYTES = env_int("APPLICATION_MAX_REQUEST_BYTES", 10 * 1024 * 1024)
# Applications accepted from one address in any period (seconds), see RATE_LIMIT_CACHE below.
APPLICATION_RATE_LIMIT = env_int("APPLICATION_RATE_LIMIT", 5)
APPLICATION_RATE_LIMIT_PERIOD = env_int("APPLICATION_RATE_LIMIT_PERIOD", 60 * 60)
# Rejected and withdrawn applications lose their personal data and CV after this many months
# (`manage.py purge_applications`, for a scheduler to run daily).
APPLICATION_RETENTION_MONTHS = env_int("APPLICATION_RETENTION_MONTHS", 12)
# Stored with every application: the version of the privacy notice the applicant agreed to.
PRIVACY_NOTICE_VERSION = env_str("PRIVACY_NOTICE_VERSION", "2025-11")

# --- Abuse: rate limits and login lockouts -----------------------------------------------------
# The cache counting every rate limit (sliding windows, impact4values.core.ratelimit): the shared
# default (see Cache above); another must be shared by every process too.
# APPLICATION_RATE_LIMIT_CACHE is its older name, still read.
RATE_LIMIT_CACHE = env_str("RATE_LIMIT_CACHE", env_str("APPLICATION_RATE_LIMIT_CACHE", "default"))
# Reverse proxies in front of the site that append to X-Forwarded-For (0: use REMOTE_ADDR); rate limits
# and lockouts key on the address they saw. APPLICATION_TRUSTED_PROXIES is its older name, still read.
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", env_int("APPLICATION_TRUSTED_PROXIES", 0))
# Wrong passwords for one password-protected page (its restriction) from one address, in any period.
PAGE_PASSWORD_FAILURE_LIMIT = env_int("PAGE_PASSWORD_FAILURE_LIMIT", 5)
PAGE_PASSWORD_FAILURE_PERIOD = env_int("PAGE_PASSWORD_FAILURE_PERIOD", 15 * 60)
# Password-reset requests from one address, and for one e-mail address, in any period.
PASSWORD_RESET_RATE_LIMIT = env_int("PASSWORD_RESET_RATE_LIMIT", 5)
PASSWORD_RESET_RATE_LIMIT_PERIOD = env_int("PASSWORD_RESET_RATE_LIMIT_PERIOD", 60 * 60)
# django-axes: after AXES_FAILURE_LIMIT failed logins for one username from one address, that pair is
# refused (even the right password) until AXES_COOLOFF_MINUTES after its last failure; other users and
# other addresses are not affected. Stored in the database, so every process sees the same lockouts;
# superusers unlock in the admin (Settings → Sign-in lockouts) or with `manage.py axes_reset`.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_CLIENT_IP_CALLABLE = "impact4values.core.addresses.client_ip"
AXES_LOCKOUT_CALLABLE = "impact4values.core.lockouts.responses.lockout_response"
AXES_RESET_ON_SUCCESS = True  # a successful login forgets that pair's earlier failures
AXES_DISABLE_ACCESS_LOG = True  # no table of every successful login: failures are all we need to keep
AXES_ENABLE_ADMIN = False  # the site has no Django admin; the Wagtail admin lists lockouts
