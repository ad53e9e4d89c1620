"""What the directory lists, and how it finds each profile: the index entries of live mentor profiles,
stored through ``search.indexing``.

An entry's ``areas`` are the area keys; its ``text`` holds the areas' names in the page's language.
"""

from django.db import transaction
from django.utils import translation
from django.utils.html import strip_tags

from mentors.models import MentorPage
from programme.models import ThematicArea
from search.indexing import replace_all_entries, store_entries
from search.models import DirectoryEntry
from search.text import index_text, sort_key


def listed_profiles(page_ids=None):
    """The mentor profiles the public directory shows: live and not behind a view restriction."""
    profiles = MentorPage.objects.live().public().select_related("locale")
    profiles = profiles.prefetch_related("languages", "thematic_areas")
    return profiles if page_ids is None else profiles.filter(pk__in=page_ids)


def named_areas(areas, labels):
    """(key, name) of ``areas`` in the call's order, named by ``labels`` ({key: name}, see
    ``ThematicArea.objects.labels``) or, for an area it lacks, by the area's own name."""
    named = [(area.sort_order, labels.get(area.key, area.name), area.key) for area in areas]
    return [(key, name) for _order, name, key in sorted(named, key=lambda item: item[:2])]


def page_url(page):
    """The profile's URL in its own language, whatever the request's (an "hr-hr" admin user would
    otherwise store /hr-hr/…, see Page.get_url_parts)."""
    with translation.override(page.locale.language_code):
        return page.get_url() or ""


def build_entry(page, area_labels=None):
    """The directory entry of a live mentor profile (unsaved). ``area_labels``: the areas' names in the
    page's language; passing them saves a query per page when many are built at once."""
    if area_labels is None:
        area_labels = ThematicArea.objects.labels(page.locale.language_code)
    areas = named_areas(page.thematic_areas.all(), area_labels)
    languages = sorted(language.code for language in page.languages.all())
    return DirectoryEntry(
        page_id=page.pk,
        locale=page.locale.language_code,
        url=page_url(page),
        name=page.title,
        name_sort=sort_key(page.title),
        headline=page.headline,
        areas=DirectoryEntry.members(key for key, _name in areas),
        languages=DirectoryEntry.members(languages),
        country=page.country,
        city=page.city,
        availability=page.availability,
        years_ngo=page.years_ngo_experience,
        years_mentoring=page.years_mentoring_experience,
        name_text=index_text(page.title),
        text=index_text(
            page.title,
            page.headline,
            strip_tags(page.bio),
            page.city,
            page.eu_values_experience,
            *(name for _key, name in areas),
        ),
    )


def build_entries(pages):
    """The entries of ``pages``, reading the area names once per language."""
    labels = {}
    entries = []
    for page in pages:
        language = page.locale.language_code
        if language not in labels:
            labels[language] = ThematicArea.objects.labels(language)
        entries.append(build_entry(page, labels[language]))
    return entries


def sync_pages(page_ids):
    """Write or remove these pages' entries as their current state requires, then queue Elasticsearch."""
    page_ids = [int(page_id) for page_id in page_ids]
    if page_ids:
        store_entries(page_ids, build_entries(listed_profiles(page_ids)))


def sync_subtree(page):
    """Re-sync every mentor profile at or under ``page`` (of any type): a move or a new slug changes
    their URLs, a view restriction on it or an ancestor whether they are listed at all."""
    sync_pages(MentorPage.objects.filter(path__startswith=page.path).values_list("pk", flat=True))


@transaction.atomic
def rebuild_database_index():
    """Rebuild every entry from the listed profiles; returns how many there are."""
    return replace_all_entries(build_entries(listed_profiles()))
