"""Story pages: creation rules, what they show, structured data and social tags."""

import json
import re

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from stories.models import StoryIndexPage, StoryPage
from tests.factories import admin_add_page, make_image, make_report, make_story


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_story_index_goes_under_the_home_page_once_per_language(home_page, story_index):
    assert StoryIndexPage.can_create_at(Page.objects.get(pk=home_page.pk).specific) is False
    assert not StoryIndexPage.can_create_at(story_index)
    assert StoryIndexPage.max_count_per_parent == 1
    assert StoryIndexPage.max_count is None


def test_stories_go_only_under_a_story_index(home_page, story_index, standard_page):
    assert StoryPage.can_create_at(story_index)
    assert not StoryPage.can_create_at(home_page)
    assert not StoryPage.can_create_at(standard_page)
    assert StoryPage.allowed_subpage_models() == []
    assert StoryIndexPage in HomePage.allowed_subpage_models()
    assert not StandardPage.can_create_at(story_index)


def test_editor_creates_a_story_in_the_admin(admin_client_logged_in, story_index, taxonomy):
    fields = {
        "title": "Community activists trained",
        "slug": "community-activists-trained",
        "date": "2021-08-25",
        "event_start": "2021-08-20",
        "event_end": "2021-08-22",
        "excerpt": "30 community activists trained.",
        "hero_caption": "",
        "hero_credit": "",
        "body": streamfield(
            [
                ("paragraph", rich_text("<p>To end the culture of violence…</p>")),
                (
                    "participants",
                    {
                        "heading": "",
                        "women": "25",
                        "men": "5",
                        "young_people": "",
                        "persons_with_disabilities": "",
                        "total": "30",
                        "note": "Community activists",
                    },
                ),
            ]
        ),
        "places": inline_formset([{"town": "Adjumani", "country": taxonomy["uganda"].pk}]),
        "related_stories": inline_formset([]),
        "related_publications": inline_formset([]),
        "themes": [taxonomy["peacebuilding"].pk],
        "tags": "SASA Together",
        "byline": "",
    }
    admin_add_page(admin_client_logged_in, story_index, StoryPage, fields)

    story = StoryPage.objects.get(slug="community-activists-trained")
    assert story.live
    assert [place.town for place in story.places.all()] == ["Adjumani"]
    assert story.body[1].value["women"] == 25


def test_event_cannot_end_before_it_starts(admin_client_logged_in, story_index):
    data = nested_form_data(
        {
            "title": "T",
            "slug": "t",
            "date": "2021-08-25",
            "event_start": "2021-08-22",
            "event_end": "2021-08-20",
            "excerpt": "x",
            "body": streamfield([]),
            "places": inline_formset([]),
            "related_stories": inline_formset([]),
            "related_publications": inline_formset([]),
        }
    )
    with pytest.raises(AssertionError, match="event_end"):
        admin_add_page(admin_client_logged_in, story_index, StoryPage, data)


def test_participants_total_cannot_be_smaller_than_women_and_men(admin_client_logged_in, story_index):
    fields = {
        "title": "T",
        "slug": "t",
        "date": "2021-08-25",
        "excerpt": "x",
        "body": streamfield(
            [
                (
                    "participants",
                    {
                        "heading": "",
                        "women": "25",
                        "men": "5",
                        "young_people": "",
                        "persons_with_disabilities": "",
                        "total": "20",
                        "note": "",
                    },
                )
            ]
        ),
        "places": inline_formset([]),
        "related_stories": inline_formset([]),
        "related_publications": inline_formset([]),
    }
    with pytest.raises(AssertionError, match="body"):
        admin_add_page(admin_client_logged_in, story_index, StoryPage, fields)


def test_story_page_shows_date_places_themes_and_participants(client, story_index, taxonomy):
    story = make_story(
        story_index,
        "Activists trained",
        "2021-08-25",
        themes=[taxonomy["peacebuilding"]],
        places=[("Adjumani", taxonomy["uganda"]), ("Yumbe", taxonomy["uganda"])],
        body=[("participants", {"women": 25, "men": 5, "total": 30, "note": "Community activists"})],
    )
    html = client.get(story.url).content.decode()
    assert '<time datetime="2021-08-25">Aug. 25, 2021</time>' in html
    assert "<span>Adjumani and Yumbe, Uganda</span>" in html
    assert '<a href="/en/stories/?theme=peacebuilding">Peacebuilding</a>' in html
    assert "<div><dt>Women</dt><dd>25</dd></div>" in html
    assert '<div class="participants__total"><dt>In all</dt><dd>30</dd></div>' in html


def test_byline_is_hidden_unless_the_editor_turns_it_on(client, story_index):
    hidden = make_story(story_index, "Hidden", "2021-08-25", byline="Sandra T.")
    shown = make_story(story_index, "Shown", "2021-08-26", byline="Sandra T.", show_byline=True)
    assert "Sandra T." not in client.get(hidden.url).content.decode()
    assert "By Sandra T." in client.get(shown.url).content.decode()
    assert json_ld(client.get(hidden.url).content.decode())["author"]["@type"] == "Organization"


