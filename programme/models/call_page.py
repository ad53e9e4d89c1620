from decimal import Decimal

from django.db import models
from django.utils import formats, timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from impact4values.core import placeholders
from programme.admin_forms import LocalizedAreasPageForm
from programme.blocks import ProgrammeStreamBlock

from .thematic_area import ThematicArea


class CallPage(RoutablePageMixin, Page):
    """The public call for mentors: a rich body plus the structured facts templates and forms rely on.

    Its address serves the page with the application form (GET) and takes the form (POST); ``thanks/``
    is the thank-you page that follows a stored application (post/redirect/get).
    """

    nav_title = models.CharField(
        _("title in navigation"), max_length=60, blank=True, help_text=_("A short title for the main menu.")
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ProgrammeStreamBlock(), verbose_name=_("body"), blank=True)
    application_deadline = models.DateTimeField(
        _("application deadline"),
        help_text=_("Last moment applications are accepted, in Ljubljana time."),
    )
    hourly_rate = models.DecimalField(
        _("hourly rate (EUR, gross)"), max_digits=7, decimal_places=2, default=Decimal("75.00")
    )
    hours_per_organisation = models.PositiveSmallIntegerField(_("average hours per organisation"), default=20)
    mentoring_start = models.DateField(_("mentoring starts"))
    mentoring_end = models.DateField(_("mentoring ends"))
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    thematic_areas = ParentalManyToManyField(
        "programme.ThematicArea", verbose_name=_("thematic areas"), blank=True, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldPanel("nav_title"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("application_deadline"),
                FieldRowPanel([FieldPanel("hourly_rate"), FieldPanel("hours_per_organisation")]),
                FieldRowPanel([FieldPanel("mentoring_start"), FieldPanel("mentoring_end")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("thematic_areas"),
            ],
            heading=_("Facts of the call"),
        ),
        FieldPanel("body"),
    ]

    base_form_class = LocalizedAreasPageForm  # the areas: one checkbox each, in the page's language

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("nav_title"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("application_deadline"),
        SynchronizedField("hourly_rate"),
        SynchronizedField("hours_per_organisation"),
        SynchronizedField("mentoring_start"),
        SynchronizedField("mentoring_end"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("thematic_areas"),
    ]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    template = "programme/call_page.html"
    form_anchor = "apply"  # the application form's id: where the CSRF failure page links back to

    class Meta:
        verbose_name = _("call page")
        verbose_name_plural = _("call pages")

    def is_open(self, now=None):
        return (now or timezone.now()) <= self.application_deadline

    def deadline_text(self):
        """The deadline's day in this page's language ("20. decembra 2025", "20 December 2025")."""
        with translation.override(self.locale.language_code):
            return formats.date_format(timezone.localtime(self.application_deadline).date(), "DATE_FORMAT")

    def text_placeholders(self):
        """The facts rich text may show by token (``impact4values.core.placeholders``)."""
        return {"deadline": self.deadline_text()}

    @classmethod
    def featured_in(cls, language):
        """The newest live call in ``language``: the one body text in that language speaks of."""
        return (
            cls.objects.live().filter(locale__language_code=language).order_by("-first_published_at").first()
        )

    def localized_thematic_areas(self):
        """The areas the call covers, in this page's language."""
        keys = [area.translation_key for area in self.thematic_areas.all()]
        return ThematicArea.objects.filter(translation_key__in=keys).localized(self.locale.language_code)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["call_is_open"] = self.is_open()
        return context

    def serve(self, request, *args, **kwargs):
        # Open/closed and the countdown are computed per request: never let a cache keep them.
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    # The application form's routes belong to the applications wing: one hand-off each, upward.
    @path("", name="call")
    def call(self, request):
        from mentors.applications import views

        return views.call(request, self)

    @path("thanks/", name="thanks")
    def thanks(self, request):
        from mentors.applications import views

        return views.thanks(request, self)


@placeholders.register
def call_facts(language):
    """``{deadline}`` and the other facts of the call in ``language``, for any page's rich text."""
    call = CallPage.featured_in(language)
    return call.text_placeholders() if call else {}
