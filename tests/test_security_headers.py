"""Every response carries a Content-Security-Policy and a Permissions-Policy: strict on public pages
(the site's own files only, no inline code), Wagtail's needs in the admin, and the site's own public
templates need nothing more."""

import re

import pytest
from django.http import HttpResponse
from django.template import engines
from django.test import Client, RequestFactory
from django.urls import path

from impact4values import urls as site_urls
from impact4values.core.middleware.security_headers import SecurityHeadersMiddleware
from tests.support.applications import CALL_URL, open_the_call

pytestmark = pytest.mark.django_db

DIRECTORY = "/sl/mentorji/"
DENIED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb")
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>")


def broken(request):
    raise RuntimeError("a fault on our side")


# This module is also a URLconf (see the 500 test): the site's, plus a view that fails.
urlpatterns = [path("broken-for-test/", broken), *site_urls.urlpatterns]
handler500 = site_urls.handler500


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    header = response.headers["Content-Security-Policy"]
    return {name: sources for name, *sources in (part.split() for part in header.split(";"))}


def profile_url(client):
    return client.get(DIRECTORY + "json/").json()["hits"][0]["url"]


def public_responses(client):
    open_the_call()
    return {
        "home": client.get("/sl/"),
        "call": client.get(CALL_URL["sl"]),
        "directory": client.get(DIRECTORY),
        "json": client.get(DIRECTORY + "json/"),
        "profile": client.get(profile_url(client)),
        "404": client.get("/sl/no-such-page/"),
        "admin login": client.get("/admin/login/"),
    }


def assert_strict(response):
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]


def test_every_kind_of_public_page_has_the_strict_policy(client):
    for kind, response in public_responses(client).items():
        assert response.status_code in (200, 404), kind
        if kind == "admin login":
            continue
        assert_strict(response)


def test_every_kind_of_page_denies_the_browser_features_the_site_does_not_use(client, admin_client):
    responses = public_responses(client) | {"dashboard": admin_client.get("/admin/")}
    for kind, response in responses.items():
        features = dict(re.findall(r"([a-z-]+)=\(([^)]*)\)", response.headers["Permissions-Policy"]))
        for feature in DENIED_FEATURES:
            assert features[feature] == "", (kind, feature)


def test_the_admin_login_and_dashboard_allow_wagtails_inline_code_but_no_other_origin(client, admin_client):
    for response in (client.get("/admin/login/"), admin_client.get("/admin/")):
        assert response.status_code == 200
        directives = policy(response)
        assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
        assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
        assert directives["object-src"] == ["'none'"]
        assert directives["frame-ancestors"] == ["'self'"]
        assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]
        assert not any(
            source.startswith(("http", "//", "*")) for sources in directives.values() for source in sources
        )


def test_the_admin_shows_no_gravatar_image_from_another_origin(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar.com" not in html


def test_public_pages_contain_no_inline_script_style_or_event_handler(client):
    for kind, response in public_responses(client).items():
        if kind in ("json", "admin login"):
            continue
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), kind  # every script is a file
        assert "<style" not in html, kind
        assert not re.search(r"\sstyle=", html), kind
        assert not re.search(r"\son[a-z]+=", html), kind
        assert "javascript:" not in html, kind


def test_the_application_form_loads_its_script_from_a_static_file(client):
    open_the_call()
    html = client.get(CALL_URL["en"]).content.decode()
    assert re.search(r'<script src="/static/mentors/application-form\.js" defer></script>', html)
    assert client.get("/static/mentors/application-form.js").status_code == 200


def test_a_logged_in_editor_sees_the_userbar_without_inline_script(editor_client):
    html = editor_client.get("/sl/").content.decode()
    assert "wagtail-userbar" in html
    assert not INLINE_SCRIPT.search(html.replace('type="application/json"', 'src="data-only"'))


def test_a_response_with_its_own_policy_keeps_it():
    def sandboxed(request):
        response = HttpResponse("cv")
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response

    response = SecurityHeadersMiddleware(sandboxed)(RequestFactory().get("/"))
    assert response.headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_a_nonce_is_added_only_when_a_template_uses_it():
    template = engines["django"].from_string('<style nonce="{{ request.csp_nonce }}">p {}</style>')

    def with_inline_style(request):
        return HttpResponse(template.render({"request": request}))

    response = SecurityHeadersMiddleware(with_inline_style)(RequestFactory().get("/"))
    nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in policy(response)["style-src"]
    assert f"'nonce-{nonce}'" in policy(response)["script-src"]

    plain = SecurityHeadersMiddleware(lambda request: HttpResponse("plain"))(RequestFactory().get("/"))
    assert "nonce" not in plain.headers["Content-Security-Policy"]


@pytest.mark.urls(__name__)
def test_the_server_error_page_styles_itself_with_the_responses_nonce():
    response = Client(HTTP_HOST="localhost", raise_request_exception=False).get("/broken-for-test/")
    assert response.status_code == 500
    html = response.content.decode()
    nonce = re.search(r'<style nonce="([^"]+)">', html).group(1)
    assert f"'nonce-{nonce}'" in policy(response)["style-src"]
    assert "Prišlo je do napake" in html
