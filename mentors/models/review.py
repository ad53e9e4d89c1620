"""The moderators' review of mentor applications, as a task in a Wagtail workflow.

A new application enters the workflow "Mentor applications" once its transaction commits; the workflow's
one task, an ``ApplicationReviewTask`` for the Moderators group, puts it under "Awaiting your review" on
every moderator's dashboard. The task's actions are the moderators' decisions
(``mentors.applications.moderation``), each with a comment form; the final ones, accept and reject,
complete the task.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail.models import AbstractGroupApprovalTask, TaskState

from .application import OPEN_STATUSES, MentorApplication

# The names migration 0005 gives the review's workflow and task: msgids, which the admin shows in its
# user's language (impact4values.core.workflow_names).
WORKFLOW_NAME = gettext_noop("Mentor applications")
TASK_NAME = gettext_noop("Review by moderators")


class ApplicationReviewTaskState(TaskState):
    """A review task's state; it leaves the logging of decisions to ``mentors.applications.moderation``.

    Wagtail would log a rejected task as "Changes requested", which is not what rejecting an application
    means; each decision is logged once, in its own words, with the moderator's comment. Being a state
    class of its own also keeps Wagtail's generic "submitted for moderation" e-mail to the group from
    duplicating the notice the submission flow sends the moderators.
    """

    class Meta:
        verbose_name = _("mentor application review state")
        verbose_name_plural = _("mentor application review states")

    def log_state_change_action(self, user, action):
        pass


class ApplicationReviewTask(AbstractGroupApprovalTask):
    """Members of the chosen groups decide on mentor applications.

    On anything other than a mentor application it behaves as Wagtail's group approval task.
    """

    task_state_class = ApplicationReviewTaskState

    class Meta:
        verbose_name = _("mentor application review")
        verbose_name_plural = _("mentor application reviews")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups start the review of mentor applications, ask for more "
            "information, accept or reject them."
        )

    def user_can_decide(self, user):
        return user.is_active and (user.is_superuser or self._user_in_groups(user))

    # For applications, the task hands its actions to the applications wing (``mentors.applications.
    # review``): a lazy import, the one way this model reaches the wing above it.
    def get_actions(self, obj, user):
        if not isinstance(obj, MentorApplication):
            return super().get_actions(obj, user)
        from mentors.applications import review

        return review.actions(self, obj, user)

    def get_form_for_action(self, action):
        from mentors.applications import review

        return review.form_for(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        if not isinstance(obj, MentorApplication):
            return super().on_action(task_state, user, action_name, **kwargs)
        from mentors.applications import review

        return review.act(obj, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """In-progress reviews, without applications that were withdrawn meanwhile."""
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        application_type = ContentType.objects.get_for_model(MentorApplication)
        closed = (
            MentorApplication.objects.exclude(status__in=OPEN_STATUSES)
            .annotate(key=Cast("pk", models.CharField()))
            .values("key")
        )
        return states.exclude(
            workflow_state__base_content_type=application_type, workflow_state__object_id__in=closed
        )
