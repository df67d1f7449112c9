"""The one place tests make objects: pages and their translations, images, documents,
users and newsletter subscribers.

Each factory makes the smallest real object a test needs, through the same calls an editor's
publish or an upload makes, and takes keyword arguments with defaults, so a test names only
what it asserts on and a reader sees the data next to the expectation. Fixtures (which call
these) live in the conftest files.
"""

import datetime
import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import DraftStateMixin, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail_localize.models import Translation, TranslationSource

from demo.pdf import make_pdf
from newsletter.forms import CONSENT_TEXT
from newsletter.models import Subscriber
from publications.models import MagazineEditionPage, PublicationFile, ReportPage
from stories.models import StoryPage, StoryPlace

# The password every test user signs in with: long enough for the password validators.
PASSWORD = "a-long-password-1"
# EXIF tags of the photos jpeg_with_gps makes.
GPS_IFD = 0x8825
ORIENTATION = 0x0112
CAMERA_MAKE = 0x010F


def as_date(day):
    """`day` as a date, given one or its ISO form ("2021-09-14")."""
    return day if isinstance(day, datetime.date) else datetime.date.fromisoformat(day)


def publish(parent, page):
    """Add `page` under `parent` and publish it, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate_page(page, locale, **changes):
    """A published translation of `page` into `locale` (its ancestors translated first),
    with `changes` applied to the copy: what a translator's publish produces."""
    parent = page.get_parent().specific
    if parent.depth > 1 and not parent.has_translation(locale):
        translate_page(parent, locale)
    translation = page.specific.copy_for_translation(locale)
    for field, value in changes.items():
        setattr(translation, field, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def start_translation(instance, locale):
    """A wagtail-localize translation of `instance` (a page or a snippet) into `locale`, with
    nothing translated yet: what a translator's "Translate" button starts."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale)
    # Snippets without drafts are saved live; pages stay drafts until published.
    translation.save_target(publish=not isinstance(instance, Page | DraftStateMixin))
    return translation


def translate_all_segments(translation):
    """Every segment of `translation` translated as "[code] source text"."""
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"[{translation.target_locale.language_code}] {entry.msgid}"
    translation.import_po(po)


def finish_translation(translation, capture):
    """Translate every segment and publish, as a translator's last click does; `capture` is
    pytest-django's django_capture_on_commit_callbacks, since wagtail-localize publishes on
    commit."""
    translate_all_segments(translation)
    with capture(execute=True):
        translation.save_target(publish=True)
    return translation


def admin_add_page(client, parent, model, fields, publish_it=True):
    """Create a page through the Wagtail admin's add form, as an editor would.

    `fields` is the form data (use wagtail.test.utils.form_data helpers for StreamFields
    and inline panels). Returns the response; raises with the form's errors if the admin
    refused the page.
    """
    data = nested_form_data({"comments": inline_formset([]), **fields})
    if publish_it:
        data["action-publish"] = "action-publish"
    url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])
    response = client.post(url, data)
    if response.status_code != 302:
        form = response.context["form"] if response.context and "form" in response.context else None
        raise AssertionError(f"Admin refused the page: {form.errors if form else response.status_code}")
    return response


def make_user(username="editor", *, superuser=False, email=None, password=PASSWORD):
    """A user who signs in with `password`; a superuser is an editor with every permission."""
    users = get_user_model().objects
    create = users.create_superuser if superuser else users.create_user
    return create(username, email or f"{username}@example.org", password)


def make_image(title="Test image", size=(800, 600), colour=(91, 42, 134), fmt="JPEG"):
    """An image of one colour in Wagtail's image library."""
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, fmt)
    extension = "jpg" if fmt == "JPEG" else fmt.lower()
    image = Image(title=title, file=ImageFile(buffer, name=f"test.{extension}"))
    image.save()
    return image


def jpeg_with_gps(size=(64, 48), colour=(120, 40, 140), orientation=1):
    """The bytes of a JPEG whose EXIF says where it was taken (Kampala), with which phone,
    and which way up (`orientation`, 1 for upright, 6 for a phone turned a quarter)."""
    exif = PILImage.Exif()
    exif[CAMERA_MAKE] = "PhoneMaker"
    exif[ORIENTATION] = orientation
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (0.0, 20.0, 0.0), 3: "E", 4: (32.0, 35.0, 0.0)})
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def make_document(title="Report", pages=3, lines=40):
    """A real PDF of `pages` pages in the document library (its size grows with `lines`)."""
    document = Document(title=title)
    body = [[f"{title} page {n}"] + ["Women build peace in their communities."] * lines for n in range(pages)]
    document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(make_pdf(body)), save=False)
    document.save()
    return document


def make_story(index, title="A story", day="2021-09-14", themes=(), places=(), publish_it=True, **fields):
    """A story under `index`, published unless `publish_it` is false; `places` are
    (town, Country) pairs, `fields` any other StoryPage fields."""
    story = StoryPage(
        title=title,
        slug=fields.pop("slug", None) or title.lower().replace(" ", "-"),
        date=as_date(day),
        excerpt=fields.pop("excerpt", f"About {title}."),
        body=fields.pop("body", [("paragraph", "<p>Text.</p>")]),
        **fields,
    )
    story.places = [
        StoryPlace(town=town, country=country, sort_order=i) for i, (town, country) in enumerate(places)
    ]
    story.themes = list(themes)
    if publish_it:
        return publish(index, story)
    story.live = False
    index.add_child(instance=story)
    return story


def make_files(files):
    """PublicationFile objects from (document, language, version) triples, in order."""
    return [
        PublicationFile(document=document, language=language, version=version, sort_order=i)
        for i, (document, language, version) in enumerate(files)
    ]


def make_report(
    library,
    title="A report",
    day="2021-06-15",
    kind="policy_brief",
    files=(),
    themes=(),
    countries=(),
    publishers=(),
    **fields,
):
    """A published report in `library`; `files` are (document, language, version) triples."""
    report = ReportPage(
        title=title,
        slug=fields.pop("slug", title.lower().replace(" ", "-")),
        publication_type=kind,
        publication_date=as_date(day),
        summary=fields.pop("summary", f"About {title}."),
        **fields,
    )
    report.files = make_files(files)
    report.themes = list(themes)
    report.countries = list(countries)
    report.publishers = list(publishers)
    return publish(library, report)


def make_edition(series, number=1, day="2021-10-22", files=(), **fields):
    """A published magazine edition numbered `number` in `series`; `files` as for a report."""
    edition = MagazineEditionPage(
        title=fields.pop("title", f"Edition {number}"),
        slug=fields.pop("slug", f"edition-{number}"),
        edition_number=number,
        publication_date=as_date(day),
        summary=fields.pop("summary", f"Edition {number}."),
        **fields,
    )
    edition.files = make_files(files)
    return publish(series, edition)


def make_subscriber(email="reader@example.org", status=Subscriber.Status.PENDING, language="en", **fields):
    """A newsletter subscriber who consented now, pending unless `status` says otherwise,
    with the dates that status implies."""
    now = timezone.now()
    defaults = {
        "consent_at": now,
        "consent_text": str(CONSENT_TEXT),
        "confirmed_at": now if status == Subscriber.Status.CONFIRMED else None,
        "unsubscribed_at": now if status == Subscriber.Status.UNSUBSCRIBED else None,
        "confirmation_sent_at": now,
    }
    defaults.update(fields)
    return Subscriber.objects.create(email=email, status=status, language=language, **defaults)
