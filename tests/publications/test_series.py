"""A magazine series: what it is, its call for contributions, its editions by number."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import rich_text

from tests.factories import make_document, make_edition, make_image, translate_page


def test_the_series_lists_its_editions_by_number(client, series):
    make_edition(series, 3, "2022-12-10")
    make_edition(series, 1, "2020-11-25")
    make_edition(series, 2, "2021-10-22")
    html = client.get(series.url).content.decode()
    assert html.index("Edition 1") < html.index("Edition 2") < html.index("Edition 3")


def test_a_series_without_editions_says_so(client, series):
    assert "No edition has been published yet." in client.get(series.url).content.decode()


def test_the_translated_series_lists_editions_not_yet_translated_in_their_language(client, series, locales):
    first = make_edition(series, 1, "2020-11-25", title="Voices")
    second = make_edition(series, 2, "2021-10-22", title="Crisis")
    french_series = translate_page(series, locales["fr"], title="Série")
    translate_page(second, locales["fr"], title="La crise")
    html = client.get(french_series.url).content.decode()
    assert html.index("Voices") < html.index("La crise")
    assert '<article class="teaser" lang="en">' in html
    assert first.title in html and "Crisis" not in html


def test_the_call_for_contributions_shows_until_its_deadline(client, series):
    series.call_for_contributions = "<p>Send poems.</p>"
    series.contributions_deadline = datetime.date.today()
    series.save_revision().publish()
    html = client.get(series.url).content.decode()
    assert "Call for contributions" in html and "Send poems." in html


def test_the_call_for_contributions_hides_after_its_deadline(client, series):
    series.call_for_contributions = "<p>Send poems.</p>"
    series.contributions_deadline = datetime.date.today() - datetime.timedelta(days=1)
    series.save_revision().publish()
    assert "Send poems." not in client.get(series.url).content.decode()


def test_a_call_without_deadline_stays_open(client, series):
    series.call_for_contributions = "<p>Send poems.</p>"
    series.save_revision().publish()
    assert "Send poems." in client.get(series.url).content.decode()


def test_an_edition_shows_its_contents_item_by_item(client, series):
    edition = make_edition(
        series,
        1,
        "2020-11-25",
        contents=[
            (
                "poem",
                {"title": "Mother of peace", "contributors": "A poet", "pages": "6", "text": rich_text("")},
            ),
            (
                "interview",
                {"title": "In lockdown", "contributors": "", "pages": "", "text": rich_text("<p>Q&A</p>")},
            ),
        ],
    )
    html = client.get(edition.url).content.decode()
    assert '<span class="contents-list__kind">Poem</span>' in html
    assert (
        '<span class="contents-list__title">Mother of peace</span> — <span class="contents-list__by">A poet</span>'
        in html
    )
    assert '<span class="contents-list__pages">p. 6</span>' in html
    assert '<span class="contents-list__kind">Interview</span>' in html and "Q&amp;A" in html


def test_an_edition_shows_its_launch_and_contributors(client, series):
    edition = make_edition(
        series,
        2,
        "2021-10-22",
        launch_note="Launched online with the LSE Centre for Women, Peace and Security.",
        contributors="Editorial team\nWomen peace mediators of Yumbe\n",
    )
    html = client.get(edition.url).content.decode()
    assert 'Launched <time datetime="2021-10-22">' in html
    assert "Launched online with the LSE Centre for Women, Peace and Security." in html
    assert "<li>Editorial team</li><li>Women peace mediators of Yumbe</li>" in html
    assert '<a href="/en/publications/fps/">Feminist Peace Series</a> · No. 2' in html


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_the_series_query_count_does_not_grow_with_its_editions(client, series):
    document, cover = make_document("Shared"), make_image("Cover")
    for number in range(1, 4):
        make_edition(series, number, "2021-01-01", files=[(document, "en", "full")], cover_image=cover)
    client.get(series.url)
    few = queries_for(client, series.url)
    for number in range(4, 41):
        make_edition(series, number, "2021-01-01", files=[(document, "en", "full")], cover_image=cover)
    client.get(series.url)
    assert queries_for(client, series.url) == few
