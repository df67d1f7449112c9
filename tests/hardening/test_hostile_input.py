"""No reader input gives a server error, on SQLite or PostgreSQL: NULs and other controls,
lone surrogates (sent as the invalid UTF-8 they would be on the wire), bidi controls,
full-text operators and 100,000-character values, in every query string and form readers
reach."""

from io import StringIO
from urllib.parse import quote_from_bytes

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from core.text_input import clean_text
from newsletter.forms import CONTACT_MESSAGE_MAX_LENGTH, with_length_limit
from tests.factories import make_report, make_story
from tests.newsletter.conftest import contact_data, signup_data

PIECES = [
    "\x00",
    "\x01",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\x9f",
    "\ud800",
    "\udfff",
    "\u202e",
    "\u2066",
    "\u2069",
    "\u200f",
    "\u200c",
    "\ufeff",
    "\ufffd",
    "&",
    "|",
    "!",
    ":",
    "*",
    "(",
    ")",
    "<->",
    "'",
    '"',
    "\\",
    "%",
    "_",
    "-",
    " AND ",
    " OR ",
    " NOT ",
    "NEAR(",
    "peace",
    "السلام",
    "٢٠٢١",
    "²⁰²¹",
    "2021",
    " ",
    "\n",
    "\t",
]
SHORT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=12).map("".join)
LONG = st.sampled_from(PIECES).map(lambda piece: (piece * 100_000)[:100_000])
# Mostly a few of the pieces above mixed with anything else; one value in eight is
# 100,000 characters of one piece.
HOSTILE = st.integers(0, 7).flatmap(lambda n: LONG if n == 0 else SHORT)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def wire(text):
    """`text` percent-encoded as a browser would send it; a lone surrogate goes as the bytes
    UTF-8 would give it (ED A0 80 for U+D800), which are not valid UTF-8."""
    return quote_from_bytes(text.encode("utf-8", "surrogatepass"), safe="")


def encoded(params):
    return "&".join(f"{wire(name)}={wire(value)}" for name, value in params.items())


def get(client, path, params):
    return client.get(f"{path}?{encoded(params)}")


def post(client, path, data):
    return client.post(path, encoded(data), content_type="application/x-www-form-urlencoded")


def assert_no_server_error(response):
    assert response.status_code < 500, response.status_code


