"""Editors create pages in the admin within the page-type rules."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text, streamfield

from home.models import HomePage, StandardPage
from tests.factories import admin_add_page, make_image


def test_home_page_is_created_only_at_the_root(db):
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)
    assert not StandardPage.can_create_at(root)


def test_standard_pages_go_under_the_home_page_and_each_other(home_page, standard_page):
    assert StandardPage.can_create_at(home_page)
    assert StandardPage.can_create_at(standard_page)
    assert not HomePage.can_create_at(home_page)
    assert set(HomePage.allowed_subpage_models()) >= {StandardPage}


def test_editor_creates_a_standard_page_with_every_shared_block(admin_client_logged_in, home_page):
    image = make_image("Panel")
    body = streamfield(
        [
            ("heading", {"text": "Key recommendations", "level": "h2"}),
            ("paragraph", rich_text("<p>Missions must protect defenders.</p>")),
            (
                "image",
                {"image": image.pk, "alt_text": "Panellists", "caption": "The panel", "credit": "WIPC"},
            ),
            (
                "quote",
                {
                    "text": "Shaping peace is everyone's responsibility.",
                    "attribution": "A mediator",
                    "role": "",
                },
            ),
            ("embed", {"url": "https://video.example/launch", "title": "Launch video", "description": ""}),
            (
                "call_to_action",
                {
                    "heading": "Read the report",
                    "text": "",
                    "button_label": "Download",
                    "link": {"page": "", "url": "https://example.org/report"},
                },
            ),
            (
                "people",
                {
                    "heading": "Panellists",
                    "people": streamfield(
                        [
                            (
                                "item",
                                {"name": "Sandra Tumwesigye", "role": "Coordinator", "organisation": "WIPC"},
                            )
                        ]
                    ),
                },
            ),
        ]
    )
    admin_add_page(
        admin_client_logged_in,
        home_page,
        StandardPage,
        {"title": "Defend her", "slug": "defend-her", "introduction": "Recommendations.", "body": body},
    )

    page = StandardPage.objects.get(slug="defend-her")
    assert page.live
    assert [block.block_type for block in page.body] == [
        "heading",
        "paragraph",
        "image",
        "quote",
        "embed",
        "call_to_action",
        "people",
    ]
    html = admin_client_logged_in.get(page.url).content.decode()
    assert '<h2 class="block-heading">Key recommendations</h2>' in html
    assert "Missions must protect defenders." in html
    assert 'alt="Panellists"' in html
    assert '<span class="people-list__name">Sandra Tumwesigye</span>' in html
    assert '<a href="https://video.example/launch" rel="noopener noreferrer">Launch video</a>' in html
    assert '<a class="button" href="https://example.org/report">Download</a>' in html
    assert "<iframe" not in html


def test_call_to_action_needs_a_page_or_an_address(admin_client_logged_in, home_page):
    body = streamfield(
        [
            (
                "call_to_action",
                {"heading": "Act", "text": "", "button_label": "Go", "link": {"page": "", "url": ""}},
            )
        ]
    )
    with pytest.raises(AssertionError, match="body"):
        admin_add_page(
            admin_client_logged_in, home_page, StandardPage, {"title": "T", "slug": "t", "body": body}
        )
    assert not StandardPage.objects.filter(slug="t").exists()
