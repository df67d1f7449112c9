"""Fixtures shared by every app's tests: an empty cache and English for each test, the
locales, the home page with a story index, a library and a magazine series under it, the
themes, countries and partner content is tagged with, a contact page, an editor, and the
demo site. Objects are made by tests/factories.py, which tests call for everything else."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from home.snippets import Country, Partner, Theme
from newsletter.models import ContactFormField, ContactPage
from publications.models import MagazineSeriesPage, PublicationIndexPage
from stories.models import StoryIndexPage
from tests.factories import make_user, publish

LANGUAGE_CODES = ["en", "fr", "sw", "ar"]


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


@pytest.fixture
def no_search_indexing(settings):
    """Pages saved in this test are not written to the search index. For tests that build
    hundreds of pages to count a listing's queries: on PostgreSQL every index write also
    rescans the whole index table, which inside one test's transaction only grows (no
    vacuum runs), so each save costs more than the one before."""
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }


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
def story_index(home_page):
    return publish(home_page, StoryIndexPage(title="News and stories", slug="stories"))


@pytest.fixture
def library(home_page):
    return publish(home_page, PublicationIndexPage(title="Publications", slug="publications"))


@pytest.fixture
def series(library):
    return publish(
        library,
        MagazineSeriesPage(title="Feminist Peace Series", slug="fps", description="<p>A magazine.</p>"),
    )


@pytest.fixture
def taxonomy(locales):
    """Two themes, two countries and a partner, in English."""
    en = locales["en"]
    return {
        "peacebuilding": Theme.objects.create(name="Peacebuilding", slug="peacebuilding", locale=en),
        "youth": Theme.objects.create(name="Youth and peace", slug="youth", locale=en),
        "uganda": Country.objects.create(name="Uganda", slug="uganda", iso_code="UG", locale=en),
        "south-sudan": Country.objects.create(
            name="South Sudan", slug="south-sudan", iso_code="SS", locale=en
        ),
        "un-women": Partner.objects.create(name="UN Women", locale=en),
    }


@pytest.fixture
def contact_page(home_page):
    """A contact form asking for a name, an email address and a message."""
    page = ContactPage(
        title="Write to us",
        slug="write-to-us",
        introduction="<p>We read every message.</p>",
        to_address="team@peace.example.org",
    )
    page.form_fields = [
        ContactFormField(label="Your name", field_type="singleline", required=True, sort_order=0),
        ContactFormField(
            label="Your email address",
            field_type="email",
            required=True,
            help_text="Only to answer you.",
            sort_order=1,
        ),
        ContactFormField(label="Your message", field_type="multiline", required=True, sort_order=2),
    ]
    return publish(home_page, page)


@pytest.fixture
def editor(db):
    """A superuser called "editor" who signs in with `tests.factories.PASSWORD`."""
    return make_user("editor", superuser=True)


@pytest.fixture
def admin_client_logged_in(client, editor):
    client.force_login(editor)
    return client
