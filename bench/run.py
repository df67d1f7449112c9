"""`make bench`: build the benchmark data set on PostgreSQL, serve it with gunicorn under
production settings on 127.0.0.1, measure every page type cached and uncached, and write
docs/benchmarks.md.

    python bench/run.py [--stories 5000] [--publications 500] [--seconds 5] [--keep]

Measured per page: requests per second and p50/p99 latency with 8 concurrent keep-alive
clients against 2 workers, with the page cache on and off, and cached with readership
counting off to show what counting costs; database queries of one uncached
render; HTML bytes; HTML+CSS+JS compressed (gzip, as a browser accepts it); and, for a
story, the total transfer at 360 px width (HTML, CSS, JS and the images a 360 px browser
picks from each srcset). Targets are printed next to results.

It runs on this machine's PostgreSQL (127.0.0.1:5432) as the role `amani`, which
config/local_postgres.py creates with its database when they are missing, as for the tests;
the role then creates the bench's own database, amani_bench_<stories>, and ANALYZEs it once
the data is in. DATABASE_URL is not used: the bench builds and drops a database of its own.
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
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from config.local_postgres import DEFAULT_URL, ensure_database  # noqa: E402
from config.local_production import free_port, production_env, wait_for  # noqa: E402

CONCURRENCY = 8
WORKERS = 2
# A phone browser, so readership counts the load as reading (an empty agent is a bot's).
READER = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"
# (name, PAGE_CACHE_ENABLED, READERSHIP_ENABLED): the counting-off run shows what counting costs.
RUN_MODES = (
    ("cached", "true", "true"),
    ("cached, counting off", "true", "false"),
    ("uncached", "false", "true"),
)
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
    "search": "/en/search/?q=women+peace",
    "search (French)": "/fr/search/?q=paix",
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


def load(port, path, seconds, master_pid):
    """Requests per second and latencies (ms) of CONCURRENCY clients for `seconds`, and
    `capacity`: what WORKERS workers could answer with a core each, from their CPU time
    per request (the load generator shares the machine's cores and caps the measured rate)."""
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

    threads = [threading.Thread(target=client) for _ in range(CONCURRENCY)]
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
        "capacity": WORKERS / cpu_per_request if cpu_per_request else float("inf"),
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "errors": len(errors),
    }


def serve(env, log):
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


def counting_share(counted, uncounted):
    return f"{counted['rps'] / uncounted['rps']:.0%}" if uncounted["rps"] else "n/a"


def counting_share_overall(runs):
    counted = sum(run["rps"] for run in runs["cached"].values())
    uncounted = sum(run["rps"] for run in runs["cached, counting off"].values())
    return counting_share({"rps": counted}, {"rps": uncounted})


