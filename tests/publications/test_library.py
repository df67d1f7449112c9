"""The library: editions and reports together, filters with counts, bad input, speed."""

import datetime

import pytest

from home.snippets import Country, Theme
from publications.models import (
    MagazineEditionPage,
    PublicationPage,
    ReportPage,
)
from tests.factories import make_document, make_edition, make_image, make_report, translate_page


@pytest.fixture
def taxonomy(locales):
    return {
        "defenders": Theme.objects.create(name="Defenders", slug="defenders", locale=locales["en"]),
        "uganda": Country.objects.create(name="Uganda", slug="uganda", iso_code="UG", locale=locales["en"]),
    }


@pytest.fixture
def shelf(library, series, taxonomy):
    """An edition in English and French (2021), a Kirundi policy brief on defenders (2021)
    and an English toolkit about Uganda (2020)."""
    document = make_document("Doc")
    make_edition(series, 2, "2021-10-22", files=[(document, "en", "full"), (document, "fr", "full")])
    make_report(
        library, "Brief", "2021-11-29", files=[(document, "rn", "full")], themes=[taxonomy["defenders"]]
    )
    make_report(
        library,
        "Toolkit",
        "2020-06-15",
        kind="toolkit",
        files=[(document, "en", "full")],
        countries=[taxonomy["uganda"]],
    )
    return library


def titles(response):
    return [page.title for page in response.context["page_obj"].object_list]


def counts(response, param):
    facet = {facet.param: facet for facet in response.context["facets"]}[param]
    return {option.value: option.count for option in facet.options}


def test_the_library_lists_editions_and_reports_newest_first(client, shelf):
    assert titles(client.get("/en/publications/")) == ["Brief", "Edition 2", "Toolkit"]


def test_each_teaser_says_what_kind_of_publication_it_is(client, shelf):
    html = client.get("/en/publications/").content.decode()
    assert '<p class="teaser__kind">Magazine · Feminist Peace Series No. 2</p>' in html
    assert '<p class="teaser__kind">Policy brief</p>' in html
    assert '<p class="teaser__kind">Toolkit</p>' in html


def test_each_teaser_shows_the_languages_it_is_available_in(client, shelf):
    html = client.get("/en/publications/").content.decode()
    assert 'Available in <span class="badge">English</span>, <span class="badge">French</span>' in html
    assert '<span class="badge">Ikirundi</span>' in html


def test_covers_are_shown_as_thumbnails(client, library):
    make_report(library, "Covered", "2021-01-01", cover_image=make_image("Cover"))
    html = client.get("/en/publications/").content.decode()
    assert "fill-320x180" in html and "fill-640x360" in html and 'loading="lazy"' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=magazine", ["Edition 2"]),
        ("type=policy_brief", ["Brief"]),
        ("type=toolkit", ["Toolkit"]),
        ("theme=defenders", ["Brief"]),
        ("country=uganda", ["Toolkit"]),
        ("year=2020", ["Toolkit"]),
        ("year=2021", ["Brief", "Edition 2"]),
        ("language=rn", ["Brief"]),
        ("language=fr", ["Edition 2"]),
        ("language=en", ["Edition 2", "Toolkit"]),
    ],
)
def test_each_filter_alone_narrows_the_library(client, shelf, query, expected):
    assert titles(client.get(f"/en/publications/?{query}")) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("language=en&year=2021", ["Edition 2"]),
        ("type=policy_brief&language=rn&year=2021", ["Brief"]),
        ("type=toolkit&country=uganda&language=en&year=2020", ["Toolkit"]),
        ("type=toolkit&year=2021", []),
    ],
)
def test_filters_combine(client, shelf, query, expected):
    assert titles(client.get(f"/en/publications/?{query}")) == expected


def test_every_facet_counts_the_whole_library_when_nothing_is_chosen(client, shelf):
    response = client.get("/en/publications/")
    assert counts(response, "type") == {"magazine": 1, "policy_brief": 1, "toolkit": 1}
    assert counts(response, "theme") == {"defenders": 1}
    assert counts(response, "country") == {"uganda": 1}
    assert counts(response, "year") == {"2021": 2, "2020": 1}
    assert counts(response, "language") == {"en": 2, "fr": 1, "rn": 1}


