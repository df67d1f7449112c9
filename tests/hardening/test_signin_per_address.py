"""Admin sign-in is limited per reader's address: guessing at one address never locks an
editor out at another, and one address cannot try a few passwords on every username."""

from django.test import Client

from tests.factories import PASSWORD


def sign_in(client, username, password, **headers):
    return client.post("/admin/login/", {"username": username, "password": password}, **headers)


def test_behind_a_proxy_wrong_passwords_from_one_reader_do_not_lock_the_editor_elsewhere(
    client, editor, home_page, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    for _attempt in range(6):
        sign_in(client, "editor", "wrong-guess", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert sign_in(client, "editor", "wrong-guess", HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 429
    response = sign_in(Client(), "editor", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert response.status_code == 302


def test_without_trusted_proxies_a_forged_forwarded_for_does_not_escape_the_lock(client, editor, home_page):
    for attempt in range(5):
        sign_in(client, "editor", "wrong-guess", HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}")
    response = sign_in(client, "editor", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert response.status_code == 429


def test_a_few_passwords_on_many_usernames_from_one_address_are_throttled(client, editor, home_page):
    statuses = [
        sign_in(client, f"user{number}", f"password-{guess}").status_code
        for number in range(12)
        for guess in range(4)
    ]
    assert statuses[:19] == [200] * 19
    assert set(statuses[19:]) == {429}
    # The address is locked, for the real editor too.
    assert sign_in(client, "editor", PASSWORD).status_code == 429


def test_a_locked_address_does_not_lock_the_account_for_other_addresses(client, editor, home_page):
    for number in range(20):
        sign_in(client, f"user{number}", "password")
    assert sign_in(client, "editor", PASSWORD).status_code == 429
    reader = Client()
    response = sign_in(reader, "editor", PASSWORD, REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 302
    assert reader.session["_auth_user_id"] == str(editor.pk)


def test_the_lockout_page_says_the_address_is_locked(client, editor, home_page):
    for number in range(20):
        response = sign_in(client, f"user{number}", "password")
    html = response.content.decode()
    assert response.status_code == 429
    assert "too many failed attempts to sign in from your address" in html
    assert "Other addresses are not affected." in html


def test_the_address_limit_is_a_setting(client, editor, home_page, settings):
    settings.SIGNIN_FAILURE_LIMIT_PER_ADDRESS = 3
    statuses = [sign_in(client, f"user{number}", "password").status_code for number in range(3)]
    assert statuses == [200, 200, 429]


def test_a_reset_lifts_an_address_lock(client, editor, home_page):
    from django.core.management import call_command

    for number in range(20):
        sign_in(client, f"user{number}", "password")
    assert sign_in(client, "editor", PASSWORD).status_code == 429
    call_command("axes_reset", stdout=None)
    assert sign_in(client, "editor", PASSWORD).status_code == 302
