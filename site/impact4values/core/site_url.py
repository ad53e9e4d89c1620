"""The default Wagtail Site's host and port, from the public base URL (``BASE_URL``).

Wagtail builds every absolute URL (hreflang, canonical, sitemap) from the Site's host and port: port 80
is ``http://host``, 443 ``https://host``, any other ``http://host:port``. So a base URL is accepted only
when the Site can say it back exactly: http on any port, https on 443 only, no path, query or login.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


class BadBaseURL(ValueError):
    pass


def host_and_port(url):
    """(hostname, port) of a base URL such as ``https://mentorji.example.org``; BadBaseURL says why not."""
    hint = "give scheme and host only, e.g. https://mentorji.example.org or http://127.0.0.1:8000"
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise BadBaseURL(f"BASE_URL {url!r} is not a URL ({error}); {hint}.") from error
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise BadBaseURL(f"BASE_URL {url!r} needs http:// or https:// and a host; {hint}.")
    if parts.username or parts.password or parts.path not in ("", "/") or parts.query or parts.fragment:
        raise BadBaseURL(f"BASE_URL {url!r} may not have a login, path, query or fragment; {hint}.")
    port = port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != DEFAULT_PORTS["https"]:
        raise BadBaseURL(
            f"BASE_URL {url!r}: Wagtail's Site writes https URLs only for port 443; "
            "serve HTTPS on 443 (a reverse proxy) or use http://."
        )
    return parts.hostname, port


def configured_base_url():
    return settings.WAGTAILADMIN_BASE_URL  # BASE_URL, read by the settings


def set_default_site_url(url=None):
    """Give the default Site the host and port of ``url`` (default: BASE_URL). True when it changed."""
    hostname, port = host_and_port(url or configured_base_url())
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])  # Wagtail clears its cached site root paths
    return True
