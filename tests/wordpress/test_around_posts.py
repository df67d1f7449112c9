"""What surrounds a post in WordPress: its author, its stickiness, its comments, its
deletion in Wagtail after an import, and the archive addresses that listed it."""

import csv

import pytest

from stories.models import StoryPage
from tests.factories import make_user
from tests.wordpress.conftest import FIXTURES

STATUSES = FIXTURES / "statuses.xml"
CONTENT = FIXTURES / "content.xml"


@pytest.fixture
def statuses(run_import, locales):
    return run_import(export=STATUSES)


def comments_file(tmp_path):
    with open(tmp_path / "comments.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_author_becomes_the_byline_shown_only_when_turned_on(statuses, client):
    page = StoryPage.objects.get(title="Defenders meet in Gulu")
    assert page.byline == "Amina Okello" and page.show_byline is False
    assert "Amina Okello" not in client.get(page.url).content.decode()
    assert StoryPage.objects.get(title="Safe house rota").byline == "comms"  # no display name: the login


def test_authors_become_owners_only_when_asked(run_import, locales):
    make_user("aokello", email="Amina@Defenders.example.org")
    run_import(export=STATUSES)
    assert StoryPage.objects.get(title="Defenders meet in Gulu").owner is None


def test_authors_to_users_matches_existing_users_by_email(run_import, locales, django_user_model):
    amina = make_user("aokello", email="Amina@Defenders.example.org")
    users = django_user_model.objects.count()
    _out, report = run_import(export=STATUSES, authors_to_users=True)
    assert StoryPage.objects.get(title="Defenders meet in Gulu").owner == amina
    assert StoryPage.objects.get(title="Safe house rota").owner is None
    assert "no Wagtail user for WordPress author 'comms'" in report
    assert django_user_model.objects.count() == users  # nobody was given an account


def test_a_sticky_post_is_featured_first_on_the_home_page(statuses, client):
    sticky = StoryPage.objects.get(title="Defenders meet in Gulu")
    assert sticky.featured
    assert not StoryPage.objects.get(title="Safe house rota").featured
    html = client.get("/en/").content.decode()
    assert "defenders-meet-in-gulu" in html
    assert "featured first on the home page" in statuses[1]


def test_comments_are_kept_for_editors_without_emails_or_addresses(statuses, tmp_path):
    rows = comments_file(tmp_path)
    assert [(row["comment_id"], row["author"], row["status"], row["type"]) for row in rows] == [
        ("71", "Grace", "approved", "comment"),
        ("72", "Amina Okello", "approved", "comment"),
        ("74", "Partner blog", "held for moderation", "pingback"),
    ]
    assert rows[1]["reply_to"] == "71"
    assert rows[0]["page_url"] == "/en/stories/defenders-meet-in-gulu/"
    assert rows[0]["text"] == "Thank you for the phone tree, it helped us in Kitgum."
    text = (tmp_path / "comments.csv").read_text(encoding="utf-8")
    for private in ("grace@mail.example.net", "41.210.160.7", "Buy now", "spam.example.com"):
        assert private not in text


def test_the_report_says_where_comments_went(statuses):
    report = statuses[1]
    assert "3 comment(s) kept in" in report and "the site shows no comments" in report
    assert "1 comment(s) marked spam or in the bin" in report


def test_a_page_deleted_in_wagtail_is_not_made_again(statuses, run_import):
    StoryPage.objects.get(title="Defenders meet in Gulu").delete()
    _out, report = run_import(export=STATUSES)
    assert not StoryPage.objects.filter(title="Defenders meet in Gulu").exists()
    assert "deleted in Wagtail after an earlier import" in report


def test_restore_deleted_makes_it_again(statuses, run_import):
    StoryPage.objects.get(title="Defenders meet in Gulu").delete()
    run_import(export=STATUSES, restore_deleted=True)
    assert StoryPage.objects.get(title="Defenders meet in Gulu").live


@pytest.mark.parametrize(
    "old, new",
    [
        ("/feed/", "/en/stories/feed/"),
        ("/feed/atom/", "/en/stories/atom/"),
        ("/comments/feed/", "/en/stories/feed/"),
        ("/?feed=rss2", "/en/stories/feed/"),
        ("/2022/", "/en/stories/?year=2022"),
        ("/2022/02/", "/en/stories/?year=2022"),
        ("/2022/02/14/", "/en/stories/?year=2022"),
        ("/?m=202202", "/en/stories/?year=2022"),
        ("/author/amina/", "/en/stories/"),
        ("/?author=1", "/en/stories/"),
        ("/?cat=4", "/en/stories/?theme=protection"),
        ("/category/protection/feed/", "/en/stories/feed/"),
    ],
)
def test_archive_addresses_lead_to_the_nearest_page(statuses, client, old, new):
    response = client.get(old)
    assert response.status_code == 301, old
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_no_archive_address_tells_of_a_restricted_post(statuses, client):
    # The password-protected post is the only one of 20 February.
    assert client.get("/2022/02/20/", follow=True).status_code == 404


def test_the_second_page_of_a_split_post_leads_to_the_post(run_import, locales, tmp_path, client):
    text = CONTENT.read_text(encoding="utf-8").replace(
        "Closing words.", "Closing words.\n\n<!--nextpage-->\n\nPage two.\n\n<!--nextpage-->\n\nPage three."
    )
    export = tmp_path / "split.xml"
    export.write_text(text, encoding="utf-8")
    run_import(export=export, skip_media=True)
    for number in (2, 3):
        response = client.get(f"/2012/01/15/a-classic-table-and-a-poem/{number}/")
        assert (
            response.status_code == 301 and response["Location"] == "/en/stories/a-classic-table-and-a-poem/"
        )
