"""The 403 page: inside the Wagtail admin an admin page in the user's admin language, elsewhere the
public site's page (templates/403.html)."""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.csrf import requires_csrf_token
from wagtail.admin.localization import get_localized_response


@requires_csrf_token
def permission_denied(request, exception=None):
    if not is_admin_request(request):
        return render(request, "403.html", status=403)
    if request.user.is_authenticated:
        # Wagtail's own language and time zone for the user, also when the view denied outside them.
        return get_localized_response(render_admin_page, request)
    return render_admin_page(request)


def render_admin_page(request):
    return render(request, "wagtailadmin/403.html", status=403)


def is_admin_request(request):
    return request.path.startswith(reverse("wagtailadmin_home"))
