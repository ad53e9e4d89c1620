from django.conf import settings
from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
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
    keys are stable); people read their names in their own language. The one fallback rule: an area not
    translated into a language is named as in the source."""

    def sources(self):
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)

    def named(self, language=None):
        """The source areas in the call's order, each with ``label`` and ``label_subtopics``: its name
        and sub-topics in ``language`` (the active language by default). One query."""
        translation = ThematicArea.objects.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=language_of(language)
        )
        return (
            self.sources()
            .annotate(
                label=Coalesce(Subquery(translation.values("name")[:1]), F("name")),
                label_subtopics=Coalesce(Subquery(translation.values("subtopics")[:1]), F("subtopics")),
            )
            .order_by("sort_order", "name")
        )

    def labels(self, language=None):
        """{key: name in ``language``} of the source areas, in the call's order."""
        return dict(self.named(language).values_list("key", "label"))


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

    @classmethod
    def in_locale(cls, areas, locale_id, translations=None):
        """``areas`` in the given locale where translated (else as they are), in the call's order.

        ``translations`` (from ``translation_table``) saves the query when many are localized at once."""
        areas = list(areas)
        if translations is None:
            translations = cls.translation_table(
                cls.objects.filter(
                    translation_key__in=[area.translation_key for area in areas], locale_id=locale_id
                )
            )
        localized = (translations.get((area.translation_key, locale_id), area) for area in areas)
        return sorted(localized, key=lambda area: (area.sort_order, area.name))

    @classmethod
    def translation_table(cls, areas=None):
        """{(translation_key, locale_id): area} of ``areas`` (all of them by default)."""
        areas = cls.objects.all() if areas is None else areas
        return {(area.translation_key, area.locale_id): area for area in areas}

    @property
    def subtopic_list(self):
        """The sub-topics, in the language ``named`` gave them in when it did."""
        text = getattr(self, "label_subtopics", self.subtopics)
        return [line.strip() for line in text.splitlines() if line.strip()]
