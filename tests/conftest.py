"""Factories and fixtures shared by every app's tests.

Each factory makes the smallest real object a test needs; tests build what they assert
on themselves, so a reader sees the data next to the expectation.
"""

import io

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage

LANGUAGE_CODES = ["en", "fr", "sw", "ar"]


def make_image(title="Test image", size=(800, 600), colour=(91, 42, 134), fmt="JPEG"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, fmt)
    extension = "jpg" if fmt == "JPEG" else fmt.lower()
    image = Image(title=title, file=ImageFile(buffer, name=f"test.{extension}"))
    image.save()
    return image


def publish(parent, page):
    """Add `page` under `parent` and publish it, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate_page(page, locale, **changes):
    """A published translation of `page` into `locale` (its ancestors translated first),
    with `changes` applied to the copy: what a translator's publish produces."""
    parent = page.get_parent().specific
    if parent.depth > 1 and not parent.has_translation(locale):
        translate_page(parent, locale)
    translation = page.specific.copy_for_translation(locale)
    for field, value in changes.items():
        setattr(translation, field, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Uploads of this test session go to a folder pytest removes later."""
    from django.conf import settings

    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("media"))
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: no chrome or page cached by another test."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English: a request to /fr/ leaves French active in the thread."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(scope="module")
def demo_content_for_module(django_db_setup, django_db_blocker):
    """The demo site, built once per test module in each worker (it takes seconds) and rolled
    back after the module's last test. Use `demo_content`, not this."""
    with django_db_blocker.unblock(), transaction.atomic():
        report = io.StringIO()
        call_command("load_demo_content", stdout=report)
        yield report.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo_content(demo_content_for_module, db):
    """The demo site (`load_demo_content`), with what `load_demo_content` reported. Each test
    runs in a savepoint inside the module's build, so what one test changes the next does
    not see."""
    return demo_content_for_module


@pytest.fixture
def locales(db):
    """The four site locales (English comes from Wagtail's first migration)."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


@pytest.fixture
def home_page(locales):
    """An English HomePage as the default site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:  # Wagtail's welcome page holds the slug "home"
        Page.objects.filter(pk=site.root_page_id).update(slug="welcome")
    home = HomePage(title="Peace Centre", slug="home", locale=locales["en"], hero_intro="We build peace.")
    root.add_child(instance=home)
    home.save_revision().publish()
    if site is None:
        # Live-server tests flush the tables after each test, migration data included.
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    else:
        welcome = Page.objects.get(pk=site.root_page_id)
        site.root_page = home
        site.save()
        welcome.delete()
    home.refresh_from_db()
    return home


@pytest.fixture
def standard_page(home_page):
    return publish(home_page, StandardPage(title="About us", slug="about", introduction="Who we are."))


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    client.force_login(user)
    return client


def admin_add_page(client, parent, model, fields, publish_it=True):
    """Create a page through the Wagtail admin's add form, as an editor would.

    `fields` is the form data (use wagtail.test.utils.form_data helpers for StreamFields
    and inline panels). Returns the response; raises with the form's errors if the admin
    refused the page.
    """
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    data = nested_form_data({"comments": inline_formset([]), **fields})
    if publish_it:
        data["action-publish"] = "action-publish"
    url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])
    response = client.post(url, data)
    if response.status_code != 302:
        form = response.context["form"] if response.context and "form" in response.context else None
        raise AssertionError(f"Admin refused the page: {form.errors if form else response.status_code}")
    return response
