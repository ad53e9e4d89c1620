"""Editors publish and translate pages and snippets; Moderators are reserved for applications."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from programme.models import ThematicArea
from tests.support.factories import CallPageFactory, MentorPageFactory

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_editors_can_edit_publish_and_translate_pages(editor_client):
    call = CallPageFactory()
    assert editor_client.get(f"/admin/pages/{call.pk}/edit/").status_code == 200
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.page_permissions.values_list("permission__codename", flat=True))
    assert {"add_page", "change_page", "publish_page"} <= codenames
    assert editors.permissions.filter(codename="submit_translation").exists()


def test_editors_manage_thematic_areas_partners_and_footers(editor_client):
    area = ThematicArea.objects.sources().get(key="advocacy")
    assert editor_client.get(f"/admin/snippets/programme/thematicarea/edit/{area.pk}/").status_code == 200
    assert editor_client.get("/admin/snippets/programme/partner/").status_code == 200
    assert editor_client.get("/admin/snippets/core/footer/").status_code == 200


def test_moderators_reach_the_admin_but_not_pages_or_snippets(moderator_client):
    assert moderator_client.get("/admin/").status_code == 200
    call = CallPageFactory()
    assert moderator_client.get(f"/admin/pages/{call.pk}/edit/").status_code in (302, 403)
    assert moderator_client.get("/admin/snippets/programme/thematicarea/").status_code in (302, 403)


def test_editor_sees_revisions_and_previews_of_every_page_type(editor_client):
    call = CallPageFactory()
    response = editor_client.get(f"/admin/pages/{call.pk}/revisions/", follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == f"/admin/pages/{call.pk}/history/"  # the revisions' new home
    MentorPageFactory()
    for page in Page.objects.filter(depth__gt=1, locale__language_code="sl").specific():
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/preview/")
        assert response.status_code == 200, page


def test_pages_are_published_by_editors_not_sent_to_a_moderators_workflow():
    assert CallPageFactory().get_workflow() is None
    assert MentorPageFactory().get_workflow() is None
