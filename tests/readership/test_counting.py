"""Reader page views and downloads are counted once each, in the cache, and only readers'."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from readership.models import DailyPageViews

from .conftest import BROWSER, GOOGLEBOT, downloads, views

pytestmark = pytest.mark.django_db


def flush():
    call_command("flush_readership", stdout=io.StringIO())


def test_each_reader_view_counts_once_in_its_day_and_language(reader, standard_page, about_fr):
    reader.get("/en/about/")
    reader.get("/en/about/")
    reader.get("/fr/qui-sommes-nous/")
    flush()
    assert views() == {(standard_page.pk, "en", ""): 2, (about_fr.pk, "fr", ""): 1}
    assert set(DailyPageViews.objects.values_list("date", flat=True)) == {timezone.localdate()}


def test_page_cache_hits_are_counted(reader, standard_page):
    assert reader.get("/en/about/")["X-Cache"] == "MISS"
    assert reader.get("/en/about/")["X-Cache"] == "HIT"
    assert reader.get("/en/about/")["X-Cache"] == "HIT"
    flush()
    assert views() == {(standard_page.pk, "en", ""): 3}


def test_counting_writes_nothing_to_the_database_per_request(
    reader, standard_page, django_assert_num_queries
):
    reader.get("/en/about/")
    with django_assert_num_queries(0):
        assert reader.get("/en/about/")["X-Cache"] == "HIT"
    assert not DailyPageViews.objects.exists()


@pytest.mark.parametrize(
    "user_agent",
    [GOOGLEBOT, "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "curl/8.5.0", ""],
)
def test_bots_are_not_counted(client, standard_page, user_agent):
    for _ in range(2):
        assert "Who we are." in client.get("/en/about/", HTTP_USER_AGENT=user_agent).content.decode()
    client.get("/en/about/", HTTP_USER_AGENT=BROWSER)
    flush()
    assert views() == {(standard_page.pk, "en", ""): 1}  # the reader's view only


@pytest.mark.parametrize("header", [{"HTTP_SEC_PURPOSE": "prefetch"}, {"HTTP_PURPOSE": "prefetch"}])
def test_prefetches_are_not_counted(reader, standard_page, header):
    reader.get("/en/about/", **header)
    reader.get("/en/about/")
    flush()
    assert views() == {(standard_page.pk, "en", ""): 1}  # the visit, not the prefetch


def test_editors_are_not_counted(reader, standard_page, editor):
    reader.force_login(editor)
    assert reader.get("/en/about/").status_code == 200
    reader.get(f"/admin/pages/{standard_page.pk}/edit/preview/")
    reader.logout()
    reader.get("/en/about/")
    flush()
    assert views() == {(standard_page.pk, "en", ""): 1}  # once signed out, a reader again


def test_missing_pages_and_other_answers_are_not_counted(reader, standard_page):
    assert reader.get("/en/no-such-page/").status_code == 404
    reader.head("/en/about/")
    reader.get("/en/search/?q=peace")
    reader.get("/en/about/")
    flush()
    assert views() == {(standard_page.pk, "en", ""): 1}  # the GET of the page only


def test_only_the_referring_host_is_kept(reader, standard_page):
    reader.get("/en/about/", HTTP_REFERER="https://www.facebook.com/groups/123/posts/456?fbclid=abc")
    reader.get("/en/about/", HTTP_REFERER="android-app://com.whatsapp/")
    reader.get("/en/about/", HTTP_REFERER="http://testserver/en/")
    flush()
    assert views() == {
        (standard_page.pk, "en", "facebook.com"): 1,
        (standard_page.pk, "en", "com.whatsapp"): 1,
        (standard_page.pk, "en", ""): 1,
    }


def test_a_download_counts_once_with_the_language_it_was_linked_from(reader, document):
    url = document.url
    assert reader.get(url, HTTP_REFERER="http://testserver/fr/publications/").status_code == 200
    assert reader.get(url, HTTP_USER_AGENT=GOOGLEBOT).status_code == 200
    reader.get(url, HTTP_REFERER="https://mail.google.com/")
    flush()
    assert downloads() == {(document.pk, "fr", ""): 1, (document.pk, "", "mail.google.com"): 1}


def test_flushing_twice_stores_counts_once(reader, standard_page):
    reader.get("/en/about/")
    flush()
    flush()
    assert views() == {(standard_page.pk, "en", ""): 1}
    reader.get("/en/about/")
    flush()
    assert views() == {(standard_page.pk, "en", ""): 2}


def test_a_flush_that_stopped_before_forgetting_is_not_stored_twice(reader, standard_page, monkeypatch):
    from readership import tally

    reader.get("/en/about/")
    monkeypatch.setattr(tally, "forget", lambda: None)
    flush()
    monkeypatch.undo()
    flush()
    assert views() == {(standard_page.pk, "en", ""): 1}


def test_counts_made_during_a_pending_flush_wait_for_the_next(reader, standard_page, monkeypatch):
    from readership import tally

    reader.get("/en/about/")
    monkeypatch.setattr(tally, "forget", lambda: None)
    flush()
    monkeypatch.undo()
    reader.get("/en/about/")
    flush()
    flush()
    assert views() == {(standard_page.pk, "en", ""): 2}


def test_old_daily_rows_are_rolled_into_months(standard_page, settings):
    from readership.flush import roll_up
    from readership.models import MonthlyPageViews

    settings.READERSHIP_DAILY_RETENTION_DAYS = 30
    today = datetime.date(2026, 6, 15)
    for day, count in [
        (datetime.date(2026, 3, 2), 2),
        (datetime.date(2026, 3, 30), 3),
        (datetime.date(2026, 6, 1), 1),
    ]:
        DailyPageViews.objects.create(page=standard_page, date=day, locale="en", count=count)
    assert roll_up(today) == 2
    assert roll_up(today) == 0
    assert list(MonthlyPageViews.objects.values_list("month", "count")) == [(datetime.date(2026, 3, 1), 5)]
    assert list(DailyPageViews.objects.values_list("date", flat=True)) == [datetime.date(2026, 6, 1)]


def test_a_resumed_download_is_not_counted_again(rf, document):
    from django.http import HttpResponse

    from readership.counting import what_was_read

    def answer(range_header, status):
        request = rf.get(document.url, HTTP_USER_AGENT=BROWSER, HTTP_RANGE=range_header)
        request._readership_document = document.pk
        return what_was_read(request, HttpResponse(status=status))

    assert answer("bytes=0-", 206) is not None
    assert answer("bytes=100-", 206) is None


def test_counts_are_sent_to_the_cache_in_batches_and_flushed_all_the_same(reader, standard_page, settings):
    from core import shared_cache
    from readership.tally import TALLY_KEY

    settings.READERSHIP_SEND_SECONDS = 3600
    reader.get("/en/about/")
    reader.get("/en/about/")
    assert shared_cache.get(TALLY_KEY) is None  # held in this process, no cache write yet
    flush()
    assert views() == {(standard_page.pk, "en", ""): 2}
