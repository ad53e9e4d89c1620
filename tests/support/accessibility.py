"""axe-core in the page under test: serious and critical violations fail, lesser ones are printed."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING = {"serious", "critical"}
_axe = Axe()


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


def serious_violations(page, what):
    """The page's serious and critical violations (lesser ones printed)."""
    violations = _axe.run(page).response["violations"]
    blocking = [violation for violation in violations if violation["impact"] in BLOCKING]
    others = [violation for violation in violations if violation["impact"] not in BLOCKING]
    if others:
        print(f"axe on {what}, not failing the test:\n{describe(others)}")
    return blocking


def assert_no_serious_violations(page, what):
    blocking = serious_violations(page, what)
    assert not blocking, f"axe found serious or critical violations on {what}:\n{describe(blocking)}"
