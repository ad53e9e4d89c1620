"""The Site's host and port come from BASE_URL (``manage.py set_site_url``, also run by the demo loader),
and hreflang, canonical and sitemap URLs are absolute on it; a bad BASE_URL is refused clearly."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from tests.support.embedded import environment, manage

pytestmark = pytest.mark.django_db
BASE = "https://mentorji.example.org"


@pytest.fixture(autouse=True)
def forget_the_site_root_paths():
    """Wagtail caches the Site's root URL; the test's rollback restores the Site, not that cache."""
    yield
    Site.clear_site_root_paths_cache()


@pytest.fixture
def on_the_public_base(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE  # what BASE_URL sets
    call_command("set_site_url", stdout=StringIO())


def test_set_site_url_takes_host_and_port_from_base_url_and_is_idempotent(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE
    output = StringIO()
    call_command("set_site_url", stdout=output)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("mentorji.example.org", 443, BASE)
    assert "Site set to https://mentorji.example.org" in output.getvalue()
    call_command("set_site_url", stdout=output)
    assert "nothing changed" in output.getvalue()
    call_command("set_site_url", "http://127.0.0.1:8000", stdout=output)
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"


def test_the_demo_loader_sets_the_site_from_base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    call_command("load_demo_content", stdout=StringIO())
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://mentorji.example.org",
        "mentorji.example.org",
        "https://mentorji.example.org/sl/",
        "https://mentorji.example.org:8443",
        "http://user:pw@mentorji.example.org",
        "http://host:port",
    ],
)
def test_a_bad_base_url_is_refused_with_a_clear_error(url):
    with pytest.raises(CommandError, match="BASE_URL") as refused:
        call_command("set_site_url", url)
    assert "e.g. https://mentorji.example.org" in str(refused.value) or "443" in str(refused.value)


def test_a_bad_base_url_in_the_environment_stops_the_command_with_its_message(tmp_path):
    env = environment(tmp_path / "db.sqlite3", tmp_path, BASE_URL="ftp://mentorji.example.org")
    done = manage(env, "set_site_url", check=False)
    assert done.returncode == 1
    assert "BASE_URL 'ftp://mentorji.example.org' needs http:// or https://" in done.stderr


@pytest.mark.parametrize("path", ["/sl/", "/en/call-for-mentors/", "/hr/mentori/"])
def test_canonical_and_hreflang_links_are_absolute_on_base_url(on_the_public_base, client, path):
    html = client.get(path).content.decode()
    canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', html)
    assert canonical == [BASE + path]
    alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)">', html)
    assert len(alternates) == 4
    assert all(href.startswith(BASE + "/") for href in alternates)


def test_the_canonical_url_leaves_the_query_out(on_the_public_base, client):
    html = client.get("/en/mentors/?q=advocacy&page=1").content.decode()
    assert f'<link rel="canonical" href="{BASE}/en/mentors/">' in html


def test_sitemap_urls_are_absolute_on_base_url(on_the_public_base, client):
    index = client.get("/sitemap.xml").content.decode()
    assert re.findall(r"<loc>([^<]+)</loc>", index) == [
        f"{BASE}/sitemap-{code}.xml" for code in ("sl", "hr", "en")
    ]
    section = client.get("/sitemap-hr.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", section) + re.findall(r'href="([^"]+)"', section)
    assert locations and all(location.startswith(BASE + "/") for location in locations)
