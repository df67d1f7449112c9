"""The story index: order, pagination, filters with counts, and bad input."""

import pytest

from tests.factories import make_story


@pytest.fixture
def stories(story_index, taxonomy):
    pb, youth = taxonomy["peacebuilding"], taxonomy["youth"]
    ug, ss = taxonomy["uganda"], taxonomy["south-sudan"]
    make_story(story_index, "Kampala 2020", "2020-05-01", themes=[pb], places=[("Kampala", ug)])
    make_story(story_index, "Juba 2021", "2021-09-08", themes=[pb], places=[("Juba", ss)])
    make_story(story_index, "Youth 2021", "2021-09-21", themes=[youth], places=[("Kampala", ug)])
    make_story(story_index, "Draft", "2021-12-01", publish_it=False)
    return story_index


def titles(response):
    return [story.title for story in response.context["page_obj"].object_list]


def facet(response, param):
    views = {view.param: view for view in response.context["facets"]}
    return {option.value: option.count for option in views[param].options}


def test_stories_are_listed_newest_first_without_drafts(client, stories):
    assert titles(client.get("/en/stories/")) == ["Youth 2021", "Juba 2021", "Kampala 2020"]


def test_listing_paginates_twelve_a_page_with_prev_and_next_links(client, story_index):
    for day in range(1, 26):
        make_story(story_index, f"Story {day:02}", f"2021-08-{day:02}")
    first = client.get("/en/stories/")
    second = client.get("/en/stories/?page=2")
    assert len(titles(first)) == 12
    assert titles(second)[0] == "Story 13"
    assert '<link rel="next" href="?page=2">' in first.content.decode()
    html = second.content.decode()
    assert '<link rel="prev" href="?page=1">' in html and '<link rel="next" href="?page=3">' in html
    assert '<a href="?page=2" aria-current="page">2</a>' in html


@pytest.mark.parametrize("value", ["abc", "0", "-1", "99999", "1e3", "", "%00", "\x00"])
def test_bad_page_numbers_still_show_a_page(client, stories, value):
    response = client.get("/en/stories/", {"page": value})
    assert titles(response) == ["Youth 2021", "Juba 2021", "Kampala 2020"]


@pytest.fixture
def fifteen_stories(story_index):
    for day in range(1, 16):
        make_story(story_index, f"Story {day:02}", f"2021-08-{day:02}")
    return story_index


@pytest.mark.parametrize("value", ["abc", "", "1e3", "%00"])
def test_a_page_number_that_is_not_a_number_shows_the_first_page(client, fifteen_stories, value):
    assert client.get("/en/stories/", {"page": value}).context["page_obj"].number == 1


@pytest.mark.parametrize("value", ["99999", "0", "-1"])
def test_a_page_number_out_of_range_shows_the_last_page(client, fifteen_stories, value):
    response = client.get("/en/stories/", {"page": value})
    assert response.context["page_obj"].number == 2
    assert titles(response) == ["Story 03", "Story 02", "Story 01"]


def test_filter_by_theme(client, stories):
    assert titles(client.get("/en/stories/?theme=peacebuilding")) == ["Juba 2021", "Kampala 2020"]


def test_filter_by_country(client, stories):
    assert titles(client.get("/en/stories/?country=uganda")) == ["Youth 2021", "Kampala 2020"]


def test_filter_by_year(client, stories):
    assert titles(client.get("/en/stories/?year=2020")) == ["Kampala 2020"]


def test_filter_by_country_shows_each_countrys_count(client, stories):
    html = client.get("/en/stories/?country=south-sudan").content.decode()
    assert (
        '<a href="?country=south-sudan" aria-current="true"><span>South Sudan</span> '
        '<span class="filter-list__count">(1)</span></a>'
    ) in html
    assert (
        '<a href="?country=uganda"><span>Uganda</span> <span class="filter-list__count">(2)</span></a>'
        in html
    )


def test_all_three_filters_combine(client, stories):
    response = client.get("/en/stories/?theme=peacebuilding&country=south-sudan&year=2021")
    assert titles(response) == ["Juba 2021"]
    assert facet(response, "year") == {"2021": 1}
    assert "1 story" in response.content.decode()


def test_pagination_links_keep_the_filters(client, story_index, taxonomy):
    for day in range(1, 15):
        make_story(story_index, f"Story {day:02}", f"2021-08-{day:02}", themes=[taxonomy["youth"]])
    html = client.get("/en/stories/?theme=youth").content.decode()
    assert '<link rel="next" href="?theme=youth&amp;page=2">' in html


def test_filters_use_the_same_values_in_a_translated_index(client, stories, taxonomy, locales):
    from home.snippets import Country
    from tests.factories import translate_page

    french_uganda = taxonomy["uganda"].copy_for_translation(locales["fr"])
    french_uganda.name = "Ouganda"
    french_uganda.save()
    translate_page(stories, locales["fr"], title="Actualités", slug="recits")
    response = client.get("/fr/recits/?country=uganda")
    assert titles(response) == ["Youth 2021", "Kampala 2020"]
    assert "<span>Ouganda</span>" in response.content.decode()
    assert Country.objects.filter(slug="uganda").count() == 2


def test_filters_combine_and_keep_each_other_in_their_links(client, stories):
    response = client.get("/en/stories/?theme=peacebuilding&country=uganda")
    assert titles(response) == ["Kampala 2020"]
    html = response.content.decode()
    assert 'href="?theme=peacebuilding&amp;country=uganda&amp;year=2020"' in html


def test_each_option_counts_the_results_it_would_give(client, stories):
    response = client.get("/en/stories/?theme=peacebuilding")
    assert facet(response, "theme") == {"peacebuilding": 2, "youth": 1}
    assert facet(response, "country") == {"uganda": 1, "south-sudan": 1}
    assert facet(response, "year") == {"2021": 1, "2020": 1}
    assert 'Peacebuilding</span> <span class="filter-list__count">(2)</span>' in response.content.decode()


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("theme=<script>alert(1)</script>", ["Youth 2021", "Juba 2021", "Kampala 2020"]),
        ("year=abcd", ["Youth 2021", "Juba 2021", "Kampala 2020"]),
        ("year=20211", ["Youth 2021", "Juba 2021", "Kampala 2020"]),
        ("theme=" + "x" * 500, ["Youth 2021", "Juba 2021", "Kampala 2020"]),
        ("country=nope", []),
    ],
)
def test_bad_filter_values_are_ignored_or_match_nothing_never_a_500(client, stories, query, found):
    response = client.get(f"/en/stories/?{query}")
    assert titles(response) == found
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_filters_matching_nothing_show_a_clear_empty_state(client, stories):
    html = client.get("/en/stories/?theme=youth&year=2020").content.decode()
    assert "No stories match these filters." in html
    assert '<a href="/en/stories/">Show all stories</a>' in html


def test_read_more_link_names_the_story(client, stories):
    html = client.get("/en/stories/").content.decode()
    assert 'aria-label="Read more: Juba 2021"' in html


def test_french_listing_shows_untranslated_english_stories_marked_as_english(client, stories, locales):
    from tests.factories import translate_page

    translate_page(stories, locales["fr"], title="Actualités", slug="recits")
    html = client.get("/fr/recits/").content.decode()
    assert '<article class="teaser" lang="en">' in html
    assert "En anglais" in html
