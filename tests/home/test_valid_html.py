"""Every frame page type is valid HTML (Nu checker), in a left-to-right and a
right-to-left language."""

from tests.html_validation import validate_html


def test_home_standard_and_error_pages_are_valid_html(client, standard_page):
    pages = {}
    for code in ("en", "ar"):
        for path in ("", "about/", "no-such-page/"):
            url = f"/{code}/{path}"
            pages[url] = client.get(url).content.decode()
    assert validate_html(pages) == []
