from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from impact4values.core import translations
from impact4values.core.models import Footer

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    return translations.language_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def alternate_links(context):
    return translations.alternate_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the active language (the first language's if it has none)."""
    homes = translations.home_pages(context["request"])
    return homes.get(get_language()) or next(iter(homes.values()), None)


@register.simple_tag
def menu_pages(home):
    """The pages the main navigation lists: the home page's children marked 'show in menus'."""
    if home is None:
        return Page.objects.none()
    return home.get_children().live().public().in_menu().specific()


@register.simple_tag
def site_footer():
    return Footer.for_active_locale()
