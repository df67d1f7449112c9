"""Creating a page in the admin: nothing is saved until the editor saves, and a slug already
taken is said at the top and under the title, with a link to the page that holds it."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import StandardPage
from tests.factories import admin_add_page


def _add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])


def _about_form(**changes):
    return {
        "title": "About us",
        "slug": "about",
        "introduction": "Who we are.",
        "body": streamfield([]),
        **changes,
    }


def _post(client, parent, headers=None, **changes):
    """Post the add form as the Save draft button does."""
    data = nested_form_data({"comments": inline_formset([]), **_about_form(**changes)})
    return client.post(_add_url(parent), data, headers=headers or {})


@pytest.mark.django_db
def test_the_new_page_form_has_no_autosave_but_warns_of_unsaved_edits(admin_client_logged_in, home_page):
    response = admin_client_logged_in.get(_add_url(home_page))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-controller="w-init w-unsaved "' in html
    assert "data-w-autosave-interval-value" not in html
    assert 'id="w-autosave-indicator"' not in html
    assert 'data-w-unsaved-confirmation-value="true"' in html


@pytest.mark.django_db
def test_a_page_that_exists_keeps_its_autosave(admin_client_logged_in, standard_page):
    response = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[standard_page.pk]))

    html = response.content.decode()
    assert 'data-controller="w-init w-unsaved w-autosave"' in html
    assert 'id="w-autosave-indicator"' in html


@pytest.mark.django_db
def test_an_autosave_of_a_new_page_creates_nothing_and_says_why(admin_client_logged_in, home_page):
    response = _post(admin_client_logged_in, home_page, headers={"Accept": "application/json"})

    assert response.status_code == 400
    assert response.json() == {
        "success": False,
        "error_code": "autosave_unavailable",
        "error_message": "A new page is saved only when you choose Save draft.",
    }
    assert not StandardPage.objects.filter(title="About us").exists()


@pytest.mark.django_db
def test_save_draft_creates_the_new_page(admin_client_logged_in, home_page):
    admin_add_page(admin_client_logged_in, home_page, StandardPage, _about_form(), publish_it=False)

    page = StandardPage.objects.get(title="About us")
    assert not page.live
    assert page.get_parent().pk == home_page.pk


@pytest.mark.django_db
def test_a_slug_in_use_is_said_at_the_top_and_under_the_title_with_a_link(
    admin_client_logged_in, standard_page
):
    home_page = standard_page.get_parent()
    response = _post(admin_client_logged_in, home_page, title="About")

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["title"] == [
        "Another page here already has the address “about”. Change the title, or the slug on the Promote tab."
    ]
    html = response.content.decode()
    assert (
        "The page could not be created: its address “about” is already used by “About us” (published) "
        "under “Peace Centre”." in html.replace("&quot;", '"')
    )
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[standard_page.pk])}"' in html
    assert "Open “About us”" in html
    assert StandardPage.objects.filter(slug="about").count() == 1


@pytest.mark.django_db
def test_other_mistakes_keep_wagtails_own_message(admin_client_logged_in, home_page):
    response = _post(admin_client_logged_in, home_page, title="")

    assert response.status_code == 200
    assert "The page could not be created due to validation errors." in response.content.decode()
    assert "address" not in str(response.context["form"].errors)
    assert not StandardPage.objects.exists()


@pytest.mark.django_db
def test_signed_out_visitors_are_sent_to_sign_in(client, home_page):
    response = client.get(_add_url(home_page))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
