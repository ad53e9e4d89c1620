from django.db import models
from django.utils.translation import gettext_lazy as _

from mentors.choices import WorkingLanguage


class Language(models.Model):
    """A language mentors can work in; rows are the ``WorkingLanguage`` codes, created by a migration."""

    code = models.CharField(_("code"), max_length=8, primary_key=True, choices=WorkingLanguage.choices)

    class Meta:
        verbose_name = _("working language")
        verbose_name_plural = _("working languages")
        ordering = ["code"]

    def __str__(self):
        return str(self.get_code_display())
