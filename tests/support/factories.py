"""Seeded factories for the objects tests build themselves: applications, mentor profiles, call pages.

The demo content stays loaded in the session database (see ``tests/conftest.py``); these add their own
objects on top, so a test asserts on data it made rather than on the demo copy. ``reseed()`` runs before
every test, so the same test always gets the same names, whatever ran before it.
"""

import datetime
import uuid
from decimal import Decimal

import factory
import factory.random
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from impact4values.core.models import HomePage
from mentors.applications import moderation
from mentors.models import AreaExperience, Language, MentorApplication, MentorDirectoryPage, MentorPage
from programme.models import CallPage, ThematicArea

SEED = 20251220
FAKER_LOCALE = "sl_SI"

# A small but real PDF: a catalogue, an empty page tree, a trailer.
CV_PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def reseed():
    """The same random names and sequence numbers for every test, whatever ran before it."""
    factory.random.reseed_random(SEED)
    for factory_class in (MentorApplicationFactory, MentorPageFactory, CallPageFactory):
        factory_class.reset_sequence(force=True)


def source_areas(keys):
    """The default-language rows of ``keys``: what applications and pages store."""
    return list(ThematicArea.objects.sources().filter(key__in=keys))


def experience_of(key):
    return f"Ten years of {key} work with local NGOs.\nWorkshops and coaching."


class MentorApplicationFactory(factory.django.DjangoModelFactory):
    """An application as the public form stores it: CV in private storage, areas with descriptions,
    languages, and (``review=True``, the default) in the moderators' review as after its commit."""

    class Meta:
        model = MentorApplication
        skip_postgeneration_save = True

    submission_key = factory.LazyFunction(uuid.uuid4)
    status = MentorApplication.Status.SUBMITTED
    language = "sl"
    call = factory.LazyAttribute(lambda o: CallPage.objects.filter(locale__language_code=o.language).first())
    first_name = factory.Faker("first_name", locale=FAKER_LOCALE)
    last_name = factory.Faker("last_name", locale=FAKER_LOCALE)
    email = factory.LazyAttribute(lambda o: f"{slugify(o.first_name)}.{slugify(o.last_name)}@example.org")
    phone = "+386 40 123 456"
    country = "SI"
    city = factory.Faker("city", locale=FAKER_LOCALE)
    organisation = "Društvo za razvoj"
    role = "Programme lead"
    website = factory.LazyAttribute(lambda o: f"https://example.org/{slugify(o.first_name)}")
    years_ngo_experience = 5
    years_mentoring_experience = 3
    eu_values_experience = "Training on equality and the rule of law."
    hours_per_month = 10
    available_from = datetime.date(2026, 3, 1)
    cv_original_name = factory.LazyAttribute(lambda o: f"Življenjepis {o.first_name}.pdf")
    cv = factory.LazyAttribute(lambda o: ContentFile(CV_PDF, name=o.cv_original_name))
    cv_content_type = "application/pdf"
    cv_size = len(CV_PDF)
    privacy_consent_version = "2025-11"
    publish_consent = True

    @factory.post_generation
    def areas(self, create, keys, **kwargs):
        """``areas=("advocacy", "gesi")``: chosen areas (default-language rows), each with a description."""
        chosen = source_areas(("advocacy",) if keys is None else keys)
        self.thematic_areas.set(chosen)
        AreaExperience.objects.bulk_create(
            [
                AreaExperience(application=self, area=area, description=experience_of(area.key))
                for area in chosen
            ]
        )

    @factory.post_generation
    def languages(self, create, codes, **kwargs):
        self.languages.set(Language.objects.filter(code__in=("sl", "en") if codes is None else codes))

    @factory.post_generation
    def review(self, create, review, **kwargs):
        """What the submission's commit triggers: the application enters the review workflow."""
        if review is None or review:
            moderation.enter_review(self)
        self.refresh_from_db()


class MentorPageFactory(wagtail_factories.PageFactory):
    """A published profile in the demo directory of ``language``, with areas and working languages."""

    class Meta:
        model = MentorPage
        skip_postgeneration_save = True

    class Params:
        language = "sl"

    parent = factory.LazyAttribute(
        lambda o: MentorDirectoryPage.objects.get(locale__language_code=o.language)
    )
    locale = factory.LazyAttribute(lambda o: o.parent.locale)
    title = factory.Faker("name", locale=FAKER_LOCALE)
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.title)}-{n}")
    headline = factory.Faker("job", locale="en_GB")
    bio = factory.LazyAttribute(lambda o: f"<p>{o.title} mentors NGOs in their work with communities.</p>")
    country = "SI"
    city = factory.Faker("city", locale=FAKER_LOCALE)
    years_ngo_experience = factory.Faker("random_int", min=2, max=30)
    years_mentoring_experience = factory.Faker("random_int", min=1, max=15)
    availability = "available"

    @factory.post_generation
    def areas(self, create, keys, **kwargs):
        self.thematic_areas.set(source_areas(("advocacy",) if keys is None else keys))

    @factory.post_generation
    def languages(self, create, codes, **kwargs):
        self.languages.set(Language.objects.filter(code__in=("sl", "en") if codes is None else codes))

    @factory.post_generation
    def publish(self, create, publish, **kwargs):
        """Published through a revision, as editors do (which also fills the directory's index)."""
        self.save()
        if publish is None or publish:
            self.save_revision().publish()
        else:
            self.unpublish()
        self.refresh_from_db()


class CallPageFactory(wagtail_factories.PageFactory):
    """A published, open call under the home page of ``language``, with its structured facts."""

    class Meta:
        model = CallPage
        skip_postgeneration_save = True

    class Params:
        language = "sl"

    parent = factory.LazyAttribute(lambda o: HomePage.objects.get(locale__language_code=o.language))
    locale = factory.LazyAttribute(lambda o: o.parent.locale)
    title = factory.Sequence(lambda n: f"Call for mentors {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    intro = "Mentors help NGOs grow."
    application_deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    hourly_rate = Decimal("75.00")
    hours_per_organisation = 20
    mentoring_start = datetime.date(2026, 2, 1)
    mentoring_end = datetime.date(2028, 4, 30)
    contact_email = factory.Sequence(lambda n: f"call{n}@example.org")

    @factory.post_generation
    def areas(self, create, keys, **kwargs):
        self.thematic_areas.set(source_areas(("advocacy", "gesi") if keys is None else keys))

    @factory.post_generation
    def publish(self, create, publish, **kwargs):
        self.save()
        if publish is None or publish:
            self.save_revision().publish()
        self.refresh_from_db()


def published_translation(page, language):
    """``page`` translated into ``language`` (its parent already is) and published, as editors do."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language))
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)


def translated_profile():
    """A mentor profile of its own, published in sl, hr and en: {language: page}."""
    profile = MentorPageFactory(language="sl")
    return {language: published_translation(profile, language) for language in ("hr", "en")} | {"sl": profile}
