"""Reading settings from environment variables, in one place for settings, gunicorn and S3.

An operator's typo stops the start with one line naming the variable and what it expects
(not a traceback ending in a bare ValueError), and is never read as a silent default:
`EMAIL_PORT=58 7` or `SECURE_SSL_REDIRECT=ture` fail loudly. An empty value counts as
unset, which is how most process managers write a variable they were told to clear.
"""

import os

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})


class Environment:
    """Typed reads of `environ` (os.environ unless a mapping is given, as tests do)."""

    def __init__(self, environ=None):
        self.environ = os.environ if environ is None else environ

    def text(self, name, default=""):
        value = self.environ.get(name, "").strip()
        return value or default

    def is_set(self, name):
        return bool(self.text(name))

    def flag(self, name, default):
        """A yes/no switch: 1/true/yes/on or 0/false/no/off, in any case."""
        value = self.text(name).lower()
        if not value:
            return default
        if value in TRUE_WORDS:
            return True
        if value in FALSE_WORDS:
            return False
        raise self.invalid(name, "true or false")

    def integer(self, name, default):
        return self.parsed(name, default, int, "a whole number")

    def number(self, name, default):
        return self.parsed(name, default, float, "a number")

    def items(self, name, default=""):
        """A comma-separated list, blanks dropped."""
        return [item.strip() for item in self.text(name, default).split(",") if item.strip()]

    def parsed(self, name, default, parse, expected):
        value = self.text(name)
        if not value:
            return default
        try:
            return parse(value)
        except ValueError:
            raise self.invalid(name, expected) from None

    def invalid(self, name, expected):
        # SystemExit prints its message alone, as settings do for a missing SECRET_KEY.
        return SystemExit(
            f"Amani cannot start: the environment variable {name}={self.environ[name]!r} "
            f"should be {expected}."
        )


env = Environment()
