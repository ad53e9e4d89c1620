"""Keeping Elasticsearch in step: sync, zero-downtime rebuild (alias switch), and the
``rebuild_directory_index`` command. Skips without ELASTICSEARCH_URL."""

import os
import random
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from elasticsearch._sync.client.indices import IndicesClient

from search.models import DirectoryEntry
from search.query import DirectoryQuery
from search.text import index_text, sort_key
from tests.support.elasticsearch import (
    FACET_VALUES,
    SESSION_PREFIX,
    VOCABULARY,
    current_indices,
    make_entry,
    make_pages,
    names,
    search_both,
)

pytest_plugins = ["tests.support.elasticsearch_fixtures"]
pytestmark = pytest.mark.django_db


def test_sync_indexes_and_removes_entries(loaded, people):
    page = make_pages(1, title="Newcomer")[0]
    entry = make_entry(page, "Nina Novinka", "sl", "Mladinsko delo", "youth", "sl", "SI", "Kranj",
                       "available", 2, 1, "")  # fmt: skip
    entry.save()
    assert search_both(loaded, locale="sl", terms=("nina",))[0].total == 0
    loaded.sync([page.pk], refresh=True)
    results, database = search_both(loaded, locale="sl", terms=("nina",))
    assert names(results) == names(database) == ["Nina Novinka"]
    assert results.facets["area"]["youth"] == 1

    # A change, then a removal, of entries in both locales; unknown ids are no error.
    DirectoryEntry.objects.filter(pk=page.pk).update(
        text=index_text("Nina Novinka", "Mladinsko delo in podnebje")
    )
    ivana = people["Ivana Horvat"].page_id
    DirectoryEntry.objects.filter(pk=ivana).delete()
    loaded.sync([page.pk, ivana, 987654321], refresh=True)
    assert names(search_both(loaded, locale="sl", terms=("nina", "podnebje"))[0]) == ["Nina Novinka"]
    assert search_both(loaded, locale="hr", terms=("ivana",))[0].total == 0

    entry.delete()
    loaded.sync([str(page.pk)], refresh=True)
    results, database = search_both(loaded, locale="sl", terms=("nina",))
    assert results.total == database.total == 0
    assert results.facets == database.facets


def test_a_sync_before_any_rebuild_builds_the_indices_from_every_entry(backend, people):
    ana = people["Ana Šuštar"]
    backend.sync([ana.page_id], refresh=True)
    indices = {locale: current_indices(backend, locale) for locale in ("sl", "hr", "en")}
    assert all(len(names) == 1 for names in indices.values())
    for locale in ("sl", "hr", "en"):
        results, database = search_both(backend, locale=locale)
        assert results.hits == database.hits
        assert results.facets == database.facets
    backend.sync([ana.page_id], refresh=True)  # again: the indices in use get it
    assert {locale: current_indices(backend, locale) for locale in ("sl", "hr", "en")} == indices


def test_rebuild_swaps_the_alias_and_deletes_the_old_index(loaded, people, monkeypatch):
    before = {locale: current_indices(loaded, locale) for locale in ("sl", "hr", "en")}
    ana = people["Ana Šuštar"]
    DirectoryEntry.objects.filter(pk=ana.page_id).update(text=index_text(ana.name, "Nova vloga"))
    page = make_pages(1, title="Late")[0]
    make_entry(page, "Lara Pozna", "sl", "", "gesi", "sl", "SI", "", "limited", 1, 1, "").save()

    seen_during = []
    original = IndicesClient.update_aliases

    def update_aliases(self, *args, **kwargs):
        # Just before the switch: searches still answer from the old index, complete, and a sync
        # reaches the index being switched to as well.
        results = loaded.search(DirectoryQuery(locale="sl"), FACET_VALUES)
        seen_during.append((results.total, names(results)))
        if not any(action.get("add", {}).get("alias") == loaded.alias("sl") for action in kwargs["actions"]):
            return original(self, *args, **kwargs)
        DirectoryEntry.objects.filter(pk=page.pk).update(
            name="Lara Pozna Sinhrona", name_sort=sort_key("Lara Pozna Sinhrona")
        )
        loaded.sync([page.pk], refresh=True)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(IndicesClient, "update_aliases", update_aliases)
    counts = loaded.rebuild()
    monkeypatch.undo()

    assert counts == {"sl": 8, "hr": 4, "en": 0}
    # One switch per locale; sl's comes first, while its alias still points at the old index.
    assert [total for total, _ in seen_during] == [7, 8, 8]
    assert "Lara Pozna" not in " ".join(seen_during[0][1])
    for locale, old in before.items():
        new = current_indices(loaded, locale)
        assert len(new) == 1 and new != old
        assert not loaded.client.indices.exists(index=old[0])
        assert sorted(loaded.indices(locale)) == new  # no leftover index
    results, database = search_both(loaded, locale="sl")
    assert results.hits == database.hits
    assert "Lara Pozna Sinhrona" in names(results)
    assert search_both(loaded, locale="sl", terms=("nova", "vloga"))[0].total == 1


