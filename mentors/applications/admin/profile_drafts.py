"""The editors' dashboard panel: draft mentor profiles waiting for review, one row per mentor (the page
and its translations), with who, in which language, since when, and which languages still lack a page
or a published page.

Accepted applications make these drafts (``profiles``); so may editors themselves. A mentor is listed
while any of their pages is unpublished, the longest waiting first.
"""

from django.conf import settings
from django.db.models import Min
from django.urls import reverse
from django.utils.translation import get_language_info
from wagtail.admin.ui.components import Component
from wagtail.models import Revision

from mentors.models import MentorDirectoryPage, MentorPage

LIMIT = 20  # rows on the dashboard; the rest are one click away in the directory's page listing


def language_name(code):
    """The language's name in the admin user's language ("Slovenian", "slovenski", "slovenščina")."""
    return get_language_info(code)["name_translated"]


def waiting_profiles():
    """[{name, language, since, edit_url, translations: [{language, state, edit_url}]}], oldest first."""
    keys = MentorPage.objects.filter(live=False).values("translation_key")
    pages = MentorPage.objects.filter(translation_key__in=keys, alias_of__isnull=True)
    pages = pages.select_related("locale")
    groups = {}
    for page in pages.order_by("pk"):
        groups.setdefault(page.translation_key, []).append(page)
    first_revisions = dict(
        Revision.page_revisions.filter(object_id__in=[str(page.pk) for page in pages])
        .values_list("object_id")
        .annotate(first=Min("created_at"))
    )
    rows = []
    for group in groups.values():
        source = group[0]  # the original: translations are made after it
        by_language = {page.locale.language_code: page for page in group}
        drafts = [page for page in group if not page.live]
        since = min(first_revisions.get(str(page.pk), page.latest_revision_created_at) for page in drafts)
        rows.append(
            {
                "name": source.title,
                "language": language_name(source.locale.language_code),
                "since": since,
                "live": source.live,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[source.pk]),
                "translations": [
                    translation_state(code, by_language.get(code)) for code, _name in settings.LANGUAGES
                ],
            }
        )
    rows.sort(key=lambda row: row["since"])
    return rows


def translation_state(code, page):
    """What a language lacks: "missing" (no page), "draft" (not published), or ``None``."""
    if page is None:
        return {"language": language_name(code), "state": "missing", "edit_url": None}
    state = None if page.live else "draft"
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return {"language": language_name(code), "state": state, "edit_url": edit_url}


class ProfileDraftsPanel(Component):
    name = "mentor_profile_drafts"
    template_name = "mentors/admin/profile_drafts_panel.html"
    order = 95

    def get_context_data(self, parent_context):
        rows = waiting_profiles()
        directory = MentorDirectoryPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        return {
            "rows": rows[:LIMIT],
            "more": max(len(rows) - LIMIT, 0),
            "explore_url": reverse("wagtailadmin_explore", args=[directory.pk]) if directory else None,
        }
