"""Emails to translator groups when an English page they translate is published with changes.

Each group with a translation of the page gets one email (addressed to its members in Bcc,
leaving out those who opted out in their account settings) the first time the published
text differs from what was last synced. Further publishes before the translation is
updated send nothing more: the queue already says "Source changed".
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation as django_translation
from wagtail.models import Locale
from wagtail.signals import page_published
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

logger = logging.getLogger(__name__)


def connect_signals():
    page_published.connect(source_published, dispatch_uid="translation-source-published")


def _texts(instance):
    """The translatable text of a page, by content path: what a translator would retranslate."""
    return sorted(
        (segment.path, segment.string.data)
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    )


def text_changed_since_sync(source, page):
    return _texts(page) != _texts(source.as_instance())


def source_published(sender, instance, **kwargs):
    page = instance.specific
    if page.locale_id != Locale.get_default().pk:
        return
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    if source is None or not Translation.objects.filter(source=source, enabled=True).exists():
        return
    if not text_changed_since_sync(source, page):
        return
    source_id, page_title = source.pk, page.get_admin_display_title()
    transaction.on_commit(lambda: notify_groups(source_id, page_title))


def recipients(group):
    users = get_user_model().objects.filter(groups=group, is_active=True).exclude(email="")
    return list(
        users.exclude(translator_preferences__notify_source_changes=False).values_list("email", flat=True)
    )


def notify_groups(source_id, page_title):
    """Email each translator group of a locale this source is translated into, once until synced."""
    from .models import SourceChangeNotice, TranslatorGroup

    source = TranslationSource.objects.get(pk=source_id)
    locales = Translation.objects.filter(source=source, enabled=True).values_list(
        "target_locale_id", flat=True
    )
    groups = TranslatorGroup.objects.filter(locale_id__in=list(locales)).select_related("group", "locale")
    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    for translator_group in groups:
        group, locale = translator_group.group, translator_group.locale
        told = SourceChangeNotice.objects.filter(
            source=source, group=group, sent_at__gte=source.last_updated_at
        )
        if told.exists():
            continue
        addresses = recipients(group)
        if not addresses:
            continue
        context = {
            "title": page_title,
            "language": locale.get_display_name(),
            "update_url": base_url + reverse("translation:update", args=[source.pk, locale.language_code]),
            "queue_url": base_url + reverse("wagtailadmin_home"),
            "account_url": base_url + reverse("wagtailadmin_account"),
        }
        with django_translation.override(locale.language_code):
            subject = render_to_string("translation/source_changed_subject.txt", context).strip()
            body = render_to_string("translation/source_changed.txt", context)
        EmailMessage(subject, body, to=[], bcc=addresses).send()
        SourceChangeNotice.objects.create(source=source, group=group)
        logger.info("Told %s that %r changed (%d recipients)", group, page_title, len(addresses))
