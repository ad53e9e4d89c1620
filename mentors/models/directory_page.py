from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page


class MentorDirectoryPage(RoutablePageMixin, Page):
    """The public, searchable directory of mentors; its children are the mentor profiles.

    ``./`` answers in HTML and ``./json/`` with the same search as JSON.
    """

    intro = models.TextField(_("introduction"), blank=True)
    empty_text = models.TextField(
        _("text when nothing is found"),
        blank=True,
        help_text=_("Shown above the suggestions when a search finds no mentor."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("empty_text")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["mentors.MentorPage"]
    template = "mentors/directory_page.html"

    class Meta:
        verbose_name = _("mentor directory")
        verbose_name_plural = _("mentor directories")

    # The routes belong to the directory wing: one hand-off each, upward.
    @path("")
    def directory(self, request):
        from mentors.directory import views

        return views.directory_html(request, self)

    @path("json/")
    def directory_json(self, request):
        from mentors.directory import views

        return views.directory_json(request, self)
