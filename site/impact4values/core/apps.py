from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The site-wide layer: home and generic pages, footer, languages, sitemaps, error pages."""

    name = "impact4values.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        from . import checks  # noqa: F401 (registers the system checks)
