"""The paths of every page a site's XML sitemap names, language by language, read over HTTP from the
running e2e site (the sitemap's absolute URLs are on the Site's address; only their paths are kept)."""

import re
import urllib.request
from urllib.parse import urlsplit

LANGUAGES = ["sl", "hr", "en"]


def sitemap_paths(site_url, language):
    """The section's pages in its order, then the language's HTML sitemap page."""
    with urllib.request.urlopen(f"{site_url}/sitemap-{language}.xml", timeout=30) as response:  # noqa: S310 (http://127.0.0.1)
        xml = response.read().decode()
    paths = [urlsplit(location).path for location in re.findall(r"<loc>([^<]+)</loc>", xml)]
    assert paths, f"the {language} sitemap names no page"
    return [*paths, f"/{language}/sitemap/"]
