"""Rich text is cleaned on its way into the database, whatever path it takes, and what the
editor makes survives the cleaning unchanged."""

import importlib
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.urls import reverse
from wagtail.fields import RichTextField, StreamField
from wagtail.test.utils.form_data import rich_text, streamfield

from core.rich_text import clean_html
from core.sanitised_fields import SanitisedRichTextField, SanitisedStreamField, clean_block_data
from home.blocks import RICH_TEXT_FEATURES
from home.models import StandardPage
from newsletter.models import ContactPage
from publications.blocks import EditionContentsBlock
from publications.models import MagazineSeriesPage
from tests.factories import admin_add_page, make_document, make_story, publish

HOSTILE = (
    '<p onclick="steal()" style="color:red">Hello <a href="javascript:alert(1)">there</a></p>'
    "<script>alert(1)</script>"
)
CLEANED = "<p>Hello <a>there</a></p>"
HOSTILE_TRACES = ("onclick", "steal", "style", "color:red", "javascript", "<script", "alert")
SERIES_FEATURES = ["bold", "italic", "link", "ul", "ol"]


def stored(page, field_name):
    """The column as the database row holds it, read past the model and its field."""
    field = type(page)._meta.get_field(field_name)
    table, quote = field.model._meta, connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {quote(field.column)} FROM {quote(table.db_table)} WHERE {quote(table.pk.column)} = %s",
            [page.pk],
        )
        value = cursor.fetchone()[0]
    return value if isinstance(value, str) else json.dumps(value)


def stored_stream(page, field_name="body"):
    return json.loads(stored(page, field_name))


def write_past_the_field(page, field_name, value):
    """Put `value` in the row directly, as content stored before the cleaning fields did."""
    field = type(page)._meta.get_field(field_name)
    table, quote = field.model._meta, connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {quote(table.db_table)} SET {quote(field.column)} = %s WHERE {quote(table.pk.column)} = %s",
            [value, page.pk],
        )


def without_block_keys(html):
    return re.sub(r' data-block-key="[^"]*"', "", html)


# The cleaner ---------------------------------------------------------------------------


def test_the_editors_own_markup_is_kept_exactly():
    html = (
        '<h3 data-block-key="a1">Findings</h3><p data-block-key="b2">Read <b>this</b>, <i>that</i>,'
        ' <a linktype="page" id="3">our page</a>,<br/>the <a linktype="document" id="5">brief</a>,'
        ' <a href="https://example.org/?a=1&amp;b=2">elsewhere</a> &amp; more.</p>'
        '<ul><li data-block-key="c3">One</li></ul><ol><li data-block-key="d4">Two</li></ol>'
        '<h4 data-block-key="e5">Notes</h4>'
    )
    assert clean_html(html) == html


@pytest.mark.parametrize(
    "href", ["mailto:team@example.org", "tel:+256700000000", "/en/about/", "#contacts", "https://example.org"]
)
def test_links_to_mail_phones_this_site_and_the_web_keep_their_address(href):
    assert clean_html(f'<a href="{href}">x</a>') == f'<a href="{href}">x</a>'


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "page.html"]
)
def test_links_to_scripts_data_or_unanchored_addresses_lose_their_address(href):
    assert clean_html(f'<a href="{href}">x</a>') == "<a>x</a>"


def test_scripts_frames_and_drawings_go_with_their_content_other_elements_leave_their_text():
    html = (
        "<p>Kept <span>text</span> <u>here</u></p><script>alert(1)</script><style>p{}</style>"
        "<iframe>frame</iframe><svg><text>drawing</text></svg><!-- note --><h1>Title</h1>"
    )
    assert clean_html(html) == "<p>Kept text here</p>Title"


def test_nothing_cleans_to_nothing():
    assert clean_html(None) == ""
    assert clean_html("") == ""


def test_rich_text_is_cleaned_at_every_depth_of_a_stream():
    data = [
        {"type": "poem", "id": "1", "value": {"title": "Mother", "text": HOSTILE}},
        {"type": "removed_kind", "id": "2", "value": HOSTILE},
    ]
    cleaned = clean_block_data(EditionContentsBlock(), data)
    assert cleaned[0]["value"] == {"title": "Mother", "text": CLEANED}
    assert cleaned[1] == data[1]  # a block type the stream no longer has is not loaded either


def test_every_rich_text_field_and_stream_of_the_project_is_a_cleaning_one():
    fields = [
        field
        for model in apps.get_models()
        if Path(model._meta.app_config.path).parent == settings.BASE_DIR  # the project's own apps
        for field in model._meta.get_fields()
        if isinstance(field, RichTextField | StreamField)
    ]
    assert fields
    assert all(isinstance(field, SanitisedRichTextField | SanitisedStreamField) for field in fields), fields


# What the database holds ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [[{"type": "paragraph", "value": HOSTILE}], [("paragraph", HOSTILE)]],
    ids=["raw data, as an import or a script gives it", "block values"],
)
def test_a_stream_field_row_holds_no_script_handler_script_link_or_style(home_page, body):
    page = publish(home_page, StandardPage(title="T", slug="t", body=body))
    row = stored(page, "body")
    assert not [trace for trace in HOSTILE_TRACES if trace in row]
    assert stored_stream(page)[0]["value"] == CLEANED