def test_counts_say_what_each_choice_would_give_with_the_other_filters(client, shelf):
    response = client.get("/en/publications/?year=2021")
    assert counts(response, "type") == {"magazine": 1, "policy_brief": 1}
    assert counts(response, "language") == {"en": 1, "fr": 1, "rn": 1}
    assert counts(response, "year") == {"2021": 2, "2020": 1}  # its own facet stays open


def test_the_facets_are_rendered_as_links_with_counts(client, shelf):
    html = client.get("/en/publications/?year=2021").content.decode()
    assert (
        '<a href="?year=2021&amp;type=policy_brief"><span>Policy brief</span> <span class="filter-list__count">(1)</span></a>'
        in html
    )
    assert (
        'Kirundi (<span lang="rn">Ikirundi</span>)</span> <span class="filter-list__count">(1)</span>' in html
    )


@pytest.mark.parametrize(
    "query",
    [
        "type=<b>x</b>",
        "type=magazine'--",
        "language=zz",
        "language=" + "e" * 500,
        "year=9",
        "year=20211",
        "year=-2021",
        "page=-3",
        "page=abc",
        "page=99999",
        "theme=%00",
        "theme=../../etc",
        "country=" + "é" * 300,
    ],
)
def test_bad_filter_values_are_ignored_never_a_server_error(client, shelf, query):
    response = client.get(f"/en/publications/?{query}")
    assert titles(response) == ["Brief", "Edition 2", "Toolkit"]
    assert response.context["listing"].selected == {}
    assert "<b>x</b>" not in response.content.decode()


def test_a_filter_given_twice_takes_its_last_value(client, shelf):
    assert titles(client.get("/en/publications/?type=magazine&type=toolkit")) == ["Toolkit"]


def test_a_filter_matching_nothing_shows_the_empty_state(client, shelf):
    html = client.get("/en/publications/?type=toolkit&year=2021").content.decode()
    assert "No publications match these filters." in html
    assert "Show all publications" in html


def test_an_empty_library_says_so(client, library):
    assert "No publications match these filters." in client.get("/en/publications/").content.decode()


def test_the_library_shows_twelve_a_page(client, library):
    for day in range(1, 15):
        make_report(library, f"Report {day}", f"2021-01-{day:02d}")
    first, second = client.get("/en/publications/"), client.get("/en/publications/?page=2")
    assert len(titles(first)) == 12 and titles(second) == ["Report 2", "Report 1"]


def test_drafts_are_not_listed(client, library):
    draft = ReportPage(title="Draft", slug="draft", publication_date=datetime.date(2021, 1, 1), summary="x")
    library.add_child(instance=draft)
    draft.unpublish()
    assert "Draft" not in titles(client.get("/en/publications/"))


def test_the_french_library_lists_french_first_then_english_not_yet_translated(client, shelf, locales):
    brief = ReportPage.objects.get(slug="brief")
    translate_page(brief, locales["fr"], title="Note")
    response = client.get("/fr/publications/")
    assert titles(response) == ["Note", "Edition 2", "Toolkit"]
    assert '<article class="teaser" lang="en">' in response.content.decode()


def test_the_home_page_shows_the_latest_publications(client, shelf):
    html = client.get("/en/").content.decode()
    assert "Brief" in html and "Edition 2" in html and "Toolkit" in html


def test_latest_for_home_gives_specific_pages_newest_first_with_covers_prefetched(
    library, series, locales, django_assert_num_queries
):
    cover = make_image("Cover")
    cover.get_rendition("fill-320x180")  # made by an earlier visit, as on a live site
    make_report(library, "Old", "2019-01-01", cover_image=cover)
    make_edition(series, 1, "2020-11-25", cover_image=cover)
    make_report(library, "New", "2022-01-01", cover_image=cover)
    latest = PublicationPage.latest_for_home(locales["en"], 2)
    assert [type(page) for page in latest] == [ReportPage, MagazineEditionPage]
    assert [page.title for page in latest] == ["New", "Edition 1"]
    with django_assert_num_queries(0):
        for page in latest:
            page.cover_image.get_rendition("fill-320x180")
            page.teaser_languages()
            page.teaser_kind()
