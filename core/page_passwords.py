"""Wagtail's password form for protected pages, with a limit on guesses.

Wagtail checks a page password on every post without any limit, so a script can try
thousands an hour. This view counts each wrong password (readers who know it are never held
back, however many they are): per reader's address and protected page (`PAGE_PASSWORD_RATE_LIMIT_PER_ADDRESS`, so one reader's guessing holds
back no one else) and per protected page from all addresses together
(`PAGE_PASSWORD_RATE_LIMIT_PER_PAGE`, against guessing spread over many addresses), in
each window of `PAGE_PASSWORD_RATE_LIMIT_WINDOW_SECONDS`. The count is per restriction, not
per page id in the address: one password guards a whole subtree. Over a limit the form
comes back with a message, without the password being checked, so a refused try tells
nothing about the guess.
"""

from django.forms.utils import ErrorDict
from django.shortcuts import get_object_or_404
from django.utils.translation import ngettext
from wagtail import views as wagtail_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from core.client_address import client_address
from core.rate_limits import RateLimit

WINDOW_SETTING = "PAGE_PASSWORD_RATE_LIMIT_WINDOW_SECONDS"
PER_ADDRESS = RateLimit("page-password.address", "PAGE_PASSWORD_RATE_LIMIT_PER_ADDRESS", WINDOW_SETTING)
PER_PAGE = RateLimit("page-password.page", "PAGE_PASSWORD_RATE_LIMIT_PER_PAGE", WINDOW_SETTING)


class RefusedPasswordForm(PasswordViewRestrictionForm):
    """The password form showing only `message`: the password sent is not checked."""

    def __init__(self, *args, message, **kwargs):
        super().__init__(*args, **kwargs)
        self.message = message

    def full_clean(self):
        self.cleaned_data = {}
        self._errors = ErrorDict({"__all__": self.error_class([self.message])})


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's `authenticate_with_password`, refused once the wrong guesses are used up."""
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    restriction = str(page_view_restriction_id)
    address = client_address(request)
    if PER_ADDRESS.reached(restriction, address):
        return _refused(request, page_view_restriction_id, page_id, _address_message())
    if PER_PAGE.reached(restriction):
        return _refused(request, page_view_restriction_id, page_id, _page_message())
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    # Wagtail redirects to the page on the right password and shows the form again otherwise.
    if response.status_code == 200:
        PER_ADDRESS.record(restriction, address)
        PER_PAGE.record(restriction)
    return response


def _refused(request, page_view_restriction_id, page_id, message):
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    form = RefusedPasswordForm(
        {"return_url": request.POST.get("return_url", "")}, instance=restriction, message=message
    )
    response = page.serve_password_required_response(request, form, request.path)
    response.status_code = 429
    return response


def _address_message():
    minutes = PER_ADDRESS.minutes
    return ngettext(
        "Too many passwords were tried for this page from your connection. "
        "Please try again in %(minutes)d minute.",
        "Too many passwords were tried for this page from your connection. "
        "Please try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


def _page_message():
    minutes = PER_PAGE.minutes
    return ngettext(
        "Too many passwords were tried for this page in a short time. Please try again in %(minutes)d minute.",
        "Too many passwords were tried for this page in a short time. Please try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}
