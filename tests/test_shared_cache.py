"""The shared cache: Redis from CACHE_URL/REDIS_URL, else the database table; never per-process memory.
Rate limits counted in separate processes share one count; ``add`` on an expired key has one winner; a
missing cache table stops the site at start-up with the command to run."""

import json
import os
import subprocess
import sys
import time
import uuid

import pytest
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from impact4values.settings.caches import cache_from_url
from tests.support.embedded import MANAGE, ROOT, demo_database, environment, manage
from tests.support.services import require_service

DATABASE_CACHE = "impact4values.core.cache_backends.DatabaseCache"
REDIS_CACHE = "django.core.cache.backends.redis.RedisCache"


def settings_in(env, expression, module="impact4values.settings.production"):
    code = f"import json, {module} as s; print(json.dumps({expression}))"
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "SECRET_KEY": "x" * 50, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'site'}"},
        capture_output=True,
        text=True,
        check=False,
    )
    return done


@pytest.mark.parametrize("module", ["impact4values.settings.production", "impact4values.settings.dev"])
def test_without_cache_url_production_and_development_use_the_database_table(tmp_path, module):
    done = settings_in(environment(tmp_path / "db.sqlite3", tmp_path), "s.CACHES", module)
    caches = json.loads(done.stdout)
    assert caches["default"]["BACKEND"] == DATABASE_CACHE
    assert caches["default"]["LOCATION"] == "cache_entries"
    assert not [alias for alias, cache in caches.items() if "locmem" in cache["BACKEND"].lower()]


def test_cache_url_selects_redis_and_wins_over_redis_url(tmp_path):
    env = environment(tmp_path / "db.sqlite3", tmp_path)
    given = {"CACHE_URL": "redis://127.0.0.1:6379/2", "REDIS_URL": "redis://127.0.0.1:6379/0"}
    cache = json.loads(settings_in({**env, **given}, "s.CACHES['default']").stdout)
    assert (cache["BACKEND"], cache["LOCATION"]) == (REDIS_CACHE, "redis://127.0.0.1:6379/2")
    cache = json.loads(
        settings_in({**env, "REDIS_URL": "redis://127.0.0.1:6379/0"}, "s.CACHES['default']").stdout
    )
    assert (cache["BACKEND"], cache["LOCATION"]) == (REDIS_CACHE, "redis://127.0.0.1:6379/0")


def test_a_cache_url_that_is_not_redis_is_refused_without_showing_its_password():
    with pytest.raises(ImproperlyConfigured, match="must be a redis://") as refused:
        cache_from_url("memcached://user:secret@127.0.0.1:11211")
    assert "secret" not in str(refused.value)


def run_in_parallel(env, code_for, processes=2):
    start_at = time.time() + 4  # both are set up by then, then start together
    running = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, str(MANAGE), "shell", "-c", code_for(start_at)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    outputs = []
    for process in running:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-3000:]
        outputs.append(json.loads(out.strip().splitlines()[-1]))
    return outputs


def shared_count(env):
    name = f"shared-{uuid.uuid4().hex}"
    code = "from tests.support.cache_race import attempts; attempts({!r}, 8, {!r})"
    outcomes = run_in_parallel(env, lambda start_at: code.format(name, start_at))
    return [outcome["allowed"] for outcome in outcomes]


def test_two_processes_share_one_rate_limit_count_in_the_database_cache(tmp_path):
    env = environment(tmp_path / "db.sqlite3", tmp_path)
    manage(env, "createcachetable")
    allowed = shared_count(env)
    assert sum(allowed) == 5  # per-process memory would have let 5 through in each


def test_two_processes_share_one_rate_limit_count_in_redis(tmp_path):
    url = os.environ.get("REDIS_URL", "")
    require_service(url, "REDIS_URL is not set (e.g. redis://127.0.0.1:6379/0)")
    env = environment(tmp_path / "db.sqlite3", tmp_path, REDIS_URL=url)
    done = manage(
        env,
        "shell",
        "-c",
        "from django.core.cache import cache; cache.set('ping', 1); print(cache.get('ping'))",
        check=False,
    )
    require_service(done.returncode == 0, f"Redis at REDIS_URL={url} does not answer: {done.stderr[-500:]}")
    assert sum(shared_count(env)) == 5


def subprocess_database_url(tmp_path):
    """PostgreSQL's test database when the suite runs on it (where Django's own ``add`` races), else a
    SQLite file."""
    from django.db import connection

    if connection.vendor == "postgresql":
        params = connection.settings_dict
        return (
            f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST'] or '127.0.0.1'}:"
            f"{params['PORT'] or 5432}/{params['NAME']}"
        )
    return f"sqlite:///{tmp_path / 'db.sqlite3'}"


@pytest.mark.django_db
def test_processes_racing_to_add_an_expired_key_have_exactly_one_winner(tmp_path):
    env = {
        **environment(tmp_path / "db.sqlite3", tmp_path),
        "DATABASE_URL": subprocess_database_url(tmp_path),
    }
    table = f"race_{uuid.uuid4().hex[:12]}"
    keys = [f"slot-{index}" for index in range(10)]
    manage(
        env,
        "shell",
        "-c",
        f"from tests.support.cache_race import prepare_expired_keys as p; p({table!r}, {keys!r})",
    )
    try:
        code = "from tests.support.cache_race import race_for_expired_keys as r; r({!r}, {!r}, 4, {!r})"
        outcomes = run_in_parallel(env, lambda start_at: code.format(table, keys, start_at), processes=3)
    finally:
        manage(
            env,
            "shell",
            "-c",
            f"from django.db import connection; connection.cursor().execute('DROP TABLE {table}')",
        )
    assert all(sum(outcome[key] for outcome in outcomes) == 1 for key in keys), outcomes


# --- The cache table missing --------------------------------------------------------------------------------
@pytest.mark.django_db
def test_the_system_check_reports_a_missing_cache_table_with_the_command_to_run(settings):
    settings.CACHES = {"default": {"BACKEND": DATABASE_CACHE, "LOCATION": "no_such_cache_table"}}
    errors = [error for error in checks.run_checks(tags=[checks.Tags.caches]) if error.id == "core.E001"]
    assert len(errors) == 1
    assert '"no_such_cache_table"' in errors[0].msg and "manage.py createcachetable" in errors[0].hint
    with pytest.raises(SystemCheckError, match="manage.py createcachetable"):
        call_command("check")  # as runserver, migrate and check --deploy do
    call_command("createcachetable")
    assert not [error for error in checks.run_checks(tags=[checks.Tags.caches]) if error.id == "core.E001"]


@pytest.fixture(scope="module")
def migrated_without_cache_table(tmp_path_factory, django_db_setup, django_db_blocker):
    folder = tmp_path_factory.mktemp("no-cache-table")
    with django_db_blocker.unblock():
        database = demo_database(folder / "db.sqlite3", folder)
    env = environment(database, folder)
    manage(
        env,
        "shell",
        "-c",
        "from django.db import connection; connection.cursor().execute('DROP TABLE IF EXISTS cache_entries')",
    )
    return env


def gunicorn(env, timeout=60):
    return subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--pythonpath",
            "site",
            "impact4values.wsgi",
            "--bind",
            "127.0.0.1:0",
            "--workers",
            "1",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "impact4values.settings.production", "SECRET_KEY": "x" * 50},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_gunicorn_refuses_to_start_without_the_cache_table_and_says_what_to_run(migrated_without_cache_table):
    done = gunicorn(migrated_without_cache_table)
    assert done.returncode != 0
    assert 'The cache table "cache_entries"' in done.stderr and "manage.py createcachetable" in done.stderr
