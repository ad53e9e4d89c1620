from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The directory's search service: one query, one result, a database and an Elasticsearch backend.
    The directory (``mentors.directory``) decides what is indexed and when."""

    name = "search"
    label = "directory_search"
    verbose_name = _("Directory search")
