"""A 403 inside the admin is an admin page in the user's admin language; public URLs keep the site's 403."""

from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import get_resolver

from tests.conftest import login
from tests.support.moderation import admin_url


def test_a_forbidden_admin_page_looks_like_the_admin_in_the_users_language(db):
    back = {"editor": "Nazaj na nadzorno ploščo", "editor-hr": "Natrag na kontrolnu ploču"}
    for username, words in back.items():
        response = login(username).get(admin_url("list"))
        html = response.content.decode()
        assert response.status_code == 403
        assert words in html
        assert 'href="/admin/"' in html and "sidebar" in html  # the admin's own frame and menu
        assert "Go to the home page" not in html and "Pojdi na domačo stran" not in html


def test_a_forbidden_public_url_keeps_the_public_403(db):
    handler = get_resolver().resolve_error_handler(403)
    request = RequestFactory().get("/sl/poziv/", HTTP_HOST="localhost")
    request.user = AnonymousUser()
    response = handler(request)
    html = response.content.decode()
    assert response.status_code == 403
    assert "Nazaj na nadzorno ploščo" not in html and "sidebar" not in html
    assert 'class="container container--narrow error-page"' in html
