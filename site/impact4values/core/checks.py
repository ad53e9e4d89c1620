"""System checks that must pass before the site serves anything, and the refusal to start without them.

The database cache's table is made by ``manage.py createcachetable``, not by ``migrate``: without it the
first request that counts a rate limit (an application, a password reset) would fail. The check is
tagged ``caches`` (not ``database``) so that ``runserver``, ``check``, ``check --deploy`` and ``migrate``
all run it, and gunicorn's start-up (``impact4values.wsgi``) refuses with the same message. A database
that is unreachable or not migrated yet is left to the errors that say so.
"""

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connections, router

MISSING_CACHE_TABLE = "core.E001"


@checks.register(checks.Tags.caches)
def cache_tables_exist(app_configs=None, **kwargs):
    errors = []
    for alias in settings.CACHES:
        cache = caches[alias]
        if not isinstance(cache, DatabaseCache):
            continue
        database = router.db_for_write(cache.cache_model_class)
        try:
            with connections[database].cursor() as cursor:
                tables = connections[database].introspection.table_names(cursor)
        except DatabaseError:
            continue
        if "django_migrations" in tables and cache._table not in tables:  # noqa: SLF001
            errors.append(
                checks.Error(
                    f'The cache table "{cache._table}" of the cache "{alias}" is missing from the '  # noqa: SLF001
                    f'database "{database}".',
                    hint="Run `manage.py createcachetable`.",
                    id=MISSING_CACHE_TABLE,
                )
            )
    return errors


def refuse_to_start_on_errors():
    """Raise ImproperlyConfigured with every serious start-up error (for the WSGI entry point)."""
    errors = [error for error in checks.run_checks(tags=[checks.Tags.caches]) if error.is_serious()]
    connections.close_all()  # no connection opened here may be inherited by forked workers (--preload)
    if errors:
        lines = [f"{error.id}: {error.msg} {error.hint or ''}".strip() for error in errors]
        raise ImproperlyConfigured("The site cannot start:\n" + "\n".join(lines))
