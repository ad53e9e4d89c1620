from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentorsConfig(AppConfig):
    """Mentor profiles and the public directory of them."""

    name = "mentors"
    verbose_name = _("Mentors")
