"""Publication factories: the library, a series, editions and reports with real PDF files."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from demo.pdf import make_pdf
from publications.models import (
    MagazineEditionPage,
    MagazineSeriesPage,
    PublicationFile,
    PublicationIndexPage,
    ReportPage,
)
from tests.conftest import publish


def make_document(title="Report", pages=3, lines=40):
    """A real PDF of `pages` pages in the document library (its size grows with `lines`)."""
    document = Document(title=title)
    body = [[f"{title} page {n}"] + ["Women build peace in their communities."] * lines for n in range(pages)]
    document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(make_pdf(body)), save=False)
    document.save()
    return document


def make_files(files):
    """PublicationFile objects from (document, language, version) triples, in order."""
    return [
        PublicationFile(document=document, language=language, version=version, sort_order=i)
        for i, (document, language, version) in enumerate(files)
    ]


@pytest.fixture
def library(home_page):
    return publish(home_page, PublicationIndexPage(title="Publications", slug="publications"))


@pytest.fixture
def series(library):
    return publish(
        library,
        MagazineSeriesPage(title="Feminist Peace Series", slug="fps", description="<p>A magazine.</p>"),
    )


def make_report(
    library, title, day, kind="policy_brief", files=(), themes=(), countries=(), publishers=(), **fields
):
    report = ReportPage(
        title=title,
        slug=fields.pop("slug", title.lower().replace(" ", "-")),
        publication_type=kind,
        publication_date=datetime.date.fromisoformat(day),
        summary=fields.pop("summary", f"About {title}."),
        **fields,
    )
    report.files = make_files(files)
    report.themes = list(themes)
    report.countries = list(countries)
    report.publishers = list(publishers)
    return publish(library, report)


def make_edition(series, number, day, files=(), **fields):
    edition = MagazineEditionPage(
        title=fields.pop("title", f"Edition {number}"),
        slug=fields.pop("slug", f"edition-{number}"),
        edition_number=number,
        publication_date=datetime.date.fromisoformat(day),
        summary=fields.pop("summary", f"Edition {number}."),
        **fields,
    )
    edition.files = make_files(files)
    return publish(series, edition)
