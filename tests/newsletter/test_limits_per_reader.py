"""Sign-up and contact limits count each reader: behind a proxy by the address it saw, never
by a header a reader can forge, and still while the shared cache is away."""

import socket

from django.test import Client

from tests.newsletter.conftest import contact_data, signup_data

PROXY = "10.0.0.1"


def sign_up(client, email, **headers):
    return client.post("/en/newsletter/", signup_data(email=email), REMOTE_ADDR=PROXY, **headers)


def test_behind_a_proxy_two_readers_each_have_their_own_sign_up_quota(client, home_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for number in range(20):
        assert (
            sign_up(client, f"a{number}@example.org", HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 302
        )
    assert sign_up(client, "a99@example.org", HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 429
    other = sign_up(Client(), "b@example.org", HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert other.status_code == 302


def test_behind_a_proxy_two_readers_each_have_their_own_contact_quota(client, contact_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    def write(email, reader):
        data = contact_data(your_email_address=email)
        return client.post(contact_page.url, data, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=reader)

    for number in range(10):
        assert write(f"a{number}@example.org", "198.51.100.1").status_code == 200
    assert write("a99@example.org", "198.51.100.1").status_code == 429
    assert write("b@example.org", "198.51.100.2").status_code == 200


def test_without_trusted_proxies_a_forged_forwarded_for_does_not_escape_the_limit(
    client, home_page, settings
):
    settings.NEWSLETTER_RATE_LIMIT_PER_IP = 2
    answers = [
        sign_up(client, f"r{number}@example.org", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}").status_code
        for number in range(3)
    ]
    assert answers == [302, 302, 429]


def test_without_trusted_proxies_a_forged_forwarded_for_does_not_escape_the_contact_limit(
    client, contact_page, settings
):
    settings.CONTACT_RATE_LIMIT_PER_IP = 1
    answers = [
        client.post(
            contact_page.url,
            contact_data(your_email_address=f"r{number}@example.org"),
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        ).status_code
        for number in range(2)
    ]
    assert answers == [200, 429]


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_while_the_cache_is_away_the_twenty_first_sign_up_is_refused(client, home_page, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.shared_cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
    # Counted in this process's memory, which outlives the test: an address of its own.
    reader = {"REMOTE_ADDR": "192.0.2.121"}
    for number in range(20):
        response = client.post("/en/newsletter/", signup_data(email=f"away{number}@example.org"), **reader)
        assert response.status_code == 302
    response = client.post("/en/newsletter/", signup_data(email="away99@example.org"), **reader)
    assert response.status_code == 429
