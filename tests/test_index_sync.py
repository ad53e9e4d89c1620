"""Publishing, unpublishing, moving, deleting and translating a profile keep the directory index in step;
Elasticsearch follows after the transaction commits, through a task."""

import os
import uuid

import pytest
from django.conf import settings
from wagtail.models import Locale

from mentors.models import MentorDirectoryPage, MentorPage
from search.models import DirectoryEntry
from tests.support.services import require_service

pytestmark = pytest.mark.django_db


def entry(page):
    return DirectoryEntry.objects.filter(page_id=page.pk).first()


@pytest.fixture
def profile():
    return MentorPage.objects.get(locale__language_code="sl", slug="jelena-dordevic")


def test_every_live_profile_has_an_entry():
    assert DirectoryEntry.objects.count() == MentorPage.objects.live().count() == 75


def test_publishing_a_change_updates_the_entry(profile):
    profile.headline = "Mentorica za participativni proračun"
    profile.save_revision().publish()
    assert entry(profile).headline == "Mentorica za participativni proračun"
    assert " participativni " in entry(profile).text


def test_a_draft_changes_nothing_until_published(profile):
    before = entry(profile).headline
    profile.headline = "Osnutek"
    profile.save_revision()
    assert entry(profile).headline == before


def test_unpublishing_removes_the_entry_and_publishing_restores_it(profile):
    profile.unpublish()
    assert entry(profile) is None
    profile.refresh_from_db()
    profile.get_latest_revision().publish()
    assert entry(profile) is not None


def test_deleting_a_profile_removes_its_entry(profile):
    page_id = profile.pk
    profile.delete()
    assert not DirectoryEntry.objects.filter(page_id=page_id).exists()


def test_moving_the_directory_updates_every_url(profile):
    directory = MentorDirectoryPage.objects.get(locale__language_code="sl")
    directory.slug = "mreza-mentorjev"
    directory.save_revision().publish()
    assert entry(profile).url == "/sl/mreza-mentorjev/jelena-dordevic/"


def test_moving_a_profile_to_another_directory_updates_its_url(profile):
    home = MentorDirectoryPage.objects.get(locale__language_code="sl").get_parent()
    other = home.add_child(instance=MentorDirectoryPage(title="Arhiv", slug="arhiv"))
    other.save_revision().publish()
    profile.move(other, pos="last-child")
    assert entry(profile).url == "/sl/arhiv/jelena-dordevic/"


def test_a_new_translation_is_indexed_in_its_language():
    profile = MentorPage.objects.get(locale__language_code="sl", slug="nina-skerjanc")
    english = profile.get_translation(Locale.objects.get(language_code="en"))
    english.delete()
    assert not DirectoryEntry.objects.filter(locale="en", name="Nina Škerjanc").exists()
    copy = profile.copy_for_translation(Locale.objects.get(language_code="en"))
    copy.save_revision().publish()
    assert DirectoryEntry.objects.filter(locale="en", name="Nina Škerjanc").exists()


@pytest.fixture
def elasticsearch(settings):
    from search import service

    url = settings.ELASTICSEARCH_URL or os.environ.get("ELASTICSEARCH_URL", "")
    require_service(bool(url), "Elasticsearch: set ELASTICSEARCH_URL")
    settings.ELASTICSEARCH_URL = url
    settings.ELASTICSEARCH_INDEX_PREFIX = f"test_sync_{uuid.uuid4().hex[:8]}"
    service.elasticsearch_backend.cache_clear()
    backend = service.elasticsearch_backend()
    backend.rebuild()
    yield backend
    backend.delete_all_indices()
    service.elasticsearch_backend.cache_clear()


def es_names(backend, language, text):
    from mentors.directory.facets import facet_values
    from search.query import DirectoryQuery
    from search.text import query_terms

    backend.client.indices.refresh(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}_*")
    results = backend.search(DirectoryQuery(locale=language, terms=tuple(query_terms(text))), facet_values())
    return [hit.name for hit in results.hits]


def test_elasticsearch_follows_publish_and_unpublish_after_commit(
    elasticsearch, profile, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        profile.headline = "Strokovnjakinja za participativni proračun"
        profile.save_revision().publish()
    assert es_names(elasticsearch, "sl", "participativni") == ["Jelena Đorđević"]
    with django_capture_on_commit_callbacks(execute=True):
        profile.unpublish()
    assert es_names(elasticsearch, "sl", "participativni") == []


def test_elasticsearch_learns_of_deletions_after_commit(
    elasticsearch, profile, django_capture_on_commit_callbacks
):
    assert es_names(elasticsearch, "sl", "dordevic") == ["Jelena Đorđević"]
    with django_capture_on_commit_callbacks(execute=True):
        profile.delete()
    assert es_names(elasticsearch, "sl", "dordevic") == []


def test_nothing_reaches_elasticsearch_before_the_commit(
    elasticsearch, profile, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        profile.headline = "Strokovnjakinja za participativni proračun"
        profile.save_revision().publish()
    assert callbacks  # queued for after the commit ...
    assert es_names(elasticsearch, "sl", "participativni") == []  # ... and not sent before


def test_publishing_succeeds_while_elasticsearch_is_down(
    settings, profile, django_capture_on_commit_callbacks
):
    from search import service

    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    service.elasticsearch_backend.cache_clear()
    try:
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            profile.headline = "Mentorica za participativni proračun"
            profile.save_revision().publish()
    finally:
        service.elasticsearch_backend.cache_clear()
    assert callbacks  # the Elasticsearch update was attempted after the commit, and failed quietly
    assert entry(profile).headline == "Mentorica za participativni proračun"
