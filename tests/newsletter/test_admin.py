"""Subscribers in the admin: filterable listing, CSV export, and no way to confirm for a reader."""

import csv
import io

from django.urls import reverse

from newsletter.models import Subscriber
from tests.factories import make_subscriber


def export_rows(client, query=""):
    response = client.get(reverse("newsletter_subscribers:index") + f"?export=csv{query}")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="newsletter-subscribers')
    content = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(content)))


def test_the_listing_filters_by_language_and_status(admin_client_logged_in):
    make_subscriber("fr.confirmed@example.org", status=Subscriber.Status.CONFIRMED, language="fr")
    make_subscriber("fr.pending@example.org", status=Subscriber.Status.PENDING, language="fr")
    make_subscriber("ar.confirmed@example.org", status=Subscriber.Status.CONFIRMED, language="ar")
    url = reverse("newsletter_subscribers:index")
    html = admin_client_logged_in.get(url + "?language=fr&status=confirmed").content.decode()
    assert "fr.confirmed@example.org" in html
    assert "fr.pending@example.org" not in html
    assert "ar.confirmed@example.org" not in html


def test_the_csv_export_holds_what_is_filtered_with_consent_records(admin_client_logged_in):
    confirmed = make_subscriber(
        "amina@example.org", status=Subscriber.Status.CONFIRMED, language="sw", source_url="/sw/hadithi/"
    )
    make_subscriber("pending@example.org", status=Subscriber.Status.PENDING, language="sw")
    rows = export_rows(admin_client_logged_in, "&status=confirmed")
    header, *records = rows
    assert header[:3] == ["Email address", "Language", "Status"]
    assert len(records) == 1
    record = dict(zip(header, records[0], strict=True))
    assert record["Email address"] == "amina@example.org"
    assert record["Language"] == "sw"  # the code, as mailing tools take it
    assert record["Status"] == "confirmed"
    assert record["Signed up on"] == "/sw/hadithi/"
    assert record["Consent wording"] == confirmed.consent_text
    assert record["Confirmed"] and record["Consent given"]


def test_the_csv_export_defuses_spreadsheet_formulas(admin_client_logged_in):
    make_subscriber("=cmd@example.org", status=Subscriber.Status.CONFIRMED, source_url="@SUM(A1)")
    record = export_rows(admin_client_logged_in)[1]
    assert "'=cmd@example.org" in record
    assert "'@SUM(A1)" in record


def test_editors_cannot_add_subscribers_or_confirm_one(admin_client_logged_in):
    assert admin_client_logged_in.get(reverse("newsletter_subscribers:add")).status_code in (302, 403)
    pending = make_subscriber(status=Subscriber.Status.PENDING)
    response = admin_client_logged_in.post(
        reverse("newsletter_subscribers:edit", args=[pending.pk]), {"language": "en", "status": "confirmed"}
    )
    assert response.status_code == 200
    assert "Only the reader can confirm an address" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.PENDING


def test_readers_cannot_see_the_listing(client, db):
    response = client.get(reverse("newsletter_subscribers:index") + "?export=csv")
    assert response.status_code == 302
    assert "login" in response["Location"]
