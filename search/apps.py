from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The directory's search service: one query, one result, a database and an Elasticsearch backend."""

    name = "search"
    label = "directory_search"
    verbose_name = _("Directory search")

    def ready(self):
        from . import signals  # noqa: F401  (connects index sync to page events)
