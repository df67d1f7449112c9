"""Keeping robots and floods out of the sign-up and contact forms without CAPTCHAs
(which send readers to a third party) and without cookies.

Two rate limits, one per email address and one per connection, counted in the shared cache
(or, while it is away, in each process's memory: `home.shared_cache.count_attempt`). The
cache only ever sees keyed hashes: it holds no address, email or IP in the clear.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.crypto import salted_hmac
from django.utils.translation import ngettext

from home.shared_cache import count_attempt


def client_ip(request):
    """The reader's IP address. Behind `TRUSTED_PROXY_COUNT` proxies it is the entry that
    many places from the end of X-Forwarded-For (earlier entries can be forged by anyone)."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


@dataclass(frozen=True)
class RateLimit:
    """At most `per_address` attempts for one email address and `per_ip` from one
    connection in each window. The limits are names of settings, read on every check so
    tests and deployments can change them."""

    scope: str
    per_address_setting: str
    per_ip_setting: str

    def _key(self, kind, value):
        digest = salted_hmac(f"amani.ratelimit.{self.scope}.{kind}", value).hexdigest()[:40]
        return f"amani:ratelimit:{self.scope}:{kind}:{digest}"

    def check(self, request, address=None):
        """Count this attempt; return the message to show if it is one too many, else None."""
        window = settings.NEWSLETTER_RATE_LIMIT_WINDOW_SECONDS
        minutes = max(1, window // 60)
        if count_attempt(self._key("ip", client_ip(request)), window) > getattr(
            settings, self.per_ip_setting
        ):
            return ngettext(
                "Too many forms were sent from your connection in a short time. "
                "Please try again in %(minutes)d minute.",
                "Too many forms were sent from your connection in a short time. "
                "Please try again in %(minutes)d minutes.",
                minutes,
            ) % {"minutes": minutes}
        if address and count_attempt(self._key("address", address.lower()), window) > getattr(
            settings, self.per_address_setting
        ):
            return ngettext(
                "This email address was entered too many times in a short time. "
                "Please try again in %(minutes)d minute.",
                "This email address was entered too many times in a short time. "
                "Please try again in %(minutes)d minutes.",
                minutes,
            ) % {"minutes": minutes}
        return None


SIGNUP_LIMIT = RateLimit("newsletter", "NEWSLETTER_RATE_LIMIT_PER_ADDRESS", "NEWSLETTER_RATE_LIMIT_PER_IP")
CONTACT_LIMIT = RateLimit("contact", "CONTACT_RATE_LIMIT_PER_ADDRESS", "CONTACT_RATE_LIMIT_PER_IP")
