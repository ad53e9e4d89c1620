"""The embedded site as separate processes: a SQLite file holding the demo site, ``manage.py`` commands
and long-running children run against it, and a task the worker can be seen to run."""

import os
import subprocess
import sys
from pathlib import Path

from django_tasks import task

from tests.support.concurrency import copy_test_database
from tests.support.smtp import free_port  # noqa: F401  (one definition; the embedded tests import it from here)

ROOT = Path(__file__).resolve().parent.parent.parent
MANAGE = ROOT / "manage.py"


def environment(database, folder, **extra):
    """Development settings (as `make run`) on ``database``, files in ``folder``; no outside services."""
    env = dict(os.environ)
    for name in ("CACHE_URL", "REDIS_URL", "EMAIL_HOST", "EMAIL_BACKEND", "BASE_URL"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE="impact4values.settings.dev",
        DATABASE_URL=f"sqlite:///{database}",
        ELASTICSEARCH_URL="",
        MEDIA_ROOT=str(Path(folder) / "media"),
        PRIVATE_MEDIA_ROOT=str(Path(folder) / "private"),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def manage(env, *args, timeout=300, check=True):
    done = subprocess.run(  # noqa: S603 (our interpreter, manage.py)
        [sys.executable, str(MANAGE), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check:
        assert done.returncode == 0, f"manage.py {' '.join(args)}: {done.stdout[-2000:]}{done.stderr[-3000:]}"
    return done


def demo_database(database, folder):
    """A SQLite file with the demo site and its accounts (a copy of the test database, else migrated and
    loaded the same way)."""
    if not copy_test_database(database):
        Path(database).unlink(missing_ok=True)
        env = environment(database, folder)
        manage(env, "createcachetable")
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content", "--demo-accounts")
    return database


@task()
def write_file(path, text):
    """A task whose effect another process can see."""
    Path(path).write_text(text)
