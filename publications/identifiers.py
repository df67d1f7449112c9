"""ISBN and DOI checks with messages an editor can act on."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DOI_PATTERN = re.compile(r"^10\.\d{4,9}/\S+$")


def _digits(value):
    return re.sub(r"[\s-]", "", value or "").upper()


def isbn13_check_digit(first_twelve):
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first_twelve))
    return str((10 - total % 10) % 10)


def isbn10_is_valid(digits):
    if not re.fullmatch(r"\d{9}[\dX]", digits):
        return False
    total = sum((10 - i) * (10 if ch == "X" else int(ch)) for i, ch in enumerate(digits))
    return total % 11 == 0


def normalise_isbn(value):
    """The ISBN as 13 digits without separators (an ISBN-10 is converted); '' stays ''."""
    digits = _digits(value)
    if len(digits) == 10 and isbn10_is_valid(digits):
        first_twelve = "978" + digits[:9]
        return first_twelve + isbn13_check_digit(first_twelve)
    return digits


def validate_isbn(value):
    digits = _digits(value)
    if not digits:
        return
    if len(digits) == 10:
        if not isbn10_is_valid(digits):
            raise ValidationError(_("This 10-digit ISBN's check digit is wrong. Please check the number."))
        return
    if not digits.isdigit():
        raise ValidationError(_("An ISBN has only digits (and hyphens or spaces between them)."))
    if len(digits) != 13:
        raise ValidationError(_("An ISBN-13 has 13 digits; this one has %(count)s.") % {"count": len(digits)})
    expected = isbn13_check_digit(digits[:12])
    if digits[12] != expected:
        raise ValidationError(
            _("This ISBN's check digit is wrong: with these first twelve digits it should end in %(digit)s.")
            % {"digit": expected}
        )


DOI_PREFIXES = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def normalise_doi(value):
    """The bare DOI ("10.1234/abcd") of what an editor pasted: the DOI itself, "doi:…" or
    its https://doi.org/ address all work."""
    return DOI_PREFIXES.sub("", (value or "").strip())


def validate_doi(value):
    if value and not DOI_PATTERN.match(normalise_doi(value)):
        raise ValidationError(
            _("A DOI starts with '10.', a number, a slash and a suffix, e.g. 10.1234/abcd.")
        )
