"""Tests that need an outside service skip without it, except in CI, where a missing service fails."""

import os

import pytest


def in_ci():
    return os.environ.get("CI", "").lower() == "true"


def require_service(available, reason):
    if available:
        return
    if in_ci():
        pytest.fail(f"CI must provide this service: {reason}")
    pytest.skip(reason)
