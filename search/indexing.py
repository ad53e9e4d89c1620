"""Writes the directory's index: the database entries (``DirectoryEntry``) in the caller's transaction,
and Elasticsearch after that transaction commits, by a task (django-tasks), from those same entries.

What goes into an entry, and which pages are listed, is the directory's business
(``mentors.directory.index``); this module only stores what it is given.
"""

from django.db import transaction

from .models import DirectoryEntry

ENTRY_FIELDS = [field.attname for field in DirectoryEntry._meta.concrete_fields if field.attname != "page_id"]


def store_entries(page_ids, entries):
    """Make ``entries`` the entries of ``page_ids`` (a page without one loses its own), then queue
    Elasticsearch."""
    page_ids = [int(page_id) for page_id in page_ids]
    if not page_ids:
        return
    DirectoryEntry.objects.filter(page_id__in=page_ids).exclude(
        page_id__in=[entry.page_id for entry in entries]
    ).delete()
    for entry in entries:
        defaults = {name: getattr(entry, name) for name in ENTRY_FIELDS}
        DirectoryEntry.objects.update_or_create(page_id=entry.page_id, defaults=defaults)
    queue_elasticsearch_sync(page_ids)


@transaction.atomic
def replace_all_entries(entries):
    """Make ``entries`` the whole database index; returns how many there are."""
    DirectoryEntry.objects.all().delete()
    DirectoryEntry.objects.bulk_create(entries, batch_size=500)
    return len(entries)


def queue_elasticsearch_sync(page_ids):
    """After the transaction commits, send these pages' entries (or their removal) to Elasticsearch."""
    from . import tasks
    from .service import elasticsearch_configured

    if elasticsearch_configured():
        transaction.on_commit(lambda: tasks.sync_elasticsearch.enqueue(list(page_ids)))
