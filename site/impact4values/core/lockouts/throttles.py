"""Throttles for the two forms that Django's authentication (and so django-axes) does not see.

* Wagtail's page-password form (``wagtailcore_authenticate_with_password``): wrong passwords are counted
  per address and view restriction (one restriction guards a page and all pages below it, so guessing
  through another page of the same subtree gets no fresh allowance); a right password gives its pass back.
* The admin's password reset (``wagtailadmin_password_reset``): requests that would send an e-mail are
  counted per address and per e-mail address (so no one is flooded with reset e-mails from many places).

Each attempt claims its pass before the view runs, so parallel guesses cannot slip past the limit
together. A refused attempt gets the same form back with the reason, 429 and Retry-After.
"""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from impact4values.core.addresses import client_address
from impact4values.core.ratelimit import SlidingWindow

from . import messages

# URL name of the view → the method of FormThrottleMiddleware that throttles it
THROTTLED = {
    "wagtailcore_authenticate_with_password": "page_password",
    "wagtailadmin_password_reset": "password_reset",
}


def page_password_window():
    return SlidingWindow(
        "page-password",
        limit=settings.PAGE_PASSWORD_FAILURE_LIMIT,
        period=settings.PAGE_PASSWORD_FAILURE_PERIOD,
        cache=settings.RATE_LIMIT_CACHE,
    )


def password_reset_window():
    return SlidingWindow(
        "password-reset",
        limit=settings.PASSWORD_RESET_RATE_LIMIT,
        period=settings.PASSWORD_RESET_RATE_LIMIT_PERIOD,
        cache=settings.RATE_LIMIT_CACHE,
    )


def page_password_key(address, restriction_id):
    return f"{address}:{restriction_id}"


def password_reset_keys(request):
    keys = [f"address:{client_address(request)}"]
    email = request.POST.get("email", "").strip().lower()
    if email:
        keys.append(f"email:{email}")
    return keys


def lift(address, email=""):
    """Forget an address's wrong page passwords (on every password-protected page) and reset requests,
    and an e-mail address's reset requests, when given."""
    window = page_password_window()
    for restriction_id in PageViewRestriction.objects.filter(
        restriction_type=PageViewRestriction.PASSWORD
    ).values_list("pk", flat=True):
        window.reset(page_password_key(address, restriction_id))
    password_reset_window().reset(f"address:{address}")
    if email:
        password_reset_window().reset(f"email:{email.strip().lower()}")


def attempt_all(window, keys):
    """One pass for every key, or none: the refusal that waits longest, the passes it took given back."""
    attempts = [window.attempt(key) for key in keys]
    refused = [attempt for attempt in attempts if attempt.refused]
    if not refused:
        return attempts, None
    for attempt in attempts:
        attempt.release()
    return [], max(refused, key=lambda attempt: attempt.seconds_left)


class FormThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None:
            return None
        if match.url_name not in THROTTLED:
            return None
        return getattr(self, THROTTLED[match.url_name])(request, view_func, view_args, view_kwargs)

    def page_password(self, request, view_func, view_args, view_kwargs):
        restriction_id = view_kwargs["page_view_restriction_id"]
        key = page_password_key(client_address(request), restriction_id)
        passes, refusal = attempt_all(page_password_window(), [key])
        if refusal is not None:
            return refused_page_password(request, restriction_id, view_kwargs["page_id"], refusal)
        response = view_func(request, *view_args, **view_kwargs)
        if response.status_code in (301, 302, 303):  # the right password: it does not count
            for attempt in passes:
                attempt.release()
        return response

    def password_reset(self, request, view_func, view_args, view_kwargs):
        passes, refusal = attempt_all(password_reset_window(), password_reset_keys(request))
        if refusal is not None:
            return refused_password_reset(request, view_func, view_args, view_kwargs, refusal)
        response = view_func(request, *view_args, **view_kwargs)
        if response.status_code not in (301, 302, 303):  # the form came back with mistakes: no e-mail
            for attempt in passes:
                attempt.release()
        return response


def refused_page_password(request, restriction_id, page_id, refusal):
    restriction = get_object_or_404(PageViewRestriction, id=restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    form = PasswordViewRestrictionForm(instance=restriction)
    messages.show_on_form(form, messages.page_password_refused(refusal.seconds_left), data=request.POST)
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    response = page.serve_password_required_response(request, form, action_url)
    return too_many(response, refusal)


def refused_password_reset(request, view_func, view_args, view_kwargs, refusal):
    """The reset form as a GET shows it (nothing is sent), with what was typed and the reason."""
    request.method = "GET"
    response = view_func(request, *view_args, **view_kwargs)
    form = response.context_data["form"]
    messages.show_on_form(form, messages.password_reset_refused(refusal.seconds_left), data=request.POST)
    return too_many(response, refusal)


def too_many(response, refusal):
    response.status_code = 429
    response["Retry-After"] = str(refusal.seconds_left)
    return response
