from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from mentors.choices import Availability, Country
from programme.models import ThematicArea

from .mentor_page_form import MentorPageForm
from .mentor_wording import GrammaticalGender, profile_wording


def default_locale_areas():
    """Areas are chosen once, in the default language; translations show their own names."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class PublicLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        label = _("Public link")
        icon = "link"
        template = "components/blocks/public_link.html"
        preview_value = {"label": "LinkedIn", "url": "https://www.linkedin.com/"}
        description = _("A public page about the mentor, such as a website or professional profile.")


class MentorPage(Page):
    """A mentor's public profile. The bio and wording are translated; the facts are synchronised."""

    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("photo description"),
        max_length=200,
        blank=True,
        help_text=_("What the photo shows, for screen readers."),
    )
    headline = models.CharField(_("headline"), max_length=160, help_text=_("One line: who the mentor is."))
    bio = RichTextField(_("biography"), features=["bold", "italic", "link", "ol", "ul"])
    thematic_areas = ParentalManyToManyField(
        "programme.ThematicArea",
        verbose_name=_("thematic areas"),
        related_name="+",
        limit_choices_to=default_locale_areas,
    )
    languages = ParentalManyToManyField(
        "mentors.Language", verbose_name=_("working languages"), related_name="+"
    )
    country = models.CharField(_("country"), max_length=8, choices=Country.choices)
    city = models.CharField(_("city or region"), max_length=100, blank=True)
    years_ngo_experience = models.PositiveSmallIntegerField(_("years of NGO experience"))
    years_mentoring_experience = models.PositiveSmallIntegerField(
        _("years of mentoring or training experience")
    )
    eu_values_experience = models.TextField(
        _("experience with EU values"),
        blank=True,
        help_text=_("Work for human rights, democracy, equality or the rule of law."),
    )
    availability = models.CharField(
        _("availability"), max_length=16, choices=Availability.choices, default=Availability.AVAILABLE
    )
    links = StreamField([("link", PublicLinkBlock())], verbose_name=_("public links"), blank=True)
    grammatical_gender = models.CharField(
        _("grammatical gender"),
        max_length=10,
        choices=GrammaticalGender.choices,
        blank=True,
        help_text=_(
            "How the Slovenian and Croatian profile speaks of the mentor, as the mentor wishes. "
            "Not stated: both forms (mentor/mentorica)."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("headline"),
        FieldPanel("grammatical_gender"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")),
        FieldPanel("bio"),
        MultiFieldPanel(
            [
                FieldPanel("thematic_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("years_ngo_experience"), FieldPanel("years_mentoring_experience")]),
                FieldPanel("eu_values_experience"),
                FieldPanel("availability"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("links"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("photo"),
        TranslatableField("photo_alt"),
        TranslatableField("headline"),
        TranslatableField("bio"),
        SynchronizedField("thematic_areas"),
        SynchronizedField("languages"),
        SynchronizedField("country"),
        TranslatableField("city"),
        SynchronizedField("years_ngo_experience"),
        SynchronizedField("years_mentoring_experience"),
        TranslatableField("eu_values_experience"),
        SynchronizedField("availability"),
        TranslatableField("links"),
        SynchronizedField("grammatical_gender"),
    ]

    base_form_class = MentorPageForm  # areas in the profile's language; no publishing an unfinished bio
    parent_page_types = ["mentors.MentorDirectoryPage"]
    subpage_types = []
    template = "mentors/mentor_page.html"

    class Meta:
        verbose_name = _("mentor profile")
        verbose_name_plural = _("mentor profiles")

    def wording(self):
        """The profile's headings, in the mentor's grammatical gender where it is recorded."""
        return profile_wording(self.grammatical_gender)

    def localized_thematic_areas(self):
        """The profile's areas in its own language."""
        keys = [area.translation_key for area in self.thematic_areas.all()]
        return ThematicArea.objects.filter(translation_key__in=keys).localized(self.locale.language_code)
