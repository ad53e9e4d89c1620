from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from programme.blocks import ProgrammeStreamBlock


class HomePage(Page):
    """The root of each language's tree: a welcome, the call's status and the programme in brief."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ProgrammeStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "programme.CallPage",
        "programme.ProgrammePage",
        "core.ContentPage",
        "mentors.MentorDirectoryPage",
    ]
    template = "core/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def featured_call(self):
        """The newest live call under this home page, to show its status up front."""
        from programme.models import CallPage

        return CallPage.objects.child_of(self).live().order_by("-first_published_at").first()
