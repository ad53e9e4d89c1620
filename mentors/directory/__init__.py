"""The public mentor directory: its views (HTML and JSON), the FilterSet of its parameters, and the
presentation of search results in the directory's language. The search itself is ``search.service``."""