def write_report(args, paths, queries, runs, weights, build_seconds, wordpress=None):
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` (bench/run.py) on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: "
        f"{args.stories:,} stories in each of the four languages with photos, {args.publications:,} "
        f"reports on top of the demo content, on PostgreSQL, served by gunicorn ({WORKERS} sync "
        f"workers, production settings) on 127.0.0.1 and measured with {CONCURRENCY} keep-alive "
        f"clients for {args.seconds} s per page. Machine: {platform.machine()}, {os.cpu_count()} "
        f"cores, Python {platform.python_version()}. "
        + (
            f"Building the data took {build_seconds / 60:.1f} min."
            if build_seconds is not None
            else "The data set was built by an earlier run (`--keep`)."
        ),
        "",
        "Targets: uncached story page within 10 queries; cached pages at least 1,000 req/s on 2 "
        "workers; HTML+CSS+JS of any page at most 30 KB compressed; a story page at most 150 KB "
        "in all at 360 px. Load generator and server share the machine's cores, so the "
        "requests per second understate what a separate load generator would see.",
        "",
        "| Page | Queries (page cache off) | Cached req/s | Cached capacity¹ | Cached p50 / p99 ms "
        "| Cached req/s, counting off² | Uncached req/s | Uncached p50 / p99 ms | HTML | HTML+CSS+JS gzip |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in paths.items():
        cached, uncounted, uncached = (
            runs[mode][name] for mode in ("cached", "cached, counting off", "uncached")
        )
        weight = weights[name]
        lines.append(
            f"| {name} (`{path}`) | {queries[name]} | {cached['rps']:.0f} | {cached['capacity']:.0f} "
            f"| {cached['p50']:.1f} / {cached['p99']:.1f} "
            f"| {uncounted['rps']:.0f} ({counting_share(cached, uncounted)} kept) "
            f"| {uncached['rps']:.0f} | {uncached['p50']:.1f} / {uncached['p99']:.1f} "
            f"| {kb(weight['html'])} | {kb(weight['code_gzip'])} |"
        )
    story = weights["story"]
    lines += [
        "",
        f"¹ Requests per second that {WORKERS} workers could answer with a core each: {WORKERS} divided "
        "by the workers' CPU time per request during the cached run (read from /proc). The measured "
        "rate is lower because the load generator (Python threads) takes its share of the same two "
        "cores; Redis' own CPU time is not counted.",
        "",
        "² The cached run again with readership counting off (`READERSHIP_ENABLED=false`); in "
        "brackets, the share of those requests per second that the cached run keeps with counting "
        f"on (target: at least 95 %; over all pages: {counting_share_overall(runs)}).",
        "",
        f"A story page at 360 px transfers {kb(story['total_360'])} in all (HTML, CSS, JS and the "
        "photos a 360 px screen picks from each srcset).",
        "",
        "Errors (non-200 answers) during the runs: "
        + str(sum(run["errors"] for mode in runs.values() for run in mode.values()))
        + ".",
        "",
    ]
    if wordpress:
        lines += [
            "## WordPress import",
            "",
            f"`python -m wordpress.bench --posts {args.wordpress_posts}` (a synthetic export of block-editor "
            "posts, no media, into a fresh SQLite database; target: 10,000 posts within 5 minutes): "
            f"{wordpress}",
            "",
        ]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=5000, help="stories per language (default 5000)")
    parser.add_argument("--publications", type=int, default=500, help="reports (default 500)")
    parser.add_argument("--seconds", type=int, default=5, help="seconds of load per page and mode")
    parser.add_argument(
        "--keep", action="store_true", help="reuse the amani_bench database if it was built before"
    )
    parser.add_argument("--build-only", action="store_true", help="build the data set, measure nothing")
    parser.add_argument(
        "--wordpress-posts", type=int, default=10000, help="posts in the WordPress import run (0: skip)"
    )
    args = parser.parse_args()
    postgres = ensure_database(DEFAULT_URL)
    if not postgres.ready:
        sys.exit(f"make bench needs PostgreSQL: {postgres.message}")
    print(postgres.message, flush=True)

    workdir = Path(tempfile.mkdtemp(prefix="amani-bench-"))
    static_root = workdir / "static"
    database_url = f"postgres://amani@127.0.0.1:5432/amani_bench_{args.stories}"
    env = production_env(
        static_root,
        DATABASE_URL=database_url,
        REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        CACHE_KEY_PREFIX=f"amani-bench-{time.time_ns()}",
        MEDIA_ROOT=str(ROOT / "bench" / "media"),
        SERVE_MEDIA="true",
        BENCH_STORIES=str(args.stories),
        BENCH_PUBLICATIONS=str(args.publications),
        LOG_LEVEL="WARNING",
    )
    started, build_seconds = time.monotonic(), None
    if not (args.keep and database_exists(f"amani_bench_{args.stories}")):
        fresh_database(f"amani_bench_{args.stories}")
        print("building the data set (several minutes)…", flush=True)
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "load_demo_content")
        print(manage(env, "shell", "-c", (ROOT / "bench" / "build_data.py").read_text()), flush=True)
        manage(env, "update_index")
        build_seconds = time.monotonic() - started
    analyze(database_url)
    if args.build_only:
        print(f"built in {(time.monotonic() - started) / 60:.1f} min")
        return
    manage(env, "collectstatic", "--no-input", "-v0")
    paths = json.loads(manage(env, "shell", "-c", FIND_PATHS).split("PATHS", 1)[1])
    queries = json.loads(
        manage(
            {**env, "PAGE_CACHE_ENABLED": "false"}, "shell", "-c", COUNT_QUERIES, stdin=json.dumps(paths)
        ).split("QUERIES", 1)[1]
    )

    runs, weights = {}, {}
    with open(workdir / "gunicorn.log", "w") as log:
        for mode, cache, counting in RUN_MODES:
            process, port = serve({**env, "PAGE_CACHE_ENABLED": cache, "READERSHIP_ENABLED": counting}, log)
            try:
                runs[mode] = {}
                for name, path in paths.items():
                    load(port, path, 1, process.pid)  # warm up: renditions, caches
                    runs[mode][name] = load(port, path, args.seconds, process.pid)
                    print(f"{mode:9} {name:32} {runs[mode][name]['rps']:7.0f} req/s", flush=True)
                if mode == "cached":
                    weights = {name: page_weight(port, path) for name, path in paths.items()}
            finally:
                process.terminate()
                process.wait(timeout=30)
    wordpress = wordpress_import(args.wordpress_posts) if args.wordpress_posts else None
    write_report(args, paths, queries, runs, weights, build_seconds, wordpress)
    print("written docs/benchmarks.md")


if __name__ == "__main__":
    main()
