"""The Elasticsearch backend: the same answers as the database backend, from one search request.

One index per directory language, behind an alias: ``<prefix>_<locale>`` (the prefix is the setting
``ELASTICSEARCH_INDEX_PREFIX``, "directory" by default) points at ``<prefix>_<locale>_<timestamp>``. A
rebuild loads a new index and moves the alias in one atomic step, then drops the old index.

By job: ``documents`` (the index's mapping and analyzers, an entry's document), ``searching`` (one
directory query as one search request, and its response as ``DirectoryResults``), ``indices`` (index
names, sync, rebuild and alias switch) and ``backend`` (the class the service uses).
"""

from .backend import ElasticsearchBackend

__all__ = ["ElasticsearchBackend"]
