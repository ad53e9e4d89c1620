from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Partner(TranslatableMixin, models.Model):
    """A member of the consortium that runs the programme."""

    class Country(models.TextChoices):
        SLOVENIA = "SI", _("Slovenia")
        CROATIA = "HR", _("Croatia")

    key = models.SlugField(
        _("key"), max_length=64, help_text=_("Stable identifier shared by all translations.")
    )
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    translatable_fields = [
        SynchronizedField("key"),
        TranslatableField("name"),
        TranslatableField("short_name"),
        SynchronizedField("country"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
        TranslatableField("description"),
        SynchronizedField("sort_order"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("key"),
        FieldPanel("country"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("consortium partner")
        verbose_name_plural = _("consortium partners")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="unique_partner_key_per_locale")
        ]

    def __str__(self):
        return self.name
