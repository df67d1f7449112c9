"""What the code imports is pinned, and what gets installed is the lock of those pins.

requirements*.txt name the distributions the project uses; requirements*.lock (pip-tools,
`make lock`) pin everything they pull in, with hashes, and are what `make run` and CI
install. These tests fail when a pin is edited without renewing the lock, or when the
code starts importing a distribution that is only there because something else needs it.
"""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The project's packages as the import contracts name them, without the bench and tests.
PRODUCT_PACKAGES = [
    package
    for package in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "root_packages"
    ]
    if package not in {"bench", "tests"}
]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)", re.MULTILINE)


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(filename):
    return {canonical(name): version for name, version in PIN.findall((ROOT / filename).read_text())}


def test_every_pin_is_locked_at_its_version():
    for listed, locked in [
        ("requirements.txt", "requirements.lock"),
        ("requirements-dev.txt", "requirements-dev.lock"),
        ("requirements.lock", "requirements-dev.lock"),
    ]:
        lock = pins(locked)
        stale = {name: version for name, version in pins(listed).items() if lock.get(name) != version}
        assert not stale, f"{listed} and {locked} disagree on {stale}: run `make lock`"


def test_every_locked_distribution_carries_hashes():
    for locked in ("requirements.lock", "requirements-dev.lock"):
        entries = re.split(r"\n(?=\S)", (ROOT / locked).read_text())
        unhashed = [
            entry.split()[0] for entry in entries if "==" in entry.split("\n")[0] and "--hash" not in entry
        ]
        assert not unhashed, f"{locked}: no hashes for {unhashed}"


def imported_top_level_modules():
    modules = set()
    for package in PRODUCT_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts or path.name == "bench.py":
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Import):
                    modules.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - set(PRODUCT_PACKAGES)


def test_every_distribution_the_product_imports_is_pinned_in_requirements_txt():
    runtime = pins("requirements.txt")
    providers = packages_distributions()
    unpinned = {}
    for module in sorted(imported_top_level_modules()):
        distributions = {canonical(name) for name in providers.get(module, [])}
        assert distributions, f"no installed distribution provides `{module}`"
        if not distributions & runtime.keys():
            unpinned[module] = sorted(distributions)
    assert not unpinned, f"imported but not pinned in requirements.txt: {unpinned}"
