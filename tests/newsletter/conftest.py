"""What newsletter tests send and read: the form data a reader fills in to sign up or
write, the links in the mails sent, and a mail backend that fails like an unreachable
SMTP server. (The contact page is a fixture of tests/conftest.py.)"""

import re
import smtplib

from django.core.mail.backends.base import BaseEmailBackend

LINK = re.compile(r"https?://[^\s\"<>]+")


class UnreachableSMTPBackend(BaseEmailBackend):
    """What the SMTP backend raises when the mail server does not answer."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "mail.example.org: service not available")


UNREACHABLE_BACKEND = "tests.newsletter.conftest.UnreachableSMTPBackend"


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


def contact_data(**changes):
    data = {
        "your_name": "Grace A.",
        "your_email_address": "Grace@Example.org",
        "your_message": "How can our group join the mediators' training?",
        "hp_website": "",
    }
    data.update(changes)
    return data
