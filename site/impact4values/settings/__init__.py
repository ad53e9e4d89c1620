"""Settings modules: ``base`` (safe for production), ``dev``, ``production`` and ``test``."""
