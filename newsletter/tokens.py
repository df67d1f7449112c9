"""Signed links in newsletter emails.

Links carry a subscriber's id, never their address (URLs end up in logs and browser
histories). A confirmation link expires and names the sign-up it was sent for; an
unsubscribe link never expires, because people unsubscribe from old emails.
"""

import datetime

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "amani.newsletter.confirm"
UNSUBSCRIBE_SALT = "amani.newsletter.unsubscribe"


def confirmation_token(subscriber):
    return signing.dumps([subscriber.pk, subscriber.consent_stamp], salt=CONFIRM_SALT)


def read_confirmation_token(token):
    """(subscriber id, consent stamp); raises signing.SignatureExpired when too old and
    signing.BadSignature when altered or not ours."""
    max_age = datetime.timedelta(days=settings.NEWSLETTER_CONFIRMATION_MAX_AGE_DAYS)
    value = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(part, int) for part in value)):
        raise signing.BadSignature("Unexpected confirmation payload")
    return value[0], value[1]


def unsubscribe_token(subscriber):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(subscriber.pk))


def read_unsubscribe_token(token):
    """The subscriber id; raises signing.BadSignature when altered or not ours."""
    value = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    if not value.isdigit():
        raise signing.BadSignature("Unexpected unsubscribe payload")
    return int(value)
