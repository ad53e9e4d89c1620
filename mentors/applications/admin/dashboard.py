"""The dashboard panel: how many applications wait for a decision, by status, each linked to the
filtered listing, beside Wagtail's own "Awaiting your review"."""

from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component

from mentors.models import MentorApplication

from .urls import listing_url


class ApplicationsPanel(Component):
    name = "mentor_applications"
    template_name = "mentors/admin/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        counts = MentorApplication.objects.open_counts()
        listing = listing_url()
        labels = dict(MentorApplication.Status.choices)
        return {
            "rows": [
                {"label": labels[status], "count": count, "url": f"{listing}?{urlencode({'status': status})}"}
                for status, count in counts.items()
            ],
            "listing_url": listing,
            "selection_url": reverse("mentor-selection:index"),
        }
