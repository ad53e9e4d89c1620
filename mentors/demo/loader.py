"""Loads the mentor directory and its demo profiles in sl, hr and en; running it again changes nothing.

Slovenian pages are created under core's home page; core then makes the Croatian and English ones from
them through wagtail-localize, with the same pairing of texts as all demo content
(``impact4values.core.demo.translate``).
"""

from impact4values.core.demo.context import SOURCE_LANGUAGE
from impact4values.core.demo.streams import block_id
from mentors.models import Language, MentorDirectoryPage, MentorPage
from programme.models import ThematicArea

from .profiles import DIRECTORY, PROFILES


class MentorDemoLoader:
    def __init__(self, context):
        self.context = context
        self.report = context.report

    def load(self):
        locale = self.context.source_locale
        # The home page as core holds it: adding children to this very instance keeps its child count right.
        directory = self.load_directory(self.context.pages["home"], locale)
        self.context.translate_later(directory, self.directory_page)
        for profile in PROFILES:
            page = self.load_profile(directory, profile, locale)
            self.context.translate_later(
                page, lambda language, profile=profile: self.mentor_page(profile, language)
            )

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
            page.thematic_areas.set(ThematicArea.objects.sources().filter(key__in=profile["areas"]))
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
            grammatical_gender=profile["grammatical_gender"],
            links=[
                {
                    "type": "link",
                    "id": block_id(profile["slug"], "link", position),
                    "value": {"label": link["label"][language], "url": link["url"]},
                }
                for position, link in enumerate(profile["links"])
            ],
        )
