"""A view restriction (shared password, login, groups) on a profile or on its directory takes the profile
out of the public directory (HTML and JSON), its index on both backends and the sitemap as soon as it is
saved, whether by an editor in the admin's privacy dialog or on the model; removing it brings it back.

Elasticsearch tests skip without ELASTICSEARCH_URL (and fail in CI)."""

import logging
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.urls import reverse
from wagtail.models import PageViewRestriction

from mentors.directory.facets import facet_values
from mentors.models import MentorDirectoryPage, MentorPage
from search.models import DirectoryEntry
from search.query import DirectoryQuery
from tests.support.factories import MentorPageFactory

pytest_plugins = ["tests.support.elasticsearch_fixtures"]
pytestmark = pytest.mark.django_db

DIRECTORY = "/sl/mentorji/"
NAME = "Zarja Zasebnik"
WORD = "zasebnik"
SHARED_PASSWORD = "mentorji-le-za-nas"  # noqa: S105 (a test page's shared password)
EVERYWHERE = {"index", "html", "json", "sitemap"}
KINDS = [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]


@pytest.fixture
def profile():
    return MentorPageFactory(language="sl", title=NAME)


@pytest.fixture
def directory():
    return MentorDirectoryPage.objects.get(locale__language_code="sl")


# --- setting privacy, as editors do and on the model ----------------------------------------------


def privacy_form(kind):
    data = {"restriction_type": kind}
    if kind == PageViewRestriction.PASSWORD:
        data["password"] = SHARED_PASSWORD
    if kind == PageViewRestriction.GROUPS:
        data["groups"] = [Group.objects.get(name="Editors").pk]
    return data


def set_privacy(admin_client, page, kind):
    """Submit the admin's privacy dialog of ``page`` (``kind`` "none": public again)."""
    response = admin_client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), privacy_form(kind)
    )
    assert response.status_code == 200
    assert response.json()["step"] == "set_privacy_done"
    restrictions = PageViewRestriction.objects.filter(page=page)
    assert list(restrictions.values_list("restriction_type", flat=True)) == ([] if kind == "none" else [kind])


def restrict(page, kind):
    password = SHARED_PASSWORD if kind == PageViewRestriction.PASSWORD else ""
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password=password)
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set(Group.objects.filter(name="Editors"))
    return restriction


# --- what the public sees -------------------------------------------------------------------------


def locations(xml):
    return re.findall(r'(?:<loc>|href=")([^<"]+)', xml)


def sitemap_urls(client):
    """Every URL the sitemap names (each language's section, alternates included), followed from the
    index at /sitemap.xml."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    found = set()
    for section in locations(index.content.decode()):
        response = client.get(urlsplit(section).path)
        assert response.status_code == 200
        found.update(locations(response.content.decode()))
    return found


def directory_json(client, **params):
    response = client.get(DIRECTORY + "json/", params)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def places_showing(client, profile):
    """Where ``client`` finds the profile: its index entry, the directory's HTML and JSON (searching
    its name), the sitemap."""
    html = client.get(DIRECTORY, {"q": WORD})
    assert html.status_code == 200
    hits = directory_json(client, q=WORD)["hits"]
    shown = {
        "index": DirectoryEntry.objects.filter(page_id=profile.pk).exists(),
        "html": f'href="{profile.url}"' in html.content.decode(),
        "json": [hit["url"] for hit in hits] == [profile.full_url],
        "sitemap": profile.full_url in sitemap_urls(client),
    }
    return {place for place, seen in shown.items() if seen}


def pass_restriction(client, page):
    """Let ``client`` (logged in) through the page's restriction, as a visitor who knows the password."""
    restriction = PageViewRestriction.objects.get(page=page)
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
        response = client.post(url, {"password": SHARED_PASSWORD, "return_url": DIRECTORY})
        assert response.status_code == 302


def sl_profile_urls():
    return {page.full_url for page in MentorPage.objects.live().filter(locale__language_code="sl")}


# --- database backend -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_restriction_set_in_the_admin_hides_the_profile_until_it_is_made_public(
    client, admin_client, profile, kind
):
    assert places_showing(client, profile) == EVERYWHERE
    set_privacy(admin_client, profile, kind)
    assert places_showing(client, profile) == set()
    set_privacy(admin_client, profile, "none")
    assert places_showing(client, profile) == EVERYWHERE


@pytest.mark.parametrize("kind", KINDS)
def test_a_restriction_saved_on_the_model_hides_the_profile_until_it_is_deleted(client, profile, kind):
    restriction = restrict(profile, kind)
    assert places_showing(client, profile) == set()
    restriction.delete()
    assert places_showing(client, profile) == EVERYWHERE


def test_changing_a_restriction_keeps_the_profile_hidden(client, admin_client, profile):
    set_privacy(admin_client, profile, PageViewRestriction.PASSWORD)
    set_privacy(admin_client, profile, PageViewRestriction.LOGIN)
    assert places_showing(client, profile) == set()


