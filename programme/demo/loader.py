"""Loads the whole demo site from ``sl.py`` / ``hr.py`` / ``en.py``; running it again changes nothing.

Slovenian objects are created first (snippets, then pages with empty bodies so that bodies can link to
any page, then the bodies); every other language is made from them through wagtail-localize.
"""

import datetime
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site

from impact4values.core.models import ContentPage, Footer, HomePage
from programme.models import CallPage, Partner, ProgrammePage, ThematicArea

from . import en, hr, sl
from .translate import translate

CONTENT = {"sl": sl.CONTENT, "hr": hr.CONTENT, "en": en.CONTENT}
SOURCE_LANGUAGE = "sl"
TARGET_LANGUAGES = ["hr", "en"]
BLOCK_ID_NAMESPACE = uuid.UUID("5b0f3c1e-7a43-4c35-9e0f-1f0a4c1b2d3e")

CALL_FACTS = {
    "hourly_rate": Decimal("75.00"),
    "hours_per_organisation": 20,
    "mentoring_start": datetime.date(2026, 2, 28),
    "mentoring_end": datetime.date(2028, 4, 30),
    "contact_email": "emilija.kastelic@cnvos.si",
    "contact_phone": "+386 (01) 542 1422",
}

DEMO_USERS = [
    # username, group (None: superuser)
    ("admin", None),
    ("editor", "Editors"),
    ("moderator", "Moderators"),
]
DEMO_PASSWORD = "impact4values"  # noqa: S105 -- local demo accounts, printed by `make run`


