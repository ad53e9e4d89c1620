from django.db import models
from django.utils.translation import gettext_lazy as _


class ScheduledJob(models.Model):
    """When a job of ``SCHEDULED_JOBS`` was last queued: the row that lets one worker, and only one,
    queue each due run (``impact4values.core.background.schedule``)."""

    name = models.CharField(_("name"), max_length=64, unique=True)
    last_due_at = models.DateTimeField(_("last run due at"), null=True)
    last_enqueued_at = models.DateTimeField(_("last queued at"), null=True)

    class Meta:
        verbose_name = _("scheduled job")
        verbose_name_plural = _("scheduled jobs")

    def __str__(self):
        return self.name
