"""Downloading an attachment from the old site, and nothing else.

An export names the addresses its files are fetched from, and an export can come from
anyone: without care, `http://127.0.0.1:6379/`, a database on the private network or the
cloud's metadata service (`http://169.254.169.254/`) would be asked, and what they answer
stored as a public image. So every address, and every address a redirect leads to, is
resolved first and refused unless all its IP addresses are public (not loopback, private,
link-local, multicast, reserved or unspecified, IPv4 or IPv6, an IPv4 address inside IPv6
included). The connection then goes to the address that was checked, never to a second
lookup of the name (which could answer otherwise). The operator can allow a host by name
(`--allow-host`), e.g. an old site still served on the private network.

Redirects are followed by hand, at most MAX_REDIRECTS of them; proxies from the
environment are not used (the check would be about the proxy, not the file).
"""

import http.client
import ipaddress
import socket
import ssl
import time
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}
USER_AGENT = "Amani WordPress import"
CHUNK = 64 * 1024
# Through the module, so that tests can see (and refuse) every connection made.
create_connection = socket.create_connection


class DownloadError(Exception):
    """The file could not be fetched, or was not asked for; the message says why."""


def resolve(host, port):
    """Every IP address `host` has, as strings. Tests replace this to stay offline."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise DownloadError(f"{host} could not be resolved ({error})") from None
    return list(dict.fromkeys(info[4][0] for info in infos))


def refusal(address):
    """Why `address` must not be asked (e.g. "a loopback address"), or None if public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6:
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            reason = refusal(str(embedded))
            if reason:
                return reason
    for test, reason in (
        ("is_unspecified", "an unspecified address"),
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_private", "a private address"),
        ("is_reserved", "a reserved address"),
    ):
        if getattr(ip, test):
            return reason
    if not ip.is_global:
        return "not a public address"
    return None


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address that was checked, whatever the name resolves to now."""

    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.pinned_address = address

    def connect(self):
        self.sock = create_connection((self.pinned_address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """The same over TLS: the certificate is checked against the host's name."""

    def __init__(self, host, port, address, timeout):
        self.tls_context = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls_context)
        self.pinned_address = address

    def connect(self):
        sock = create_connection((self.pinned_address, self.port), self.timeout)
        self.sock = self.tls_context.wrap_socket(sock, server_hostname=self.host)


class Downloader:
    def __init__(self, timeout=15.0, allowed_hosts=(), max_bytes=None, max_redirects=MAX_REDIRECTS):
        self.timeout = timeout
        self.allowed_hosts = {host.strip().lower().strip("[]") for host in allowed_hosts if host.strip()}
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects

    def addresses(self, host, port):
        """The addresses of `host` that may be asked; DownloadError if any may not."""
        addresses = resolve(host, port)
        if not addresses:
            raise DownloadError(f"{host} has no address")
        if host.lower() in self.allowed_hosts:
            return addresses
        for address in addresses:
            reason = refusal(address)
            if reason:
                shown = host if host == address else f"{host} ({address})"
                raise DownloadError(
                    f"refused to download from {shown}: {reason} (--allow-host {host} allows it)"
                )
        return addresses

    def get(self, url):
        """The body of `url` after at most `max_redirects` checked redirects."""
        for _hop in range(self.max_redirects + 1):
            response, connection = self.request(url)
            try:
                if response.status in REDIRECTS and response.getheader("Location"):
                    url = urljoin(url, response.getheader("Location").strip())
                    continue
                if response.status != 200:
                    raise DownloadError(f"download answered {response.status} ({url})")
                return self.read(response, url)
            finally:
                connection.close()
        raise DownloadError(f"more than {self.max_redirects} redirects ({url})")

    def request(self, url):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise DownloadError(f"not an http(s) address: {url}")
        if parts.username or parts.password:
            raise DownloadError(f"refused an address with credentials in it: {parts.hostname}")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise DownloadError(f"not a valid port in {url}") from None
        host = parts.hostname
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        errors = []
        for address in self.addresses(host, port):
            connection = connection_class(host, port, address, self.timeout)
            try:
                connection.request(
                    "GET", path, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
                )
                return connection.getresponse(), connection
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                errors.append(f"{type(error).__name__}: {error}")
        raise DownloadError(f"download failed: {'; '.join(errors)} ({url})")

    def read(self, response, url):
        """The body, refused past `max_bytes` or when it trickles in for too long."""
        length = response.getheader("Content-Length")
        if self.max_bytes and length and length.isdigit() and int(length) > self.max_bytes:
            raise DownloadError(f"download larger than {self.max_bytes} bytes ({url})")
        deadline = time.monotonic() + self.timeout * 4
        chunks, size = [], 0
        while True:
            try:
                chunk = response.read(CHUNK)
            except (OSError, http.client.HTTPException) as error:
                raise DownloadError(f"download failed: {error} ({url})") from None
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if self.max_bytes and size > self.max_bytes:
                raise DownloadError(f"download larger than {self.max_bytes} bytes ({url})")
            if time.monotonic() > deadline:
                raise DownloadError(f"download took longer than {self.timeout * 4:.0f} s ({url})")
