"""The contact page: messages stored in the admin and emailed, with the same abuse protection."""

import logging

from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from home.site_settings import OrganisationSettings
from tests.newsletter.conftest import UNREACHABLE_BACKEND, contact_data


def test_the_contact_page_shows_the_form_and_the_organisations_details(client, contact_page):
    settings_ = OrganisationSettings.for_site(contact_page.get_site())
    settings_.email = "info@peace.example.org"
    settings_.phone = "+256 414 543 953"
    settings_.save()
    html = client.get(contact_page.url).content.decode()
    assert "<h1>Write to us</h1>" in html
    assert 'name="your_email_address"' in html
    assert "info@peace.example.org" in html
    assert "+256 414 543 953" in html


def test_a_message_is_stored_and_emailed_to_the_configured_address(client, contact_page):
    response = client.post(contact_page.url, contact_data())
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.get_data()["your_message"] == "How can our group join the mediators' training?"
    message = mail.outbox[0]
    assert message.to == ["team@peace.example.org"]
    assert message.reply_to == ["grace@example.org"]
    assert "How can our group join the mediators' training?" in message.body
    assert f"Sent from {contact_page.full_url} (English)" in message.body


def test_without_a_page_address_messages_go_to_the_configured_recipients(client, contact_page, settings):
    contact_page.to_address = ""
    contact_page.save_revision().publish()
    settings.CONTACT_FORM_RECIPIENTS = ["programmes@peace.example.org"]
    client.post(contact_page.url, contact_data())
    assert mail.outbox[0].to == ["programmes@peace.example.org"]


def test_a_message_is_kept_when_mail_fails(client, contact_page, settings, caplog):
    settings.EMAIL_BACKEND = UNREACHABLE_BACKEND
    with caplog.at_level(logging.ERROR):
        response = client.post(contact_page.url, contact_data())
    assert "Thank you" in response.content.decode()
    assert FormSubmission.objects.filter(page=contact_page).count() == 1
    assert "could not be emailed; it is kept" in caplog.text


def test_a_filled_honeypot_stores_and_sends_nothing(client, contact_page):
    response = client.post(contact_page.url, contact_data(hp_website="buy now"))
    assert response.status_code == 200
    assert "a field meant to stay empty was filled in" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_one_sender_is_rate_limited_with_a_clear_message(client, contact_page, settings):
    settings.CONTACT_RATE_LIMIT_PER_ADDRESS = 2
    for _ in range(2):
        client.post(contact_page.url, contact_data())
    response = client.post(contact_page.url, contact_data(your_email_address="grace@example.org"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "This email address was entered too many times" in html
    assert "How can our group join" in html  # what the reader wrote is not lost
    assert FormSubmission.objects.count() == 2


def test_a_missing_field_is_explained_and_nothing_is_stored(client, contact_page):
    response = client.post(contact_page.url, contact_data(your_message=""))
    html = response.content.decode()
    assert "This field is required." in html
    assert 'value="Grace A."' in html
    assert not FormSubmission.objects.exists()


def test_markup_in_a_message_is_inert_on_the_page_and_in_the_mail(client, contact_page):
    payload = '<script>alert("x")</script>'
    refused = client.post(contact_page.url, contact_data(your_message="", your_name=payload)).content.decode()
    assert payload not in refused
    assert 'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"' in refused
    sent = client.post(contact_page.url, contact_data(your_name=payload, your_message=payload))
    assert "Thank you" in sent.content.decode() and payload not in sent.content.decode()
    message = mail.outbox[0]
    assert (message.content_subtype, message.alternatives) == ("plain", [])  # no HTML to run
    assert payload in message.body  # shown to staff as the reader typed it
