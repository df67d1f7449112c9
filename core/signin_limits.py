"""Admin sign-in limits on top of django-axes: per account and address, and per address.

Axes locks one username from one address after `AXES_FAILURE_LIMIT` failures, so a wrong
password typed at one address never locks the editor out elsewhere. It has one limit for
all its lockout parameters, though, and a per-address limit as low as five would lock a
whole office behind one address; without one, an address can try a few passwords on every
username (credential stuffing). This handler adds that second, higher limit: after
`SIGNIN_FAILURE_LIMIT_PER_ADDRESS` failures from one address, with any usernames, within
the cool-off time, sign-in from that address is refused. It counts axes' own records, so
the limit is shared by every app server, holds while the cache is away, and
`manage.py axes_reset` (or `axes_reset_ip`) lifts it.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


class AddressLimitHandler(AxesDatabaseHandler):
    """Axes' database handler, also locking an address after too many failures overall."""

    def address_failures(self, request):
        attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
        if settings.AXES_COOLOFF_TIME is not None:
            attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
        return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0

    def address_locked(self, request):
        """Whether the reader's address is locked; marks the request so the lockout page
        says which lock it is."""
        locked = self.address_failures(request) >= settings.SIGNIN_FAILURE_LIMIT_PER_ADDRESS
        if locked:
            request.signin_address_locked = True
        return locked

    def is_locked(self, request, credentials=None):
        return super().is_locked(request, credentials) or self.address_locked(request)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request, **kwargs)
        # Axes shows its lockout page only when the account's own limit is reached.
        if request is None or getattr(request, "axes_locked_out", False):
            return
        if not self.is_whitelisted(request, credentials) and self.address_locked(request):
            request.axes_locked_out = True
            request.axes_credentials = credentials
