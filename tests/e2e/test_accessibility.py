"""axe-core on the main pages, and on every page of every language's sitemap: no violation of impact
"serious" or "critical".

One test per main page, one per language for its sitemap; a failure lists each violation with its rule,
help page and failing elements. Lesser violations are printed (shown with ``-rP`` or when the test
fails) without failing it.
"""

import pytest

from tests.e2e.sitemap_pages import LANGUAGES, sitemap_paths
from tests.support.accessibility import assert_no_serious_violations, describe, serious_violations

pytestmark = pytest.mark.e2e

PAGES = [
    "/sl/",  # home pages
    "/hr/",
    "/en/",
    "/sl/poziv-za-mentorje/",  # the call
    "/sl/impact4values/",  # a programme page
    "/hr/mentori/",  # the directory
    "/hr/mentori/?q=zzzzz",  # the directory's empty state
    "/hr/mentori/jelena-dordevic/",  # a mentor's profile
]


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_serious_or_critical_accessibility_violations(page, site_url, path):
    status = page.goto(site_url + path).status
    assert status == 200, f"{path} answered {status}"
    page.wait_for_load_state("networkidle")  # the directory's script has run, the fonts are in
    assert_no_serious_violations(page, path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_of_a_languages_sitemap_has_serious_or_critical_accessibility_violations(
    page, site_url, language
):
    failures = []
    for path in sitemap_paths(site_url, language):
        status = page.goto(site_url + path).status
        assert status == 200, f"{path} answered {status}"
        page.wait_for_load_state("networkidle")
        blocking = serious_violations(page, path)
        if blocking:
            failures.append(f"{path}:\n{describe(blocking)}")
    assert not failures, "axe found serious or critical violations:\n" + "\n".join(failures)
