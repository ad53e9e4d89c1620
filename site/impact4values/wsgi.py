"""WSGI entry point. gunicorn runs it with ``--pythonpath site`` (see the README)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "impact4values.settings.production")

application = get_wsgi_application()
