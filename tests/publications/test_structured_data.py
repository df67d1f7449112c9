"""JSON-LD, OpenGraph and the citation: what search engines and readers who cite see."""

import json
import re

from home.snippets import Partner
from tests.factories import make_document, make_edition, make_image, make_report


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks if '"datePublished"' in block][0]


def test_an_edition_is_a_publication_issue_of_a_periodical(client, series):
    edition = make_edition(series, 2, "2021-10-22", files=[(make_document("Ed"), "en", "full")])
    data = json_ld(client.get(edition.url).content.decode())
    assert data["@type"] == "PublicationIssue"
    assert data["issueNumber"] == "2"
    assert data["datePublished"] == "2021-10-22"
    assert data["isPartOf"]["@type"] == "Periodical"
    assert data["isPartOf"]["name"] == "Feminist Peace Series"
    assert data["isPartOf"]["url"].endswith("/en/publications/fps/")
    assert data["encoding"][0]["encodingFormat"] == "application/pdf"
    assert data["encoding"][0]["inLanguage"] == "en"


def test_a_report_by_people_names_them_as_authors(client, library):
    report = make_report(library, "Study", "2021-01-01", authors="Akello, G.\nOkot, J. (ed.)")
    data = json_ld(client.get(report.url).content.decode())
    assert data["@type"] == "Report"
    assert data["name"] == "Study"
    assert data["datePublished"] == "2021-01-01"
    assert data["inLanguage"] == "en"
    assert data["author"] == [
        {"@type": "Person", "name": "Akello, G."},
        {"@type": "Person", "name": "Okot, J. (ed.)"},
    ]
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Women's International Peace Centre"
    assert "isbn" not in data


def test_a_report_another_organisation_published_names_it_as_author_and_publisher(client, library, locales):
    au = Partner.objects.create(name="African Union Commission", url="https://au.int", locale=locales["en"])
    report = make_report(library, "AU report", "2021-09-22", published_by_us=False, publishers=[au])
    data = json_ld(client.get(report.url).content.decode())
    expected = {"@type": "Organization", "name": "African Union Commission", "url": "https://au.int"}
    assert data["publisher"] == expected
    assert data["author"] == [expected]


def test_a_report_with_an_isbn_is_also_a_book_with_its_isbn(client, library):
    report = make_report(library, "Toolkit", "2021-06-15", isbn="9789970000005", licence="cc-by-4.0")
    data = json_ld(client.get(report.url).content.decode())
    assert data["@type"] == ["Report", "Book"]
    assert data["isbn"] == "9789970000005"
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"


def test_a_report_with_a_doi_points_to_it(client, library):
    report = make_report(library, "Paper", "2021-06-15", kind="discussion_paper", doi="10.1234/abcd")
    data = json_ld(client.get(report.url).content.decode())
    assert data["identifier"] == {"@type": "PropertyValue", "propertyID": "DOI", "value": "10.1234/abcd"}
    assert data["sameAs"] == "https://doi.org/10.1234/abcd"


def test_themes_become_keywords(client, library, taxonomy):
    report = make_report(library, "Brief", "2021-06-15", themes=[taxonomy["peacebuilding"]])
    html = client.get(report.url).content.decode()
    assert json_ld(html)["keywords"] == ["Peacebuilding"]
    assert '<meta property="article:tag" content="Peacebuilding">' in html


def test_a_title_cannot_break_out_of_the_structured_data(client, library):
    title = 'Peace </script><script>alert("x")</script> & <!-- more'
    report = make_report(library, title, "2021-06-15", slug="breakout", summary="</SCRIPT> too")
    html = client.get(report.url).content.decode()
    assert "<script>alert" not in html and "</SCRIPT> too" not in html
    data = json_ld(html)
    assert data["name"] == title and data["description"] == "</SCRIPT> too"


def test_a_publication_has_opengraph_tags_with_its_cover(client, library):
    report = make_report(library, "Covered", "2021-06-15", cover_image=make_image("Cover"))
    html = client.get(report.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Covered">' in html
    assert '<meta property="og:description" content="About Covered.">' in html
    assert '<meta property="article:published_time" content="2021-06-15">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+fill-1200x630', html)
    assert json_ld(html)["image"].startswith("http://testserver/")


def test_the_citation_is_made_from_the_fields(client, library):
    report = make_report(library, "Toolkit", "2021-06-15", kind="toolkit", authors="Akello, G.\nOkot, J.")
    html = client.get(report.url).content.decode()
    assert (
        "Akello, G.; Okot, J. (2021). Toolkit [Toolkit]. Women&#x27;s International Peace Centre. "
        "http://testserver/en/publications/toolkit/</textarea>"
    ) in html


def test_the_citation_of_an_organisations_report_cites_the_organisation_once_with_the_doi(client, library):
    report = make_report(library, "Brief", "2021-06-15", doi="10.1234/abcd", isbn="978-9970-0-0000-5")
    html = client.get(report.url).content.decode()
    assert (
        "Women&#x27;s International Peace Centre (2021). Brief [Policy brief]. ISBN 9789970000005. "
        "https://doi.org/10.1234/abcd</textarea>"
    ) in html


def test_the_citation_can_be_copied_without_javascript(client, library):
    report = make_report(library, "Brief", "2021-06-15")
    html = client.get(report.url).content.decode()
    assert re.search(
        r'<textarea class="citation citation--copy" readonly[^>]*aria-labelledby="cite-heading"', html
    )


def test_the_licence_links_to_its_terms(client, library):
    report = make_report(library, "Brief", "2021-06-15", licence="cc-by-nc-4.0")
    html = client.get(report.url).content.decode()
    assert '<a href="https://creativecommons.org/licenses/by-nc/4.0/" rel="license">CC BY-NC 4.0</a>' in html
