"""The draft mentor profiles an accepted application becomes, for editors to review and publish.

Only with the applicant's consent to a public profile. It carries what a profile shows: name, areas,
languages, country and city, years of experience, availability, a bio, their EU values experience and
their website; never the CV, e-mail, phone or anything else from the application.

The profile is made in the application's language and translated, through wagtail-localize, into every
other language that has a directory: drafts too, with the source's facts synchronised and its texts
waiting in the translation editor, so that once published each directory finds the mentor.

The bio is a third-person template in the profile's language that the editor completes (the
placeholders are in square brackets), followed by the applicant's own first-person descriptions, marked
for the editor to use and delete before publishing. They stay in the bio rather than in a private field
so the editor writes with them in view, and so translators see both.
"""

from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import LogContext, log
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    TranslatableObject,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.operations import translate_object
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from impact4values.core.slugs import ascii_slug
from mentors.choices import Availability
from mentors.models import MentorDirectoryPage, MentorPage
from mentors.models.mentor_page_form import EDITOR_NOTE
from programme.models import ThematicArea

# A profile shows "limited availability" below this many hours a month (a mentor works about 20 hours
# with each organisation); editors can change it before publishing.
LIMITED_BELOW_HOURS_PER_MONTH = 5


class NoDirectoryError(Exception):
    """There is no mentor directory to add a profile to."""


def profile_directory(application):
    """The directory in the application's language, else the default language's.

    The profile's texts are the applicant's own words, so the page is made in the language they were
    written in; wagtail-localize translates it from there into the other two.
    """
    directories = MentorDirectoryPage.objects.select_related("locale").order_by("-live", "path")
    return (
        directories.filter(locale__language_code=application.language).first()
        or directories.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


def create_profile(application, user=None):
    """The application's draft profile, made now (with its translations) if it has none; ``None``
    without publish consent."""
    if not application.publish_consent:
        return None
    if application.mentor_page_id:
        return application.mentor_page
    directory = profile_directory(application)
    if directory is None:
        raise NoDirectoryError
    language = directory.locale.language_code
    with translation.override(language):
        page = MentorPage(
            title=application.full_name,
            slug=profile_slug(directory, application.full_name),
            owner=user,
            live=False,
            has_unpublished_changes=True,
            headline=profile_headline(application),
            bio=profile_bio(application, language),
            country=application.country,
            city=application.city,
            years_ngo_experience=application.years_ngo_experience,
            years_mentoring_experience=application.years_mentoring_experience,
            eu_values_experience=application.eu_values_experience,
            availability=profile_availability(application),
            links=profile_links(application),
        )
    page.thematic_areas = list(application.thematic_areas.all())
    page.languages = list(application.languages.all())
    with LogContext(user=user):
        directory.add_child(instance=page)
        revision = page.save_revision(user=user)
        log(instance=page, action="wagtail.create", user=user, revision=revision, content_changed=True)
    locales = translate_profile(page, directory, user)
    pretranslate_bio_template(page, application, locales, user)
    application.mentor_page = page
    application.save(update_fields=["mentor_page", "updated_at"])
    return page


def translate_profile(page, directory, user=None):
    """Draft translations of ``page`` into the languages of the directory's translations, made by
    wagtail-localize as its "Translate this page" makes them (drafts, as live status is not synced)."""
    translated_directories = MentorDirectoryPage.objects.filter(translation_key=directory.translation_key)
    locales = [
        other.locale for other in translated_directories.exclude(pk=directory.pk).select_related("locale")
    ]
    if locales:
        translate_object(page, locales, user=user)
    return locales


def pretranslate_bio_template(page, application, locales, user=None):
    """Give each translation the bio's template, the editor's note and the area names in its own
    language, as translations in wagtail-localize; the applicant's words stay to translate (or delete)."""
    source = TranslationSource.objects.filter(object_id=page.translation_key, locale=page.locale).first()
    if source is None:
        return
    segments = StringSegment.objects.filter(source=source, context__path="bio").select_related(
        "string", "context"
    )
    source_texts = bio_strings(application, page.locale.language_code)
    for locale in locales:
        pairs = dict(zip(source_texts, bio_strings(application, locale.language_code), strict=True))
        for segment in segments:
            if segment.string.data in pairs:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={
                        "data": pairs[segment.string.data],
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        "tool_name": "",
                        "last_translated_by": user,
                    },
                )
        Translation.objects.get(source=source, target_locale=locale).save_target(user=user, publish=False)


