"""Whose request is this? The one answer every per-reader limit uses (sign-up, contact,
page passwords, admin sign-in through django-axes' `AXES_CLIENT_IP_CALLABLE`).

Behind a reverse proxy every connection comes from the proxy, so counting by the
connection's address would make all readers share one quota and let one of them lock
everyone out. `TRUSTED_PROXY_COUNT` says how many proxies in front of the app append to
X-Forwarded-For; the reader's address is the entry that many places from the end. Entries
before it are whatever the reader sent, so they are never trusted, and with the setting at
0 the header is ignored altogether.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    """The reader's IP address: the connection's own, or the one the trusted proxies saw.
    Falls back to the connection's address when the header is missing, too short or not an
    address (a request that bypassed the proxy, or a misconfigured one)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies and _is_address(forwarded[-proxies]):
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _is_address(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True
