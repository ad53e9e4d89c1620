"""What the demo loaders of the apps share while the site is loaded: one ``DemoContext``."""

from dataclasses import dataclass, field

SOURCE_LANGUAGE = "sl"
TARGET_LANGUAGES = ["hr", "en"]


@dataclass
class Report:
    """What a load created or updated, and the lines that sum it up (printed last)."""

    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    summary: list = field(default_factory=list)

    def add(self, what):
        self.created.append(what)


@dataclass
class Translatable:
    """A source-language object and how to build its unsaved ``shadow`` in a language (see translate.py)."""

    instance: object
    shadow: object  # callable: language code -> unsaved instance holding that language's text
    after_pages: bool = False  # links to pages, so is translated after them


@dataclass
class DemoContext:
    """``deadline`` is the call's deadline given on the command line (None: the real one). ``pages`` and
    ``partners`` hold the source-language objects by their content key, so that bodies can link to them;
    ``new_pages`` the keys of the pages this load created, whose bodies are still to be written."""

    deadline: object = None
    report: Report = field(default_factory=Report)
    locales: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    partners: dict = field(default_factory=dict)
    new_pages: set = field(default_factory=set)
    translatables: list = field(default_factory=list)

    @property
    def source_locale(self):
        return self.locales[SOURCE_LANGUAGE]

    def translate_later(self, instance, shadow, after_pages=False):
        """Have ``instance`` translated into every target language once all content is loaded."""
        self.translatables.append(Translatable(instance, shadow, after_pages))

    def created_page(self, key):
        self.new_pages.add(key)
        self.report.add(f"page {key}")