def test_story_json_ld_is_a_news_article_with_its_fields(client, story_index):
    story = make_story(story_index, "Feedback meeting", "2021-10-05", hero_image=make_image("Meeting"))
    data = json_ld(client.get(story.url).content.decode())
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Feedback meeting"
    assert data["datePublished"] == "2021-10-05"
    assert data["dateModified"] == story.last_published_at.isoformat()
    assert data["inLanguage"] == "en"
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Women's International Peace Centre"
    assert data["image"][0].startswith("http://testserver/media/images/")


def test_json_ld_cannot_be_broken_out_of(client, story_index):
    story = make_story(story_index, "Evil", "2021-10-05", excerpt="</script><script>alert(1)</script>")
    html = client.get(story.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["description"] == "</script><script>alert(1)</script>"


def test_story_has_open_graph_article_tags(client, story_index, taxonomy):
    story = make_story(story_index, "Tagged", "2021-10-05", themes=[taxonomy["peacebuilding"]])
    html = client.get(story.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="article:published_time" content="2021-10-05">' in html
    assert '<meta property="article:section" content="Peacebuilding">' in html
    assert '<meta name="description" content="About Tagged.">' in html


def test_related_stories_share_a_theme_unless_the_editor_picks_them(client, story_index, taxonomy):
    theme = taxonomy["peacebuilding"]
    story = make_story(story_index, "Main", "2021-10-05", themes=[theme])
    make_story(story_index, "Same theme", "2021-10-04", themes=[theme])
    make_story(story_index, "Other theme", "2021-10-03", themes=[taxonomy["youth"]])
    titles = [related.title for related in story.related()]
    assert titles == ["Same theme"]


def test_home_page_lists_the_latest_stories_of_its_language(client, story_index):
    for day in range(1, 6):
        make_story(story_index, f"Story {day}", f"2021-10-0{day}")
    html = client.get("/en/").content.decode()
    assert html.index("Story 5") < html.index("Story 4") < html.index("Story 3")
    assert "Story 2" not in html
    assert "No stories have been published yet." not in html


def test_story_shows_its_related_publications(client, story_index, library):
    from stories.models import StoryRelatedPublication

    report = make_report(library, "AU report", "2021-09-22", slug="au")
    story = make_story(story_index, "Launch", "2021-09-24")
    story.related_publications = [StoryRelatedPublication(publication=report, sort_order=0)]
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert "Related publications" in html
    assert '<a href="/en/publications/au/">AU report</a>' in html


def test_story_page_links_the_story_feeds_from_its_head(client, story_index):
    story = make_story(story_index, "Launch", "2021-10-22")
    head = client.get(story.url).content.decode().split("</head>")[0]
    assert (
        '<link rel="alternate" type="application/rss+xml" title="News and stories (RSS)" href="/en/stories/feed/">'
        in head
    )
    assert 'type="application/atom+xml" title="News and stories (Atom)" href="/en/stories/atom/"' in head


def test_hero_photo_is_described_by_its_image_description(client, story_index):
    image = make_image("IMG_2041.jpg")
    image.description = "Activists in a circle under a mango tree"
    image.save()
    story = make_story(story_index, "Activists", "2021-08-25", hero_image=image, hero_credit="Peace Centre")
    html = client.get(story.url).content.decode()
    assert 'alt="Activists in a circle under a mango tree"' in html
    assert "IMG_2041" not in html.split("<main")[1]
    assert '<span class="credit">Peace Centre</span>' in html


def test_partners_are_shown_with_their_logo_and_link(client, story_index, taxonomy):
    partner = taxonomy["un-women"]
    partner.url = "https://www.unwomen.org"
    partner.logo = make_image("UN Women logo")
    partner.save()
    story = make_story(story_index, "Refresher", "2021-09-06")
    story.partners = [partner]
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert '<a href="https://www.unwomen.org" rel="noopener"><img alt="" class="partner__logo"' in html
    assert '<span class="partner__name">UN Women</span>' in html


def test_free_tags_become_article_tags_and_json_ld_keywords(client, story_index, taxonomy):
    story = make_story(story_index, "Activists", "2021-08-25", themes=[taxonomy["peacebuilding"]])
    story.tags.add("SASA! Together", "refugees")
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert '<meta property="article:tag" content="SASA! Together">' in html
    data = json_ld(html)
    assert data["articleSection"] == "Peacebuilding"
    assert sorted(data["keywords"]) == ["Peacebuilding", "SASA! Together", "refugees"]


def test_json_ld_names_no_person_unless_the_byline_is_on(client, story_index):
    hidden = make_story(story_index, "Hidden", "2021-08-25", byline="Sandra T.")
    shown = make_story(story_index, "Shown", "2021-08-26", byline="Sandra T.", show_byline=True)
    assert "Sandra T." not in json.dumps(json_ld(client.get(hidden.url).content.decode()))
    assert json_ld(client.get(shown.url).content.decode())["author"] == {
        "@type": "Person",
        "name": "Sandra T.",
    }


def test_stories_are_labelled_as_stories_only_among_other_kinds_of_page(client, story_index):
    story = make_story(story_index, "Launch", "2021-10-22")
    assert StoryPage.objects.get(pk=story.pk).teaser_kind() == "Story"
    assert 'class="teaser__kind"' not in client.get("/en/stories/").content.decode()
    assert 'class="teaser__kind"' not in client.get("/en/").content.decode()


def test_editor_picked_related_stories_come_in_their_order_instead_of_theme_matches(story_index, taxonomy):
    from stories.models import StoryRelatedStory

    theme = taxonomy["peacebuilding"]
    story = make_story(story_index, "Main", "2021-10-05", themes=[theme])
    make_story(story_index, "Same theme", "2021-10-04", themes=[theme])
    older = make_story(story_index, "Older pick", "2020-01-01")
    newer = make_story(story_index, "Newer pick", "2021-01-01")
    story.related_stories = [
        StoryRelatedStory(story=older, sort_order=0),
        StoryRelatedStory(story=newer, sort_order=1),
    ]
    story.save_revision().publish()
    assert [related.title for related in story.related()] == ["Older pick", "Newer pick"]


def test_related_stories_of_a_translation_are_translated_where_possible(story_index, taxonomy, locales):
    from tests.factories import translate_page

    theme = taxonomy["peacebuilding"]
    story = make_story(story_index, "Main", "2021-10-05", themes=[theme])
    translated = make_story(story_index, "Translated", "2021-10-04", themes=[theme])
    make_story(story_index, "English only", "2021-10-03", themes=[theme])
    french_story = translate_page(story, locales["fr"], title="Principal")
    translate_page(translated, locales["fr"], title="Traduit")

    assert [s.title for s in french_story.related()] == ["Traduit"]
    assert [s.title for s in french_story.related(include_untranslated=True)] == ["Traduit", "English only"]
    assert "Main" not in [s.title for s in french_story.related(include_untranslated=True)]


def test_a_story_cannot_be_its_own_related_story(admin_client_logged_in, story_index):
    story = make_story(story_index, "Main", "2021-10-05")
    from django.urls import reverse
    from wagtail.test.utils.form_data import nested_form_data

    data = nested_form_data(
        {
            "title": "Main",
            "slug": "main",
            "date": "2021-10-05",
            "excerpt": "x",
            "body": streamfield([]),
            "places": inline_formset([]),
            "related_stories": inline_formset([{"story": story.pk}]),
            "related_publications": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = admin_client_logged_in.post(reverse("wagtailadmin_pages:edit", args=[story.pk]), data)
    assert response.status_code == 200
    assert "A story cannot be related to itself." in response.content.decode()


def test_related_publications_accept_only_reports_and_magazine_editions(story_index, standard_page):
    from django.core.exceptions import ValidationError

    from stories.models import StoryRelatedPublication

    story = make_story(story_index, "Launch", "2021-10-22")
    with pytest.raises(ValidationError, match="Choose a report or a magazine edition"):
        StoryRelatedPublication(page=story, publication=standard_page).clean()


def test_related_publication_chooser_offers_only_publication_types():
    from publications.models import MagazineEditionPage, ReportPage
    from stories.models import StoryRelatedPublication

    panel = StoryRelatedPublication.panels[0].bind_to_model(StoryRelatedPublication)
    chooser = panel.get_form_options()["widgets"]["publication"]
    assert chooser.target_models == [MagazineEditionPage, ReportPage]


def test_a_private_publication_is_not_shown_on_a_story(client, story_index, library):
    from wagtail.models import PageViewRestriction

    from stories.models import StoryRelatedPublication

    report = make_report(library, "Internal brief", "2021-09-22", slug="brief")
    PageViewRestriction.objects.create(page=report, restriction_type="login")
    story = make_story(story_index, "Launch", "2021-09-24")
    story.related_publications = [StoryRelatedPublication(publication=report, sort_order=0)]
    story.save_revision().publish()
    assert "Internal brief" not in client.get(story.url).content.decode()


def test_renaming_a_theme_shows_at_once_on_story_pages(client, story_index, taxonomy):
    theme = taxonomy["peacebuilding"]
    story = make_story(story_index, "Main", "2021-10-05", themes=[theme])
    assert ">Peacebuilding</a>" in client.get(story.url).content.decode()
    theme.name = "Peacebuilding and conflict resolution"
    theme.save()
    assert ">Peacebuilding and conflict resolution</a>" in client.get(story.url).content.decode()


def test_preview_shows_the_editors_unsaved_themes_not_the_published_ones(client, story_index, taxonomy):
    story = make_story(story_index, "Main", "2021-10-05", themes=[taxonomy["peacebuilding"]])
    client.get(story.url)  # the published story's surroundings are now cached
    draft = StoryPage.objects.get(pk=story.pk)
    draft.themes = [taxonomy["youth"]]
    html = draft.make_preview_request().content.decode()
    assert ">Youth and peace</a>" in html
    assert ">Peacebuilding</a>" not in html
