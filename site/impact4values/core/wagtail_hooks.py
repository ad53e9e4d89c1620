from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Footer


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "doc-full"
    list_display = ["funding_notice", "locale", "email"]
    menu_order = 310
    add_to_admin_menu = False


register_snippet(FooterViewSet)
