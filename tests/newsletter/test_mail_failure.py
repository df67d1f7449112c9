"""When the mail server fails, the sign-up is kept, logged and resent later."""

import datetime
import logging

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from newsletter.models import Subscriber
from tests.factories import make_subscriber
from tests.newsletter.conftest import UNREACHABLE_BACKEND, signup_data


def test_a_failed_confirmation_keeps_the_signup_pending_and_logs_it(client, home_page, settings, caplog):
    settings.EMAIL_BACKEND = UNREACHABLE_BACKEND
    with caplog.at_level(logging.ERROR, logger="newsletter.emails"):
        response = client.post("/en/newsletter/", signup_data(email="kept@example.org"))
    # The reader sees the usual answer; nothing about the server's trouble.
    assert response.status_code == 302
    assert response["Location"] == "/en/newsletter/thanks/"
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.status, subscriber.confirmation_sent_at) == (
        "kept@example.org",
        Subscriber.Status.PENDING,
        None,
    )
    assert f"subscriber #{subscriber.pk} could not be sent" in caplog.text
    assert "kept@example.org" not in caplog.text


def age(subscriber, minutes):
    Subscriber.objects.filter(pk=subscriber.pk).update(
        consent_at=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def test_the_resend_command_sends_what_failed_once_mail_works(home_page, capsys):
    failed = make_subscriber("failed@example.org", confirmation_sent_at=None, language="sw")
    make_subscriber("sent@example.org")  # its email went out: not resent
    make_subscriber("done@example.org", status=Subscriber.Status.CONFIRMED, confirmation_sent_at=None)
    age(failed, 30)
    call_command("resend_pending_confirmations")
    assert [message.to for message in mail.outbox] == [["failed@example.org"]]
    assert "/sw/newsletter/confirm/" in mail.outbox[0].body
    failed.refresh_from_db()
    assert failed.confirmation_sent_at is not None
    output = capsys.readouterr().out
    assert f"sent: subscriber #{failed.pk} (sw)" in output
    assert "failed@example.org" not in output


def test_the_resend_command_leaves_a_signup_still_being_sent_alone(home_page):
    make_subscriber("fresh@example.org", confirmation_sent_at=None)
    call_command("resend_pending_confirmations", "--older-than", "10m")
    assert mail.outbox == []


def test_the_resend_command_fails_loudly_while_mail_still_fails(home_page, settings):
    settings.EMAIL_BACKEND = UNREACHABLE_BACKEND
    age(make_subscriber(confirmation_sent_at=None), 30)
    with pytest.raises(CommandError, match="Resent 0 confirmation email"):
        call_command("resend_pending_confirmations")
    assert Subscriber.objects.get().confirmation_sent_at is None


def test_the_resend_dry_run_sends_nothing(home_page, capsys):
    subscriber = make_subscriber(confirmation_sent_at=None)
    age(subscriber, 30)
    call_command("resend_pending_confirmations", "--dry-run")
    assert mail.outbox == []
    assert f"subscriber #{subscriber.pk} (en)" in capsys.readouterr().out


def test_the_resend_command_explains_a_bad_duration(db):
    with pytest.raises(CommandError, match="--older-than takes a number with m, h or d"):
        call_command("resend_pending_confirmations", "--older-than", "soon")
