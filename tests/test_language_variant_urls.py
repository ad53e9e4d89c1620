"""Croatian staff use the admin as "hr-hr": the profile URLs stored while they publish are the site's
/hr/ ones, and any /hr-hr/ link Wagtail builds for them (e.g. "View live") redirects to /hr/."""

import pytest
from django.utils import translation

from mentors.directory.index import build_entry
from mentors.models import MentorPage

pytestmark = pytest.mark.django_db


def test_a_profile_indexed_during_a_croatian_admin_request_keeps_its_hr_url():
    page = MentorPage.objects.live().filter(locale__language_code="hr").first()
    with translation.override("hr-hr"):
        assert page.get_url().startswith("/hr-hr/")  # what Wagtail builds for a variant
        entry = build_entry(page)
    assert entry.url.startswith("/hr/") and entry.url.endswith(f"/{page.slug}/")


def test_a_regional_variant_prefix_redirects_permanently_to_the_site_language(client):
    page = MentorPage.objects.live().filter(locale__language_code="hr").first()
    variant = "/hr-hr" + page.get_url()[len("/hr") :]

    response = client.get(variant + "?q=x")

    assert response.status_code == 301
    assert response["Location"] == page.get_url() + "?q=x"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("path", ["/hr/mentori/", "/admin/login/", "/xx-yy/", "/static-x/y"])
def test_other_paths_are_left_alone(client, path):
    assert client.get(path).status_code != 301
