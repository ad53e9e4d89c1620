"""Selection support: per thematic area, applied, accepted and the target; within an area, the
candidates ranked as the call ranks them (``MentorApplicationQuerySet.ranked_in``)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from mentors.applications import permissions
from mentors.models import MentorApplication
from programme.models import ThematicArea

from .urls import application_url


class SelectionView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "mentors/admin/selection.html"
    page_title = gettext_lazy("Selection of mentors")
    header_icon = "list-ol"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.may_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def area_row(self, area, name, counts):
        applied, accepted, open_ = counts.get("applied", 0), counts.get("accepted", 0), counts.get("open", 0)
        target = area.mentor_target
        return {
            "area": area,
            "name": name,
            "applied": applied,
            "accepted": accepted,
            "open": open_,
            "target": target,
            "remaining": None if target is None else max(target - accepted, 0),
            "competitive": target is not None and accepted + open_ > target,
            "url": f"{self.request.path}?area={area.key}",
        }

    @staticmethod
    def ranking(area):
        """The area's candidates, best first, numbered."""
        candidates = MentorApplication.objects.ranked_in(area).prefetch_related("languages")
        return [
            {"rank": rank, "application": application, "url": application_url("inspect", application)}
            for rank, application in enumerate(candidates, start=1)
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        areas = list(ThematicArea.objects.sources().order_by("sort_order", "pk"))
        names = ThematicArea.objects.labels()
        counts = MentorApplication.objects.area_counts()
        selected = {area.key: area for area in areas}.get(self.request.GET.get("area", ""))
        context.update(
            rows=[self.area_row(area, names[area.key], counts.get(area.pk, {})) for area in areas],
            selected=(selected, names[selected.key]) if selected else None,
            ranking=self.ranking(selected) if selected else [],
            can_edit_targets=permissions.may_edit_area_targets(self.request.user),
        )
        return context