def block_id(*parts):
    """Block ids that are the same in every language, so wagtail-localize can pair the segments."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, ":".join(str(part) for part in parts)))


@dataclass
class Report:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)

    def add(self, what):
        self.created.append(what)


class DemoLoader:
    def __init__(self, deadline, demo_accounts=False):
        self.deadline = deadline
        self.demo_accounts = demo_accounts
        self.report = Report()
        self.locales = {}
        self.areas = {}
        self.partners = {}
        self.pages = {}

    @transaction.atomic
    def load(self):
        self.load_locales()
        if self.demo_accounts:
            self.load_users()
        self.load_thematic_areas()
        self.load_partners()
        self.load_pages()
        self.load_footer()
        self.translate_everything()
        self.apply_deadline()
        return self.report

    # --- Locales and people -------------------------------------------------------------------
    def load_locales(self):
        for code in [SOURCE_LANGUAGE, *TARGET_LANGUAGES]:
            locale, created = Locale.objects.get_or_create(language_code=code)
            self.locales[code] = locale
            if created:
                self.report.add(f"locale {code}")

    def load_users(self):
        User = get_user_model()
        for username, group_name in DEMO_USERS:
            if User.objects.filter(username=username).exists():
                continue
            if group_name is None:
                User.objects.create_superuser(username, f"{username}@example.org", DEMO_PASSWORD)
            else:
                user = User.objects.create_user(username, f"{username}@example.org", DEMO_PASSWORD)
                user.groups.add(Group.objects.get(name=group_name))
            self.report.add(f"user {username}")

    # --- Slovenian snippets -------------------------------------------------------------------
    def load_thematic_areas(self):
        for order, data in enumerate(CONTENT[SOURCE_LANGUAGE]["thematic_areas"], start=1):
            area = ThematicArea.objects.filter(key=data["key"], locale=self.locales[SOURCE_LANGUAGE]).first()
            if area is None:
                area = self.thematic_area(data, order)
                area.locale = self.locales[SOURCE_LANGUAGE]
                area.save()
                self.report.add(f"thematic area {area.key}")
            self.areas[data["key"]] = area

    @staticmethod
    def thematic_area(data, order):
        return ThematicArea(
            key=data["key"],
            name=data["name"],
            description=data["description"],
            subtopics="\n".join(data["subtopics"]),
            sort_order=order,
        )

    def load_partners(self):
        for order, data in enumerate(CONTENT[SOURCE_LANGUAGE]["partners"], start=1):
            partner = Partner.objects.filter(key=data["key"], locale=self.locales[SOURCE_LANGUAGE]).first()
            if partner is None:
                partner = self.partner(data, order)
                partner.locale = self.locales[SOURCE_LANGUAGE]
                partner.save()
                self.report.add(f"partner {partner.key}")
            self.partners[data["key"]] = partner

    @staticmethod
    def partner(data, order):
        return Partner(
            key=data["key"],
            name=data["name"],
            short_name=data["short_name"],
            country=data["country"],
            website=data["website"],
            description=data["description"],
            sort_order=order,
        )

    def load_footer(self):
        locale = self.locales[SOURCE_LANGUAGE]
        if Footer.objects.filter(locale=locale).exists():
            self.footer = Footer.objects.get(locale=locale)
            return
        self.footer = self.footer_from(CONTENT[SOURCE_LANGUAGE]["footer"])
        self.footer.locale = locale
        self.footer.save()
        self.report.add("footer")

    def footer_from(self, data):
        return Footer(privacy_page=self.pages["privacy"], **data)

    # --- Slovenian pages ----------------------------------------------------------------------
    def page_specs(self, language):
        """(key, page class, content, parent key, extra fields) for every page, parents first."""
        content = CONTENT[language]
        yield "home", HomePage, content["home"], None, {}
        yield (
            "call",
            CallPage,
            content["call"],
            "home",
            {"nav_title": content["call"]["nav_title"], **self.call_facts()},
        )
        for page in content["programme_pages"]:
            yield page["key"], ProgrammePage, page, "home", {}
        yield "privacy", ContentPage, content["privacy"], "home", {}

    def call_facts(self):
        return {**CALL_FACTS, "application_deadline": self.deadline}

    def load_pages(self):
        new_pages = []
        for key, page_class, content, parent_key, extra in self.page_specs(SOURCE_LANGUAGE):
            page = self.existing_page(page_class, content["slug"], parent_key)
            if page is None:
                page = page_class(
                    title=content["title"],
                    slug=content["slug"],
                    search_description=content["search_description"],
                    intro=content["intro"],
                    show_in_menus=key not in ("home", "privacy"),
                    locale=self.locales[SOURCE_LANGUAGE],
                    **extra,
                )
                self.add_page(page, parent_key)
                new_pages.append(key)
                self.report.add(f"page {key}")
            self.pages[key] = page
        # Bodies may link to any page, so they are written once all pages exist.
        for key, _page_class, content, _parent, _extra in self.page_specs(SOURCE_LANGUAGE):
            if key in new_pages:
                page = self.pages[key]
                page.body = self.stream_data(key, content["body"])
                if isinstance(page, CallPage):
                    page.thematic_areas.set(self.areas.values())
                page.save_revision().publish()

    def existing_page(self, page_class, slug, parent_key):
        pages = page_class.objects.filter(locale=self.locales[SOURCE_LANGUAGE], slug=slug)
        if parent_key is None:
            return pages.filter(depth=2).first()
        return pages.child_of(self.pages[parent_key]).first()

    def add_page(self, page, parent_key):
        if parent_key is not None:
            self.pages[parent_key].add_child(instance=page)
            page.save_revision().publish()
            return
        # The home page replaces Wagtail's welcome page as the root of the default site.
        root = Page.get_first_root_node()
        Site.objects.all().delete()
        for welcome in root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ):
            welcome.delete()
        root.add_child(instance=page)
        page.save_revision().publish()
        Site.objects.create(
            hostname="localhost", port=80, root_page=page, is_default_site=True, site_name="Impact4Values 2.0"
        )

    def stream_data(self, page_key, blocks):
        return [self.block_data(page_key, index, kind, value) for index, (kind, value) in enumerate(blocks)]

    def block_data(self, page_key, index, kind, value):
        data = {"type": kind, "id": block_id(page_key, index)}
        if kind in ("heading", "paragraph"):
            data["value"] = value
        elif kind == "key_figures":
            data["value"] = [
                {"type": "item", "id": block_id(page_key, index, position), "value": figure}
                for position, figure in enumerate(value)
            ]
        elif kind == "partners":
            data["value"] = [
                {"type": "item", "id": block_id(page_key, index, position), "value": self.partners[key].pk}
                for position, key in enumerate(value)
            ]
        elif kind == "cta":
            data["type"] = "call_to_action"
            page = self.pages.get(value.get("page"))
            data["value"] = {
                "label": value["label"],
                "page": page.pk if page else None,
                "url": value.get("url", ""),
            }
        else:
            raise ValueError(f"Unknown block type {kind!r} in the demo content of {page_key!r}.")
        return data

    # --- Translations -------------------------------------------------------------------------
    def translate_everything(self):
        for language in TARGET_LANGUAGES:
            locale = self.locales[language]
            content = CONTENT[language]
            for order, data in enumerate(content["thematic_areas"], start=1):
                self.translate(self.areas[data["key"]], self.thematic_area(data, order), locale)
            for order, data in enumerate(content["partners"], start=1):
                self.translate(self.partners[data["key"]], self.partner(data, order), locale)
            for key, page_class, page_content, _parent, extra in self.page_specs(language):
                shadow = page_class(
                    title=page_content["title"],
                    slug=page_content["slug"],
                    search_description=page_content["search_description"],
                    intro=page_content["intro"],
                    body=self.stream_data(key, page_content["body"]),
                    **extra,
                )
                self.translate(self.pages[key], shadow, locale)
            self.translate(self.footer, self.footer_from(content["footer"]), locale)

    def translate(self, instance, shadow, locale):
        if instance.has_translation(locale):
            return
        translate(instance, shadow, locale)
        self.report.add(f"{instance._meta.verbose_name} {instance} → {locale.language_code}")

    # --- The deadline -------------------------------------------------------------------------
    def apply_deadline(self):
        for call in CallPage.objects.exclude(application_deadline=self.deadline):
            call.application_deadline = self.deadline
            call.save_revision().publish()
            self.report.updated.append(f"deadline of {call.title} ({call.locale.language_code})")
