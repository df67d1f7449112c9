"""`make bench`: build the benchmark data set on PostgreSQL, serve it with gunicorn under
production settings on 127.0.0.1, measure every page type cached and uncached, and write
docs/benchmarks.md.

    python bench/run.py [--stories 5000] [--publications 500] [--seconds 5] [--rounds 3]
                        [--keep] [--reindex] [--no-growth] [--build-only]

Throughput, per page: requests per second and p50/p99 latency with 8 concurrent keep-alive
clients against 2 workers, with the page cache on and off; the workers' CPU time per
request; database queries of one uncached render; HTML bytes; HTML+CSS+JS compressed (gzip,
as a browser accepts it); and, for a story, the total transfer at 360 px width (HTML, CSS,
JS and the images a 360 px browser picks from each srcset). What readership counting costs
is measured by serving the cached pages twice at once, counting on and off, and loading the
two in turn for `--rounds` rounds (the order alternates, so drift on a shared machine falls
on both); each figure is the round with the median rate. A hashed static file, served by
the same workers, is the yardstick for cached pages.

Search latency, per search: p50/p95 uncached with one client per worker (the time a reader
waits, without queueing behind other readers), at the full size and at a quarter of it
(its own data set), and the growth factor between the two. Targets are printed next to
results.

It runs on this machine's PostgreSQL (127.0.0.1:5432) as the role `amani`, which
config/local_postgres.py creates with its database when they are missing, as for the tests;
the role then creates the bench's own databases, amani_bench_<stories>, and ANALYZEs them
once the data is in. A data set is built under a temporary name and renamed when complete,
so an interrupted build is never reused. DATABASE_URL is not used.
"""

import argparse
import gzip
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from config.local_postgres import DEFAULT_URL, ensure_database  # noqa: E402
from config.local_production import free_port, production_env, wait_for  # noqa: E402

CONCURRENCY = 8
WORKERS = 2
# A phone browser, so readership counts the load as reading (an empty agent is a bot's).
READER = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"
CACHED, UNCOUNTED, UNCACHED = "cached", "cached, counting off", "uncached"
# Settings of each run: the counting-off run shows what counting costs.
RUN_SETTINGS = {
    CACHED: {"PAGE_CACHE_ENABLED": "true", "READERSHIP_ENABLED": "true"},
    UNCOUNTED: {"PAGE_CACHE_ENABLED": "true", "READERSHIP_ENABLED": "false"},
    UNCACHED: {"PAGE_CACHE_ENABLED": "false", "READERSHIP_ENABLED": "true"},
}
ADMIN_URL = "postgres://amani@127.0.0.1:5432/postgres"

# What the bench asks for each page: a name and a path, filled in once the data exists.
FIND_PATHS = """
import json
from publications.models import MagazineEditionPage, PublicationIndexPage
from stories.models import StoryIndexPage, StoryPage
index = StoryIndexPage.objects.get(locale__language_code="en")
story = StoryPage.objects.filter(locale__language_code="en", slug__startswith="bench-story-").order_by("pk").first()
edition = MagazineEditionPage.objects.filter(locale__language_code="en").first()
library = PublicationIndexPage.objects.get(locale__language_code="en")
theme = story.themes.first().slug
print("PATHS" + json.dumps({
    "home": "/en/",
    "story index": index.url,
    "story index, deep and filtered": f"{index.url}?theme={theme}&year=2019&page=5",
    "story": story.url,
    "library": library.url,
    "edition": edition.url,
}))
print("SEARCHES" + json.dumps({
    "two words": "/en/search/?q=women+peace",
    "one word": "/en/search/?q=peace",
    "filtered by theme": f"/en/search/?q=women+peace&theme={theme}",
    "sorted by date": "/en/search/?q=women+peace&sort=date",
    "French": "/fr/search/?q=paix",
    "Kiswahili": "/sw/search/?q=amani",
    "Arabic": "/ar/search/?q=%D8%A7%D9%84%D8%B3%D9%84%D8%A7%D9%85",
}))
"""

