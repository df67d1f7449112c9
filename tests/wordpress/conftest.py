"""Fixtures for the WordPress import: the sample export, its uploads folder, an import into
the story index (tests/conftest.py), and a guard that keeps every download on this machine."""

import http.server
import io
import ipaddress
import socket
import threading
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.factories import jpeg_with_gps
from wordpress import download
from wordpress.download import DownloadError

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "sample.xml"
# The smallest file filetype recognises as a PDF, with a body a reader would accept.
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


LOCAL_NAMES = {"localhost": ["127.0.0.1"]}
LOOPBACK = {"127.0.0.1", "::1"}


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """Downloads may only reach this machine. Names other than its own do not resolve
    (the sample's site address is not real); an address is itself, as getaddrinfo answers;
    a connection anywhere but loopback is refused. Returns the addresses connected to."""
    connected = []

    def resolve(host, port):
        try:
            ipaddress.ip_address(host)
        except ValueError:
            if host.lower() not in LOCAL_NAMES:
                raise DownloadError(
                    f"{host} could not be resolved (tests never reach the internet)"
                ) from None
            return LOCAL_NAMES[host.lower()]
        return [host]

    def create_connection(address, *args, **kwargs):
        connected.append(address[0])
        if address[0] not in LOOPBACK:
            raise OSError(f"tests never connect to {address[0]}")
        return socket.create_connection(address, *args, **kwargs)

    monkeypatch.setattr(download, "resolve", resolve)
    monkeypatch.setattr(download, "create_connection", create_connection)
    return connected


class Listener(http.server.ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 that counts every connection and request it gets.

    `files` maps a path to bytes served with 200; `redirects` maps a path to the address
    its 302 points to; anything else is 404."""

    def __init__(self):
        self.files, self.redirects, self.requests, self.connections = {}, {}, [], 0
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                listener.requests.append(self.path)
                if self.path in listener.redirects:
                    self.send_response(302)
                    self.send_header("Location", listener.redirects[self.path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif self.path in listener.files:
                    body = listener.files[self.path]
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                else:
                    self.send_error(404)

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    def verify_request(self, request, client_address):
        self.connections += 1
        return True

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def listener_factory():
    """Start local listeners (as many as a test needs); all are stopped when it ends."""
    started = []

    def start():
        server = Listener()
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


@pytest.fixture
def uploads(tmp_path):
    """A copy of wp-content/uploads with the sample's files, except missing-photo.jpg."""
    root = tmp_path / "uploads"
    (root / "2021" / "11").mkdir(parents=True)
    (root / "2021" / "12").mkdir(parents=True)
    (root / "2021" / "11" / "mediators-kampala.jpg").write_bytes(jpeg_with_gps())
    (root / "2021" / "11" / "training-group.jpg").write_bytes(jpeg_with_gps(colour=(30, 120, 60)))
    (root / "2021" / "12" / "policy-brief-peace-talks.pdf").write_bytes(PDF)
    return root


class Run(tuple):
    """(console output, report text) of one import, with its exit status as `status`."""

    def __new__(cls, out, report, status):
        run = super().__new__(cls, (out, report))
        run.status = status
        return run


@pytest.fixture
def run_import(tmp_path, story_index):
    """Run import_wordpress; returns Run(output, report text). `export` defaults to the sample.

    Failed items make the command exit with status 1 (a CommandError once the import and
    its report are done); the error's message joins the output, as it would on a console."""

    def run(*args, export=SAMPLE, **options):
        out, err = io.StringIO(), io.StringIO()
        report = options.pop("report", tmp_path / "report.csv")
        options.setdefault("comments", str(tmp_path / "comments.csv"))
        status = 0
        try:
            call_command(
                "import_wordpress", str(export), *args, report=str(report), stdout=out, stderr=err, **options
            )
        except CommandError as error:
            if not Path(report).exists():
                raise  # stopped before importing anything
            status = error.returncode
            err.write(f"CommandError: {error}\n")
        return Run(out.getvalue() + err.getvalue(), Path(report).read_text(encoding="utf-8"), status)

    return run


@pytest.fixture
def imported(run_import, uploads, locales):
    """The sample imported once, with its uploads folder."""
    return run_import(media_dir=str(uploads))


def export_xml(items):
    """A WXR 1.2 export of https://peace.example.org holding `items`, their XML."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Peace network</title><link>https://peace.example.org</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://peace.example.org</wp:base_site_url>
<wp:base_blog_url>https://peace.example.org</wp:base_blog_url>
{items}
</channel></rss>"""


def attachment_xml(wp_id):
    url = f"https://peace.example.org/wp-content/uploads/2019/05/day-{wp_id}.jpg"
    return f"""<item><title>Day photo {wp_id}</title>
<link>https://peace.example.org/?attachment_id={wp_id}</link><guid isPermaLink="false">{url}</guid>
<wp:post_id>{wp_id}</wp:post_id><wp:post_date>2019-05-10 09:00:00</wp:post_date>
<wp:post_date_gmt>2019-05-10 06:00:00</wp:post_date_gmt><wp:status>inherit</wp:status>
<wp:post_parent>800</wp:post_parent><wp:post_type>attachment</wp:post_type>
<wp:attachment_url>{url}</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2019/05/day-{wp_id}.jpg</wp:meta_value></wp:postmeta>
</item>"""
