"""Emails to (would-be) subscribers, each in the subscriber's language, as text and HTML.

Every one carries a one-step unsubscribe link, in the body and in the List-Unsubscribe
headers (RFC 2369 and RFC 8058), so mail programs can offer their own button. Sending
goes through Django's email backend; a failure is logged, never shown to the reader.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.site_settings import OrganisationSettings

from .tokens import confirmation_token, unsubscribe_token

logger = logging.getLogger(__name__)


def _site_and_base_url(request):
    """The site and its root URL: the reader's host during a request, the default site's
    configured address otherwise (the resend command)."""
    if request is not None:
        return Site.find_for_request(request), request.build_absolute_uri("/").rstrip("/")
    site = Site.objects.filter(is_default_site=True).first()
    return site, (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def build_email(subscriber, kind, request=None, **context):
    """The `kind` email ("confirm" or "already_subscribed") for `subscriber`, rendered in
    their language from newsletter/emails/<kind>.txt and .html."""
    site, base_url = _site_and_base_url(request)
    organisation = OrganisationSettings.for_site(site) if site else None
    with translation.override(subscriber.language):
        unsubscribe_url = base_url + reverse("newsletter:unsubscribe", args=[unsubscribe_token(subscriber)])
        context.update(
            {
                "subscriber": subscriber,
                "organisation_name": organisation.name if organisation else settings.WAGTAIL_SITE_NAME,
                "site_url": base_url + reverse("wagtail_serve", args=[""]),
                "unsubscribe_url": unsubscribe_url,
                "language_code": subscriber.language,
                "language_bidi": translation.get_language_bidi(),
            }
        )
        if kind == "confirm":
            context["confirm_url"] = base_url + reverse(
                "newsletter:confirm", args=[confirmation_token(subscriber)]
            )
            context["max_age_days"] = settings.NEWSLETTER_CONFIRMATION_MAX_AGE_DAYS
            subject = _("Please confirm your subscription to the %(name)s newsletter")
        else:
            subject = _("You are already subscribed to the %(name)s newsletter")
        subject = subject % {"name": context["organisation_name"]}
        text = render_to_string(f"newsletter/emails/{kind}.txt", context)
        html = render_to_string(f"newsletter/emails/{kind}.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        to=[subscriber.email],
        headers={
            "Content-Language": subscriber.language,
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            # Machine-sent: out-of-office replies should not answer it (RFC 3834).
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def deliver(message, subscriber, kind):
    """Send; on failure log it (with the subscriber's id, not their address) and say so."""
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception("The newsletter %s email to subscriber #%s could not be sent.", kind, subscriber.pk)
        return False
    return True


def send_confirmation(subscriber, request=None):
    """Send the double opt-in link; record when the mail server took it. Returns success."""
    sent = deliver(build_email(subscriber, "confirm", request), subscriber, "confirmation")
    subscriber.confirmation_sent_at = timezone.now() if sent else None
    subscriber.save(update_fields=["confirmation_sent_at"])
    return sent


def send_already_subscribed(subscriber, request=None):
    """What a confirmed subscriber gets when their address is entered again: a note, not
    a new link, so the form itself never tells anyone whether an address is on the list."""
    return deliver(build_email(subscriber, "already_subscribed", request), subscriber, "already-subscribed")
