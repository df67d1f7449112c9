"""Private stays private: password-protected and private posts are imported restricted,
kept out of every public list, and their old addresses reveal nothing."""

import csv
import io

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from stories.models import StoryPage
from tests.wordpress.conftest import FIXTURES

STATUSES = FIXTURES / "statuses.xml"
SECRET = "Akello Rose"  # a survivor's name, in the password-protected post only
PROTECTED = "/en/stories/names-of-survivors-in-gulu/"


@pytest.fixture
def statuses(run_import, locales):
    return run_import(export=STATUSES)


def test_a_password_protected_post_asks_for_the_same_password(statuses, client):
    page = StoryPage.objects.get(title="Names of survivors in Gulu")
    restriction = PageViewRestriction.objects.get(page=page)
    assert restriction.restriction_type == PageViewRestriction.PASSWORD
    assert restriction.password == "Acholi 2022!"
    response = client.get(PROTECTED)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="password"' in html
    assert SECRET not in html and "Case workers' list" not in html


def test_the_right_password_opens_the_post(statuses, client):
    page = StoryPage.objects.get(title="Names of survivors in Gulu")
    restriction = PageViewRestriction.objects.get(page=page)
    form_url = f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    wrong = client.post(form_url, {"password": "acholi 2022!", "return_url": PROTECTED})
    assert SECRET not in wrong.content.decode()
    right = client.post(form_url, {"password": "Acholi 2022!", "return_url": PROTECTED})
    assert right.status_code == 302 and right["Location"] == PROTECTED
    assert SECRET in client.get(PROTECTED).content.decode()


@pytest.mark.parametrize(
    "address",
    ["/en/stories/", "/en/stories/feed/", "/en/stories/atom/", "/sitemap.xml", "/en/search/?q=survivors"],
)
def test_restricted_posts_stay_out_of_lists_feeds_the_sitemap_and_search(statuses, client, address):
    response = client.get(address)
    assert response.status_code == 200
    html = response.content.decode()
    if "search" not in address:
        assert "defenders-meet-in-gulu" in html  # the public post is there
    for hidden in (
        "Names of survivors",
        "names-of-survivors",
        "Case workers",
        "Safe house rota",
        "safe-house",
    ):
        assert hidden not in html, (address, hidden)


def test_the_search_finds_public_posts_but_not_restricted_ones(statuses, client):
    assert "/en/stories/defenders-meet-in-gulu/" in client.get("/en/search/?q=phone+tree").content.decode()
    for words in ("survivors", "Akello", "safe house"):
        html = client.get("/en/search/", {"q": words}).content.decode()
        assert "names-of-survivors" not in html and "safe-house-rota" not in html


def test_a_private_post_is_for_signed_in_users(statuses, client):
    page = StoryPage.objects.get(title="Safe house rota")
    assert PageViewRestriction.objects.get(page=page).restriction_type == PageViewRestriction.LOGIN
    response = client.get(page.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_password_protected_page_keeps_its_password_too(statuses):
    page = StandardPage.objects.get(title="Members' area")
    assert PageViewRestriction.objects.get(page=page).password == "focal-points"


def test_password_protected_posts_can_be_made_private_instead(run_import, locales):
    run_import(export=STATUSES, password_protected="private")
    page = StoryPage.objects.get(title="Names of survivors in Gulu")
    restriction = PageViewRestriction.objects.get(page=page)
    assert restriction.restriction_type == PageViewRestriction.LOGIN and restriction.password == ""


def test_the_report_says_what_was_restricted_and_never_the_password(statuses):
    _out, report = statuses
    rows = {
        row["wp_id"]: row for row in csv.DictReader(io.StringIO(report)) if row["outcome"] == "restricted"
    }
    assert set(rows) == {"502", "503", "601"}
    assert "asks for the same password" in rows["502"]["reason"]
    assert "signed-in users only" in rows["503"]["reason"]
    assert "Acholi" not in report and "focal-points" not in report


@pytest.mark.parametrize(
    "old",
    [
        "/?p=502",
        "/2022/02/20/names-of-survivors-in-gulu/",
        "/?p=503",
        "/2022/02/21/safe-house-rota/",
        "/?page_id=601",
    ],
)
def test_old_addresses_of_restricted_posts_answer_404(statuses, client, old):
    response = client.get(old, follow=True)
    assert response.status_code == 404
    assert not Redirect.objects.filter(old_path=old.rstrip("/")).exists()
    assert not any("/stories/" in location for location, _status in response.redirect_chain)


def test_a_post_made_private_in_wordpress_loses_its_redirects(statuses, run_import, client, tmp_path):
    assert client.get("/?p=501").status_code == 301
    changed = tmp_path / "changed.xml"
    text = STATUSES.read_text(encoding="utf-8")
    changed.write_text(
        text.replace(
            "<wp:status><![CDATA[publish]]></wp:status>", "<wp:status><![CDATA[private]]></wp:status>", 1
        ),
        encoding="utf-8",
    )
    run_import(export=changed)
    assert client.get("/?p=501", follow=True).status_code == 404
    assert client.get("/2022/02/14/defenders-meet-in-gulu/", follow=True).status_code == 404
    assert "Defenders meet in Gulu" not in client.get("/en/stories/").content.decode()


def test_a_changed_password_is_changed_and_a_lifted_one_stays_until_an_editor_decides(
    statuses, run_import, tmp_path
):
    text = STATUSES.read_text(encoding="utf-8")
    changed = tmp_path / "changed.xml"
    changed.write_text(text.replace("Acholi 2022!", "Lango 2023?"), encoding="utf-8")
    run_import(export=changed)
    page = StoryPage.objects.get(title="Names of survivors in Gulu")
    assert PageViewRestriction.objects.get(page=page).password == "Lango 2023?"
    changed.write_text(text.replace("Acholi 2022!", ""), encoding="utf-8")
    _out, report = run_import(export=changed)
    assert PageViewRestriction.objects.filter(page=page).exists()
    assert "stays restricted" in report


def test_an_unknown_wordpress_query_address_answers_404_and_a_known_one_still_moves(statuses, client):
    assert client.get("/?p=99999").status_code == 404
    assert client.get("/?attachment_id=12").status_code == 404
    assert client.get("/?p=501")["Location"] == "/en/stories/defenders-meet-in-gulu/"
    assert client.get("/?utm_source=newsletter").status_code == 302  # not a WordPress address


@pytest.mark.parametrize("change", ["restricted", "restricted above", "unpublished"])
def test_old_addresses_of_a_page_hidden_in_wagtail_after_the_import_answer_404_at_once(
    statuses, client, change
):
    page = StoryPage.objects.get(title="Defenders meet in Gulu")
    assert client.get("/?p=501").status_code == 301
    if change == "unpublished":
        page.unpublish()
    else:
        restricted = page if change == "restricted" else page.get_parent()
        PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    for old in ("/?p=501", "/2022/02/14/defenders-meet-in-gulu/"):
        response = client.get(old, follow=True)
        assert response.status_code == 404, old
        assert not any("defenders-meet" in location for location, _status in response.redirect_chain)
    assert Redirect.objects.filter(old_path="/?p=501").exists()  # until the next import withdraws it
