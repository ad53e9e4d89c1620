"""Redirect a regional variant's URL prefix to its site language: /hr-hr/… → /hr/…

Croatian staff use the admin as "hr-hr" (Wagtail's Croatian catalogue is hr_HR), and Wagtail builds page
URLs with the active language when it is a variant of the page's, so admin links such as "View live"
read /hr-hr/…, which i18n_patterns does not serve. A permanent redirect makes every such link work."""

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils.translation import get_supported_language_variant

SITE_LANGUAGES = {code for code, _name in settings.LANGUAGES}


def site_language_of(prefix):
    if "-" not in prefix or prefix in SITE_LANGUAGES:
        return None
    try:
        language = get_supported_language_variant(prefix)
    except LookupError:
        return None
    return language if language != prefix else None


class LanguageVariantRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        prefix, slash, rest = request.path_info.lstrip("/").partition("/")
        language = site_language_of(prefix.lower()) if slash else None
        if language is None:
            return self.get_response(request)
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"/{language}/{rest}" + (f"?{query}" if query else ""))
