"""In Chromium, a page in Croatian draws its text (č ć đ š ž included) in the self-hosted typeface, and
nothing it loads comes from another origin."""

from pathlib import Path

import pytest

from tests.support.services import require_service

pytestmark = pytest.mark.e2e

FONTS = Path(__file__).resolve().parents[2] / "site/impact4values/static/fonts"
LOADED_FACES = """async () => {
    await document.fonts.ready;
    return [...document.fonts].filter(face => face.status === "loaded")
        .map(face => `${face.family} ${face.style} ${face.unicodeRange}`);
}"""


@pytest.mark.parametrize("browser_locale", ["hr-HR"])
def test_croatian_text_is_drawn_in_the_self_hosted_typeface_from_the_site_alone(page, site_url):
    require_service((FONTS / "typeface.css").is_file(), f"no typeface in {FONTS}: run `make install`")
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "/hr/mentori/jelena-dordevic/")
    assert "Đorđević" in page.locator("h1").inner_text()
    loaded = page.evaluate(LOADED_FACES)
    assert any(
        face.replace('"', "").startswith("Source Sans 3 Variable normal U+100-2BA") for face in loaded
    ), loaded
    assert page.evaluate("""document.fonts.check('700 2rem "Source Sans 3 Variable"', 'Đorđević čćšž')""")
    family = page.locator("h1").evaluate("element => getComputedStyle(element).fontFamily")
    assert family.replace('"', "").startswith("Source Sans 3 Variable,")
    assert requested and all(url.startswith(site_url + "/") for url in requested), requested
