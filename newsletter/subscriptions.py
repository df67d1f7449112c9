"""What happens when someone enters an address in the sign-up form.

Whatever the address's history, the reader is shown the same thing ("check your inbox"),
so the form cannot be used to find out who subscribes. The difference is only in what
the mailbox receives, which only its owner reads.
"""

from django.utils import timezone

from .emails import send_already_subscribed, send_confirmation
from .models import Subscriber


def sign_up(*, email, language, consent_text, source_url, request=None):
    """Record the sign-up and send the right email. Returns the subscriber."""
    # get_or_create copes with the same address arriving twice at the same moment.
    subscriber, created = Subscriber.objects.get_or_create(
        email=email,
        defaults={
            "language": language,
            "consent_text": consent_text,
            "consent_at": timezone.now(),
            "source_url": source_url,
        },
    )
    if not created and subscriber.status == Subscriber.Status.CONFIRMED:
        # Nothing changes: someone else may have typed this address.
        send_already_subscribed(subscriber, request)
        return subscriber
    if not created:
        subscriber.start_over(language=language, consent_text=consent_text, source_url=source_url)
    send_confirmation(subscriber, request)
    return subscriber
