"""What the operator sees while an import runs: one progress bar, not a log line per page.

Wagtail logs every page it creates, edits and publishes at INFO, two or three lines per
item: ten thousand posts would bury the summary and the failures. While an import runs,
its loggers and Wagtail's say only what went wrong (warnings and errors), unless the
operator asks for everything with --verbosity 3. The details of every item are in the CSV
report (and printed with --verbosity 2).
"""

import logging
import time
from contextlib import contextmanager

from tqdm import tqdm

QUIETED_LOGGERS = ("wagtail", "wagtail_localize", "wordpress")


@contextmanager
def quiet_logging(verbosity):
    """Wagtail's and the importer's INFO lines off while the block runs (at verbosity < 3)."""
    loggers = [logging.getLogger(name) for name in QUIETED_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG if verbosity >= 3 else logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


class _Unended:
    """A command's output stream without the line ending Django adds to each write: the
    bar redraws itself on one line."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(text, ending="")

    def flush(self):
        self.stream.flush()

    def isatty(self):
        return getattr(self.stream, "isatty", lambda: False)()


class Progress:
    """One bar over every item of the import (`every` = 0), or, for logs, a plain line every
    `every` items of each kind."""

    def __init__(self, stream, total, every=0, enabled=True):
        self.stream, self.every, self.enabled = stream, every, enabled
        self.started = time.monotonic()
        self.bar = None
        if enabled and not every:
            self.bar = tqdm(
                total=total,
                file=_Unended(stream),
                unit="item",
                dynamic_ncols=True,
                mininterval=0.2,
                leave=True,
            )

    def __call__(self, kind, done, total):
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.set_description(kind + "s", refresh=False)
            self.bar.update(1)
        elif done % self.every == 0 or done == total:
            self.stream.write(f"  {kind}s: {done}/{total} ({time.monotonic() - self.started:.0f} s)")

    def close(self):
        if self.bar is not None:
            self.bar.close()
            self.bar = None
