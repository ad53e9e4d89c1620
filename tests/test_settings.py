"""Base settings are safe for production on their own; secrets come only from the environment."""

import os
import subprocess
import sys
from pathlib import Path

from tests.support.services import require_service

ROOT = Path(__file__).resolve().parent.parent


def run_python(code, **env):
    environment = {key: value for key, value in os.environ.items() if key not in ("SECRET_KEY", "DEBUG")}
    environment.update(env, PYTHONPATH=f"{ROOT / 'site'}:{ROOT}")
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_python("import impact4values.settings.production")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_settings_are_safe_by_default():
    code = (
        "import impact4values.settings.production as s;"
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS > 0)"
    )
    result = run_python(code, SECRET_KEY="x" * 50)
    assert result.stdout.split() == ["False", "True", "True", "True", "True"]


def test_suite_runs_on_postgresql_when_configured():
    from django.db import connection

    require_service(connection.vendor == "postgresql", "PostgreSQL: set DATABASE_URL=postgres://…")
