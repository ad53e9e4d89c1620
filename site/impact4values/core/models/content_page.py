from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from impact4values.core.blocks import ContentStreamBlock


class ContentPage(Page):
    """A generic page of text, such as the privacy notice."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["core.HomePage", "core.ContentPage"]
    subpage_types = ["core.ContentPage"]
    template = "core/content_page.html"

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
