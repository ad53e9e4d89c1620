"""What a refused visitor reads, in the request's language, with the wait rounded up to minutes."""

from django.forms.forms import NON_FIELD_ERRORS
from django.forms.utils import ErrorDict
from django.utils.translation import ngettext


def minutes(seconds):
    return max(1, -(-int(seconds) // 60))


def login_locked(seconds):
    count = minutes(seconds)
    return ngettext(
        "Too many failed sign-in attempts for this account from your network address. Signing in is "
        "blocked for %(minutes)d minute; an administrator can unlock it sooner.",
        "Too many failed sign-in attempts for this account from your network address. Signing in is "
        "blocked for %(minutes)d minutes; an administrator can unlock it sooner.",
        count,
    ) % {"minutes": count}


def page_password_refused(seconds):
    count = minutes(seconds)
    return ngettext(
        "Too many wrong passwords for this page from your network address. Try again in %(minutes)d minute.",
        "Too many wrong passwords for this page from your network address. Try again in %(minutes)d minutes.",
        count,
    ) % {"minutes": count}


def password_reset_refused(seconds):
    count = minutes(seconds)
    return ngettext(
        "Too many password reset requests from your network address or for this e-mail address. Try again "
        "in %(minutes)d minute.",
        "Too many password reset requests from your network address or for this e-mail address. Try again "
        "in %(minutes)d minutes.",
        count,
    ) % {"minutes": count}


def show_on_form(form, message, data=None):
    """Make ``form`` show ``message`` as its only error, without validating it (no password is checked),
    keeping what was typed when ``data`` is given."""
    if data is not None:
        form.data, form.is_bound = data, True
    form._errors = ErrorDict({NON_FIELD_ERRORS: form.error_class([message], error_class="nonfield")})
    form.cleaned_data = {}
    return form
