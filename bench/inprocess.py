"""The benchmark's in-process probes: run with the same settings and database as the served site.

    python bench/inprocess.py status             profiles and index entries per language
    python bench/inprocess.py queries PATH...    SQL statements (and writes) per request, after a warm-up
    python bench/inprocess.py rebuild-database   time mentors.directory.index.rebuild_database_index()
    python bench/inprocess.py rebuild-elasticsearch   time the Elasticsearch backend's rebuild()
    python bench/inprocess.py drop-elasticsearch      delete the indices under the (benchmark's) prefix

Each prints one JSON object on stdout.
"""

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "site"), str(ROOT / "bench")]

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "MERGE")


def status():
    from mentors.models import MentorPage
    from search.models import DirectoryEntry

    profiles = {}
    for code in MentorPage.objects.live().values_list("locale__language_code", flat=True):
        profiles[code] = profiles.get(code, 0) + 1
    return {"profiles": profiles, "entries": DirectoryEntry.objects.count(), "vendor": connection.vendor}


def queries(paths):
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from mentors.directory.facets import facet_values
    from search.query import DirectoryQuery
    from search.service import search_directory

    client = Client(HTTP_HOST="127.0.0.1")
    for path in paths:  # warm-up: per-process caches (site root paths, locales, ...)
        client.get(path)
    rows = []
    for path in paths:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        statements = [query["sql"] for query in captured.captured_queries]
        writes = [sql for sql in statements if sql.lstrip().split(None, 1)[0].upper() in WRITES]
        slowest = max(captured.captured_queries, key=lambda query: float(query["time"]), default=None)
        rows.append(
            {
                "path": path,
                "status": response.status_code,
                "queries": len(statements),
                "writes": len(writes),
                "write_sql": writes,
                "sql": statements,
                "slowest_sql": slowest and slowest["sql"],
                "slowest_ms": slowest and round(float(slowest["time"]) * 1000, 2),
            }
        )
    backend = search_directory(DirectoryQuery(locale="hr", terms=("dordevic",)), facet_values()).backend
    return {"rows": rows, "search_backend": backend}


def rebuild_database():
    from mentors.directory.index import rebuild_database_index

    started = time.monotonic()
    count = rebuild_database_index()
    return {"entries": count, "seconds": time.monotonic() - started}


def rebuild_elasticsearch():
    from search.service import elasticsearch_backend

    backend = elasticsearch_backend()
    started = time.monotonic()
    counts = backend.rebuild()
    return {"counts": counts, "documents": sum(counts.values()), "seconds": time.monotonic() - started}


def drop_elasticsearch():
    from search.service import elasticsearch_backend

    backend = elasticsearch_backend()
    if not backend.prefix.startswith("bench"):
        raise SystemExit(f"refusing to delete indices under the prefix {backend.prefix!r}")
    backend.delete_all_indices()
    return {"deleted_prefix": backend.prefix}


def main(argv):
    command, arguments = argv[0], argv[1:]
    if command == "status":
        result = status()
    elif command == "queries":
        result = queries(arguments)
    elif command == "rebuild-database":
        result = rebuild_database()
    elif command == "rebuild-elasticsearch":
        result = rebuild_elasticsearch()
    elif command == "drop-elasticsearch":
        result = drop_elasticsearch()
    else:
        raise SystemExit(f"unknown command {command!r}")
    result["elasticsearch_url_set"] = bool(settings.ELASTICSEARCH_URL)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
