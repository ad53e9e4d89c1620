from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from impact4values.core.site_url import BadBaseURL, configured_base_url, set_default_site_url


class Command(BaseCommand):
    help = (
        "Give the default Wagtail Site the host and port of the public base URL (BASE_URL, or the one "
        "given), from which hreflang, canonical and sitemap URLs are built. Changes nothing when they agree."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", default="", help="e.g. https://mentorji.example.org")

    def handle(self, *args, url, **options):
        url = url or configured_base_url()
        try:
            changed = set_default_site_url(url)
        except BadBaseURL as error:
            raise CommandError(str(error)) from error
        except Site.DoesNotExist as error:
            raise CommandError("There is no default Site yet: run `manage.py load_demo_content`.") from error
        root = Site.objects.get(is_default_site=True).root_url
        self.stdout.write(f"Site set to {root}." if changed else f"Site already at {root}; nothing changed.")
