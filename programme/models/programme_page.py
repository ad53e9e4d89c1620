from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from programme.blocks import ProgrammeStreamBlock


class ProgrammePage(Page):
    """A page about the programme: Impact4Values 2.0, capacity building, CERV."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ProgrammeStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["core.HomePage", "programme.ProgrammePage"]
    subpage_types = ["programme.ProgrammePage"]
    template = "programme/programme_page.html"

    class Meta:
        verbose_name = _("programme page")
        verbose_name_plural = _("programme pages")
