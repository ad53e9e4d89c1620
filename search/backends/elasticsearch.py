"""The Elasticsearch backend: the same answers as the database backend, from one search request.

One index per directory language, behind an alias: ``<prefix>_<locale>`` (the prefix is the setting
``ELASTICSEARCH_INDEX_PREFIX``, "directory" by default) points at ``<prefix>_<locale>_<timestamp>``. A
rebuild loads a new index and moves the alias in one atomic step, then drops the old index.

Documents are made from ``DirectoryEntry`` rows, whose ``text`` and ``name_text`` are already folded
words (``search.text``). The index analyzer cuts each word into its prefixes of 1 to 20 characters and
the search analyzer keeps query words whole, so a query word matches a document exactly when it begins
one of its words, as in the database backend.

Semantics reproduced from ``search.backends.database``: the text condition and the locale restrict
everything; the selected facets (OR within a facet, AND across facets) restrict the hits through
``post_filter``; each facet's counts come from a ``filter`` aggregation applying the *other* facets.
"""

import re
from datetime import UTC, datetime

from django.conf import settings
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError
from elasticsearch.helpers import BulkIndexError, streaming_bulk
from elasticsearch_dsl import (
    A,
    Document,
    Index,
    Integer,
    Keyword,
    MetaField,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)
from elasticsearch_dsl.exceptions import ElasticsearchDslException

from search.models import DirectoryEntry
from search.query import FACETS, DirectoryResults, Hit
from search.text import MAX_TERM_LENGTH

DEFAULT_PREFIX = "directory"
SEARCH_TIMEOUT = 3  # seconds: a visitor's search falls back to the database rather than wait
BULK_TIMEOUT = 60  # seconds per request of indexing and index management
CHUNK_SIZE = 1000
MAX_RESULT_WINDOW = 10_000  # index.max_result_window: from + size may not exceed it

FACET_FIELDS = {
    "area": "areas",
    "language": "languages",
    "country": "country",
    "availability": "availability",
}
HIT_FIELDS = [
    "page_id",
    "url",
    "name",
    "headline",
    "areas",
    "languages",
    "country",
    "city",
    "availability",
    "years_ngo",
    "years_mentoring",
]

prefixes = analyzer(
    "directory_prefixes",
    tokenizer="whitespace",
    filter=[
        "lowercase",
        "asciifolding",
        token_filter("directory_edge_ngram", "edge_ngram", min_gram=1, max_gram=MAX_TERM_LENGTH),
    ],
)
whole_words = analyzer("directory_words", tokenizer="whitespace", filter=["lowercase", "asciifolding"])


def stored():
    """A field kept in ``_source`` only: shown, never searched, sorted or aggregated."""
    return Keyword(index=False, doc_values=False)


def words_field():
    # Only "does it match" matters (scores are constant), so no frequencies, positions or norms.
    return Text(analyzer=prefixes, search_analyzer=whole_words, index_options="docs", norms=False)


class DirectoryDocument(Document):
    class Meta:
        dynamic = MetaField("strict")  # a document with a field not mapped here is an error

    page_id = Integer()
    locale = Keyword()
    url = stored()
    name = stored()
    name_sort = Keyword()
    headline = stored()
    areas = Keyword(multi=True)  # in the entry's order
    languages = Keyword(multi=True)  # sorted, as in the entry
    country = Keyword()
    city = stored()
    availability = Keyword()
    years_ngo = Integer()
    years_mentoring = Integer()
    name_text = words_field()
    text = words_field()


def document(entry):
    return {
        "page_id": entry.page_id,
        "locale": entry.locale,
        "url": entry.url,
        "name": entry.name,
        "name_sort": entry.name_sort,
        "headline": entry.headline,
        "areas": entry.areas.split(),
        "languages": entry.languages.split(),
        "country": entry.country,
        "city": entry.city,
        "availability": entry.availability,
        "years_ngo": entry.years_ngo,
        "years_mentoring": entry.years_mentoring,
        "name_text": entry.name_text.strip(),
        "text": entry.text.strip(),
    }


def hit(source):
    return Hit(
        page_id=source["page_id"],
        url=source["url"],
        name=source["name"],
        headline=source["headline"],
        areas=tuple(source["areas"]),
        languages=tuple(source["languages"]),
        country=source["country"],
        city=source["city"],
        availability=source["availability"],
        years_ngo=source["years_ngo"],
        years_mentoring=source["years_mentoring"],
    )


