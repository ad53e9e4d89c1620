"""What the review task (``mentors.models.ApplicationReviewTask``) offers on an application: the
decisions open to this moderator, the form each asks for, and carrying one out."""

from django.urls import reverse

from . import moderation, permissions
from .decision_forms import DecisionForm


def actions(task, application, user):
    """(name, label, needs a form) of each decision ``user`` may take on ``application`` in ``task``."""
    if not (task.user_can_decide(user) and permissions.may_moderate(user)):
        return []
    return [(decision.name, decision.label, True) for decision in moderation.possible_decisions(application)]


def form_for(action):
    return DecisionForm


def act(application, user, action, comment="", message=""):
    """Take the decision; return where the moderator goes next (the application's detail view)."""
    moderation.decide(application, action, user, comment=comment, message=message)
    return reverse("wagtailsnippets_mentors_mentorapplication:inspect", args=[application.pk])
