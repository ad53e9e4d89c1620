from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Footer(TranslatableMixin, models.Model):
    """The site footer: EU funding acknowledgement and contact. A translatable snippet, one per language,
    because Wagtail's site settings cannot be translated."""

    funding_notice = models.CharField(_("funding notice"), max_length=120)
    disclaimer = models.TextField(_("funding disclaimer"))
    contact_heading = models.CharField(_("contact heading"), max_length=80)
    contact_text = models.TextField(_("contact text"), blank=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    translatable_fields = [
        TranslatableField("funding_notice"),
        TranslatableField("disclaimer"),
        TranslatableField("contact_heading"),
        TranslatableField("contact_text"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        TranslatableField("privacy_page"),  # points at the privacy notice in the footer's own language
    ]

    panels = [
        MultiFieldPanel([FieldPanel("funding_notice"), FieldPanel("disclaimer")], heading=_("EU funding")),
        MultiFieldPanel(
            [
                FieldPanel("contact_heading"),
                FieldPanel("contact_text"),
                FieldPanel("email"),
                FieldPanel("phone"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("privacy_page"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")
        constraints = [models.UniqueConstraint(fields=["locale"], name="one_footer_per_locale")]

    def __str__(self):
        return f"{self.funding_notice} ({self.locale})"

    @classmethod
    def for_active_language(cls):
        """The footer in the active language, else the default language's."""
        codes = {get_language(), settings.LANGUAGE_CODE}
        footers = {
            footer.locale.language_code: footer
            for footer in cls.objects.filter(locale__language_code__in=codes).select_related(
                "locale", "privacy_page"
            )
        }
        return footers.get(get_language()) or footers.get(settings.LANGUAGE_CODE)
