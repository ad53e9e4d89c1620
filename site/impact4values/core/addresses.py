"""The client's network address, as far as it can be trusted.

Behind reverse proxies, ``TRUSTED_PROXIES`` says how many of them append to X-Forwarded-For: the address
the outermost of them saw is the client's, anything further left may be forged by the client itself.
Rate limits and login lockouts both key on this address, so they agree on who is who.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's IP address as text, or None when what we were given is not one."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXIES
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    return valid_ip(address)


def valid_ip(text):
    """``text`` as a normalised IP address, or None when it is not one."""
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def client_address(request):
    """The address to count a client by: its IP address, or one shared name for all unknown ones."""
    return client_ip(request) or "unknown"
