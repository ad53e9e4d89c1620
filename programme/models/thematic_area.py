from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


def language_of(code=None):
    """The site language of a language code ("hr-hr" -> "hr"); the active language by default."""
    language = (code or get_language() or "").split("-")[0].lower()
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class ThematicAreaQuerySet(models.QuerySet):
    """Areas in a language. Everything stores the *source* areas (the default language's rows, whose
    keys are stable); people read them in their own language. The one fallback rule: an area not
    translated into a language is shown as in the source."""

    def sources(self):
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)

    def localized(self, language=None):
        """These areas in ``language`` (the active one by default; "hr-hr" is read as "hr"), in the call's
        order: each one's translation into it, or the source where there is none. Each knows its
        ``source`` (None for an area the default language lacks). One query."""
        language = language_of(language)
        rows = self.filter(locale__language_code__in={language, settings.LANGUAGE_CODE}).select_related(
            "locale"
        )
        chosen, sources = {}, {}
        for row in rows.order_by("sort_order", "pk"):
            if row.locale.language_code == settings.LANGUAGE_CODE:
                sources[row.translation_key] = row
            if row.locale.language_code == language or row.translation_key not in chosen:
                chosen[row.translation_key] = row
        for key, area in chosen.items():
            area.source = sources.get(key)
        return list(chosen.values())

    def labels(self, language=None):
        """{key: name in ``language``} of these areas, in the call's order."""
        return {area.key: area.name for area in self.localized(language)}


class ThematicArea(TranslatableMixin, models.Model):
    """One of the seven areas of mentoring support named in the call.

    ``key`` is language-independent: filters, facets and links use it; people see ``name``.
    """

    key = models.SlugField(
        _("key"), max_length=64, help_text=_("Stable identifier shared by all translations.")
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    subtopics = models.TextField(
        _("sub-topics"), blank=True, help_text=_("One sub-topic per line, as listed in the call.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    mentor_target = models.PositiveSmallIntegerField(
        _("mentors needed"),
        null=True,
        blank=True,
        help_text=_(
            "How many mentors the programme wants to select in this area; shown in the selection view."
        ),
    )

    objects = ThematicAreaQuerySet.as_manager()

    translatable_fields = [
        SynchronizedField("key"),
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("subtopics"),
        SynchronizedField("sort_order"),
        SynchronizedField("mentor_target"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("description"),
        FieldPanel("subtopics"),
        FieldPanel("sort_order"),
        FieldPanel("mentor_target"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="unique_thematic_area_key_per_locale")
        ]

    def __str__(self):
        return self.name

    @property
    def subtopic_list(self):
        return [line.strip() for line in self.subtopics.splitlines() if line.strip()]
