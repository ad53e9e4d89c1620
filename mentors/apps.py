from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentorsConfig(AppConfig):
    """Mentors: their profiles and models (``models``), and two wings: the public directory of the
    profiles (``directory``) and the applications that become profiles (``applications``)."""

    name = "mentors"
    verbose_name = _("Mentors")

    def ready(self):
        from .applications import workflow_mail
        from .directory import signals  # noqa: F401  (keeps the directory's index in step with page events)

        workflow_mail.keep_off_applications()
