import logging
from decimal import Decimal

from django.conf import settings
from django.contrib import messages
from django.db import DatabaseError, models
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from programme.blocks import ProgrammeStreamBlock

from .thematic_area import ThematicArea

logger = logging.getLogger(__name__)

# Where the thank-you page finds the reference of the application this browser just sent.
APPLICATION_SESSION_KEY = "mentor_application"


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

    class Meta:
        verbose_name = _("call page")
        verbose_name_plural = _("call pages")

    def is_open(self, now=None):
        return (now or timezone.now()) <= self.application_deadline

    def localized_thematic_areas(self):
        """The areas the call covers, in this page's language."""
        return ThematicArea.in_locale(self.thematic_areas.all(), self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["call_is_open"] = self.is_open()
        return context

    def serve(self, request, *args, **kwargs):
        # Open/closed and the countdown are computed per request: never let a cache keep them.
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    # --- The application form (mentors.applications) ----------------------------------------------
    @path("", name="call")
    def call(self, request):
        if request.method == "POST":
            return self.receive_application(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        return self.render_call(request)

    @path("thanks/", name="thanks")
    def thanks(self, request):
        sent = request.session.get(APPLICATION_SESSION_KEY) or {}
        if not sent.get("reference") or sent.get("call") != str(self.translation_key):
            if self.is_open():
                messages.info(
                    request,
                    _g(
                        "We have no application from this browser to confirm yet. "
                        "To apply, fill in the form on this page."
                    ),
                )
            else:
                messages.info(request, _g("We have no application from this browser to confirm."))
            return HttpResponseRedirect(self.get_url(request) + "#apply")
        return self.render(
            request,
            template="mentors/application/thanks.html",
            context_overrides={"reference": sent["reference"]},
        )

    def render_call(self, request, form=None, status=200, late=False):
        from impact4values.core.models import Footer
        from mentors.applications.forms import MentorApplicationForm

        is_open = self.is_open()
        if is_open and form is None:
            form = MentorApplicationForm(call=self)
        footer = Footer.for_active_language()
        privacy = footer.privacy_page if footer else None
        response = self.render(
            request,
            context_overrides={
                "call_is_open": is_open,
                "application_form": form if is_open else None,
                "late_application": late,
                "privacy_url": privacy.get_url(request) if privacy else "",
            },
        )
        response.status_code = status
        return response

    def receive_application(self, request):
        from mentors.applications import ratelimit, submission
        from mentors.applications.forms import MentorApplicationForm

        existing = submission.find(request.POST.get("submission_key"))
        if existing is not None:  # a double click or a re-sent form: the same application, again
            return self.thank(request, existing)
        if not self.is_open():
            return self.render_call(request, status=403, late=True)
        form = MentorApplicationForm(request.POST, request.FILES, call=self)
        window = ratelimit.exceeded(request)
        if window is not None:
            minutes = -(-window.seconds_left // 60)
            form.add_error(
                None,
                ngettext(
                    "Several applications have already been sent from your network address. To protect the "
                    "call from abuse we accept no more from it for now: try again in %(minutes)d minute, or "
                    "write to %(email)s.",
                    "Several applications have already been sent from your network address. To protect the "
                    "call from abuse we accept no more from it for now: try again in %(minutes)d minutes, or "
                    "write to %(email)s.",
                    minutes,
                )
                % {"minutes": minutes, "email": self.contact_email},
            )
            response = self.render_call(request, form, status=429)
            response["Retry-After"] = str(window.seconds_left)
            return response
        if form.is_trapped():
            ratelimit.record(request)
            form.add_error(
                None,
                _g("We could not accept this application. Please write to us at %(email)s.")
                % {"email": self.contact_email},
            )
            return self.render_call(request, form, status=400)
        if not form.is_valid():
            return self.render_call(request, form, status=400)
        try:
            result = submission.submit(form, call=self, language=self.application_language())
        except (DatabaseError, OSError):
            logger.exception("An application to %s could not be stored", self)
            form.add_error(
                None,
                _g(
                    "Your application could not be stored because of a fault on our side, and nothing was "
                    "saved. Please choose your CV again and send the form in a few minutes."
                ),
            )
            return self.render_call(request, form, status=503)
        if result.created:
            ratelimit.record(request)
        return self.thank(request, result.application)

    @staticmethod
    def application_language():
        """The language the applicant used: the page's, as Wagtail serves each under its prefix."""
        language = (get_language() or "").split("-")[0]
        return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE

    def thank(self, request, application):
        request.session[APPLICATION_SESSION_KEY] = {
            "reference": application.reference,
            "call": str(self.translation_key),
        }
        response = HttpResponseRedirect(self.get_url(request) + self.reverse_subpage("thanks"))
        response.status_code = 303  # See Other: the browser follows with a GET
        return response
