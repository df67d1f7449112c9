"""ISBN and DOI checks give editors messages they can act on."""

import pytest
from django.core.exceptions import ValidationError

from publications.identifiers import normalise_isbn, validate_doi, validate_isbn
from publications.models import ReportPage
from tests.factories import admin_add_page
from tests.publications.test_creation import report_form


@pytest.mark.parametrize(
    "isbn",
    ["9789970000005", "978-9970-0-0000-5", "978 9970 0 0000 5", " 978-0-306-40615-7 ", "0-306-40615-2", ""],
)
def test_valid_isbns_are_accepted_with_or_without_hyphens_and_spaces(isbn):
    validate_isbn(isbn)


def test_an_isbn_13_with_a_wrong_check_digit_says_which_digit_is_right():
    with pytest.raises(ValidationError) as error:
        validate_isbn("978-9970-0-0000-4")
    assert error.value.messages == [
        "This ISBN's check digit is wrong: with these first twelve digits it should end in 5."
    ]


@pytest.mark.parametrize(("isbn", "count"), [("978-9970-0000", 11), ("97899700000051", 14), ("978", 3)])
def test_an_isbn_of_the_wrong_length_says_how_many_digits_it_has(isbn, count):
    with pytest.raises(ValidationError) as error:
        validate_isbn(isbn)
    assert error.value.messages == [f"An ISBN-13 has 13 digits; this one has {count}."]


def test_an_isbn_with_letters_is_refused():
    with pytest.raises(ValidationError, match="only digits"):
        validate_isbn("978-99A0-0-0000-5")


def test_an_isbn_10_with_a_wrong_check_digit_is_refused():
    with pytest.raises(ValidationError, match="10-digit ISBN's check digit is wrong"):
        validate_isbn("0-306-40615-3")


def test_an_isbn_10_is_normalised_to_its_isbn_13():
    assert normalise_isbn("0-306-40615-2") == "9780306406157"


def test_an_isbn_is_normalised_without_hyphens_or_spaces():
    assert normalise_isbn(" 978-9970 0-0000-5 ") == "9789970000005"


def test_the_admin_shows_the_isbn_message_next_to_the_field(admin_client_logged_in, library):
    with pytest.raises(AssertionError, match="should end in 5"):
        admin_add_page(admin_client_logged_in, library, ReportPage, report_form(isbn="978-9970-0-0000-4"))


@pytest.mark.parametrize(
    ("isbn", "stored"), [("978-9970-0-0000-5", "9789970000005"), ("0-306-40615-2", "9780306406157")]
)
def test_the_admin_saves_an_isbn_as_its_thirteen_digits(admin_client_logged_in, library, isbn, stored):
    admin_add_page(admin_client_logged_in, library, ReportPage, report_form(isbn=isbn))
    assert ReportPage.objects.get(slug="defend-her").isbn == stored


@pytest.mark.parametrize("doi", ["10.1234/abcd", "10.48550/arXiv.2101.00001", ""])
def test_valid_dois_are_accepted(doi):
    validate_doi(doi)


@pytest.mark.parametrize("doi", ["doi:10.1234/abcd", "https://doi.org/10.1234/abcd", "DOI: 10.1234/abcd"])
def test_a_pasted_doi_address_or_prefix_is_accepted_and_stored_bare(admin_client_logged_in, library, doi):
    admin_add_page(admin_client_logged_in, library, ReportPage, report_form(doi=doi))
    report = ReportPage.objects.get(slug="defend-her")
    assert report.doi == "10.1234/abcd"
    assert report.get_latest_revision().as_object().doi == "10.1234/abcd"


@pytest.mark.parametrize("doi", ["10.12/abcd", "10.1234", "10.1234/", "https://example.org/10.1234/x"])
def test_malformed_dois_are_refused_with_an_example(doi):
    with pytest.raises(ValidationError, match="e.g. 10.1234/abcd"):
        validate_doi(doi)
