"""Signing up: the footer form on every page, the sign-up page, and double opt-in."""

import pytest
from django.core import mail

from newsletter.models import Subscriber
from tests.factories import make_subscriber
from tests.newsletter.conftest import link_path, signup_data


def test_every_page_has_the_signup_form_in_its_footer(client, standard_page):
    html = client.get("/en/about/").content.decode()
    assert '<h2 id="footer-newsletter-heading">Newsletter</h2>' in html
    assert '<form class="signup-form signup-form--compact" action="/en/newsletter/" method="post">' in html


def test_footer_form_preselects_the_page_language_and_sends_the_page_path(client, standard_page):
    html = client.get("/fr/").content.decode()
    assert '<form class="signup-form signup-form--compact" action="/fr/newsletter/" method="post">' in html
    assert '<option value="fr" selected lang="fr">Français</option>' in html
    assert '<input type="hidden" name="source" value="/fr/" id="footer-newsletter-source">' in html


def test_footer_email_field_is_labelled_and_autocompletes_as_email(client, home_page):
    html = client.get("/en/").content.decode()
    assert '<label class="form-field__label" for="footer-newsletter-email">Email address</label>' in html
    assert 'autocomplete="email"' in html
    assert 'aria-describedby="footer-newsletter-email_helptext"' in html


def test_footer_form_sets_no_cookie_so_pages_stay_cacheable(client, home_page):
    response = client.get("/en/")
    assert response.cookies == {}
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_signup_page_has_its_own_form_and_no_second_one_in_the_footer(client, home_page):
    html = client.get("/en/newsletter/").content.decode()
    assert "<h1>Newsletter</h1>" in html
    assert 'id="newsletter-email"' in html
    assert 'id="footer-newsletter-email"' not in html


def test_signup_stores_a_pending_subscriber_with_consent_and_source(client, home_page):
    response = client.post(
        "/en/newsletter/", signup_data(email="  Reader@Example.ORG ", source="/en/stories/x/?q=secret")
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/newsletter/thanks/"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "reader@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == "en"
    assert subscriber.source_url == "/en/stories/x/"
    assert subscriber.consent_at is not None
    assert subscriber.consent_text.startswith("I would like to receive the newsletter by email.")
    assert subscriber.confirmed_at is None
    assert subscriber.confirmation_sent_at is not None


@pytest.mark.parametrize(
    "source",
    ["https://evil.example/phish", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "x" * 600],
)
def test_a_source_that_is_not_a_path_on_this_site_is_not_stored(client, home_page, source):
    client.post("/en/newsletter/", signup_data(source=source))
    assert Subscriber.objects.get().source_url == ""


def test_the_thanks_page_asks_the_reader_to_check_their_inbox(client, home_page):
    response = client.post("/en/newsletter/", signup_data(), follow=True)
    html = response.content.decode()
    assert "<h1>Check your inbox</h1>" in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "You are subscribed"), ("fr", "Votre abonnement est actif")]
)
def test_double_opt_in_from_signup_to_confirmed(client, home_page, language, heading):
    client.post(f"/{language}/newsletter/", signup_data(language=language, source=f"/{language}/"))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["reader@example.org"]
    confirm_path = link_path(message, "/newsletter/confirm/")
    assert confirm_path.startswith(f"/{language}/newsletter/confirm/")
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING

    response = client.get(confirm_path)
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert list(Subscriber.objects.confirmed()) == [subscriber]


def test_the_confirmation_email_is_rendered_in_the_subscribers_language(client, home_page):
    # The reader signs up on an English page but chooses French: the email follows the choice.
    client.post("/en/newsletter/", signup_data(language="fr"))
    message = mail.outbox[0]
    assert message.extra_headers["Content-Language"] == "fr"
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="fr" dir="ltr">' in html
    assert "/fr/newsletter/confirm/" in message.body
    assert "/fr/newsletter/unsubscribe/" in message.body
    assert "/fr/newsletter/confirm/" in html


