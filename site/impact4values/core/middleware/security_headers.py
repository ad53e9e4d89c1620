"""Content-Security-Policy and Permissions-Policy on every response.

Public pages get ``CONTENT_SECURITY_POLICY``: scripts and styles from the site's own files only, no
inline code. The Wagtail admin (every path under its URL) gets ``CONTENT_SECURITY_POLICY_ADMIN``,
which Wagtail's own inline scripts and styles need. A template that cannot avoid an inline element
marks it with ``nonce="{{ request.csp_nonce }}"``: the nonce is made only when a template asks for
it, and only then added to ``script-src`` and ``style-src``. A response that brings its own policy
(the private CV download's sandbox) keeps it.
"""

import secrets
from functools import cache

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.functional import SimpleLazyObject

NONCE_DIRECTIVES = ("script-src", "style-src")


@cache
def admin_prefix():
    try:
        return reverse("wagtailadmin_home")
    except NoReverseMatch:
        return None


def is_admin(request):
    prefix = admin_prefix()
    return bool(prefix) and request.path_info.startswith(prefix)


def serialize(directives, nonce=None):
    """``{"default-src": ["'self'"], ...}`` as a header value; a nonce joins its directives."""
    parts = []
    for name, sources in directives.items():
        sources = list(sources)
        if nonce and name in NONCE_DIRECTIVES:
            sources.append(f"'nonce-{nonce}'")
        parts.append(" ".join([name, *sources]))
    return "; ".join(parts)


def permissions_policy(features):
    """``{"camera": [], "fullscreen": ["self"]}`` as ``camera=(), fullscreen=(self)``."""
    return ", ".join(f"{name}=({' '.join(allowed)})" for name, allowed in features.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = permissions_policy(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        made = []

        def make_nonce():
            made.append(secrets.token_urlsafe(18))
            return made[0]

        request.csp_nonce = SimpleLazyObject(make_nonce)
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = is_admin(request)
            directives = settings.CONTENT_SECURITY_POLICY_ADMIN if admin else settings.CONTENT_SECURITY_POLICY
            response["Content-Security-Policy"] = serialize(directives, made[0] if made else None)
        response.setdefault("Permissions-Policy", self.permissions_policy)
        return response
