"""Share links: plain, URL-encoded links to each network's share page; nothing of theirs loads."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.factories import make_edition, make_report, make_story

TITLE = "Women mediators meet in Juba & Yei: “peace is ours”"
NETWORK_HOSTS = {
    "whatsapp": "wa.me",
    "facebook": "www.facebook.com",
    "x": "x.com",
    "linkedin": "www.linkedin.com",
}


def share_hrefs(html):
    """{network key: link} of the share links on a page."""
    found = re.findall(r'class="share-links__link share-links__link--(\w+)" href="([^"]+)"', html)
    return {key: unescape(href) for key, href in found}


@pytest.fixture
def story(story_index):
    return make_story(story_index, TITLE, "2024-03-08", slug="mediators-juba")


def test_a_story_has_a_link_for_each_network_email_and_copying(client, story):
    html = client.get(story.url).content.decode()
    hrefs = share_hrefs(html)
    assert set(hrefs) == {"whatsapp", "facebook", "x", "linkedin", "email"}
    assert 'value="http://testserver/en/stories/mediators-juba/" readonly' in html


def test_each_share_link_carries_the_page_address_and_title_url_encoded(client, story):
    url = "http://testserver/en/stories/mediators-juba/"
    hrefs = share_hrefs(client.get(story.url).content.decode())
    for key, host in NETWORK_HOSTS.items():
        assert urlsplit(hrefs[key]).scheme == "https"
        assert urlsplit(hrefs[key]).hostname == host
    assert parse_qs(urlsplit(hrefs["whatsapp"]).query) == {"text": [f"{TITLE} {url}"]}
    assert parse_qs(urlsplit(hrefs["facebook"]).query) == {"u": [url]}
    assert parse_qs(urlsplit(hrefs["x"]).query) == {"text": [TITLE], "url": [url]}
    assert parse_qs(urlsplit(hrefs["linkedin"]).query) == {"url": [url]}
    mailto = urlsplit(hrefs["email"])
    assert mailto.scheme == "mailto"
    assert parse_qs(mailto.query) == {"subject": [TITLE], "body": [url]}
    # Encoded, not raw: "&" in the title cannot end a parameter; spaces are %20 for mail programs.
    assert "Juba%20%26%20Yei" in hrefs["whatsapp"]
    assert "+" not in hrefs["email"]


def test_share_links_have_names_that_say_what_they_do(client, story):
    html = client.get(story.url).content.decode()
    assert (
        '<span class="visually-hidden">Share on WhatsApp</span><span aria-hidden="true">WhatsApp</span>'
        in html
    )
    assert '<span class="visually-hidden">Share by email</span>' in html


def test_share_links_leave_nothing_to_the_networks_until_clicked(client, story):
    html = client.get(story.url).content.decode()
    section = html[
        html.index('<section class="share-links"') : html.index("</section>", html.index("share-links"))
    ]
    assert "<iframe" not in section and "<img" not in section
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', section)
    assert scripts and all(src.startswith("/static/") for src in scripts)
    assert section.count('rel="noopener noreferrer"') == 5


def test_a_translated_story_shares_its_own_address(client, story, locales):
    from tests.factories import translate_page

    french = translate_page(story, locales["fr"], title="Médiatrices à Juba", slug="mediatrices-juba")
    hrefs = share_hrefs(client.get(french.url).content.decode())
    assert parse_qs(urlsplit(hrefs["facebook"]).query) == {
        "u": ["http://testserver/fr/stories/mediatrices-juba/"]
    }
    assert parse_qs(urlsplit(hrefs["x"]).query)["text"] == ["Médiatrices à Juba"]


def test_reports_and_magazine_editions_have_share_links(client, library, series):
    report = make_report(library, "WPS report", "2023-10-31")
    edition = make_edition(series, 4, "2022-11-25")
    for page in (report, edition):
        assert set(share_hrefs(client.get(page.url).content.decode())) == {
            "whatsapp",
            "facebook",
            "x",
            "linkedin",
            "email",
        }


def test_listings_have_no_share_links(client, story, story_index):
    assert share_hrefs(client.get(story_index.url).content.decode()) == {}
