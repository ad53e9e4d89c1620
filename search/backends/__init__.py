"""Directory search backends. Each takes a ``DirectoryQuery`` and returns ``DirectoryResults``."""
