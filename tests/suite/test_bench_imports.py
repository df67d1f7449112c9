"""`make bench` runs without the test suite: bench/ and the WordPress importer's benchmark
import neither pytest nor anything from tests/ (the helpers they share with the tests live in
config/)."""

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEST_ONLY = {"tests", "pytest", "_pytest", "pytest_django", "xdist"}
BENCH_FILES = sorted((ROOT / "bench").glob("*.py")) + [ROOT / "wordpress" / "bench.py"]


def imported_top_level_names(path):
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_importing_the_bench_loads_neither_pytest_nor_the_tests():
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys, bench.run, wordpress.bench; print(json.dumps(sorted(sys.modules)))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    top_level = {name.split(".")[0] for name in json.loads(loaded)}
    assert TEST_ONLY.isdisjoint(top_level), sorted(top_level & TEST_ONLY)


def test_no_bench_file_imports_pytest_or_the_tests():
    # bench/build_data.py builds data when imported, so its imports are read, not run.
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_top_level_names(path) & TEST_ONLY)
        for path in BENCH_FILES
    }
    assert {path: names for path, names in offenders.items() if names} == {}
