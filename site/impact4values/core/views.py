"""Error pages (the 404 in the site's design and language, the 500 a static file) and the favicon."""

from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import server_error as django_server_error


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Nothing that could fail again (database, translations, template logic) runs here.
    return django_server_error(request, template_name="500.html")


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the real icon."""
    return redirect(static("img/favicon.svg"), permanent=True)
