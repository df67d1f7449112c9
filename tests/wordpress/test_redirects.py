"""Every old WordPress address answers 301 with its new home."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Site

from home.models import StandardPage
from stories.models import StoryPage

STORY = "/en/stories/women-mediators-trained-in-kampala/"


def assert_moved(client, old, new):
    response = client.get(old)
    assert response.status_code == 301, (old, response.status_code)
    assert response["Location"] == new, (old, response["Location"])


@pytest.mark.parametrize(
    "old",
    [
        "/2021/11/29/women-mediators-trained-in-kampala/",  # pretty permalink
        "/2021/11/29/women-mediators-trained-in-kampala",  # without the final slash
        "/?p=201",
    ],
)
def test_post_addresses(imported, client, old):
    assert_moved(client, old, STORY)


def test_page_addresses(imported, client):
    assert_moved(client, "/about-the-network/our-team/", "/en/about-the-network/our-team/")
    assert_moved(client, "/?page_id=302", "/en/about-the-network/our-team/")
    assert_moved(client, "/?page_id=301", "/en/about-the-network/")


def test_unicode_permalink(imported, client):
    arabic = StoryPage.objects.get(locale__language_code="ar")
    assert_moved(
        client, "/2021/12/06/%d8%a8%d9%86%d8%a7%d8%a1-%d8%a7%d9%84%d8%b3%d9%84%d8%a7%d9%85/", arabic.url
    )


def test_attachment_addresses(imported, client):
    image = Image.objects.get(title="Mediators in Kampala")
    document = Document.objects.get(title__startswith="Policy brief")
    # An image's attachment page leads to the post it belongs to; its file to the file.
    assert_moved(client, "/?attachment_id=101", STORY)
    assert_moved(client, "/2021/11/29/women-mediators-trained-in-kampala/mediators-kampala/", STORY)
    assert_moved(client, "/wp-content/uploads/2021/11/mediators-kampala.jpg", image.file.url)
    # A document's addresses lead to the document.
    assert_moved(client, "/?attachment_id=103", document.url)
    assert_moved(client, "/wp-content/uploads/2021/12/policy-brief-peace-talks.pdf", document.url)
    assert client.get(document.url).status_code == 200


def test_category_and_tag_archives(imported, client):
    assert_moved(client, "/category/training/", "/en/stories/?theme=training")
    assert_moved(client, "/category/peacebuilding/mediation/", "/en/stories/?theme=mediation")
    assert_moved(client, "/category/mediation/", "/en/stories/?theme=mediation")
    assert_moved(client, "/tag/kampala/", "/en/stories/")  # the story list has no tag filter
    assert_moved(client, "/?tag=unscr-1325", "/en/stories/")
    response = client.get("/en/stories/?theme=training")
    assert response.status_code == 200
    assert "Women mediators trained in Kampala" in response.content.decode()


def test_no_redirect_for_drafts_or_the_old_home_page(imported, client):
    assert not Redirect.objects.filter(old_path="/?p=203").exists()
    assert not Redirect.objects.filter(old_path="/").exists()
    assert client.get("/?page_id=303").status_code != 301


def test_redirects_belong_to_the_default_site_and_are_permanent(imported):
    site = Site.objects.get(is_default_site=True)
    redirects = Redirect.objects.all()
    assert redirects.count() > 20
    assert set(redirects.values_list("site", flat=True)) == {site.pk}
    assert all(redirects.values_list("is_permanent", flat=True))
    assert (
        Redirect.objects.get(old_path="/?p=201").redirect_page.pk
        == StoryPage.objects.get(title="Women mediators trained in Kampala").pk
    )
    assert Redirect.objects.filter(redirect_page__in=StandardPage.objects.all()).exists()