def facet_filter(facet, values):
    """OR within a facet; None when nothing is selected."""
    if not values:
        return None
    return Q("terms", **{FACET_FIELDS[facet]: [str(value) for value in values]})


def all_of(filters):
    return Q("bool", filter=[condition for condition in filters if condition is not None])


class ElasticsearchBackend:
    name = "elasticsearch"
    # Whatever the client can raise: the service answers from the database instead.
    errors = (ApiError, TransportError, BulkIndexError, ElasticsearchDslException)

    def __init__(self, url):
        self.url = url
        self.client = Elasticsearch(
            url, request_timeout=SEARCH_TIMEOUT, max_retries=0, retry_on_timeout=False, retry_on_status=()
        )

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
        index = Index(name)
        index.document(DirectoryDocument)
        index_settings = {"number_of_shards": 1, "auto_expand_replicas": "0-1"}
        if loading:
            index_settings["refresh_interval"] = "-1"
        index.settings(**index_settings)
        if alias:
            index.aliases(**{alias: {}})
        index.create(using=self.admin)

    # --- search --------------------------------------------------------------------------------

    def search(self, query, facet_values):
        """``facet_values``: facet -> every value it can take, each of which gets a count."""
        selected = {facet: facet_filter(facet, query.selected(facet)) for facet in FACETS}
        sort = query.effective_sort
        search = Search(using=self.client, index=self.alias(query.locale)).query(
            self.text_query(query.terms, scored=sort == "relevance")
        )
        if any(condition is not None for condition in selected.values()):
            search = search.post_filter(all_of(selected.values()))
        for facet in FACETS:
            values = [str(value) for value in facet_values[facet]]
            if not values:
                continue
            others = all_of(condition for other, condition in selected.items() if other != facet)
            counts = A("filter", filter=others)
            field = FACET_FIELDS[facet]
            counts.bucket(
                "values", "filters", filters={value: Q("term", **{field: value}) for value in values}
            )
            search.aggs.bucket(facet, counts)
        if sort == "name":
            search = search.sort("name_sort", "page_id")
        elif sort == "experience":
            search = search.sort("-years_mentoring", "-years_ngo", "name_sort", "page_id")
        else:
            search = search.sort({"_score": {"order": "desc"}}, "name_sort", "page_id")
        start = max(0, (query.page - 1) * query.per_page)
        if start >= MAX_RESULT_WINDOW:  # beyond what Elasticsearch pages through: counts only
            start, size = 0, 0
        else:
            size = max(0, min(query.per_page, MAX_RESULT_WINDOW - start))
        search = search.extra(from_=start, size=size, track_total_hits=True).source(HIT_FIELDS)

        response = search.execute().to_dict()
        facets = {facet: {} for facet in FACETS}
        for facet, counts in response.get("aggregations", {}).items():
            facets[facet] = {
                value: bucket["doc_count"] for value, bucket in counts["values"]["buckets"].items()
            }
        return DirectoryResults(
            hits=[hit(found["_source"]) for found in response["hits"]["hits"]],
            total=response["hits"]["total"]["value"],
            facets=facets,
            page=query.page,
            per_page=query.per_page,
            backend=self.name,
        )

    @staticmethod
    def text_query(terms, scored):
        """Every term begins some word of ``text``. Scored like the database: per term, 3 when it begins
        a word of the name, else 1 (``dis_max`` of two constant scores; the text always matches)."""
        matches = [Q("match", text={"query": term, "operator": "and"}) for term in terms]
        relevance = []
        if scored:
            relevance = [
                Q(
                    "dis_max",
                    queries=[
                        Q(
                            "constant_score",
                            filter=Q("match", text={"query": term, "operator": "and"}),
                            boost=1,
                        ),
                        Q(
                            "constant_score",
                            filter=Q("match", name_text={"query": term, "operator": "and"}),
                            boost=3,
                        ),
                    ],
                )
                for term in terms
            ]
        return Q("bool", filter=matches, should=relevance)

    # --- indexing ------------------------------------------------------------------------------

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

    def alias_pattern(self):
        return ",".join(f"{self.alias(locale)}_*" for locale in self.locales())

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
