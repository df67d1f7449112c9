"""Demo publications: the library, the Feminist Peace Series with three editions, and
reports of several kinds, each with small PDF files generated here (see pdf.make_pdf)."""

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Locale

from demo.pdf import make_pdf
from demo.site import add_to_main_menu, demo_image, translate_all
from home.models import HomePage
from home.snippets import Country, Partner, Theme
from publications import languages
from publications.models import (
    MagazineEditionPage,
    MagazineSeriesPage,
    PublicationFile,
    PublicationIndexPage,
    ReportPage,
)

from .publication_texts import EDITIONS, REPORTS, SERIES, TRANSLATED_EDITION, TRANSLATED_REPORT, TRANSLATIONS


def load(report):
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=english)
    library = _library(report, home)
    add_to_main_menu(report, library, position=2)
    series = _series(report, library)
    for data in EDITIONS:
        _publication(
            report,
            series,
            MagazineEditionPage,
            data,
            english,
            edition_number=data["number"],
            launch_note=data["launch_note"],
            contents=_contents(data["contents"]),
        )
    for data in REPORTS:
        _publication(
            report,
            library,
            ReportPage,
            data,
            english,
            publication_type=data["type"],
            authors=data["authors"],
            findings=data["findings"],
            isbn=data["isbn"],
            published_by_us=data.get("by_us", True),
            publishers=data.get("publishers", []),
        )
    edition = MagazineEditionPage.objects.child_of(series).get(slug=TRANSLATED_EDITION)
    brief = ReportPage.objects.child_of(library).get(slug=TRANSLATED_REPORT)
    translate_all(report, [library, series, edition, brief], TRANSLATIONS)


def _library(report, home):
    existing = report.existing_child(home, PublicationIndexPage)
    if existing is not None:
        return existing
    library = PublicationIndexPage(
        title="Publications",
        slug="publications",
        introduction="Research, policy briefs, toolkits and the Feminist Peace Series magazine, free to download.",
    )
    return report.publish_child(home, library)


def _series(report, library):
    existing = report.existing_child(library, MagazineSeriesPage, SERIES["slug"])
    if existing is not None:
        return existing
    series = MagazineSeriesPage(
        title=SERIES["title"],
        slug=SERIES["slug"],
        description=SERIES["description"],
        call_for_contributions=SERIES["call"],
    )
    return report.publish_child(library, series)


def _contents(items):
    return [
        (kind, {"title": title, "contributors": by, "pages": pages, "text": ""})
        for kind, title, by, pages in items
    ]


def _pdf_document(report, title, language, version, pages):
    """A small PDF whose pages carry the publication's title, language and real words,
    so page counts, sizes and search over PDF text all have something true to show."""
    doc_title = f"{title} ({languages.ENGLISH_NAMES.get(language, language)}, {version})"
    existing = Document.objects.filter(title=doc_title).first()
    if existing is not None:
        return report.found(existing)
    lines_per_page = 45 if version == "full" else 20
    body = [
        [title, f"Language: {languages.ENGLISH_NAMES.get(language, language)}", f"Page {number}"]
        + ["Women build peace in their communities; feminist peace transforms power."] * lines_per_page
        for number in range(1, pages + 1)
    ]
    document = Document(title=doc_title)
    document.file.save(
        f"{title[:40]}-{language}-{version}.pdf".replace(" ", "-").lower(),
        ContentFile(make_pdf(body)),
        save=False,
    )
    document.save()
    return report.made(document)


def _publication(report, parent, model, data, locale, publishers=(), **fields):
    existing = report.existing_child(parent, model, data["slug"])
    if existing is not None:
        return existing
    page = model(
        title=data["title"],
        slug=data["slug"],
        publication_date=data["date"],
        summary=data["summary"],
        search_description=data["summary"],
        cover_image=demo_image(report, f"Cover: {data['title']}"[:100]),
        **fields,
    )
    page.themes = list(Theme.objects.filter(slug__in=data["themes"], locale=locale))
    page.countries = list(Country.objects.filter(slug__in=data["countries"], locale=locale))
    page.partners = list(Partner.objects.filter(name__in=data["partners"], locale=locale))
    if publishers:
        page.publishers = list(Partner.objects.filter(name__in=publishers, locale=locale))
    page.files = [
        PublicationFile(
            document=_pdf_document(report, data["title"], language, version, pages),
            language=language,
            version=version,
            sort_order=position,
        )
        for position, (language, version, pages) in enumerate(data["files"])
    ]
    return report.publish_child(parent, page)
