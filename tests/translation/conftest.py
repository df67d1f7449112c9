"""Fixtures of the translation desk: the French home page, translator groups, and a French
and an Arabic translator. Translations are made by tests/factories.py."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from tests.factories import make_user, translate_page


@pytest.fixture
def french_home(home_page, locales):
    return translate_page(home_page, locales["fr"], title="Centre pour la paix", slug="accueil")


@pytest.fixture
def translator_groups(french_home):
    call_command("setup_translator_groups", stdout=None)
    return {group.name: group for group in Group.objects.filter(name__startswith="Translators:")}


@pytest.fixture
def french_translator(translator_groups):
    user = make_user("amina")
    user.groups.add(translator_groups["Translators: Français"])
    return user


@pytest.fixture
def arabic_translator(translator_groups):
    user = make_user("layla")
    user.groups.add(translator_groups["Translators: العربية"])
    return user
