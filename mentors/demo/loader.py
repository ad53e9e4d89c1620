"""Loads the mentor directory and its demo profiles in sl, hr and en; running it again changes nothing.

Slovenian pages are created first; Croatian and English are made from them through wagtail-localize,
with the same pairing of texts as the programme's content (``programme.demo.translate``).
"""

from django.db import transaction
from wagtail.models import Locale

from impact4values.core.models import HomePage
from mentors.models import Language, MentorDirectoryPage, MentorPage
from programme.demo.loader import block_id
from programme.demo.translate import translate
from programme.models import ThematicArea

from .profiles import DIRECTORY, PROFILES

SOURCE_LANGUAGE = "sl"
TARGET_LANGUAGES = ["hr", "en"]


class MentorDemoLoader:
    def __init__(self, report):
        self.report = report

    @transaction.atomic
    def load(self):
        locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        home = HomePage.objects.get(locale=locale, depth=2)
        directory = self.load_directory(home, locale)
        profiles = [self.load_profile(directory, profile, locale) for profile in PROFILES]
        for language in TARGET_LANGUAGES:
            target = Locale.objects.get(language_code=language)
            self.translate(directory, self.directory_page(language), target)
            for page, profile in zip(profiles, PROFILES, strict=True):
                self.translate(page, self.mentor_page(profile, language), target)

    def load_directory(self, home, locale):
        content = DIRECTORY[SOURCE_LANGUAGE]
        directory = MentorDirectoryPage.objects.child_of(home).filter(slug=content["slug"]).first()
        if directory is None:
            directory = self.directory_page(SOURCE_LANGUAGE)
            directory.locale = locale
            directory.show_in_menus = True
            home.add_child(instance=directory)
            directory.save_revision().publish()
            self.report.add("mentor directory")
        return directory

    def load_profile(self, directory, profile, locale):
        page = MentorPage.objects.child_of(directory).filter(slug=profile["slug"]).first()
        if page is None:
            page = self.mentor_page(profile, SOURCE_LANGUAGE)
            page.locale = locale
            directory.add_child(instance=page)
            page.thematic_areas.set(ThematicArea.objects.filter(locale=locale, key__in=profile["areas"]))
            page.languages.set(Language.objects.filter(code__in=profile["languages"]))
            page.save_revision().publish()
            self.report.add(f"mentor {profile['name']}")
        return page

    @staticmethod
    def directory_page(language):
        content = DIRECTORY[language]
        return MentorDirectoryPage(
            title=content["title"],
            slug=content["slug"],
            search_description=content["search_description"],
            intro=content["intro"],
            empty_text=content["empty_text"],
        )

    @staticmethod
    def mentor_page(profile, language):
        return MentorPage(
            title=profile["name"],
            slug=profile["slug"],
            headline=profile["headline"][language],
            bio=profile["bio"][language],
            city=profile["city"][language],
            eu_values_experience=profile["eu_values"][language],
            country=profile["country"],
            availability=profile["availability"],
            years_ngo_experience=profile["years_ngo"],
            years_mentoring_experience=profile["years_mentoring"],
            links=[
                {
                    "type": "link",
                    "id": block_id(profile["slug"], "link", position),
                    "value": {"label": link["label"][language], "url": link["url"]},
                }
                for position, link in enumerate(profile["links"])
            ],
        )

    def translate(self, instance, shadow, locale):
        if instance.has_translation(locale):
            return
        translate(instance, shadow, locale)
        self.report.add(f"{instance._meta.verbose_name} {instance.title} → {locale.language_code}")