@pytest.fixture
def hostile_site(settings, story_index, taxonomy, library, contact_page):
    """A story, a report, a promotion for "peace", a password-protected page and the contact
    page, indexed; form rate limits out of the way so every example reaches the form."""
    settings.NEWSLETTER_RATE_LIMIT_PER_ADDRESS = settings.NEWSLETTER_RATE_LIMIT_PER_IP = 10_000
    settings.CONTACT_RATE_LIMIT_PER_ADDRESS = settings.CONTACT_RATE_LIMIT_PER_IP = 10_000
    story = make_story(
        story_index, "Peace mediators trained", "2021-09-14", themes=[taxonomy["peacebuilding"]]
    )
    make_report(library, "Peace report", "2021-06-15", themes=[taxonomy["peacebuilding"]])
    SearchPromotion.objects.create(query=Query.get("peace"), page=story, sort_order=0)
    protected = make_story(story_index, "Protected", "2021-01-01")
    restriction = PageViewRestriction.objects.create(
        page=protected, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    return {"story": story, "protected": protected, "restriction": restriction, "contact": contact_page}


def test_a_nul_in_a_search_is_dropped_and_the_promotion_still_shown(client, hostile_site):
    response = client.get("/en/search/?q=peace%00")
    assert response.status_code == 200
    assert response.context["query"] == "peace"
    assert [promotion.page.pk for promotion in response.context["promotions"]] == [hostile_site["story"].pk]


def test_a_search_is_logged_as_cleaned_and_cut_to_200_characters(client, hostile_site):
    assert client.get("/en/search/", {"q": "peace\u202e\x00 " + "x" * 100_000}).status_code == 200
    logged = Query.objects.exclude(query_string="peace").get()
    assert logged.query_string == "peace " + "x" * 194
    assert client.get("/en/search/", {"q": "y" * 100_000}).context["too_long"]


def test_a_search_with_controls_but_no_more_than_200_characters_is_not_called_too_long(client, hostile_site):
    assert not client.get("/en/search/", {"q": "\x00" * 300 + "peace"}).context["too_long"]


def test_a_year_in_superscript_digits_is_ignored_and_one_in_arabic_digits_understood(client, hostile_site):
    assert client.get("/en/stories/", {"year": "²⁰²¹"}).context["listing"].selected == {}
    assert client.get("/en/stories/", {"year": "٢٠٢١"}).context["listing"].selected == {"year": "2021"}


def test_a_contact_message_longer_than_the_limit_is_refused_and_neither_stored_nor_sent(client, hostile_site):
    contact = hostile_site["contact"]
    response = client.post(contact.url, contact_data(your_message="x" * 2_000_000))
    assert response.status_code == 200
    assert response.context["form"].errors["your_message"]
    assert not FormSubmission.objects.filter(page=contact).exists()
    assert mail.outbox == []


def test_the_contact_form_tells_readers_how_long_a_message_may_be(client, hostile_site):
    html = client.get(hostile_site["contact"].url).content.decode()
    assert f'maxlength="{CONTACT_MESSAGE_MAX_LENGTH}"' in html
    assert "At most 5,000 characters." in html


def test_a_contact_message_is_stored_without_its_control_characters(client, hostile_site):
    contact = hostile_site["contact"]
    client.post(
        contact.url, contact_data(your_name="Grace\x00\u202e A.", your_message="Line one\r\nLine\x07 two")
    )
    data = FormSubmission.objects.get(page=contact).get_data()
    assert (data["your_name"], data["your_message"]) == ("Grace A.", "Line one\r\nLine two")


def test_clean_text_keeps_arabic_with_its_joiners_and_marks():
    text = "السلام\u200c عليكم\u200d \u200fمرحبا\u061c ١٢٣"
    assert clean_text(text) == text


def test_clean_text_drops_controls_surrogates_and_bidi_embeddings():
    assert clean_text("a\x00b\x1b\x7f\x85c\ud800\u202ed\u2066e\u2069") == "abcde"


def test_clean_text_keeps_line_breaks_only_where_a_field_has_lines():
    assert clean_text("one\ttwo\nthree") == "one two three"
    assert clean_text("one\ttwo\r\nthree", multiline=True) == "one\ttwo\r\nthree"


@FAST
@given(q=HOSTILE, theme=HOSTILE, year=HOSTILE, kind=HOSTILE, page=HOSTILE)
@example(q="peace\x00", theme="", year="", kind="", page="1")
def test_search_and_suggestions_answer_any_input(client, hostile_site, q, theme, year, kind, page):
    params = {"q": q, "theme": theme, "year": year, "type": kind, "page": page, "sort": kind}
    assert_no_server_error(get(client, "/en/search/", params))
    assert_no_server_error(get(client, "/ar/search/", {"q": q, "page": page}))
    assert_no_server_error(get(client, "/en/search/suggest/", {"q": q}))


@FAST
@given(theme=HOSTILE, country=HOSTILE, year=HOSTILE, language=HOSTILE, page=HOSTILE)
@example(theme="", country="", year="²⁰²¹", language="", page="")
def test_listings_answer_any_filter(client, hostile_site, theme, country, year, language, page):
    params = {"theme": theme, "country": country, "year": year, "page": page}
    assert_no_server_error(get(client, "/en/stories/", params))
    assert_no_server_error(
        get(client, "/en/publications/", {**params, "type": language, "language": language})
    )


@FAST
@given(email=HOSTILE, language=HOSTILE, source=HOSTILE, honeypot=st.sampled_from(["", "\x00"]))
def test_the_newsletter_sign_up_answers_any_post(client, hostile_site, email, language, source, honeypot):
    data = signup_data(email=email, language=language, source=source, hp_website=honeypot)
    assert_no_server_error(post(client, "/en/newsletter/", data))
    valid_address = signup_data(email="reader@example.org", source=source)
    assert_no_server_error(post(client, "/en/newsletter/", valid_address))


@FAST
@given(name=HOSTILE, email=HOSTILE, message=HOSTILE)
def test_the_contact_form_answers_any_post(client, hostile_site, name, email, message):
    url = hostile_site["contact"].url
    assert_no_server_error(
        post(client, url, contact_data(your_name=name, your_email_address=email, your_message=message))
    )
    assert_no_server_error(post(client, url, contact_data(your_name=name, your_message=message)))


@FAST
@given(password=HOSTILE, return_url=HOSTILE)
def test_the_page_password_form_answers_any_post(client, hostile_site, password, return_url):
    url = reverse(
        "wagtailcore_authenticate_with_password",
        args=[hostile_site["restriction"].pk, hostile_site["protected"].pk],
    )
    assert_no_server_error(post(client, url, {"password": password, "return_url": return_url}))


@FAST
@given(token=HOSTILE.filter(bool), action=HOSTILE)
def test_newsletter_links_answer_any_token(client, hostile_site, token, action):
    assert_no_server_error(client.get(f"/en/newsletter/confirm/{wire(token)}/"))
    assert_no_server_error(post(client, f"/en/newsletter/unsubscribe/{wire(token)}/", {"action": action}))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "At most 5,000 characters."),
        ("fr", "caractères au maximum"),
        ("sw", "Herufi zisizozidi"),
        ("ar", "بحد أقصى"),
    ],
)
def test_the_message_limit_is_told_in_every_site_language(language, expected):
    with translation.override(language):
        assert expected in with_length_limit("", CONTACT_MESSAGE_MAX_LENGTH)
