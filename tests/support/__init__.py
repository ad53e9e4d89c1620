"""Helpers shared by the test modules: no tests live here."""
