"""axe-core on the main pages: no violation of impact "serious" or "critical".

One test for all the pages, because every e2e test costs a database restore (see conftest.py); it checks
every page before failing, and lists the violations page by page.
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


def test_main_pages_have_no_serious_or_critical_accessibility_violations(page, site_url):
    axe = Axe()
    failures = []
    for path in PAGES:
        status = page.goto(site_url + path).status
        assert status == 200, f"{path} answered {status}"
        violations = axe.run(page).response["violations"]
        blocking = [violation for violation in violations if violation["impact"] in BLOCKING]
        others = [violation for violation in violations if violation["impact"] not in BLOCKING]
        if others:
            print(f"axe on {path}, not failing the test:\n{describe(others)}")
        if blocking:
            failures.append(f"{path}:\n{describe(blocking)}")
    assert not failures, "axe found serious or critical violations on\n" + "\n\n".join(failures)