def test_an_arabic_confirmation_email_is_right_to_left(client, home_page):
    client.post("/ar/newsletter/", signup_data(language="ar"))
    html, _mimetype = mail.outbox[0].alternatives[0]
    assert '<html lang="ar" dir="rtl">' in html


def test_a_pending_address_counts_for_nothing_until_confirmed(client, home_page):
    client.post("/en/newsletter/", signup_data())
    assert not Subscriber.objects.confirmed().exists()


def test_confirmation_email_has_text_and_html_with_the_same_links(client, home_page):
    client.post("/en/newsletter/", signup_data())
    message = mail.outbox[0]
    html, _mimetype = message.alternatives[0]
    for part in ("/newsletter/confirm/", "/newsletter/unsubscribe/"):
        path = link_path(message, part)
        assert path in html


def test_confirmation_link_carries_no_email_address(client, home_page):
    client.post("/en/newsletter/", signup_data(email="someone.private@example.org"))
    path = link_path(mail.outbox[0], "/newsletter/confirm/")
    import base64

    token = path.rstrip("/").rsplit("/", 1)[-1]
    assert "someone" not in token
    assert b"someone" not in base64.urlsafe_b64decode(token.split(":")[0] + "==")


def _signup_response(client, email):
    response = client.post("/en/newsletter/", signup_data(email=email))
    return response.status_code, response["Location"], response.content, tuple(sorted(response.cookies))


def test_signing_up_again_answers_exactly_as_a_first_signup(client, home_page):
    make_subscriber("confirmed@example.org", status=Subscriber.Status.CONFIRMED)
    make_subscriber("pending@example.org", status=Subscriber.Status.PENDING)
    make_subscriber("left@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    answers = {
        email: _signup_response(client, email)
        for email in ("new@example.org", "confirmed@example.org", "pending@example.org", "left@example.org")
    }
    assert len(set(answers.values())) == 1
    assert len(mail.outbox) == 4


def test_a_confirmed_subscriber_signing_up_again_is_told_so_and_not_sent_a_new_link(client, home_page):
    subscriber = make_subscriber(status=Subscriber.Status.CONFIRMED, language="fr")
    client.post("/en/newsletter/", signup_data(language="en", source="/en/elsewhere/"))
    message = mail.outbox[0]
    assert "déjà abonnée" in message.subject  # in the subscriber's language, not the page's
    assert "/newsletter/confirm/" not in message.body
    assert "/fr/newsletter/unsubscribe/" in message.body
    subscriber.refresh_from_db()
    # Someone else may have typed the address: nothing about the subscription changes.
    assert (subscriber.status, subscriber.language, subscriber.source_url) == ("confirmed", "fr", "")


def test_an_unsubscribed_reader_who_signs_up_again_must_confirm_again(client, home_page):
    subscriber = make_subscriber(status=Subscriber.Status.UNSUBSCRIBED)
    client.post("/sw/newsletter/", signup_data(language="sw"))
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == "sw"
    assert subscriber.unsubscribed_at is None
    assert "/sw/newsletter/confirm/" in mail.outbox[0].body


def test_consent_is_required_with_a_clear_message_linked_to_the_checkbox(client, home_page):
    response = client.post("/en/newsletter/", signup_data(consent=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert '<ul class="errorlist" id="newsletter-consent_error">' in html
    assert "Please tick the box to agree, so that we may write to you." in html
    assert 'aria-invalid="true" aria-describedby="newsletter-consent_error"' in html
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_an_invalid_address_is_explained_next_to_the_field_and_in_a_summary(client, home_page):
    response = client.post("/en/newsletter/", signup_data(email="not-an-address"))
    html = response.content.decode()
    assert "<title>Error: Newsletter" in html
    assert '<h2 id="error-summary-heading">Please check the form</h2>' in html
    assert '<a href="#newsletter-email">Email address: Enter a valid email address.</a>' in html
    assert 'aria-describedby="newsletter-email_helptext newsletter-email_error"' in html
    assert 'value="not-an-address"' in html


def test_the_language_must_be_one_the_site_offers(client, home_page):
    response = client.post("/en/newsletter/", signup_data(language="de"))
    assert response.status_code == 400
    assert not Subscriber.objects.exists()
