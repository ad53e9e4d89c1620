"""The backend the search service uses: a client, the errors that make it fall back, and ``search``."""

from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.helpers import BulkIndexError
from elasticsearch_dsl.exceptions import ElasticsearchDslException

from .indices import IndexMaintenance
from .searching import directory_search, results

SEARCH_TIMEOUT = 3  # seconds: a visitor's search falls back to the database rather than wait


class ElasticsearchBackend(IndexMaintenance):
    name = "elasticsearch"
    # Whatever the client can raise: the service answers from the database instead.
    errors = (ApiError, TransportError, BulkIndexError, ElasticsearchDslException)

    def __init__(self, url):
        self.url = url
        self.client = Elasticsearch(
            url, request_timeout=SEARCH_TIMEOUT, max_retries=0, retry_on_timeout=False, retry_on_status=()
        )

    def search(self, query, facet_values):
        """``facet_values``: facet -> every value it can take, each of which gets a count."""
        request = directory_search(self.client, self.alias(query.locale), query, facet_values)
        return results(request.execute().to_dict(), query, self.name)
