from django import template
from django.db.models import OuterRef, Subquery

from impact4values.core import translations
from impact4values.core.models import Footer
from programme.models import CallPage

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """This page's versions; a view that is not a Wagtail page may give its own (``language_links``)."""
    return context.get("language_links") or translations.language_links(
        context["request"], context.get("page")
    )


@register.simple_tag(takes_context=True)
def alternate_links(context):
    return translations.alternate_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    return translations.canonical_url(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def home_page(context):
    return translations.home_page(context["request"], context.get("page"))


@register.simple_tag
def menu_pages(home):
    """The main navigation: the home page's live children marked "show in menus", each with the short
    title a call page may have."""
    if home is None:
        return []
    short_title = CallPage.objects.filter(pk=OuterRef("pk")).values("nav_title")[:1]
    return home.get_children().live().in_menu().annotate(nav_title=Subquery(short_title))


@register.simple_tag
def site_footer():
    return Footer.for_active_language()
