"""Demo mentor profiles: 25 realistic ones (``profiles.py``) and a seeded generator of synthetic ones.
Core's demo loader finds ``load`` here: the directory and the 25 profiles."""

from .loader import MentorDemoLoader


def load(context):
    MentorDemoLoader(context).load()