# Queries of one render of each path with the page cache off, in-process with Django's test
# client, after a first render: the site chrome (menus, settings) is cached, as on a live site.
COUNT_QUERIES = """
import json, sys
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
paths = json.loads(sys.stdin.read())
client = Client(HTTP_HOST="127.0.0.1")
counts = {}
for name, path in paths.items():
    client.get(path)  # renditions and chrome made once, as on a running site
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    counts[name] = len(queries.captured_queries)
print("QUERIES" + json.dumps(counts))
"""


def manage(env, *args, stdin=None):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, input=stdin
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result.stdout


def database_exists(name):
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        return (
            connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None
        )


def fresh_database(name):
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"postgres://amani@127.0.0.1:5432/{name}"


def analyze(url):
    """Planner statistics for the data just built. Autovacuum is off on the machines this runs
    on, and without statistics PostgreSQL guesses every row count and picks plans blind."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("ANALYZE")


def fetch(connection, path, headers=None):
    connection.request("GET", path, headers={"Host": "127.0.0.1", **(headers or {})})
    response = connection.getresponse()
    return response.status, response.read(), dict(response.getheaders())


def _stat_fields(stat_file):
    """The fields of /proc/<pid>/stat after the command name: state (3rd field), ppid, …"""
    return stat_file.read_text().rsplit(")", 1)[1].split()


def workers_cpu_seconds(master_pid):
    """CPU time (user and system) used so far by the gunicorn workers of `master_pid`: the
    live ones (utime, stime: 14th and 15th fields) and those gunicorn has recycled after
    GUNICORN_MAX_REQUESTS, which the master's cutime and cstime (16th, 17th) count."""
    master = _stat_fields(Path(f"/proc/{master_pid}/stat"))
    total_ticks = int(master[13]) + int(master[14])
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = _stat_fields(stat)
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[1]) == master_pid:
            total_ticks += int(fields[11]) + int(fields[12])
    return total_ticks / os.sysconf("SC_CLK_TCK")


def percentile(ordered, share):
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def load(port, path, seconds, master_pid, clients=CONCURRENCY):
    """Requests per second and latencies (ms) of `clients` keep-alive clients for `seconds`;
    `cpu_ms`, the workers' CPU time per request; and `capacity`, what WORKERS workers could
    answer with a core each at that cost (the load generator shares the machine's cores and
    caps the measured rate)."""
    latencies, errors = [], []
    stop_at = time.monotonic() + seconds
    cpu_before = workers_cpu_seconds(master_pid)

    def client():
        connection = HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            status, _body, _headers = fetch(
                connection, path, {"Accept-Encoding": "gzip", "User-Agent": READER}
            )
            mine.append((time.perf_counter() - started) * 1000)
            if status != 200:
                errors.append(status)
        latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    cpu_per_request = (workers_cpu_seconds(master_pid) - cpu_before) / len(latencies)
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "cpu_ms": cpu_per_request * 1000,
        "capacity": WORKERS / cpu_per_request if cpu_per_request else float("inf"),
        "p50": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "p99": percentile(latencies, 0.99),
        "errors": len(errors),
    }


