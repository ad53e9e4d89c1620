"""Error pages. The 404 is rendered in the site's design and language; the 500 is a static file."""

from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import server_error as django_server_error


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Nothing that could fail again (database, translations, template logic) runs here.
    return django_server_error(request, template_name="500.html")
