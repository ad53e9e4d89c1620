"""What the index holds: its mapping and analyzers, and the document of a ``DirectoryEntry``.

Documents are made from ``DirectoryEntry`` rows, whose ``text`` and ``name_text`` are already folded
words (``search.text``). The index analyzer cuts each word into its prefixes of 1 to 20 characters and
the search analyzer keeps query words whole, so a query word matches a document exactly when it begins
one of its words, as in the database backend.
"""

from elasticsearch_dsl import Document, Index, Integer, Keyword, MetaField, Text, analyzer, token_filter

from search.models import DirectoryEntry
from search.query import MULTI_VALUED
from search.text import MAX_TERM_LENGTH

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


DOCUMENT_FIELDS = tuple(field.attname for field in DirectoryEntry._meta.concrete_fields)  # all, as mapped
WORDS_FIELDS = ("name_text", "text")


def document(entry):
    """The ``_source`` of an entry: its multi-valued fields as lists, its words without the padding."""
    source = {}
    for name in DOCUMENT_FIELDS:
        value = getattr(entry, name)
        if name in MULTI_VALUED:
            value = value.split()
        elif name in WORDS_FIELDS:
            value = value.strip()
        source[name] = value
    return source


def create_index(client, name, alias=None, loading=False):
    """Create the index ``name`` (behind ``alias`` if given); ``loading``: not refreshed until loaded."""
    index = Index(name)
    index.document(DirectoryDocument)
    index_settings = {"number_of_shards": 1, "auto_expand_replicas": "0-1"}
    if loading:
        index_settings["refresh_interval"] = "-1"
    index.settings(**index_settings)
    if alias:
        index.aliases(**{alias: {}})
    index.create(using=client)
