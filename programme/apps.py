from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    """The programme's content: the call for mentors, programme pages, partners, thematic areas."""

    name = "programme"
    verbose_name = _("Programme")
