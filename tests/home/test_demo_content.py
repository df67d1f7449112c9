"""`load_demo_content` builds the demo site once and changes nothing the second time."""

from io import StringIO

from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from home.site_settings import OrganisationSettings
from home.snippets import Country, NavigationMenu, Partner, Theme


def load():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def test_demo_content_creates_the_locales_and_english_tree(demo_content):
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["ar", "en", "fr", "sw"]
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "en"
    assert set(StandardPage.objects.child_of(home).values_list("slug", flat=True)) >= {"about", "contact"}
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()


def test_demo_content_sets_the_reference_contact_details(demo_content):
    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    assert org.phone == "+256-414698684"
    assert org.email == "program@wipc.org"
    assert "Plot 1467, Church Road, Bulindo" in org.address


def test_demo_content_is_idempotent(demo_content):
    first = demo_content
    counts = {
        model: model.objects.count() for model in (Page, Theme, Country, Partner, NavigationMenu, Locale)
    }
    second = load()
    assert "created" in first
    assert "Demo content already loaded: nothing changed" in second
    assert {model: model.objects.count() for model in counts} == counts


def test_demo_home_page_serves(client, demo_content):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "Women&#x27;s International Peace Centre" in response.content.decode()


def test_demo_admin_is_created_once_and_its_password_shown_once(db, django_user_model):
    first, second = StringIO(), StringIO()
    call_command("create_demo_admin", stdout=first)
    call_command("create_demo_admin", stdout=second)
    assert "password:" in first.getvalue()
    assert "password:" not in second.getvalue()
    assert django_user_model.objects.filter(is_superuser=True).count() == 1


def test_demo_translations_are_real_wagtail_localize_translations(client, demo_content):
    from wagtail_localize.models import StringTranslation, Translation

    for code, path, heading in [
        ("fr", "/fr/a-propos/", "Qui sommes-nous"),
        ("sw", "/sw/kuhusu-sisi/", "Kuhusu sisi"),
        ("ar", "/ar/من-نحن/", "من نحن"),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert f"<h1>{heading}</h1>" in response.content.decode()
        assert Translation.objects.filter(target_locale__language_code=code).count() >= 20
        assert StringTranslation.objects.filter(locale__language_code=code, data="").count() == 0


def test_demo_texts_cover_every_segment(demo_content):
    """No demo page or snippet falls back to English: every segment has a translation."""
    assert "has no" not in demo_content


def test_demo_creates_one_translator_group_per_language(demo_content):
    from django.contrib.auth.models import Group

    assert set(Group.objects.filter(name__startswith="Translators:").values_list("name", flat=True)) == {
        "Translators: Français",
        "Translators: Kiswahili",
        "Translators: العربية",
    }
