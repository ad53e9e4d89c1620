"""Rebuild the mentor directory's search index: the database entries, then Elasticsearch if configured."""

import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mentors.directory.index import rebuild_database_index


def safe_url(url):
    """The URL without any user name or password in it, for messages."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return parts._replace(netloc=netloc).geturl()


class Command(BaseCommand):
    help = (
        "Rebuild the directory's database index from the live mentor profiles, then, when "
        "ELASTICSEARCH_URL is set, load new Elasticsearch indices from it and switch to them."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        count = rebuild_database_index()
        self.stdout.write(f"Database index: {count} entries in {time.monotonic() - started:.1f} s")

        url = settings.ELASTICSEARCH_URL
        if not url:
            self.stdout.write("Elasticsearch: not configured (ELASTICSEARCH_URL is empty), skipped")
            return
        from search.backends.elasticsearch import ElasticsearchBackend

        backend = ElasticsearchBackend(url)
        if not backend.client.ping():
            raise CommandError(
                f"Elasticsearch at {safe_url(url)} is unreachable; its indices were not rebuilt."
            )
        started = time.monotonic()
        try:
            counts = backend.rebuild()
        except backend.errors as error:
            raise CommandError(f"Elasticsearch at {safe_url(url)} failed: {error}") from error
        seconds = time.monotonic() - started
        for locale, locale_count in counts.items():
            self.stdout.write(f"Elasticsearch {backend.alias(locale)}: {locale_count} entries")
        self.stdout.write(
            self.style.SUCCESS(f"Elasticsearch: {sum(counts.values())} entries indexed in {seconds:.1f} s")
        )
