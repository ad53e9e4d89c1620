"""Settings shared by every environment, safe for production on their own.

DEBUG is off, the secret key and hosts come from the environment, cookies are secure. ``dev`` and
``test`` relax what they must; ``production`` adds only what needs a real deployment.
"""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

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
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # 413 before the body is read, before CSRF
    "mentors.applications.middleware.ApplicationBodyLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "impact4values.urls"
WSGI_APPLICATION = "impact4values.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
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
LOCALE_PATHS = [BASE_DIR / "locale"]
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
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

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

# --- Tasks (django-tasks; Wagtail 8 already queues its own through it) --------------------------
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Wagtail -----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Impact4Values 2.0"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
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
# Applications accepted from one address per period (seconds), counted in the cache named here
# (the default local-memory cache counts per process; give a shared cache to count per site).
APPLICATION_RATE_LIMIT = env_int("APPLICATION_RATE_LIMIT", 5)
APPLICATION_RATE_LIMIT_PERIOD = env_int("APPLICATION_RATE_LIMIT_PERIOD", 60 * 60)
APPLICATION_RATE_LIMIT_CACHE = env_str("APPLICATION_RATE_LIMIT_CACHE", "default")
# Reverse proxies in front of the site that append to X-Forwarded-For (0: use REMOTE_ADDR).
APPLICATION_TRUSTED_PROXIES = env_int("APPLICATION_TRUSTED_PROXIES", 0)
# Rejected and withdrawn applications lose their personal data and CV after this many months
# (`manage.py purge_applications`, for a scheduler to run daily).
APPLICATION_RETENTION_MONTHS = env_int("APPLICATION_RETENTION_MONTHS", 12)
# Stored with every application: the version of the privacy notice the applicant agreed to.
PRIVACY_NOTICE_VERSION = env_str("PRIVACY_NOTICE_VERSION", "2025-11")
