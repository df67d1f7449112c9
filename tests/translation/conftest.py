"""Fixtures of the translation desk: a French-only translator, translator groups, and
translations made through wagtail-localize as the admin makes them."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import Translation, TranslationSource

from tests.conftest import translate_page

PASSWORD = "a-long-password-1"


def submit(instance, locale):
    """Start a translation of `instance` into `locale` (a draft with nothing translated)."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale)
    # Snippets without drafts are saved live; pages stay drafts until published.
    translation.save_target(publish=not isinstance(instance, Page | DraftStateMixin))
    return translation


def translate_all_segments(translation):
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"[{translation.target_locale.language_code}] {entry.msgid}"
    translation.import_po(po)


def finish(translation, capture):
    """Translate every segment and publish, as a translator's last click does."""
    translate_all_segments(translation)
    with capture(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)
    return translation


@pytest.fixture
def french_home(home_page, locales):
    return translate_page(home_page, locales["fr"], title="Centre pour la paix", slug="accueil")


@pytest.fixture
def translator_groups(french_home):
    call_command("setup_translator_groups", stdout=None)
    return {group.name: group for group in Group.objects.filter(name__startswith="Translators:")}


@pytest.fixture
def french_translator(translator_groups, django_user_model):
    user = django_user_model.objects.create_user("amina", "amina@example.org", PASSWORD)
    user.groups.add(translator_groups["Translators: Français"])
    return user


@pytest.fixture
def arabic_translator(translator_groups, django_user_model):
    user = django_user_model.objects.create_user("layla", "layla@example.org", PASSWORD)
    user.groups.add(translator_groups["Translators: العربية"])
    return user


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
