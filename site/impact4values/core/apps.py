from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The site-wide layer: home and generic pages, footer, languages, sitemaps, error pages."""

    name = "impact4values.core"
    label = "core"
    verbose_name = _("Site")

    def ready(self):
        # Registered on import: the system checks; the ASCII slugs' admin field and signals.
        from . import checks, slugs  # noqa: F401
