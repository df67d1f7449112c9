"""The library: editions and reports together, filters with counts, bad input, queries."""

import datetime

import pytest

from publications.models import PublicationFile, ReportPage
from tests.conftest import make_image
from tests.publications.conftest import make_document, make_edition, make_report


@pytest.fixture
def shelf(library, series, taxonomy_pub):
    doc = make_document("Doc")
    make_edition(series, 2, "2021-10-22", files=[(doc, "en", "full"), (doc, "fr", "full")])
    make_report(
        library,
        "Brief",
        "2021-11-29",
        kind="policy_brief",
        files=[(doc, "rn", "full")],
        themes=[taxonomy_pub["theme"]],
    )
    make_report(
        library,
        "Toolkit",
        "2020-06-15",
        kind="toolkit",
        files=[(doc, "en", "full")],
        countries=[taxonomy_pub["uganda"]],
    )
    return library


@pytest.fixture
def taxonomy_pub(locales):
    from home.snippets import Country, Theme

    return {
        "theme": Theme.objects.create(name="Defenders", slug="defenders", locale=locales["en"]),
        "uganda": Country.objects.create(name="Uganda", slug="uganda", iso_code="UG", locale=locales["en"]),
    }


def titles(response):
    return [page.title for page in response.context["page_obj"].object_list]


def counts(response, param):
    return {o.value: o.count for o in {f.param: f for f in response.context["facets"]}[param].options}


def test_library_lists_editions_and_reports_newest_first(client, shelf):
    assert titles(client.get("/en/publications/")) == ["Brief", "Edition 2", "Toolkit"]


def test_library_shows_available_languages_as_badges(client, shelf):
    html = client.get("/en/publications/").content.decode()
    assert (
        '<span class="badge" lang="en">English</span> <span class="badge" lang="fr">Français</span>' in html
    )
    assert '<span class="badge" lang="rn">Ikirundi</span>' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=magazine", ["Edition 2"]),
        ("type=toolkit", ["Toolkit"]),
        ("theme=defenders", ["Brief"]),
        ("country=uganda", ["Toolkit"]),
        ("year=2020", ["Toolkit"]),
        ("language=rn", ["Brief"]),
        ("language=en&year=2021", ["Edition 2"]),
        ("type=policy_brief&language=rn&year=2021", ["Brief"]),
    ],
)
def test_filters_alone_and_combined(client, shelf, query, expected):
    assert titles(client.get(f"/en/publications/?{query}")) == expected


def test_filter_counts(client, shelf):
    response = client.get("/en/publications/?year=2021")
    assert counts(response, "type") == {"magazine": 1, "policy_brief": 1}
    assert counts(response, "language") == {"en": 1, "fr": 1, "rn": 1}
    assert counts(response, "year") == {"2021": 2, "2020": 1}


@pytest.mark.parametrize(
    "query", ["type=<b>x</b>", "language=zz", "year=9", "page=-3", "theme=%00", "country=" + "é" * 300]
)
def test_bad_input_never_fails(client, shelf, query):
    response = client.get(f"/en/publications/?{query}")
    assert response.status_code == 200
    assert "<b>x</b>" not in response.content.decode()


def test_home_page_lists_the_latest_publications(client, shelf):
    html = client.get("/en/").content.decode()
    assert "Brief" in html and "Edition 2" in html
    assert "No publications have been published yet." not in html


@pytest.fixture
def big_library(library):
    cover = make_image("Cover")
    document = make_document("Shared")
    for i in range(500):
        report = ReportPage(
            title=f"Report {i}",
            slug=f"report-{i}",
            publication_type="research_report",
            publication_date=datetime.date(2015, 1, 1) + datetime.timedelta(days=i),
            summary="s",
            cover_image=cover,
            live=True,
        )
        report.files = [
            PublicationFile(document=document, language="en", page_count=3, text="x", sort_order=0)
        ]
        library.add_child(instance=report)
    return library


@pytest.mark.parametrize("per_page", [12, 50])
def test_library_query_count_is_fixed(
    client, big_library, django_assert_max_num_queries, per_page, monkeypatch
):
    from publications.models import PublicationIndexPage

    monkeypatch.setattr(PublicationIndexPage, "per_page", per_page)
    client.get("/en/publications/")
    with django_assert_max_num_queries(26):
        response = client.get("/en/publications/?type=research_report&page=2")
    assert len(response.context["page_obj"].object_list) == per_page


def test_series_query_count_is_fixed(client, series, django_assert_max_num_queries):
    document = make_document("Shared")
    cover = make_image("Cover")
    for number in range(1, 41):
        make_edition(series, number, "2021-01-01", files=[(document, "en", "full")], cover_image=cover)
    client.get(series.url)
    with django_assert_max_num_queries(20):
        client.get(series.url)
