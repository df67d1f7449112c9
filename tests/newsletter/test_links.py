"""Signed links: confirmation links expire and cannot be forged; unsubscribing takes one step."""

import time

import pytest
from django.core import mail, signing

from newsletter.models import Subscriber
from newsletter.tokens import confirmation_token, unsubscribe_token
from tests.factories import make_subscriber
from tests.newsletter.conftest import link_path, signup_data


def confirm_path_for(client, email="reader@example.org", language="en"):
    client.post(f"/{language}/newsletter/", signup_data(email=email, language=language))
    return link_path(mail.outbox[-1], "/newsletter/confirm/")


def test_an_expired_confirmation_link_says_so_and_offers_a_new_signup(client, home_page, monkeypatch):
    subscriber = make_subscriber()
    eight_days_ago = time.time() - 8 * 24 * 60 * 60
    with monkeypatch.context() as patched:
        patched.setattr(signing.time, "time", lambda: eight_days_ago)
        token = confirmation_token(subscriber)
    response = client.get(f"/en/newsletter/confirm/{token}/")
    assert response.status_code == 410
    html = response.content.decode()
    assert "<h1>This link has expired</h1>" in html
    assert "Confirmation links work for 7 days." in html
    assert 'name="email"' in html  # the sign-up form, to ask for a new link
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_a_link_within_its_lifetime_still_confirms(client, home_page, monkeypatch):
    subscriber = make_subscriber()
    six_days_ago = time.time() - 6 * 24 * 60 * 60
    with monkeypatch.context() as patched:
        patched.setattr(signing.time, "time", lambda: six_days_ago)
        token = confirmation_token(subscriber)
    assert client.get(f"/en/newsletter/confirm/{token}/").status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),  # signature changed
        lambda token: "x" + token,  # payload changed
        lambda token: token.split(":")[0],  # signature cut off
        lambda token: "not-a-token",
    ],
)
def test_a_tampered_confirmation_link_confirms_nothing(client, home_page, tamper):
    path = confirm_path_for(client)
    token = path.rstrip("/").rsplit("/", 1)[-1]
    response = client.get(f"/en/newsletter/confirm/{tamper(token)}/")
    assert response.status_code == 400
    assert "<h1>This link does not work</h1>" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_an_unsubscribe_token_is_no_confirmation_token(client, home_page):
    subscriber = make_subscriber()
    response = client.get(f"/en/newsletter/confirm/{unsubscribe_token(subscriber)}/")
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_only_the_newest_confirmation_link_counts(client, home_page):
    first = confirm_path_for(client)
    second = confirm_path_for(client)
    response = client.get(first)
    assert response.status_code == 400
    assert "A newer confirmation email was sent" in response.content.decode()
    assert client.get(second).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_a_confirmation_link_of_an_erased_address_changes_nothing(client, home_page):
    path = confirm_path_for(client)
    Subscriber.objects.all().delete()
    assert client.get(path).status_code == 400
    assert not Subscriber.objects.exists()


def test_confirming_twice_is_harmless(client, home_page):
    path = confirm_path_for(client)
    client.get(path)
    again = client.get(path)
    assert again.status_code == 200
    assert "<h1>You are subscribed</h1>" in again.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_the_unsubscribe_link_in_the_email_unsubscribes_in_one_step(client, home_page):
    client.get(confirm_path_for(client, language="fr"))
    client.post("/fr/newsletter/", signup_data(language="fr"))  # "already subscribed" email
    path = link_path(mail.outbox[-1], "/newsletter/unsubscribe/")
    response = client.get(path)
    assert response.status_code == 200
    assert path.startswith("/fr/newsletter/unsubscribe/")
    assert '<html lang="fr" dir="ltr">' in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    assert not Subscriber.objects.confirmed().exists()


def test_mail_programs_unsubscribe_with_a_one_click_post_without_cookies(home_page):
    from django.test import Client

    subscriber = make_subscriber(status=Subscriber.Status.CONFIRMED)
    # RFC 8058: a POST of "List-Unsubscribe=One-Click", with no CSRF token or cookie.
    response = Client(enforce_csrf_checks=True).post(
        f"/en/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_a_head_request_to_an_unsubscribe_link_changes_nothing(client, home_page):
    subscriber = make_subscriber(status=Subscriber.Status.CONFIRMED)
    client.head(f"/en/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_an_unsubscribed_reader_can_undo_it_from_the_same_page(client, home_page):
    subscriber = make_subscriber(status=Subscriber.Status.CONFIRMED)
    path = f"/en/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/"
    html = client.get(path).content.decode()
    assert "<h1>You are unsubscribed</h1>" in html
    assert "Keep me subscribed" in html
    response = client.post(path, {"action": "resubscribe"})
    assert "<h1>Welcome back</h1>" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_a_pending_address_that_unsubscribes_cannot_be_resubscribed_without_confirming(client, home_page):
    subscriber = make_subscriber(status=Subscriber.Status.PENDING)
    path = f"/en/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/"
    assert "Keep me subscribed" not in client.get(path).content.decode()
    client.post(path, {"action": "resubscribe"})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_a_forged_unsubscribe_link_unsubscribes_nobody(client, home_page):
    subscriber = make_subscriber(status=Subscriber.Status.CONFIRMED)
    other = make_subscriber("other@example.org", status=Subscriber.Status.CONFIRMED)
    token = unsubscribe_token(subscriber)
    forged = f"{other.pk}:{token.split(':', 1)[1]}"
    response = client.get(f"/en/newsletter/unsubscribe/{forged}/")
    assert response.status_code == 400
    assert Subscriber.objects.confirmed().count() == 2


def test_an_old_unsubscribe_link_still_works(client, home_page, monkeypatch):
    subscriber = make_subscriber(status=Subscriber.Status.CONFIRMED)
    two_years_ago = time.time() - 2 * 365 * 24 * 60 * 60
    with monkeypatch.context() as patched:
        patched.setattr(signing.time, "time", lambda: two_years_ago)
        token = unsubscribe_token(subscriber)
    client.get(f"/en/newsletter/unsubscribe/{token}/")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_every_email_names_its_unsubscribe_link_in_headers(client, home_page):
    client.post("/en/newsletter/", signup_data())
    message = mail.outbox[0]
    path = link_path(message, "/newsletter/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{path}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
