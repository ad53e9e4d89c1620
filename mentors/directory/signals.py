"""Page events that change what the directory lists; connected by ``MentorsConfig.ready``."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
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
