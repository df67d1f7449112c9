"""Every environment variable the deployment guide and README name is read by the settings."""

import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
SETTINGS_SOURCE = "\n".join(path.read_text() for path in (ROOT / "config").rglob("*.py"))
VARIABLE = re.compile(r"`([A-Z][A-Z0-9_]{2,})`")
# Names in backticks that are not environment variables: a settings list, a role attribute.
NOT_VARIABLES = {"LANGUAGES", "CREATEDB"}


@pytest.mark.parametrize("document", ["docs/deploy.md", "README.md"])
def test_every_variable_named_in_the_docs_exists_in_the_settings(document):
    named = set(VARIABLE.findall((ROOT / document).read_text())) - NOT_VARIABLES
    missing = {name for name in named if f'"{name}"' not in SETTINGS_SOURCE}
    assert missing == set()
