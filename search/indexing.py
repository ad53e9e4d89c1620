"""Keeps the directory's index in step with the live mentor profiles.

The database index (``DirectoryEntry``) is written in the same transaction as the page; Elasticsearch
is updated after the transaction commits, by a task (django-tasks), from those same entries.
"""

from django.db import transaction
from django.utils.html import strip_tags

from programme.models import ThematicArea

from .models import DirectoryEntry
from .text import index_text, sort_key

ENTRY_FIELDS = [field.attname for field in DirectoryEntry._meta.concrete_fields if field.attname != "page_id"]


def area_names(language, cache=None):
    """{key: name} of the areas in ``language``; ``cache`` (a dict) keeps them for many pages at once."""
    if cache is None:
        return ThematicArea.objects.labels(language)
    if language not in cache:
        cache[language] = ThematicArea.objects.labels(language)
    return cache[language]


def build_entry(page, names_cache=None):
    """The directory entry of a live mentor profile (unsaved); ``names_cache`` (a dict) saves a query
    per page when many are built at once."""
    names = area_names(page.locale.language_code, names_cache)
    keys = {area.key for area in page.thematic_areas.all()}
    areas = [(key, name) for key, name in names.items() if key in keys]
    languages = sorted(language.code for language in page.languages.all())
    return DirectoryEntry(
        page_id=page.pk,
        locale=page.locale.language_code,
        url=page.get_url() or "",
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


def listed_profiles(page_ids=None):
    """The mentor profiles the public directory shows: live and not behind a view restriction."""
    from mentors.models import MentorPage

    profiles = MentorPage.objects.live().public().select_related("locale")
    profiles = profiles.prefetch_related("languages", "thematic_areas")
    return profiles if page_ids is None else profiles.filter(pk__in=page_ids)


def sync_pages(page_ids):
    """Write or remove these pages' entries as their current state requires, then queue Elasticsearch."""
    page_ids = [int(page_id) for page_id in page_ids]
    if not page_ids:
        return
    listed = list(listed_profiles(page_ids))
    DirectoryEntry.objects.filter(page_id__in=page_ids).exclude(
        page_id__in=[page.pk for page in listed]
    ).delete()
    names_cache = {}
    for page in listed:
        entry = build_entry(page, names_cache)
        defaults = {name: getattr(entry, name) for name in ENTRY_FIELDS}
        DirectoryEntry.objects.update_or_create(page_id=page.pk, defaults=defaults)
    queue_elasticsearch_sync(page_ids)


def sync_subtree(page):
    """Re-sync every mentor profile at or under ``page``: a move or a new slug changes their URLs."""
    from mentors.models import MentorPage

    sync_pages(MentorPage.objects.filter(path__startswith=page.path).values_list("pk", flat=True))


def queue_elasticsearch_sync(page_ids):
    """After the transaction commits, send these pages' entries (or their removal) to Elasticsearch."""
    from . import tasks
    from .service import elasticsearch_configured

    if elasticsearch_configured():
        transaction.on_commit(lambda: tasks.sync_elasticsearch.enqueue(list(page_ids)))


@transaction.atomic
def rebuild_database_index():
    """Rebuild every entry from the listed profiles; returns how many there are."""
    DirectoryEntry.objects.all().delete()
    names_cache = {}
    entries = [build_entry(page, names_cache) for page in listed_profiles()]
    DirectoryEntry.objects.bulk_create(entries, batch_size=500)
    return len(entries)
