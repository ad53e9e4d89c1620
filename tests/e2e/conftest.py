"""Shared fixtures of the browser tests.

One Chromium for the whole e2e run, a fresh browser context (cookies, locale) and page per test, and the
demo site served by pytest-django's ``live_server``.

``live_server`` makes every test transactional: after each test the database is flushed, which also
removes what the migrations created (Wagtail's root page, the groups, the collections). So the first e2e
test keeps a serialized copy of the database with the demo content, and the next ones restore it before
loading the demo content again (idempotent; then it changes nothing).

Each test also reaches the server under a host name of its own (``e2e-<n>.localhost``; Chromium sends
every ``*.localhost`` to the loopback interface): Chromium asks an origin for its ``/favicon.ico`` once per
browser and stays silent afterwards, so with one shared origin only the first test would see the console
error of a missing favicon.
"""

import itertools
import json
import os
import time

import pytest
from django.core import serializers
from django.core.cache import cache
from django.core.management.color import no_style
from django.db import connection, transaction

from tests.services import require_service

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
DEFAULT_LOCALE = "sl-SI"
TIMEOUT_MS = 10_000


def chromium_path():
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture(scope="package", autouse=True)
def _orm_next_to_playwright():
    """Playwright's sync API marks its event loop as running in this thread between calls, and Django
    refuses ORM calls (the fixtures' and the flush after each test) next to a running loop. Allowed only
    while the e2e tests run."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package")
def chromium_executable():
    """The Chromium to drive: skipped without it locally, a failure in CI (CI=true)."""
    path = chromium_path()
    require_service(
        os.path.isfile(path) and os.access(path, os.X_OK),
        f"Chromium not found at {path}: install it (apt-get install chromium) or set CHROMIUM_PATH",
    )
    return path


@pytest.fixture(scope="package")
def browser(chromium_executable, _orm_next_to_playwright):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_locale():
    """The browser's language (and so its Accept-Language); override with ``parametrize``."""
    return DEFAULT_LOCALE


@pytest.fixture
def page(browser, browser_locale):
    context = browser.new_context(locale=browser_locale)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def browser_errors(page):
    """Console messages of type "error" and uncaught exceptions of the page, as readable lines."""
    errors = []

    def on_console(message):
        if message.type == "error":
            where = f"{message.location.get('url')}:{message.location.get('lineNumber')}"
            errors.append(f"console error at {where}: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"page error: {error.name}: {error.message}"))
    return errors


_snapshot = {}  # "data": the database as the first e2e test found it, see snapshot()
_origins = itertools.count(1)


@pytest.fixture
def site_url(live_server, _orm_next_to_playwright):
    """The live server's base URL (a host name of this test's own), with the demo content in the database."""
    from wagtail.models import Page

    from programme.demo.deadline import REAL_DEADLINE
    from programme.demo.loader import DemoLoader

    started = time.perf_counter()
    if not Page.objects.exists():
        if "data" not in _snapshot:
            pytest.fail(
                "The test database has no pages: a transactional test flushed it before the first e2e "
                "test, so there is no copy to restore the migrations' data (root page, groups) from."
            )
        restore(_snapshot["data"])
    DemoLoader(REAL_DEADLINE).load()
    if "data" not in _snapshot:
        _snapshot["data"] = snapshot()
    print(f"database ready in {time.perf_counter() - started:.2f} s")
    port = live_server.url.rsplit(":", 1)[1]
    return f"http://e2e-{next(_origins)}.localhost:{port}"


def snapshot():
    """The whole database as two JSON documents: the content types, then the rest. They are restored
    first: while the rest is read, Wagtail's ``Page.__init__`` looks its content type up, and must find
    the restored one, not create another."""
    objects = json.loads(connection.creation.serialize_db_to_string())
    content_types = [obj for obj in objects if obj["model"] == "contenttypes.contenttype"]
    rest = [obj for obj in objects if obj["model"] != "contenttypes.contenttype"]
    return json.dumps(content_types), json.dumps(rest)


def restore(data):
    """Back to the snapshot after the flush that ended the previous test. That flush emitted post_migrate,
    which recreated the content types and permissions (with other ids): empty what is not empty, then
    insert the snapshot's objects and check the foreign keys, as Django's ``deserialize_db_from_string``
    does, but a model's rows in batches rather than one by one (several times faster)."""
    with connection.cursor() as cursor:
        leftovers = [
            table
            for table in connection.introspection.django_table_names(only_existing=True)
            if _has_rows(cursor, table)
        ]
    connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), leftovers, allow_cascade=True))
    _clear_caches()
    with transaction.atomic():
        tables = set()
        with connection.constraint_checks_disabled():
            for document in data:
                objects = list(serializers.deserialize("json", document))
                for model, group in itertools.groupby(objects, key=lambda obj: type(obj.object)):
                    _insert(model, list(group))
                    tables.add(model._meta.db_table)
        connection.check_constraints(table_names=sorted(tables))
    _clear_caches()


def _insert(model, deserialized):
    """Like ``DeserializedObject.save()`` for each (a raw save: this model's table only, the values as
    they are), in batches. One by one where that does more: many-to-many values to set, or rows already
    there (SQLite's full-text table, which triggers fill from the index entries)."""
    with connection.cursor() as cursor:
        one_by_one = model._meta.many_to_many or _has_rows(cursor, model._meta.db_table)
    if one_by_one:
        for obj in deserialized:
            obj.save()
        return
    fields = [field for field in model._meta.local_concrete_fields if not field.generated]
    rows = [obj.object for obj in deserialized]
    size = max(connection.ops.bulk_batch_size(fields, rows), 1)
    for start in range(0, len(rows), size):
        batch = rows[start : start + size]
        model._base_manager._insert(batch, fields=fields, raw=True, using=connection.alias)


def _has_rows(cursor, table):
    # Django's own table names, quoted: nothing from outside goes into the SQL.
    cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(table)} LIMIT 1")  # noqa: S608
    return cursor.fetchone() is not None


def _clear_caches():
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    cache.clear()
