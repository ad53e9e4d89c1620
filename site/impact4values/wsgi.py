"""WSGI entry point. gunicorn runs it with ``--pythonpath site`` (see the README).

It refuses to start (each worker fails to boot, so gunicorn exits) when a start-up check fails, e.g. the
database cache's table is missing: better than the first application failing.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "impact4values.settings.production")

application = get_wsgi_application()

from impact4values.core.checks import refuse_to_start_on_errors  # noqa: E402 (needs the apps loaded)

refuse_to_start_on_errors()
