"""Translate a Slovenian object into another locale the way an editor would, through wagtail-localize.

The demo content comes as parallel structures (``sl.py``, ``hr.py``, ``en.py``). For each object we build
an unsaved *shadow* instance holding the target language's text with the same StreamField block ids,
extract segments from both with wagtail-localize's own extractor, pair them by position, and store each
pair as a string translation of the source. wagtail-localize then creates or updates the translated
object, which editors see (and can keep editing) as a translation of the original.
"""

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .context import TARGET_LANGUAGES


class MisalignedTranslationError(ValueError):
    """The translated demo content does not have the same shape as the Slovenian original."""


def _strings(instance):
    return [segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)]


def paired_strings(source_instance, shadow_instance):
    """{(path, source text): target text} for every translatable string of the two instances."""
    source_strings = _strings(source_instance)
    target_strings = _strings(shadow_instance)
    source_paths = [segment.path for segment in source_strings]
    target_paths = [segment.path for segment in target_strings]
    if source_paths != target_paths:
        raise MisalignedTranslationError(
            f"{source_instance!r}: segment paths differ between languages:\n{source_paths}\n{target_paths}"
        )
    return {
        (source.path, source.string.data): target.string.data
        for source, target in zip(source_strings, target_strings, strict=True)
    }


def translate(instance, shadow_instance, locale):
    """Create the ``locale`` version of ``instance`` from ``shadow_instance``'s text; return it.

    Idempotent: an object already translated into ``locale`` is returned untouched.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    pairs = paired_strings(instance, shadow_instance)
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": pairs[(segment.context.path, segment.string.data)],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": "",
            },
        )
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    if isinstance(instance, Page):
        # wagtail-localize publishes pages on commit from an instance it holds in memory, which inside
        # an outer transaction would write back stale tree counts; publish a fresh copy now instead.
        translation.save_target(publish=False)
        instance.get_translation(locale).get_latest_revision().publish()
    else:
        translation.save_target(publish=True)
    return instance.get_translation(locale)


def translate_site(context):
    """Every object handed to ``context.translate_later``, into every target language not yet there.

    Snippets come first (page bodies link to them), then pages parents first (a page is translated
    under its parent's translation), then the snippets that link to pages."""

    def order(item):
        if isinstance(item.instance, Page):
            return (1, item.instance.path)
        return (2 if item.after_pages else 0, "")

    translatables = sorted(context.translatables, key=order)
    for language in TARGET_LANGUAGES:
        locale = context.locales[language]
        for item in translatables:
            if item.instance.has_translation(locale):
                continue
            translate(item.instance, item.shadow(language), locale)
            context.report.add(f"{item.instance._meta.verbose_name} {item.instance} → {language}")
