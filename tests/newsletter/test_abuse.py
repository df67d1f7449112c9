"""Robots and floods: a honeypot and rate limits, with clear translated messages that reveal
nothing about who subscribes."""

import pytest
from django.core import mail
from django.core.cache import cache

from newsletter.models import Subscriber
from tests.factories import make_subscriber
from tests.newsletter.conftest import signup_data


def test_a_filled_honeypot_stores_and_sends_nothing_and_says_why(client, home_page):
    response = client.post("/en/newsletter/", signup_data(hp_website="http://spam.example"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "a field meant to stay empty was filled in" in html
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client, home_page):
    html = client.get("/en/newsletter/").content.decode()
    assert 'name="hp_website"' in html
    assert 'tabindex="-1"' in html
    start = html.index('name="hp_website"')
    wrapper = html.rfind("<div", 0, start)
    assert 'aria-hidden="true"' in html[wrapper:start]


def test_the_honeypot_message_is_translated(client, home_page):
    response = client.post("/fr/newsletter/", signup_data(language="fr", hp_website="x"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "un champ qui doit rester vide a été rempli" in html
    assert "a field meant to stay empty" not in html


def test_one_address_is_limited_per_hour_with_a_clear_message(client, home_page, settings):
    settings.NEWSLETTER_RATE_LIMIT_PER_ADDRESS = 2
    for _ in range(2):
        assert client.post("/en/newsletter/", signup_data()).status_code == 302
    response = client.post("/en/newsletter/", signup_data(email="Reader@Example.org"))
    assert response.status_code == 429
    assert "This email address was entered too many times in a short time" in response.content.decode()
    assert "Please try again in 60 minutes." in response.content.decode()
    assert len(mail.outbox) == 2


def test_the_address_limit_answers_alike_for_subscribers_and_strangers(client, home_page, settings):
    settings.NEWSLETTER_RATE_LIMIT_PER_ADDRESS = 1
    make_subscriber("known@example.org", status=Subscriber.Status.CONFIRMED)
    answers = []
    for email in ("known@example.org", "stranger@example.org"):
        client.post("/en/newsletter/", signup_data(email=email))
        response = client.post("/en/newsletter/", signup_data(email=email))
        answers.append((response.status_code, response.content.decode().replace(email, "EMAIL")))
    assert answers[0] == answers[1]


def test_one_connection_is_limited_across_addresses(client, home_page, settings):
    settings.NEWSLETTER_RATE_LIMIT_PER_IP = 3
    for number in range(3):
        assert client.post("/en/newsletter/", signup_data(email=f"r{number}@example.org")).status_code == 302
    response = client.post("/en/newsletter/", signup_data(email="r9@example.org"))
    assert response.status_code == 429
    assert "Too many forms were sent from your connection" in response.content.decode()
    # Another connection is not held back.
    other = client.post("/en/newsletter/", signup_data(email="r9@example.org"), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_behind_a_proxy_the_readers_address_is_limited_not_the_proxys(client, home_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.NEWSLETTER_RATE_LIMIT_PER_IP = 1
    first = client.post(
        "/en/newsletter/", signup_data(email="a@example.org"), HTTP_X_FORWARDED_FOR="198.51.100.1"
    )
    second = client.post(
        "/en/newsletter/", signup_data(email="b@example.org"), HTTP_X_FORWARDED_FOR="198.51.100.2"
    )
    # A forged first entry does not escape the limit: only the proxy's own entry counts.
    forged = client.post(
        "/en/newsletter/",
        signup_data(email="c@example.org"),
        HTTP_X_FORWARDED_FOR="203.0.113.7, 198.51.100.1",
    )
    assert (first.status_code, second.status_code, forged.status_code) == (302, 302, 429)


def test_the_rate_limit_message_is_translated(client, home_page, settings):
    settings.NEWSLETTER_RATE_LIMIT_PER_ADDRESS = 0
    response = client.post("/sw/newsletter/", signup_data(language="sw"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Anwani hii ya barua pepe imeingizwa mara nyingi mno kwa muda mfupi." in html
    assert "entered too many times" not in html


def test_the_cache_holds_no_address_in_the_clear(client, home_page):
    client.post("/en/newsletter/", signup_data(email="secret.person@example.org"))
    keys = list(cache._cache.keys())  # local-memory cache in tests
    assert keys
    assert not any("secret.person" in key or "127.0.0.1" in key for key in keys)


@pytest.mark.parametrize("field", ["email", "consent"])
def test_a_form_error_keeps_what_the_reader_typed(client, home_page, field):
    data = signup_data(email="not-an-address" if field == "email" else "kept@example.org")
    if field == "consent":
        data.pop("consent")
    html = client.post("/en/newsletter/", data).content.decode()
    assert f'value="{data["email"]}"' in html