def median_run(samples):
    """The sample with the median rate, whole, so its latencies and CPU belong to it."""
    ordered = sorted(samples, key=lambda sample: sample["rps"])
    return {**ordered[len(ordered) // 2], "errors": sum(sample["errors"] for sample in samples)}


def serve(env, log):
    """A gunicorn of WORKERS workers on a free port, once it answers: (process, port)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=ROOT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(WORKERS)},
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    import requests

    wait_for(lambda: requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200, 60)
    return process, port


SRCSET = re.compile(r'<img[^>]*?(?:srcset="([^"]+)")?[^>]*?src="([^"]+)"[^>]*>')
ASSETS = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


def image_for_360(srcset, src):
    """The candidate a 360 px wide, 1× screen picks: the smallest at least 360 px wide."""
    if not srcset:
        return src
    candidates = []
    for part in srcset.split(","):
        url, _, width = part.strip().partition(" ")
        candidates.append((int(width.rstrip("w") or 0), url))
    candidates.sort()
    return next((url for width, url in candidates if width >= 360), candidates[-1][1])


def page_weight(port, path):
    """Bytes of a page: HTML raw and gzipped, HTML+CSS+JS gzipped, and all at 360 px."""
    connection = HTTPConnection("127.0.0.1", port, timeout=30)
    _status, html, _headers = fetch(connection, path)
    text = html.decode()
    html_gzip = len(gzip.compress(html))
    assets = 0
    for url in set(ASSETS.findall(text)):
        _s, body, headers = fetch(connection, urlsplit(url).path, {"Accept-Encoding": "gzip"})
        assets += len(body)
    images = 0
    for srcset, src in SRCSET.findall(text):
        _s, body, _h = fetch(connection, urlsplit(image_for_360(srcset, src)).path)
        images += len(body)
    return {
        "html": len(html),
        "html_gzip": html_gzip,
        "code_gzip": html_gzip + assets,
        "total_360": html_gzip + assets + images,
    }


def kb(number):
    return f"{number / 1024:.1f} KB"


def wordpress_import(posts):
    """The WordPress importer's own benchmark (wordpress/bench.py): its summary line."""
    result = subprocess.run(
        [sys.executable, "-m", "wordpress.bench", "--posts", str(posts)],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        capture_output=True,
        text=True,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("Imported")]
    return lines[-1] if lines else f"failed: {result.stderr[-500:]}"


class Server:
    """A gunicorn serving the data set with one run's settings, stopped on leaving."""

    def __init__(self, env, run, log):
        self.env = {**env, **RUN_SETTINGS[run]}
        self.log = log

    def __enter__(self):
        self.process, self.port = serve(self.env, self.log)
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)

    def load(self, path, seconds, clients=CONCURRENCY):
        return load(self.port, path, seconds, self.process.pid, clients)


def stylesheet_path(server, page_path):
    """The first hashed stylesheet a page links to, as the static file to compare with."""
    _status, html, _headers = fetch(HTTPConnection("127.0.0.1", server.port, timeout=30), page_path)
    styles = [url for url in ASSETS.findall(html.decode()) if url.endswith(".css")]
    return urlsplit(styles[0]).path


def measure_pages(env, paths, args, log):
    """Every page cached (counting on and off, in turn, `args.rounds` times) and uncached;
    the static file in the cached rounds; and each page's weight."""
    runs = {run: {} for run in (CACHED, UNCOUNTED, UNCACHED)}
    static = []
    with Server(env, CACHED, log) as counted, Server(env, UNCOUNTED, log) as uncounted:
        static_path = stylesheet_path(counted, paths["home"])
        for name, path in paths.items():
            samples = {CACHED: [], UNCOUNTED: []}
            for server in (counted, uncounted):
                server.load(path, 1)  # warm up: renditions, caches
            for round_number in range(args.rounds):
                turn = [(CACHED, counted), (UNCOUNTED, uncounted)]
                for run, server in turn if round_number % 2 == 0 else reversed(turn):
                    samples[run].append(server.load(path, args.seconds))
                static.append(counted.load(static_path, args.seconds))
            for run in samples:
                runs[run][name] = median_run(samples[run])
            print(
                f"cached {name:32} {runs[CACHED][name]['rps']:7.0f} req/s, "
                f"counting off {runs[UNCOUNTED][name]['rps']:7.0f}",
                flush=True,
            )
        weights = {name: page_weight(counted.port, path) for name, path in paths.items()}
    with Server(env, UNCACHED, log) as server:
        for name, path in paths.items():
            server.load(path, 1)
            runs[UNCACHED][name] = server.load(path, args.seconds)
            print(f"uncached {name:30} {runs[UNCACHED][name]['rps']:7.0f} req/s", flush=True)
    return runs, {"path": static_path, **median_run(static)}, weights


def measure_searches(env, searches, seconds, log):
    """Each search uncached, one client per worker: the latency a reader sees."""
    results = {}
    with Server(env, UNCACHED, log) as server:
        for name, path in searches.items():
            server.load(path, 1, clients=WORKERS)
            results[name] = server.load(path, seconds, clients=WORKERS)
            print(f"search {name:32} p95 {results[name]['p95']:7.1f} ms", flush=True)
    return results


# The plan of the slowest query of the first search, as PostgreSQL ran it: node lines and
# timings, without the per-node detail (filters, buffers) that makes it unreadable.
EXPLAIN_SEARCH = """
import json, sys
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
path = next(iter(json.loads(sys.stdin.read()).values()))
client = Client(HTTP_HOST="127.0.0.1")
client.get(path)
with CaptureQueriesContext(connection) as queries:
    client.get(path)
slowest = max(queries.captured_queries, key=lambda query: float(query["time"]))
with connection.cursor() as cursor:
    cursor.execute("EXPLAIN (ANALYZE, COSTS OFF) " + slowest["sql"])
    plan = [row[0] for row in cursor.fetchall()]
summary = [line for line in plan if "->" in line or line == plan[0] or "Time:" in line]
print("EXPLAIN" + json.dumps(summary[:40]))
"""


def counting_share(counted, uncounted):
    return f"{counted['rps'] / uncounted['rps']:.0%}" if uncounted["rps"] else "n/a"


def counting_share_overall(runs):
    counted = sum(run["rps"] for run in runs[CACHED].values())
    uncounted = sum(run["rps"] for run in runs[UNCOUNTED].values())
    return counting_share({"rps": counted}, {"rps": uncounted})


def data_set(args, stories, publications):
    """The environment serving a data set of `stories` per language, built unless `--keep`
    finds it complete, and the minutes building took (None when reused)."""
    name = f"amani_bench_{stories}"
    building = f"{name}_building"
    environment = {
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        "CACHE_KEY_PREFIX": f"amani-bench-{stories}-{time.time_ns()}",
        "MEDIA_ROOT": str(ROOT / "bench" / "media"),
        "SERVE_MEDIA": "true",
        "BENCH_STORIES": str(stories),
        "BENCH_PUBLICATIONS": str(publications),
        "LOG_LEVEL": "WARNING",
    }
    static_root = Path(tempfile.mkdtemp(prefix="amani-bench-static-"))
    env = production_env(static_root, DATABASE_URL=f"postgres://amani@127.0.0.1:5432/{name}", **environment)
    started = time.monotonic()
    if args.keep and database_exists(name):
        manage(env, "migrate", "--no-input", "-v0")
        if args.reindex:
            print(f"re-indexing {name}…", flush=True)
            manage(env, "update_index")
        analyze(env["DATABASE_URL"])
        return env, None
    print(f"building {name} (several minutes)…", flush=True)
    build_env = {**env, "DATABASE_URL": fresh_database(building)}
    manage(build_env, "migrate", "--no-input", "-v0")
    manage(build_env, "load_demo_content")
    print(manage(build_env, "shell", "-c", (ROOT / "bench" / "build_data.py").read_text()), flush=True)
    manage(build_env, "update_index")
    rename_database(building, name)
    analyze(env["DATABASE_URL"])
    return env, (time.monotonic() - started) / 60


def rename_database(old, new):
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{new}" WITH (FORCE)')
        connection.execute(f'ALTER DATABASE "{old}" RENAME TO "{new}"')


def shell_json(env, script, marker, stdin=None):
    """The JSON a manage.py shell script printed after `marker` on a line of its own."""
    output = manage(env, "shell", "-c", script, stdin=stdin)
    return next(json.loads(line[len(marker) :]) for line in output.splitlines() if line.startswith(marker))


def growth(full, quarter):
    return full / quarter if quarter else float("inf")


def write_report(args, report):
    paths, queries, runs, static, weights = (
        report[key] for key in ("paths", "queries", "runs", "static", "weights")
    )
    built = [
        f"{stories:,} stories per language in {minutes:.1f} min"
        for stories, minutes in report["build_minutes"].items()
        if minutes is not None
    ]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` (bench/run.py) on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: "
        f"{args.stories:,} stories in each of the four languages with photos, {args.publications:,} "
        f"reports on top of the demo content, on PostgreSQL, served by gunicorn ({WORKERS} sync "
        f"workers, production settings) on 127.0.0.1. Machine: {platform.machine()}, {os.cpu_count()} "
        f"cores, Python {platform.python_version()}. "
        + (
            f"Built: {'; '.join(built)}."
            if built
            else "The data sets were built by an earlier run (`--keep`)."
        ),
        "",
        "## Pages",
        "",
        f"{CONCURRENCY} keep-alive clients for {args.seconds} s per page and run; cached runs are the "
        f"median of {args.rounds} rounds. Targets: uncached story page within 10 queries, story index "
        "and library within 12; at most 15 ms of worker CPU per uncached story, story index and home; "
        "cached pages at least 1,000 req/s on 2 workers and at least 80 % of the static file's rate, "
        "keeping at least 95 % of their rate with readership counting on; HTML+CSS+JS of any page at "
        "most 30 KB compressed; a story page at most 150 KB in all at 360 px. Load generator and "
        "server share the machine's cores, so the requests per second understate what a separate "
        "load generator would see.",
        "",
        "| Page | Queries (page cache off) | Cached req/s | Of static file | Cached capacity¹ "
        "| Cached p50 / p99 ms | Cached req/s, counting off² | Uncached req/s | Uncached p50 / p99 ms "
        "| Uncached CPU ms³ | HTML | HTML+CSS+JS gzip |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in paths.items():
        cached, uncounted, uncached = (runs[run][name] for run in (CACHED, UNCOUNTED, UNCACHED))
        weight = weights[name]
        lines.append(
            f"| {name} (`{path}`) | {queries[name]} | {cached['rps']:.0f} "
            f"| {cached['rps'] / static['rps']:.0%} | {cached['capacity']:.0f} "
            f"| {cached['p50']:.1f} / {cached['p99']:.1f} "
            f"| {uncounted['rps']:.0f} ({counting_share(cached, uncounted)} kept) "
            f"| {uncached['rps']:.0f} | {uncached['p50']:.1f} / {uncached['p99']:.1f} "
            f"| {uncached['cpu_ms']:.1f} | {kb(weight['html'])} | {kb(weight['code_gzip'])} |"
        )
    story = weights["story"]
    lines += [
        "",
        f"The static file (`{static['path']}`, whitenoise in the same workers): {static['rps']:.0f} req/s, "
        f"p50 {static['p50']:.1f} ms.",
        "",
        f"¹ Requests per second that {WORKERS} workers could answer with a core each: {WORKERS} divided "
        "by the workers' CPU time per request during the cached run (read from /proc). The measured "
        "rate is lower because the load generator (Python threads) takes its share of the same two "
        "cores; Redis' own CPU time is not counted.",
        "",
        "² The same pages from a second server with readership counting off (`READERSHIP_ENABLED=false`), "
        "loaded in turn with the first; in brackets, the share of those requests per second that the "
        f"counting server keeps (target: at least 95 %; over all pages: {counting_share_overall(runs)}).",
        "",
        "³ The workers' CPU time (user and system, from /proc) per uncached request.",
        "",
        f"A story page at 360 px transfers {kb(story['total_360'])} in all (HTML, CSS, JS and the "
        "photos a 360 px screen picks from each srcset).",
        "",
        "Errors (non-200 answers) during the runs: "
        + str(sum(run["errors"] for mode in runs.values() for run in mode.values()) + static["errors"])
        + ".",
        "",
    ]
    lines += search_report(args, report)
    if report.get("wordpress"):
        lines += [
            "## WordPress import",
            "",
            f"`python -m wordpress.bench --posts {args.wordpress_posts}` (a synthetic export of block-editor "
            "posts, no media, into a fresh SQLite database; target: 10,000 posts within 5 minutes): "
            f"{report['wordpress']}",
            "",
        ]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines))


def search_report(args, report):
    full, quarter = report["searches"], report.get("quarter_searches")
    quarter_stories = args.stories // 4
    lines = [
        "## Search",
        "",
        f"Uncached (page cache and kept rankings off), {WORKERS} clients for {args.seconds} s per "
        f"search, one per worker, so each figure is the time a reader waits rather than a queue. "
        "Targets: p95 at most 100 ms for every search at the full size, growth of p95 from a quarter "
        "of the size to the full size at most 1.5×, at most 15 queries per search.",
        "",
    ]
    if quarter:
        lines += [
            f"| Search | Queries | p50 / p95 ms at {quarter_stories:,} | p50 / p95 ms at {args.stories:,} "
            "| Growth of p95 |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
    else:
        lines += [
            f"| Search | Queries | p50 / p95 ms at {args.stories:,} |",
            "| --- | ---: | ---: |",
        ]
    for name, path in report["search_paths"].items():
        row = f"| {name} (`{unquote(path)}`) | {report['search_queries'][name]} "
        if quarter:
            row += f"| {quarter[name]['p50']:.1f} / {quarter[name]['p95']:.1f} "
        row += f"| {full[name]['p50']:.1f} / {full[name]['p95']:.1f} "
        if quarter:
            row += f"| {growth(full[name]['p95'], quarter[name]['p95']):.2f}× "
        lines.append(row + "|")
    lines.append("")
    if report.get("explain"):
        lines += [
            "The plan of the ranking query of the two-word search at the full size (`EXPLAIN ANALYZE`, "
            "summary):",
            "",
            "```",
            *report["explain"],
            "```",
            "",
        ]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=5000, help="stories per language (default 5000)")
    parser.add_argument("--publications", type=int, default=500, help="reports (default 500)")
    parser.add_argument("--seconds", type=int, default=5, help="seconds of load per page and run")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the cached runs (median)")
    parser.add_argument("--keep", action="store_true", help="reuse data sets built completely before")
    parser.add_argument("--reindex", action="store_true", help="with --keep: rebuild the search index")
    parser.add_argument(
        "--no-growth", action="store_true", help="skip the quarter-size data set and the search growth"
    )
    parser.add_argument("--build-only", action="store_true", help="build the data sets, measure nothing")
    parser.add_argument(
        "--wordpress-posts", type=int, default=10000, help="posts in the WordPress import run (0: skip)"
    )
    args = parser.parse_args()
    postgres = ensure_database(DEFAULT_URL)
    if not postgres.ready:
        sys.exit(f"make bench needs PostgreSQL: {postgres.message}")
    print(postgres.message, flush=True)

    sizes = [(args.stories, args.publications)]
    if not args.no_growth:
        sizes.append((args.stories // 4, args.publications // 4))
    envs, report = {}, {"build_minutes": {}}
    for stories, publications in sizes:
        envs[stories], report["build_minutes"][stories] = data_set(args, stories, publications)
    if args.build_only:
        print("built: " + ", ".join(f"amani_bench_{stories}" for stories, _ in sizes))
        return

    env = envs[args.stories]
    manage(env, "collectstatic", "--no-input", "-v0")
    report["paths"] = paths = shell_json(env, FIND_PATHS, "PATHS")
    report["search_paths"] = searches = shell_json(env, FIND_PATHS, "SEARCHES")
    uncached_env = {**env, **RUN_SETTINGS[UNCACHED]}
    report["queries"] = shell_json(uncached_env, COUNT_QUERIES, "QUERIES", stdin=json.dumps(paths))
    report["search_queries"] = shell_json(uncached_env, COUNT_QUERIES, "QUERIES", stdin=json.dumps(searches))
    report["explain"] = shell_json(uncached_env, EXPLAIN_SEARCH, "EXPLAIN", stdin=json.dumps(searches))

    with open(Path(tempfile.mkdtemp(prefix="amani-bench-")) / "gunicorn.log", "w") as log:
        report["runs"], report["static"], report["weights"] = measure_pages(env, paths, args, log)
        report["searches"] = measure_searches(env, searches, args.seconds, log)
        if not args.no_growth:
            quarter_env = envs[args.stories // 4]
            manage(quarter_env, "collectstatic", "--no-input", "-v0")
            quarter_paths = shell_json(quarter_env, FIND_PATHS, "SEARCHES")
            report["quarter_searches"] = measure_searches(quarter_env, quarter_paths, args.seconds, log)
    if args.wordpress_posts:
        report["wordpress"] = wordpress_import(args.wordpress_posts)
    write_report(args, report)
    print("written docs/benchmarks.md")


if __name__ == "__main__":
    main()
