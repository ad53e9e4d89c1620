"""Demo mentor profiles: 25 realistic ones (``profiles.py``) and a seeded generator of synthetic ones."""
