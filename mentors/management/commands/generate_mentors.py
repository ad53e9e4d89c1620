"""Bulk synthetic mentor profiles for load tests: ``manage.py generate_mentors --count 10000 --seed 1``."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mentors.demo.synthetic import BATCH_SIZE, SLUG_PREFIX, delete_synthetic, generate


class Command(BaseCommand):
    help = (
        "Add synthetic mentor profiles, the same people in every language of the directory (sl, hr, en), "
        "live and indexed, reproducible from --seed. Their slugs begin with "
        f"'{SLUG_PREFIX}'; --delete removes exactly those. When ELASTICSEARCH_URL is set, the "
        "Elasticsearch indices are rebuilt afterwards."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="Profiles per language (default 1000).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--delete",
            action="store_true",
            help=f"Remove every synthetic profile (slug '{SLUG_PREFIX}…') instead of adding any.",
        )
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_SIZE, help=f"Rows per INSERT (default {BATCH_SIZE})."
        )
        parser.add_argument(
            "--skip-elasticsearch",
            action="store_true",
            help="Do not rebuild the Elasticsearch indices (manage.py rebuild_directory_index can later).",
        )

    def handle(self, *args, count, seed, delete, batch_size, skip_elasticsearch, **options):
        started = time.monotonic()
        if delete:
            removed = delete_synthetic(batch_size=batch_size, log=self.stdout.write)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Removed {removed} synthetic profile pages in {time.monotonic() - started:.1f} s"
                )
            )
        else:
            if count < 1:
                raise CommandError("--count must be at least 1.")
            try:
                report = generate(count, seed, batch_size=batch_size, log=self.stdout.write)
            except (LookupError, ValueError) as error:
                raise CommandError(str(error)) from error
            steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in report.seconds.items())
            total = sum(report.created.values())
            self.stdout.write(
                self.style.SUCCESS(
                    f"Generated {count} synthetic mentors × {len(report.created)} languages = {total} pages "
                    f"(seed {seed}) in {time.monotonic() - started:.1f} s ({steps})"
                )
            )
        if not skip_elasticsearch:
            self.rebuild_elasticsearch()

    def rebuild_elasticsearch(self):
        if not settings.ELASTICSEARCH_URL:
            return
        try:
            from search.service import elasticsearch_backend

            backend = elasticsearch_backend()
        except ImportError as error:
            self.stdout.write(f"Elasticsearch: backend not available ({error}); its index was not rebuilt.")
            return
        if not hasattr(backend, "rebuild"):
            self.stdout.write("Elasticsearch: the backend has no rebuild(); its index was not rebuilt.")
            return
        started = time.monotonic()
        try:
            counts = backend.rebuild()
        except getattr(backend, "errors", ()) as error:
            raise CommandError(
                f"Elasticsearch rebuild failed ({error}); the database is up to date: run "
                "`manage.py rebuild_directory_index` once Elasticsearch is back."
            ) from error
        total = sum(counts.values()) if isinstance(counts, dict) else counts
        self.stdout.write(f"Elasticsearch: {total} documents indexed in {time.monotonic() - started:.1f} s")
