"""Applications have no bulk actions: Wagtail's bulk-action pages are a 404 for them, to everyone.

Wagtail offers its snippet bulk actions (delete) for every snippet model, and its confirmation page
names each requested object, also those the user may not touch. The applications' listing offers no
bulk action and nobody deletes an application in the admin (``permissions.ApplicationPermissionPolicy``),
so the address answers as if it did not exist, before any application is looked up.
"""

from django.http import Http404
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction

from mentors.models import MentorApplication


class NoApplicationBulkAction(DeleteBulkAction):
    """Registered after Wagtail's own, so that it takes the place of "delete" for applications."""

    models = [MentorApplication]

    def dispatch(self, request, *args, **kwargs):
        raise Http404