def test_table_cells_inside_a_story_are_cleaned_in_the_row(story_index):
    table = {
        "caption": "",
        "header_row": False,
        "rows": [{"cells": [HOSTILE, {"type": "item", "id": "c2", "value": HOSTILE}]}],
    }
    story = make_story(story_index, "Table", body=[{"type": "table", "value": table}])
    cells = stored_stream(story)[0]["value"]["rows"][0]["cells"]
    assert [cell["value"] if isinstance(cell, dict) else cell for cell in cells] == [CLEANED, CLEANED]


def test_a_rich_text_field_row_holds_no_script_handler_script_link_or_style(home_page):
    page = publish(home_page, ContactPage(title="Write", slug="write", introduction=HOSTILE))
    assert stored(page, "introduction") == CLEANED


def test_an_update_without_saving_the_page_is_cleaned_too(home_page):
    page = publish(home_page, ContactPage(title="Write", slug="write", introduction="<p>x</p>"))
    standard = publish(home_page, StandardPage(title="T", slug="t"))
    ContactPage.objects.filter(pk=page.pk).update(introduction=HOSTILE)
    StandardPage.objects.filter(pk=standard.pk).update(body=[{"type": "paragraph", "value": HOSTILE}])
    assert stored(page, "introduction") == CLEANED
    assert stored_stream(standard)[0]["value"] == CLEANED


def test_the_copy_a_revision_keeps_is_cleaned(home_page):
    page = publish(home_page, StandardPage(title="T", slug="t"))
    page.body = [{"type": "paragraph", "value": HOSTILE}]
    content = page.save_revision().content
    assert json.loads(content["body"])[0]["value"] == CLEANED


@pytest.mark.parametrize(
    ("migration", "make_page", "field_name"),
    [
        ("home.migrations.0005_sanitised_rich_text", lambda home: StandardPage(title="T", slug="t"), "body"),
        (
            "newsletter.migrations.0002_sanitised_rich_text",
            lambda home: ContactPage(title="Write", slug="write"),
            "introduction",
        ),
    ],
)
def test_the_migration_cleans_what_was_stored_before(home_page, migration, make_page, field_name):
    page = publish(home_page, make_page(home_page))
    is_stream = field_name == "body"
    write_past_the_field(
        page,
        field_name,
        json.dumps([{"type": "paragraph", "value": HOSTILE, "id": "1"}]) if is_stream else HOSTILE,
    )
    importlib.import_module(migration).resave_existing(apps, SimpleNamespace(connection=connection))
    assert (stored_stream(page)[0]["value"] if is_stream else stored(page, field_name)) == CLEANED


# The admin editor's round trip -----------------------------------------------------------


def test_what_the_editor_saves_in_a_stream_reaches_the_row_unchanged(admin_client_logged_in, home_page):
    target = publish(home_page, StandardPage(title="About us", slug="about"))
    brief = make_document("Brief", pages=1)
    html = (
        f'<h3>Findings</h3><p>Read <b>this</b>, <i>that</i>, <a linktype="page" id="{target.pk}">our page</a>,'
        f'<br/>the <a linktype="document" id="{brief.pk}">brief</a> or'
        ' <a href="https://example.org/?a=1&amp;b=2">elsewhere</a>.</p>'
        "<ul><li>One</li></ul><ol><li>Two</li></ol><h4>Notes</h4>"
    )
    fields = {
        "title": "Findings",
        "slug": "findings",
        "introduction": "",
        "body": streamfield([("paragraph", rich_text(html, features=RICH_TEXT_FEATURES))]),
    }
    admin_add_page(admin_client_logged_in, home_page, StandardPage, fields)
    page = StandardPage.objects.get(slug="findings")
    saved = stored_stream(page)[0]["value"]
    assert without_block_keys(saved) == html
    assert saved.count("data-block-key") == 5  # the anchors of inline comments stay
    edit = admin_client_logged_in.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200


def test_what_the_editor_saves_in_a_rich_text_field_reaches_the_row_unchanged(
    admin_client_logged_in, library
):
    html = f'<p>A <b>magazine</b> by <a linktype="page" id="{library.pk}">us</a>.</p><ul><li>Poems</li></ul>'
    fields = {
        "title": "Series",
        "slug": "series",
        "description": rich_text(html, features=SERIES_FEATURES),
        "call_for_contributions": rich_text("", features=SERIES_FEATURES),
        "contributions_deadline": "",
    }
    admin_add_page(admin_client_logged_in, library, MagazineSeriesPage, fields)
    series = MagazineSeriesPage.objects.get(slug="series")
    assert without_block_keys(stored(series, "description")) == html


def test_a_reader_sees_the_internal_link_expanded_to_the_pages_address(client, home_page):
    target = publish(home_page, StandardPage(title="About us", slug="about"))
    body = [("paragraph", f'<p>See <a linktype="page" id="{target.pk}">us</a>.</p>')]
    page = publish(home_page, StandardPage(title="T", slug="t", body=body))
    html = client.get(page.url).content.decode()
    assert f'<a href="{target.url}">us</a>' in html
