"""axe-core on the main pages: no violation of impact "serious" or "critical".

One test per page; a failure lists each violation with its rule, help page and failing elements. Lesser
violations are printed (shown with ``-rP`` or when the test fails) without failing it.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.e2e

BLOCKING = {"serious", "critical"}
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


def describe(violations):
    """Rule, impact, help text and the failing nodes, for the developer who fixes them."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"    target: {', '.join(str(part) for part in node['target'])}")
            lines.append(f"      html: {' '.join(node['html'].split())[:300]}")
            summary = " ".join((node.get("failureSummary") or "").split())
            if summary:
                lines.append(f"      why: {summary}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_serious_or_critical_accessibility_violations(page, site_url, axe, path):
    status = page.goto(site_url + path).status
    assert status == 200, f"{path} answered {status}"
    page.wait_for_load_state("networkidle")  # the directory's script has run, the fonts are in
    violations = axe.run(page).response["violations"]
    blocking = [violation for violation in violations if violation["impact"] in BLOCKING]
    others = [violation for violation in violations if violation["impact"] not in BLOCKING]
    if others:
        print(f"axe on {path}, not failing the test:\n{describe(others)}")
    assert not blocking, f"axe found serious or critical violations on {path}:\n{describe(blocking)}"
