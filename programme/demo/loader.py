"""Loads the programme's demo content from ``sl.py`` / ``hr.py`` / ``en.py``; running it again changes
nothing.

Slovenian objects are created under core's home page: snippets, then pages with empty bodies so that
bodies can link to any of them, then the bodies. Core then makes every other language from them through
wagtail-localize (``impact4values.core.demo``).
"""

import datetime
from decimal import Decimal

from impact4values.core.demo.context import SOURCE_LANGUAGE
from impact4values.core.demo.pages import load_page, page_shadow, write_body
from programme.models import CallPage, Partner, ProgrammePage, ThematicArea

from . import en, hr, sl
from .deadline import REAL_DEADLINE

CONTENT = {"sl": sl.CONTENT, "hr": hr.CONTENT, "en": en.CONTENT}

CALL_FACTS = {
    "hourly_rate": Decimal("75.00"),
    "hours_per_organisation": 20,
    "mentoring_start": datetime.date(2026, 2, 28),
    "mentoring_end": datetime.date(2028, 4, 30),
    "contact_email": "emilija.kastelic@cnvos.si",
    "contact_phone": "+386 1 542 14 22",
}


def by_key(items, key):
    """(position from 1, item) of the content item with ``key``."""
    return next((order, item) for order, item in enumerate(items, start=1) if item["key"] == key)


class ProgrammeDemoLoader:
    def __init__(self, context):
        self.context = context
        self.deadline = context.deadline or REAL_DEADLINE
        self.areas = {}

    def load(self):
        self.load_thematic_areas()
        self.load_partners()
        self.load_pages()
        self.apply_deadline()
        self.context.report.summary.append(f"Call deadline: {self.deadline.isoformat()} (Europe/Ljubljana)")

    # --- Snippets -----------------------------------------------------------------------------
    def load_thematic_areas(self):
        for order, data in enumerate(CONTENT[SOURCE_LANGUAGE]["thematic_areas"], start=1):
            area = ThematicArea.objects.filter(key=data["key"], locale=self.context.source_locale).first()
            if area is None:
                area = self.thematic_area(data, order)
                area.locale = self.context.source_locale
                area.save()
                self.context.report.add(f"thematic area {area.key}")
            self.areas[data["key"]] = area
            self.context.translate_later(
                area, lambda language, key=data["key"]: self.area_shadow(key, language)
            )

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
            partner = Partner.objects.filter(key=data["key"], locale=self.context.source_locale).first()
            if partner is None:
                partner = self.partner(data, order)
                partner.locale = self.context.source_locale
                partner.save()
                self.context.report.add(f"partner {partner.key}")
            self.context.partners[data["key"]] = partner
            self.context.translate_later(
                partner, lambda language, key=data["key"]: self.partner_shadow(key, language)
            )

    def area_shadow(self, key, language):
        order, data = by_key(CONTENT[language]["thematic_areas"], key)
        return self.thematic_area(data, order)

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

    def partner_shadow(self, key, language):
        order, data = by_key(CONTENT[language]["partners"], key)
        return self.partner(data, order)

    # --- Pages --------------------------------------------------------------------------------
    def page_specs(self, language):
        """(key, page class, content, extra fields) of every page, all children of the home page."""
        content = CONTENT[language]
        yield (
            "call",
            CallPage,
            content["call"],
            {"nav_title": content["call"]["nav_title"], **self.call_facts()},
        )
        for page in content["programme_pages"]:
            yield page["key"], ProgrammePage, page, {}

    def call_facts(self):
        return {**CALL_FACTS, "application_deadline": self.deadline}

    def load_pages(self):
        for key, page_class, content, extra in self.page_specs(SOURCE_LANGUAGE):
            page = load_page(self.context, key, page_class, content, show_in_menus=True, **extra)
            self.context.translate_later(page, lambda language, key=key: self.page_shadow(key, language))
        # Bodies may link to any page, so they are written once all pages exist.
        for key, _page_class, content, _extra in self.page_specs(SOURCE_LANGUAGE):
            if key == "call" and key in self.context.new_pages:
                self.context.pages[key].thematic_areas.set(self.areas.values())
            write_body(self.context, key, content["body"])

    def page_shadow(self, key, language):
        for spec_key, page_class, content, extra in self.page_specs(language):
            if spec_key == key:
                return page_shadow(self.context, key, page_class, content, **extra)
        raise LookupError(f"No {language!r} demo content for the page {key!r}.")

    # --- The deadline -------------------------------------------------------------------------
    def apply_deadline(self):
        for call in CallPage.objects.exclude(application_deadline=self.deadline):
            call.application_deadline = self.deadline
            call.save_revision().publish()
            self.context.report.updated.append(f"deadline of {call.title} ({call.locale.language_code})")
