"""Search tests use the content fixtures of the stories and publications tests."""

from tests.publications.conftest import library, series  # noqa: F401
from tests.stories.conftest import taxonomy  # noqa: F401
