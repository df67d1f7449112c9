"""The search registry: readers find and filter only what the content apps registered."""

from io import StringIO

import pytest
from django.core.management import call_command

from core.facets import TaxonomyFacet, YearFacet
from home.snippets import Theme
from publications.models import PublicationIndexPage, PublicationPage
from search import registry
from stories.models import StoryPage
from tests.factories import make_report, make_story


@pytest.fixture
def content(library, story_index, taxonomy):
    make_story(story_index, "Mediators in Juba", "2021-09-14", themes=[taxonomy["youth"]])
    make_story(story_index, "Mediators in Yei", "2019-05-01", themes=[taxonomy["peacebuilding"]])
    make_report(library, "Toolkit for mediators", "2021-06-15", themes=[taxonomy["youth"]])
    call_command("update_index", stdout=StringIO(), stderr=StringIO())


@pytest.fixture
def fresh_registry(monkeypatch):
    """An empty registry in place of the site's, for the test to fill."""
    empty = registry.SearchRegistry()
    monkeypatch.setattr(registry, "site", empty)
    return empty


def theme_facet():
    return TaxonomyFacet(param="theme", label="Theme", field="themes", model=Theme)


def titles(response):
    return sorted(result["page"].title for result in response.context["page_obj"].object_list)


def facet_counts(response, param):
    view = next(view for view in response.context["facets"] if view.param == param)
    return {option.value: option.count for option in view.options}


def test_a_registered_models_pages_are_found_and_filtered_by_its_facets(client, content, fresh_registry):
    fresh_registry.register(StoryPage, facets=[YearFacet(param="year", label="Year", field="date")])

    everything = client.get("/en/search/", {"q": "mediators"})
    assert titles(everything) == ["Mediators in Juba", "Mediators in Yei"]
    assert facet_counts(everything, "year") == {"2021": 1, "2019": 1}
    assert facet_counts(everything, "type") == {"storypage": 2}

    in_2021 = client.get("/en/search/", {"q": "mediators", "year": "2021"})
    assert titles(in_2021) == ["Mediators in Juba"]


def test_the_sites_facets_are_type_then_those_the_apps_registered(client, content):
    response = client.get("/en/search/", {"q": "mediators"})
    assert [view.param for view in response.context["facets"]] == ["type", "theme", "year"]
    assert facet_counts(response, "theme") == {"youth": 2, "peacebuilding": 1}


def test_facets_come_from_the_registry_in_registration_order(client, content, fresh_registry):
    fresh_registry.register(StoryPage, facets=[YearFacet(param="year", label="Year", field="date")])
    fresh_registry.register(
        PublicationPage,
        facets=[
            theme_facet(),
            YearFacet(param="year", label="Year", field="publication_date"),
        ],
    )
    response = client.get("/en/search/", {"q": "mediators"})
    assert [view.param for view in response.context["facets"]] == ["type", "year", "theme"]
    # One year filter over both types: their counts add up.
    assert facet_counts(response, "year") == {"2021": 2, "2019": 1}
    # Only the publication registered a theme.
    assert facet_counts(response, "theme") == {"youth": 1}


def test_an_app_that_registers_nothing_is_not_searched(client, content, fresh_registry):
    fresh_registry.register(StoryPage)  # publications register nothing

    response = client.get("/en/search/", {"q": "mediators"})
    assert titles(response) == ["Mediators in Juba", "Mediators in Yei"]
    assert "reportpage" not in facet_counts(response, "type")

    # A type nothing registered names no filter: it is ignored, not an error.
    as_report = client.get("/en/search/", {"q": "toolkit", "type": "reportpage"})
    assert as_report.status_code == 200
    assert titles(as_report) == []
    suggestions = client.get("/en/search/suggest/", {"q": "Mediators"}).json()["suggestions"]
    assert "Toolkit for mediators" not in [suggestion["title"] for suggestion in suggestions]


def test_nothing_is_searched_when_nothing_is_registered(client, content, fresh_registry):
    response = client.get("/en/search/", {"q": "mediators"})
    assert response.status_code == 200
    assert titles(response) == []
    assert [view.param for view in response.context["facets"]] == ["type"]


def test_the_listing_suggested_when_nothing_is_found_is_the_registered_one(
    client, home_page, library, fresh_registry
):
    assert "Or browse" not in client.get("/en/search/", {"q": "zzzzqqq"}).content.decode()

    fresh_registry.suggest_when_nothing_found(PublicationIndexPage)
    html = client.get("/en/search/", {"q": "zzzzqqq"}).content.decode()
    assert 'Or browse <a href="/en/publications/">the library of publications</a>' in html


def test_registering_a_model_again_adds_no_second_filter_or_type(fresh_registry):
    for _ in range(2):
        fresh_registry.register(StoryPage, facets=[theme_facet()])
    assert fresh_registry.page_models() == [StoryPage]
    assert list(fresh_registry.facets_by_param()) == ["theme"]
    assert list(fresh_registry.facets_by_param()["theme"]) == [StoryPage]


def test_a_registered_model_brings_its_subclasses(fresh_registry):
    fresh_registry.register(PublicationPage)
    assert {model.__name__ for model in fresh_registry.page_models()} == {
        "PublicationPage",
        "MagazineEditionPage",
        "ReportPage",
    }


def test_the_site_registers_every_page_type_readers_could_find_before(db):
    from wagtail.models import Page, get_page_models

    assert set(get_page_models()) - set(registry.site.page_models()) == {Page}
    assert registry.site.listing_when_nothing_found() is PublicationIndexPage
