"""axe-core on the main pages: no violation of impact "serious" or "critical".

One test per page; a failure lists each violation with its rule, help page and failing elements. Lesser
violations are printed (shown with ``-rP`` or when the test fails) without failing it.
"""

import pytest

from tests.support.accessibility import assert_no_serious_violations

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
