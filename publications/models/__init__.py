"""Publications: the library of magazine editions (the Feminist Peace Series) and reports,
one module per type. Files are attached per language (files.py)."""

from .files import PublicationFile
from .library import LanguageFacet, PublicationIndexPage
from .magazine import (
    EditionForm,
    MagazineEditionPage,
    MagazineSeriesPage,
    edition_number_message,
    edition_number_taken,
)
from .publication import PublicationPage
from .reports import ReportForm, ReportPage
from .shared import (
    COVER_RENDITIONS,
    LICENCE_URLS,
    LICENCES,
    MAGAZINE,
    PUBLICATION_TYPES,
    REPORT_TYPES,
    cover_prefetch,
    files_prefetch,
    in_trees,
    parent_title,
    source_page,
    teaser_queryset,
)

__all__ = [
    "COVER_RENDITIONS",
    "EditionForm",
    "LICENCES",
    "LICENCE_URLS",
    "LanguageFacet",
    "MAGAZINE",
    "MagazineEditionPage",
    "MagazineSeriesPage",
    "PUBLICATION_TYPES",
    "PublicationFile",
    "PublicationIndexPage",
    "PublicationPage",
    "REPORT_TYPES",
    "ReportForm",
    "ReportPage",
    "cover_prefetch",
    "edition_number_message",
    "edition_number_taken",
    "files_prefetch",
    "in_trees",
    "parent_title",
    "source_page",
    "teaser_queryset",
]
