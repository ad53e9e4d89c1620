"""Where the admin's views of mentor applications are."""

from django.contrib.admin.utils import quote
from django.urls import reverse

URL_NAMESPACE = "wagtailsnippets_mentors_mentorapplication"


def application_url(view_name, application, *args):
    return reverse(f"{URL_NAMESPACE}:{view_name}", args=(quote(application.pk), *args))


def listing_url(view_name="list"):
    return reverse(f"{URL_NAMESPACE}:{view_name}")
