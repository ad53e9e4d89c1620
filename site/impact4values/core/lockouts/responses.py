"""django-axes' lockout, answered as the login form itself with our message (429 and Retry-After)."""

from axes.helpers import get_cool_off
from django.http import HttpResponse
from django.template.response import TemplateResponse

from . import messages


def cool_off_seconds(request):
    cool_off = get_cool_off(request)
    return int(cool_off.total_seconds()) if cool_off else 0


def lockout_response(request, original_response=None, credentials=None):
    """The page the login view answered (admin or front-end), its form showing only the lockout."""
    seconds = cool_off_seconds(request)
    message = messages.login_locked(seconds)
    context = getattr(original_response, "context_data", None) or {}
    template = getattr(original_response, "template_name", None)
    if context.get("form") is not None and template:
        messages.show_on_form(context["form"], message)
        response = TemplateResponse(request, template, context, status=429)
        response.render()  # AxesMiddleware runs after the handler rendered the view's response
    else:
        response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    if seconds:
        response["Retry-After"] = str(seconds)
    return response
