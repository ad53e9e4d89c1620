"""Production: everything comes from the environment (see the README's table)."""

from .base import *  # noqa: F403