def test_restrictions_deleted_as_a_queryset_list_the_profile_again(client, profile):
    restrict(profile, PageViewRestriction.LOGIN)
    assert places_showing(client, profile) == set()
    PageViewRestriction.objects.filter(page=profile).delete()
    assert places_showing(client, profile) == EVERYWHERE


@pytest.mark.parametrize("kind", KINDS)
def test_a_restriction_on_the_directory_hides_every_profile_in_it(
    client, admin_client, profile, directory, kind
):
    listed = DirectoryEntry.objects.filter(locale="sl").count()
    assert listed == directory_json(client)["total"] == 26  # the demo's 25 and this test's profile
    set_privacy(admin_client, directory, kind)
    assert not DirectoryEntry.objects.filter(locale="sl").exists()
    assert DirectoryEntry.objects.filter(locale="hr").count() == 25  # other languages keep theirs
    assert sl_profile_urls().isdisjoint(sitemap_urls(client))  # alternates of hr and en pages too
    # The public meets the restriction; whoever passes it finds no profile listed either.
    assert client.get(DIRECTORY + "json/").get("Content-Type") != "application/json"
    pass_restriction(admin_client, directory)
    assert directory_json(admin_client, q=WORD)["hits"] == []
    assert directory_json(admin_client)["total"] == 0
    assert NAME not in admin_client.get(DIRECTORY, {"q": WORD}).content.decode()

    set_privacy(admin_client, directory, "none")
    assert directory_json(client)["total"] == listed
    assert places_showing(client, profile) == EVERYWHERE
    assert sl_profile_urls() <= sitemap_urls(client)


def test_a_profile_moved_into_a_restricted_directory_leaves_the_public_one(client, profile, directory):
    archive = directory.get_parent().add_child(instance=MentorDirectoryPage(title="Arhiv", slug="arhiv"))
    archive.save_revision().publish()
    restrict(archive, PageViewRestriction.LOGIN)
    profile.move(archive, pos="last-child")
    profile.refresh_from_db()
    assert places_showing(client, profile) == set()


def test_deleting_a_restricted_profile_leaves_no_entry_behind(client, profile):
    restrict(profile, PageViewRestriction.PASSWORD)
    page_id = profile.pk
    profile.delete()
    assert not DirectoryEntry.objects.filter(page_id=page_id).exists()
    connection.check_constraints()  # the restriction's removal wrote no entry for the page going away


# --- Elasticsearch --------------------------------------------------------------------------------


@pytest.fixture
def indexed(backend, profile):
    """Elasticsearch answers the directory, from every entry (the demo's and ``profile``'s)."""
    backend.rebuild()
    return backend


def in_elasticsearch(backend, **query):
    backend.admin.indices.refresh(index=backend.alias_pattern())
    return backend.search(DirectoryQuery(locale="sl", **query), facet_values())


def places_showing_from_elasticsearch(client, backend, profile, caplog):
    """``places_showing``, answered by Elasticsearch (no fallback to the database), plus whether
    Elasticsearch itself finds the profile."""
    backend.admin.indices.refresh(index=backend.alias_pattern())
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="search.service"):
        shown = places_showing(client, profile)
    assert "Elasticsearch failed" not in caplog.text
    if [hit.name for hit in in_elasticsearch(backend, terms=(WORD,)).hits] == [NAME]:
        shown.add("elasticsearch")
    return shown


@pytest.mark.parametrize("kind", KINDS)
def test_elasticsearch_drops_a_profile_restricted_in_the_admin_and_takes_it_back(
    client, admin_client, indexed, profile, kind, caplog, django_capture_on_commit_callbacks
):
    everywhere = EVERYWHERE | {"elasticsearch"}
    assert places_showing_from_elasticsearch(client, indexed, profile, caplog) == everywhere
    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, profile, kind)
    assert places_showing_from_elasticsearch(client, indexed, profile, caplog) == set()
    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, profile, "none")
    assert places_showing_from_elasticsearch(client, indexed, profile, caplog) == everywhere


def test_elasticsearch_follows_a_restriction_saved_and_deleted_on_the_model(
    client, indexed, profile, caplog, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        restriction = restrict(profile, PageViewRestriction.GROUPS)
    assert places_showing_from_elasticsearch(client, indexed, profile, caplog) == set()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert places_showing_from_elasticsearch(client, indexed, profile, caplog) == EVERYWHERE | {
        "elasticsearch"
    }


def test_elasticsearch_drops_every_profile_of_a_restricted_directory_and_takes_them_back(
    client, admin_client, indexed, profile, directory, caplog, django_capture_on_commit_callbacks
):
    assert in_elasticsearch(indexed).total == 26
    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, directory, PageViewRestriction.PASSWORD)
    assert in_elasticsearch(indexed).total == 0
    pass_restriction(admin_client, directory)
    with caplog.at_level(logging.WARNING, logger="search.service"):
        assert directory_json(admin_client)["total"] == 0
    assert "Elasticsearch failed" not in caplog.text
    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, directory, "none")
    assert in_elasticsearch(indexed).total == 26
    assert places_showing_from_elasticsearch(client, indexed, profile, caplog) == EVERYWHERE | {
        "elasticsearch"
    }
