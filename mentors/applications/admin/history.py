"""How decisions, CV downloads and erasures read in an application's history."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter

from mentors.applications import moderation


class DecisionLogFormatter(LogFormatter):
    """A decision: what was decided, and the comment and the message to the applicant."""

    def format_message(self, log_entry):
        if (log_entry.data or {}).get("mentor_page"):
            return gettext("%(decision)s; a draft mentor profile was created") % {"decision": self.message}
        return self.message

    def format_comment(self, log_entry):
        data = log_entry.data or {}
        parts = [data.get("comment", "")]
        if data.get("message"):
            parts.append(gettext("Message to the applicant: %(message)s") % {"message": data["message"]})
        return " — ".join(part for part in parts if part)


def register_log_actions(actions):
    for decision in moderation.DECISIONS.values():
        formatter = type(
            f"{decision.name.title().replace('_', '')}LogFormatter",
            (DecisionLogFormatter,),
            {"label": decision.label, "message": decision.done},
        )
        actions.register_action(decision.log_action)(formatter)
    actions.register_action(moderation.CV_DOWNLOAD_ACTION, _("Download CV"), _("CV downloaded"))
    actions.register_action(
        moderation.PERSONAL_DATA_ERASED_ACTION, _("Erase personal data"), _("Personal data erased")
    )
