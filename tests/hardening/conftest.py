"""Hardening tests use the content fixtures of the stories tests."""

from tests.stories.conftest import taxonomy  # noqa: F401
