"""Keeping robots and floods out of the sign-up and contact forms without CAPTCHAs
(which send readers to a third party) and without cookies.

Two rate limits per form (core/rate_limits.py), one per email address and one per reader's
connection (core/client_address.py: behind a proxy, the reader's address, not the proxy's).
"""

from dataclasses import dataclass

from django.utils.translation import ngettext

from core.client_address import client_address
from core.rate_limits import RateLimit

WINDOW_SETTING = "NEWSLETTER_RATE_LIMIT_WINDOW_SECONDS"


@dataclass(frozen=True)
class FormLimits:
    """At most so many submissions from one connection and for one email address in each
    window; the connection is counted first, so a flood from one address does not use up
    the quota of the addresses it types in."""

    per_connection: RateLimit
    per_email: RateLimit

    def check(self, request, address=None):
        """Count this attempt; return the message to show if it is one too many, else None."""
        if self.per_connection.exceeded(client_address(request)):
            minutes = self.per_connection.minutes
            return ngettext(
                "Too many forms were sent from your connection in a short time. "
                "Please try again in %(minutes)d minute.",
                "Too many forms were sent from your connection in a short time. "
                "Please try again in %(minutes)d minutes.",
                minutes,
            ) % {"minutes": minutes}
        if address and self.per_email.exceeded(address.lower()):
            minutes = self.per_email.minutes
            return ngettext(
                "This email address was entered too many times in a short time. "
                "Please try again in %(minutes)d minute.",
                "This email address was entered too many times in a short time. "
                "Please try again in %(minutes)d minutes.",
                minutes,
            ) % {"minutes": minutes}
        return None


SIGNUP_LIMIT = FormLimits(
    per_connection=RateLimit("newsletter.connection", "NEWSLETTER_RATE_LIMIT_PER_IP", WINDOW_SETTING),
    per_email=RateLimit("newsletter.email", "NEWSLETTER_RATE_LIMIT_PER_ADDRESS", WINDOW_SETTING),
)
CONTACT_LIMIT = FormLimits(
    per_connection=RateLimit("contact.connection", "CONTACT_RATE_LIMIT_PER_IP", WINDOW_SETTING),
    per_email=RateLimit("contact.email", "CONTACT_RATE_LIMIT_PER_ADDRESS", WINDOW_SETTING),
)
