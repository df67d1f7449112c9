"""Factories for the newsletter tests: subscribers in each state, a contact page, and a
mail backend that fails like an unreachable SMTP server."""

import re
import smtplib

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from newsletter.forms import CONSENT_TEXT
from newsletter.models import ContactFormField, ContactPage, Subscriber
from tests.conftest import publish

LINK = re.compile(r"https?://[^\s\"<>]+")


class UnreachableSMTPBackend(BaseEmailBackend):
    """What the SMTP backend raises when the mail server does not answer."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "mail.example.org: service not available")


UNREACHABLE_BACKEND = "tests.newsletter.conftest.UnreachableSMTPBackend"


def make_subscriber(email="reader@example.org", status=Subscriber.Status.PENDING, language="en", **fields):
    now = timezone.now()
    defaults = {
        "consent_at": now,
        "consent_text": str(CONSENT_TEXT),
        "confirmed_at": now if status == Subscriber.Status.CONFIRMED else None,
        "unsubscribed_at": now if status == Subscriber.Status.UNSUBSCRIBED else None,
        "confirmation_sent_at": now,
    }
    defaults.update(fields)
    return Subscriber.objects.create(email=email, status=status, language=language, **defaults)


def signup_data(email="reader@example.org", language="en", **changes):
    data = {"email": email, "language": language, "consent": "on", "source": "/en/", "hp_website": ""}
    data.update(changes)
    return data


def links_in(message):
    """Every absolute link in an email's text body."""
    return LINK.findall(message.body)


def link_path(message, part):
    """The path of the first link in `message` containing `part` (e.g. "/confirm/")."""
    from urllib.parse import urlsplit

    return next(urlsplit(link).path for link in links_in(message) if part in link)


@pytest.fixture
def contact_page(home_page):
    page = ContactPage(
        title="Write to us",
        slug="write-to-us",
        introduction="<p>We read every message.</p>",
        to_address="team@peace.example.org",
    )
    page.form_fields = [
        ContactFormField(label="Your name", field_type="singleline", required=True, sort_order=0),
        ContactFormField(
            label="Your email address",
            field_type="email",
            required=True,
            help_text="Only to answer you.",
            sort_order=1,
        ),
        ContactFormField(label="Your message", field_type="multiline", required=True, sort_order=2),
    ]
    return publish(home_page, page)


def contact_data(**changes):
    data = {
        "your_name": "Grace A.",
        "your_email_address": "Grace@Example.org",
        "your_message": "How can our group join the mediators' training?",
        "hp_website": "",
    }
    data.update(changes)
    return data