def bio_strings(application, language):
    """The bio's own strings in ``language`` (template, note, area names) as wagtail-localize reads them."""
    with translation.override(language):
        names = ThematicArea.objects.labels(language)
        headings = [
            format_html("<p><b>{}</b></p>", names.get(experience.area.key, experience.area.name))
            for experience in application.area_experiences.select_related("area").order_by("area__sort_order")
        ]
        html = "\n".join([*bio_template(application, language), editor_note(), *headings])
    return [
        segment.string.data
        for segment in extract_segments(MentorPage(bio=html))
        if isinstance(segment, StringSegmentValue) and segment.path == "bio"
    ]


def forget_translations(translation_key):
    """Delete what wagtail-localize keeps of a deleted profile: its source (a copy of the texts) with
    its segments, its translated strings and the source strings no other object uses. Segments
    protect their contexts, and contexts the object, so in that order."""
    sources = TranslationSource.objects.filter(object_id=translation_key)
    string_ids = list(StringSegment.objects.filter(source__in=sources).values_list("string_id", flat=True))
    sources.delete()
    # Before their contexts: wagtail-localize's signal on deleting a translation reads its context.
    StringTranslation.objects.filter(context__object_id=translation_key).delete()
    TranslationContext.objects.filter(object_id=translation_key).delete()
    TranslatableObject.objects.filter(translation_key=translation_key).delete()
    String.objects.filter(pk__in=string_ids, segments__isnull=True).delete()


def profile_slug(directory, name):
    """A free ASCII slug under the directory, the name transliterated ("Đurić" → "duric")."""
    return find_available_slug(directory, ascii_slug(name) or "mentor")


def profile_headline(application):
    parts = [part.strip() for part in (application.role, application.organisation) if part.strip()]
    return (", ".join(parts) or gettext("Mentor in the Impact4Values 2.0 network"))[:160]


def paragraphs(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def profile_bio(application, language):
    """Rich text: the third-person template, then the applicant's own words marked for the editor."""
    with translation.override(language):
        blocks = bio_template(application, language) + applicant_words(application, language)
    return "\n".join(blocks)


def bio_template(application, language):
    """Paragraphs in the third person about the mentor; [square brackets] for the editor to replace."""
    name = application.full_name
    ngo, mentoring = application.years_ngo_experience, application.years_mentoring_experience
    experience = gettext(
        "%(name)s works as %(role)s at %(organisation)s and has %(ngo)s and %(mentoring)s."
    ) % {
        "name": name,
        "role": application.role.strip() or gettext("[role]"),
        "organisation": application.organisation.strip() or gettext("[organisation]"),
        "ngo": ngettext("%(count)d year of experience in NGOs", "%(count)d years of experience in NGOs", ngo)
        % {"count": ngo},
        "mentoring": ngettext(
            "%(count)d year of experience in mentoring or training",
            "%(count)d years of experience in mentoring or training",
            mentoring,
        )
        % {"count": mentoring},
    }
    keys = application.thematic_areas.values("translation_key")
    areas = [area.name for area in ThematicArea.objects.filter(translation_key__in=keys).localized(language)]
    achievements = gettext(
        "[Two or three sentences in the third person: what %(name)s has achieved with NGOs in %(areas)s.]"
    ) % {"name": name, "areas": ", ".join(areas) or gettext("[areas]")}
    offer = gettext(
        "[What organisations can expect from mentoring with %(name)s: approach, methods, examples.]"
    ) % {"name": name}
    return [format_html("<p>{}</p>", text) for text in (experience, achievements, offer)]


def applicant_words(application, language):
    """The applicant's descriptions, area by area (named in ``language``), under a note for the editor."""
    names = ThematicArea.objects.labels(language)
    experiences = sorted(
        application.area_experiences.select_related("area"),
        key=lambda item: (item.area.sort_order, item.area.name),
    )
    blocks = []
    for experience in experiences:
        blocks.append(format_html("<p><b>{}</b></p>", names.get(experience.area.key, experience.area.name)))
        blocks.extend(format_html("<p><i>{}</i></p>", line) for line in paragraphs(experience.description))
    if not blocks:
        blocks = [
            format_html("<p><i>{}</i></p>", line) for line in paragraphs(application.eu_values_experience)
        ]
    if not blocks:
        return []
    return [editor_note(), *blocks]


def editor_note():
    return format_html("<p><b>{}</b></p>", EDITOR_NOTE)


def profile_availability(application):
    if application.hours_per_month < LIMITED_BELOW_HOURS_PER_MONTH:
        return Availability.LIMITED
    return Availability.AVAILABLE


def profile_links(application):
    if not application.website:
        return []
    return [{"type": "link", "value": {"label": gettext("Website"), "url": application.website}}]