def test_delete_all_indices_deletes_the_prefixs_indices_only(loaded):
    other = f"{SESSION_PREFIX}x_sl_1"  # another prefix that begins like this one
    loaded.client.indices.create(index=other)
    loaded.delete_all_indices()
    assert list(loaded.client.indices.get(index=f"{loaded.prefix}_*").body) == []
    assert loaded.client.indices.exists(index=other)
    loaded.client.indices.delete(index=other)


def test_a_failed_rebuild_keeps_the_old_index_and_leaves_nothing_behind(loaded, monkeypatch):
    before = current_indices(loaded, "sl")

    def broken(self, *args, **kwargs):
        raise RuntimeError("switch failed")

    monkeypatch.setattr(IndicesClient, "update_aliases", broken)
    with pytest.raises(RuntimeError):
        loaded.rebuild()
    monkeypatch.undo()
    assert current_indices(loaded, "sl") == before
    assert sorted(loaded.indices("sl")) == before
    assert search_both(loaded, locale="sl")[0].total == 7


def test_rebuild_indexes_every_entry_in_bulk(backend):
    """Many entries with bio-sized texts (its speed at 30,000 is measured by `make bench`)."""
    count = int(os.environ.get("DIRECTORY_ES_REBUILD_ENTRIES", "1000"))
    DirectoryEntry.objects.all().delete()  # the demo's entries, for this test
    rng = random.Random(4)
    # A bio's worth of words per entry: the real words above, and made-up ones like a big vocabulary's.
    syllables = ["ko", "va", "če", "ri", "na", "sto", "pra", "vi", "de", "mo", "kra", "ci", "ja", "žen", "đa"]
    made_up = ["".join(rng.choices(syllables, k=rng.randint(2, 6))) for _ in range(5000)]
    entries = []
    for number, page in enumerate(make_pages(count, title="Bulk")):
        name = f"{rng.choice(['Ana', 'Đuro', 'Špela', 'Ivan', 'Maja'])} {rng.choice(VOCABULARY)} {number}"
        person = (
            name,
            rng.choice(["sl", "hr", "en"]),
            " ".join(rng.choices(VOCABULARY, k=6)),
            " ".join(rng.sample(FACET_VALUES["area"], 2)),
            " ".join(rng.sample(["sl", "hr", "en"], 2)),
            rng.choice(FACET_VALUES["country"]),
            "Ljubljana",
            rng.choice(FACET_VALUES["availability"]),
            rng.randrange(30),
            rng.randrange(20),
            " ".join(rng.choices(VOCABULARY, k=20) + rng.choices(made_up, k=150)),
        )
        entries.append(make_entry(page, *person))
    DirectoryEntry.objects.bulk_create(entries, batch_size=1000)

    counts = backend.rebuild()
    assert sum(counts.values()) == count
    for locale in ("sl", "hr"):
        results, database = search_both(backend, locale=locale, terms=("zagov", "ana"), area=("gesi",))
        assert results.total == database.total > 0
        assert results.hits == database.hits
        assert results.facets == database.facets


# --- management command ----------------------------------------------------------------------------


def test_rebuild_command_rebuilds_the_database_index_then_elasticsearch(backend, people):
    out = StringIO()
    call_command("rebuild_directory_index", stdout=out)
    output = out.getvalue()
    assert "Database index:" in output
    assert f"Elasticsearch {backend.alias('sl')}:" in output
    for locale in ("sl", "hr", "en"):
        assert len(current_indices(backend, locale)) == 1
        expected = DirectoryEntry.objects.filter(locale=locale).count()
        assert search_both(backend, locale=locale)[0].total == expected


def test_rebuild_command_without_elasticsearch_rebuilds_the_database_only(db, settings):
    settings.ELASTICSEARCH_URL = ""
    out = StringIO()
    call_command("rebuild_directory_index", stdout=out)
    assert "Database index:" in out.getvalue()
    assert "skipped" in out.getvalue()


def test_rebuild_command_fails_clearly_when_elasticsearch_is_unreachable(db, settings):
    settings.ELASTICSEARCH_URL = "http://user:secret@127.0.0.1:9"
    with pytest.raises(CommandError, match="unreachable") as raised:
        call_command("rebuild_directory_index", stdout=StringIO())
    assert "secret" not in str(raised.value)
