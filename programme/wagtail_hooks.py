from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Partner, ThematicArea


class ThematicAreaViewSet(SnippetViewSet):
    model = ThematicArea
    icon = "tag"
    list_display = ["name", "key", "sort_order"]
    search_fields = ["name", "description", "subtopics"]
    ordering = ["sort_order"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    list_display = ["name", "short_name", "country", "website"]
    list_filter = ["country"]
    search_fields = ["name", "short_name", "description"]


class ProgrammeSnippets(SnippetViewSetGroup):
    menu_label = _("Programme")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (ThematicAreaViewSet, PartnerViewSet)


register_snippet(ProgrammeSnippets)
