"""The sitemap index names one sitemap per language, and each lists its pages with their alternates."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_sitemap_index_lists_a_sitemap_per_language(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    assert re.findall(r"<loc>([^<]+)</loc>", response.content.decode()) == [
        "http://localhost/sitemap-sl.xml",
        "http://localhost/sitemap-hr.xml",
        "http://localhost/sitemap-en.xml",
    ]


@pytest.mark.parametrize(
    ("language", "call_url"),
    [("sl", "/sl/poziv-za-mentorje/"), ("hr", "/hr/poziv-za-mentore/"), ("en", "/en/call-for-mentors/")],
)
def test_each_language_sitemap_lists_its_pages_with_alternates(client, language, call_url):
    xml = client.get(f"/sitemap-{language}.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert len(locations) == 32  # 6 programme pages, the directory and 25 mentor profiles
    assert all(location.startswith(f"http://localhost/{language}/") for location in locations)
    entry = re.search(rf"<url>\s*<loc>http://localhost{call_url}</loc>.*?</url>", xml, re.S).group(0)
    assert 'hreflang="sl" href="http://localhost/sl/poziv-za-mentorje/"' in entry
    assert 'hreflang="hr" href="http://localhost/hr/poziv-za-mentore/"' in entry
    assert 'hreflang="en" href="http://localhost/en/call-for-mentors/"' in entry
    assert 'hreflang="x-default" href="http://localhost/sl/poziv-za-mentorje/"' in entry


def test_unpublished_pages_are_left_out_of_the_sitemap(client):
    from programme.models import ProgrammePage

    ProgrammePage.objects.get(slug="cerv-programme").unpublish()
    xml = client.get("/sitemap-en.xml").content.decode()
    assert "cerv-programme" not in xml
    assert (
        'hreflang="en" href="http://localhost/en/cerv-programme/"'
        not in client.get("/sitemap-sl.xml").content.decode()
    )


def test_unknown_sitemap_section_is_not_found(client):
    assert client.get("/sitemap-de.xml").status_code == 404
