"""Names of workflows and tasks shown translated in the Wagtail admin.

A workflow's or task's name is one database value, which Wagtail prints in every admin language. The
project's names are msgids (Wagtail's default workflow and task, created by its migration 0048, and the
ones its apps create), and the template loader below gives Wagtail's templates that print a name the
``translated_name`` filter, so that each user reads the name in the admin's language.
"""

from django.template.loaders import app_directories
from django.utils.translation import gettext, gettext_noop

WAGTAIL_DEFAULT_WORKFLOW = gettext_noop("Moderators approval")  # also the name of its one task

_NAME = "|translated_name"
# Wagtail's template, and in it each expression printing a name (the same text with the filter added).
NAMED_IN = {
    "wagtailadmin/home/workflow_objects_to_moderate.html": ['content-value="{{ task.name }}'],
    "wagtailadmin/home/user_objects_in_workflow_moderation.html": [
        "{{ workflow_state.current_task_state.task.name }}"
    ],
    "wagtailadmin/workflows/includes/workflow_tasks_cell.html": ["{{ task.task.name }}"],
    "wagtailadmin/workflows/includes/task_usage_cell.html": ["{{ workflow_task.workflow.name }}"],
    "wagtailadmin/workflows/workflow_status.html": ["{{ task.name }}"],
    "wagtailadmin/workflows/edit_task.html": ["{{ workflow.name }}"],
    "wagtailadmin/shared/side_panels/includes/status/workflow.html": ["title=workflow_state.workflow.name"],
    "wagtailadmin/shared/workflow_history/listing_results.html": [
        "{{ workflow_state.workflow.name }}",
        'content-value="{{ task.name }}',
    ],
    "wagtailadmin/shared/workflow_history/detail.html": [
        "{{ workflow_state.workflow.name }}",
        "<th>{{ task }}",
    ],
    "wagtailadmin/reports/workflow_results.html": ["{{ workflow_name }}", 'content-value="{{ task.name }}'],
}
# The listings' title cells print the name through their parent's block: say it with the filter.
TITLE_CELL = (
    "{{ block.super }}",
    '{% if link_url %}<a{% include "wagtailadmin/shared/attrs.html" with attrs=link_attrs %}>'
    "{{ value|translated_name }}</a>{% else %}{{ value|translated_name }}{% endif %}",
)
TITLE_CELLS = (
    "wagtailadmin/workflows/includes/workflow_title_cell.html",
    "wagtailadmin/workflows/includes/task_title_cell.html",
)


def with_filter(expression):
    """The expression with the filter after its variable ('{{ task.name }}' gains '|translated_name')."""
    for end in (" }}", "}}"):
        if expression.endswith(end):
            return expression[: -len(end)] + _NAME + end
    for variable_end in (".name", "workflow_name", "{{ task"):
        if expression.endswith(variable_end):
            return expression + _NAME
    raise ValueError(expression)


def rewrite(template_name, source):
    """Wagtail's template source with the filter on every name it prints; unchanged if not listed."""
    for expression in NAMED_IN.get(template_name, ()):
        source = source.replace(expression, with_filter(expression))
    if template_name in TITLE_CELLS:
        source = source.replace(*TITLE_CELL)
    if source is not None and (template_name in NAMED_IN or template_name in TITLE_CELLS):
        source = source.replace("{% load ", "{% load translated_names ", 1)
    return source


class Loader(app_directories.Loader):
    """The app directories loader, with the filter added to the names Wagtail's templates print."""

    def get_contents(self, origin):
        return rewrite(origin.template_name, super().get_contents(origin))


# The history (site history, an object's history) words workflow events with the names stored in the
# log entry when it happened: Wagtail's formatters for them get the names translated.
WORKFLOW_LOG_ACTIONS = (
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
)


def with_translated_names(data):
    """A log entry's data with the workflow's and tasks' titles in the active language."""
    if isinstance(data, dict):
        return {
            key: gettext(value)
            if key == "title" and isinstance(value, str) and value
            else with_translated_names(value)
            for key, value in data.items()
        }
    return data


def translate_workflow_history(actions):
    """For the register_log_actions hook, after Wagtail's own: its workflow formatters, translating names."""
    for action in WORKFLOW_LOG_ACTIONS:
        formatter = actions.formatters.get(action)
        if formatter is not None and not isinstance(formatter, TranslatedNames):
            actions.formatters[action] = type(
                f"TranslatedNames{type(formatter).__name__}", (TranslatedNames, type(formatter)), {}
            )()


class TranslatedNames:
    def format_message(self, log_entry):
        stored = log_entry.data
        log_entry.data = with_translated_names(stored)
        try:
            return super().format_message(log_entry)
        finally:
            log_entry.data = stored
