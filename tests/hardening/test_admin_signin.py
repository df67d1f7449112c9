"""Admin sign-in is throttled: guessed passwords lock the account for a while."""

from tests.factories import PASSWORD


def sign_in(client, password):
    return client.post("/admin/login/", {"username": "editor", "password": password})


def test_five_wrong_passwords_lock_the_account_with_a_clear_message(client, editor, home_page):
    for _attempt in range(5):
        sign_in(client, "wrong-guess")
    response = sign_in(client, "wrong-guess")
    assert response.status_code == 429
    assert "Signing in is locked for a while" in response.content.decode()


def test_the_right_password_is_refused_while_locked(client, editor, home_page):
    for _attempt in range(6):
        sign_in(client, "wrong-guess")
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_right_password_works_before_the_limit(client, editor, home_page):
    for _attempt in range(3):
        sign_in(client, "wrong-guess")
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_a_lockout_is_lifted_by_the_reset_command(client, editor, home_page):
    from django.core.management import call_command

    for _attempt in range(6):
        sign_in(client, "wrong-guess")
    call_command("axes_reset", stdout=None)
    assert sign_in(client, PASSWORD).status_code == 302


def test_robots_txt_follows_the_admin_path(client, db):
    assert "Disallow: /admin/" in client.get("/robots.txt").content.decode()


def test_the_admin_path_is_configurable():
    from tests.home.test_settings import run_manage

    code = "from django.urls import reverse; print(reverse('wagtailadmin_home'))"
    result = run_manage("shell", "--verbosity=0", "-c", code, SECRET_KEY="x" * 50, ADMIN_URL="backstage")
    assert result.stdout.strip() == "/backstage/", result.stderr
