"""The applications' scheduled job. (Their e-mails are the outbox's: ``impact4values.core.outbox``.)"""

import logging
from io import StringIO

from django.core.management import call_command
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def purge_expired_applications():
    """Daily: ``manage.py purge_applications`` (rejected and withdrawn applications past the retention
    period lose their personal data); logs what it erased."""
    output = StringIO()
    call_command("purge_applications", stdout=output)
    for line in output.getvalue().splitlines():
        logger.info("purge_applications: %s", line)
    return output.getvalue().splitlines()[-1] if output.getvalue() else ""
