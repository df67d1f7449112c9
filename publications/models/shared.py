"""What every publication type and listing shares: types, licences, and the querysets
that fetch covers, files and series titles up front."""

from django.db.models import OuterRef, Prefetch, Subquery
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Page

from home.localisation import default_language_code

# The filter specs of every cover the listings show (components/teaser.html's srcset and
# includes/cover.html): prefetching exactly these makes a page of covers cost no queries.
COVER_RENDITIONS = ["fill-320x180", "fill-640x360"]

MAGAZINE = "magazine"
REPORT_TYPES = [
    ("research_report", _("Research report")),
    ("research_brief", _("Research brief")),
    ("policy_brief", _("Policy brief")),
    ("discussion_paper", _("Discussion paper")),
    ("toolkit", _("Toolkit")),
    ("annual_report", _("Annual report")),
    ("strategic_plan", _("Strategic plan")),
    ("statement", _("Statement or open letter")),
    ("press_release", _("Press release")),
    ("newsletter", _("Newsletter")),
]
PUBLICATION_TYPES = [(MAGAZINE, _("Magazine edition")), *REPORT_TYPES]

LICENCES = [
    ("cc-by-4.0", "CC BY 4.0"),
    ("cc-by-sa-4.0", "CC BY-SA 4.0"),
    ("cc-by-nc-4.0", "CC BY-NC 4.0"),
    ("cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"),
    ("cc-by-nc-nd-4.0", "CC BY-NC-ND 4.0"),
    ("all-rights-reserved", _("All rights reserved")),
]
LICENCE_URLS = {
    "cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "cc-by-sa-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "cc-by-nc-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "cc-by-nc-sa-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    "cc-by-nc-nd-4.0": "https://creativecommons.org/licenses/by-nc-nd/4.0/",
}


def cover_prefetch():
    """Covers with the renditions the listings use, in two queries for any number."""
    return Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions(*COVER_RENDITIONS))


def cover_renditions_prefetch():
    """The listings' renditions of covers already joined (`select_related("cover_image")`),
    in one query for any number, into the attribute Wagtail's get_rendition reads."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=COVER_RENDITIONS)
    return Prefetch("cover_image__renditions", queryset=renditions, to_attr="prefetched_renditions")


def files_prefetch():
    """Files with their documents (format and size come from the document), in one query."""
    from .files import PublicationFile

    return Prefetch(
        "files", queryset=PublicationFile.objects.select_related("document").order_by("sort_order", "pk")
    )


def parent_title():
    """The title of each page's parent, as an annotation: an edition's teaser names its
    series without a query per edition."""
    parent = Page.objects.filter(path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen))
    return Subquery(parent.values("title")[:1])


def teaser_queryset(queryset):
    """Publications as their specific types (an edition's teaser shows its number, a
    report's its type), with covers, files and the series title fetched up front: one
    query per page type, and one each for the covers' renditions and the files of every
    type together (both belong to PublicationPage), never one per publication."""
    return (
        queryset.annotate(parent_title=parent_title())
        .defer_streamfields()
        .specific()
        .select_related("locale", "cover_image", for_specific_subqueries=True)
        .prefetch_related(cover_renditions_prefetch(), files_prefetch())
    )


def source_page(page):
    """The same page in the default (source) language, or None if `page` is in it."""
    default_code = default_language_code()
    if page.locale.language_code == default_code:
        return None
    return Page.objects.filter(
        translation_key=page.translation_key, locale__language_code=default_code
    ).first()


def in_trees(page):
    """Pages below `page` or below its source-language original: a listing in French also
    finds the English pages not yet translated (which `localised_pages` then sorts out)."""
    condition = Page.objects.descendant_of_q(page)
    source = source_page(page)
    if source is not None:
        condition |= Page.objects.descendant_of_q(source)
    return condition
