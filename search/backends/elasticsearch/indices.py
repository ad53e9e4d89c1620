"""The indices behind the aliases: their names, keeping them in step with the entries, and rebuilding
them without downtime (load a new index, switch the alias in one atomic step, drop the old one)."""

import re
from datetime import UTC, datetime

from django.conf import settings
from elasticsearch import NotFoundError
from elasticsearch.helpers import BulkIndexError, streaming_bulk

from search.models import DirectoryEntry

from .documents import create_index, document

DEFAULT_PREFIX = "directory"
BULK_TIMEOUT = 60  # seconds per request of indexing and index management
CHUNK_SIZE = 1000


class IndexMaintenance:
    """Index management of ``ElasticsearchBackend`` (which provides ``client`` and ``errors``)."""

    # --- names ---------------------------------------------------------------------------------

    @property
    def prefix(self):
        return getattr(settings, "ELASTICSEARCH_INDEX_PREFIX", DEFAULT_PREFIX)

    @staticmethod
    def locales():
        return [code for code, _name in settings.LANGUAGES]

    def alias(self, locale):
        return f"{self.prefix}_{locale}"

    def new_index_name(self, locale):
        return f"{self.alias(locale)}_{datetime.now(UTC):%Y%m%d%H%M%S%f}"

    def alias_pattern(self):
        return ",".join(f"{self.alias(locale)}_*" for locale in self.locales())

    @property
    def admin(self):
        """The client for indexing and index management, which may take longer than a search."""
        return self.client.options(request_timeout=BULK_TIMEOUT)

    def indices(self, locale):
        """Every concrete index of this locale (in use, being built, or left over) -> its aliases."""
        alias = self.alias(locale)
        found = self.admin.indices.get_alias(index=f"{alias}_*", expand_wildcards="open").body
        pattern = re.compile(rf"{re.escape(alias)}_\d+")
        return {name: set(info.get("aliases", {})) for name, info in found.items() if pattern.fullmatch(name)}

    def create_index(self, name, alias=None, loading=False):
        create_index(self.admin, name, alias=alias, loading=loading)

    # --- sync ----------------------------------------------------------------------------------

    def sync(self, page_ids, refresh=False):
        """Index the current entries of these pages; delete the others' documents from every locale.

        Writes go to every concrete index of the locale, so an index that a rebuild is still loading
        gets them too."""
        page_ids = list(dict.fromkeys(int(page_id) for page_id in page_ids))
        if not page_ids:
            return
        entries = {entry.page_id: entry for entry in DirectoryEntry.objects.filter(page_id__in=page_ids)}
        locales = list(dict.fromkeys([*self.locales(), *(entry.locale for entry in entries.values())]))
        targets = {locale: self.write_targets(locale) for locale in locales}
        actions = []
        for page_id in page_ids:
            entry = entries.get(page_id)
            for locale, indices in targets.items():
                for index in indices:
                    if entry is not None and entry.locale == locale:
                        actions.append(
                            {"_op_type": "index", "_index": index, "_id": page_id, "_source": document(entry)}
                        )
                    else:
                        actions.append({"_op_type": "delete", "_index": index, "_id": page_id})
        self.bulk(actions, ignore=("delete", 404))
        if refresh:
            self.admin.indices.refresh(index=self.alias_pattern())

    def write_targets(self, locale):
        """The concrete indices of the locale. With none in use yet, one is built first, from every entry
        of the locale: an index holding only the entries synced so far would hide the others."""
        indices = self.indices(locale)
        if not any(self.alias(locale) in aliases for aliases in indices.values()):
            self.rebuild_locale(locale)
            indices = self.indices(locale)
        return sorted(indices)

    def bulk(self, actions, ignore=None):
        """Send the actions in chunks; return how many succeeded (plus the ``ignore``d failures: one
        (operation, status) pair). Raise ``BulkIndexError`` on any other failure."""
        done = 0
        failures = []
        for ok, item in streaming_bulk(
            self.admin, actions, chunk_size=CHUNK_SIZE, raise_on_error=False, max_retries=0
        ):
            operation, result = next(iter(item.items()))
            if ok or (operation, result.get("status")) == ignore:
                done += 1
            else:
                failures.append(item)
        if failures:
            raise BulkIndexError(f"{len(failures)} document(s) failed to index", failures)
        return done

    # --- rebuild -------------------------------------------------------------------------------

    def rebuild(self):
        """Reload every locale into a new index and move its alias there; returns locale -> entries."""
        return {locale: self.rebuild_locale(locale) for locale in self.locales()}

    def rebuild_locale(self, locale):
        alias = self.alias(locale)
        index = self.new_index_name(locale)
        self.create_index(index, loading=True)
        try:
            indexed = []

            def actions():
                entries = (
                    DirectoryEntry.objects.filter(locale=locale).order_by().iterator(chunk_size=CHUNK_SIZE)
                )
                for entry in entries:
                    indexed.append(entry.page_id)
                    # "create": a document that a sync wrote meanwhile is newer; keep it.
                    yield {
                        "_op_type": "create",
                        "_index": index,
                        "_id": entry.page_id,
                        "_source": document(entry),
                    }

            self.bulk(actions(), ignore=("create", 409))
            # Entries deleted while we loaded them (their sync may have come first).
            existing = set(DirectoryEntry.objects.filter(locale=locale).values_list("page_id", flat=True))
            gone = [page_id for page_id in indexed if page_id not in existing]
            self.bulk(
                ({"_op_type": "delete", "_index": index, "_id": page_id} for page_id in gone), ("delete", 404)
            )
            self.admin.indices.put_settings(index=index, settings={"index": {"refresh_interval": None}})
            self.admin.indices.refresh(index=index)
            self.swap_alias(alias, index)
        except BaseException:
            try:
                self.admin.options(ignore_status=404).indices.delete(index=index)
            except self.errors:
                pass  # the rebuild's own error says more; the next rebuild deletes the leftover index
            raise
        old = [name for name in self.indices(locale) if name != index]
        if old:
            self.admin.options(ignore_status=404).indices.delete(index=",".join(old))
        return len(indexed) - len(gone)

    def swap_alias(self, alias, index):
        """Point ``alias`` at ``index`` alone, in one atomic step."""
        try:
            current = list(self.admin.indices.get_alias(name=alias).body)
        except NotFoundError:
            current = []
        actions = [{"add": {"index": index, "alias": alias}}]
        actions += [{"remove": {"index": name, "alias": alias}} for name in current]
        if not current and self.admin.indices.exists(index=alias):
            actions.append({"remove_index": {"index": alias}})  # an index, not an alias, took the name
        self.admin.indices.update_aliases(actions=actions)

    def delete_all_indices(self):
        """Delete every index under the prefix (tests' teardown). By name: clusters may refuse wildcards."""
        names = self.admin.indices.get(index=f"{self.prefix}_*", expand_wildcards="all").body
        if names:
            self.admin.options(ignore_status=404).indices.delete(index=",".join(names))
