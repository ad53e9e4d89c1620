"""The forms a moderator fills in with a decision: a comment for the history, a message to the applicant."""

from django import forms
from django.utils.translation import gettext_lazy


class DecisionForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Comment for the moderators"),
        required=False,
        max_length=3000,
        widget=forms.Textarea({"rows": 3}),
        help_text=gettext_lazy("Kept in the application's history. The applicant does not see it."),
    )
    message = forms.CharField(
        label=gettext_lazy("Message to the applicant"),
        required=False,
        max_length=3000,
        widget=forms.Textarea({"rows": 4}),
        help_text=gettext_lazy("Added to the e-mail that tells the applicant about this decision."),
    )


class InformationRequestForm(DecisionForm):
    """Asking for more information needs a message saying which."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].required = True
        self.fields["message"].help_text = gettext_lazy(
            "What the applicant should send; it is added to the e-mail they receive."
        )


def decision_form_class(name):
    return InformationRequestForm if name == "request_information" else DecisionForm
