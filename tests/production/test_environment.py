"""Settings read from the environment: typed, blanks as unset, typos stop the start."""

import pytest

from config.environment import Environment
from tests.home.test_settings import run_manage


def test_values_are_read_with_their_types():
    env = Environment(
        {
            "PORT": " 587 ",
            "RATIO": "0.25",
            "TLS": "Yes",
            "SSL": "off",
            "HOSTS": "a.org, ,b.org",
            "NAME": " x ",
        }
    )
    assert env.integer("PORT", 25) == 587
    assert env.number("RATIO", 1.0) == 0.25
    assert env.flag("TLS", False) is True
    assert env.flag("SSL", True) is False
    assert env.items("HOSTS") == ["a.org", "b.org"]
    assert env.text("NAME") == "x"


def test_unset_and_blank_variables_take_the_default():
    env = Environment({"BLANK": "  "})
    for name in ("BLANK", "MISSING"):
        assert env.text(name, "default") == "default"
        assert env.integer(name, 7) == 7
        assert env.flag(name, True) is True
        assert env.items(name, "a,b") == ["a", "b"]
        assert not env.is_set(name)


@pytest.mark.parametrize(
    ("value", "read", "expected"),
    [
        ("58 7", lambda env: env.integer("V", 1), "a whole number"),
        ("0,25", lambda env: env.number("V", 1.0), "a number"),
        ("ture", lambda env: env.flag("V", False), "true or false"),
    ],
)
def test_a_typo_stops_with_the_variable_and_what_it_expects(value, read, expected):
    with pytest.raises(SystemExit) as stop:
        read(Environment({"V": value}))
    assert (
        str(stop.value) == f"Amani cannot start: the environment variable V={value!r} should be {expected}."
    )


def test_production_settings_stop_on_a_typo_in_one_line_without_a_traceback():
    result = run_manage("check", SECRET_KEY="x" * 50, SECURE_SSL_REDIRECT="ture")
    assert result.returncode == 1
    assert "SECURE_SSL_REDIRECT='ture' should be true or false" in result.stderr
    assert "Traceback" not in result.stderr
