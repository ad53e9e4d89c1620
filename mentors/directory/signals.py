"""Page events that change what the directory lists; connected by ``MentorsConfig.ready``.

Besides publishing, unpublishing, moving and deleting, a view restriction (password, login, groups)
changes what the public may see: saving or removing one re-syncs every profile at or under its page.
Wagtail sends no signal of its own for these; its privacy modal saves and deletes the
``PageViewRestriction`` model, so Django's model signals are the hook.
"""

from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from mentors.models import MentorDirectoryPage, MentorPage
from search.indexing import queue_elasticsearch_sync

from .index import sync_subtree


def is_directory_or_profile(page):
    return isinstance(page.specific_deferred, MentorDirectoryPage | MentorPage)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if is_directory_or_profile(instance):
        sync_subtree(instance)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    if is_directory_or_profile(instance):
        sync_subtree(instance)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    # The entry goes with the page (cascade); Elasticsearch learns of it after commit.
    if isinstance(instance, MentorPage):
        queue_elasticsearch_sync([instance.pk])


@receiver(post_save, sender=PageViewRestriction)
def restriction_saved(sender, instance, **kwargs):
    sync_subtree(instance.page)


@receiver(post_delete, sender=PageViewRestriction)
def restriction_removed(sender, instance, origin=None, **kwargs):
    # Only when the restriction itself was deleted: when its page is, the page's subtree goes with it
    # (and re-listing it here would write entries for pages being deleted).
    if removed_by_itself(origin):
        sync_subtree(instance.page)


def removed_by_itself(origin):
    """Whether a deletion started at view restrictions (an instance or a queryset of them)."""
    model = origin.model if isinstance(origin, QuerySet) else type(origin)
    return origin is None or issubclass(model, PageViewRestriction)
