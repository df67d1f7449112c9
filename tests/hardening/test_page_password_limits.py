"""Password-protected pages: guesses are limited per reader and per page, and the right
password still opens the page for everyone else."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from tests.factories import publish

PASSWORD = "women-build-peace"


@pytest.fixture
def restriction(standard_page):
    return PageViewRestriction.objects.create(
        page=standard_page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )


def try_password(client, restriction, password, page=None, language="en", **headers):
    """Post the password form as Wagtail renders it (under the language prefix)."""
    page = page or restriction.page
    with translation.override(language):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    headers.setdefault("REMOTE_ADDR", "198.51.100.1")
    return client.post(url, {"password": password, "return_url": page.url}, **headers)


def test_the_form_posts_under_the_language_prefix(client, restriction):
    html = client.get(restriction.page.url).content.decode()
    assert f'action="/en/_util/authenticate_with_password/{restriction.pk}/{restriction.page.pk}/"' in html


def test_ten_wrong_guesses_from_one_address_hold_back_the_eleventh_try(client, restriction):
    for _attempt in range(10):
        assert try_password(client, restriction, "guess").status_code == 200
    response = try_password(client, restriction, PASSWORD)
    html = response.content.decode()
    assert response.status_code == 429
    assert "Too many passwords were tried for this page from your connection." in html
    assert "Please try again in 15 minutes." in html
    assert 'name="password"' in html
    assert "You need a password" in client.get(restriction.page.url).content.decode()


def test_the_right_password_still_works_from_another_address(client, restriction):
    for _attempt in range(10):
        try_password(client, restriction, "guess", REMOTE_ADDR="198.51.100.1")
    assert try_password(client, restriction, PASSWORD, REMOTE_ADDR="198.51.100.1").status_code == 429
    reader = Client()
    response = try_password(reader, restriction, PASSWORD, REMOTE_ADDR="198.51.100.2")
    assert response.status_code == 302
    assert "Who we are." in reader.get(restriction.page.url).content.decode()


def test_behind_a_proxy_each_reader_has_their_own_guesses(client, restriction, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for _attempt in range(10):
        try_password(client, restriction, "guess", HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    refused = try_password(client, restriction, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    assert refused.status_code == 429
    response = try_password(Client(), restriction, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy)
    assert response.status_code == 302


def test_guesses_from_many_addresses_are_limited_per_page(client, restriction, settings):
    settings.PAGE_PASSWORD_RATE_LIMIT_PER_PAGE = 5
    for number in range(5):
        assert (
            try_password(client, restriction, "guess", REMOTE_ADDR=f"203.0.113.{number}").status_code == 200
        )
    response = try_password(Client(), restriction, PASSWORD, REMOTE_ADDR="203.0.113.99")
    assert response.status_code == 429
    assert "Too many passwords were tried for this page in a short time." in response.content.decode()


def test_pages_under_one_password_share_its_limit(client, restriction):
    child = publish(restriction.page, StandardPage(title="Minutes", slug="minutes", introduction="Notes."))
    for _attempt in range(10):
        try_password(client, restriction, "guess", page=child)
    assert try_password(client, restriction, "guess").status_code == 429


def test_the_limit_message_is_translated(client, restriction):
    for _attempt in range(10):
        try_password(client, restriction, "guess", language="fr")
    response = try_password(client, restriction, "guess", language="fr")
    assert response.status_code == 429
    assert "Trop de mots de passe ont été essayés pour cette page" in response.content.decode()


def test_readers_who_know_the_password_never_use_up_the_page_s_guesses(restriction, settings):
    settings.PAGE_PASSWORD_RATE_LIMIT_PER_PAGE = 5
    for number in range(20):
        answer = try_password(Client(), restriction, PASSWORD, REMOTE_ADDR=f"203.0.113.{number}")
        assert answer.status_code == 302, f"reader {number} was refused"
