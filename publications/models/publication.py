"""`PublicationPage`: the concrete base table of editions and reports, so the library is
one query with one set of filters."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.chrome import active_locale, cached
from home.fields import optional_image
from home.i18n import without_restricted
from home.localisation import localized_snippets
from home.models import AmaniPage

from .. import languages
from .shared import PUBLICATION_TYPES, cover_prefetch, files_prefetch, teaser_queryset


class PublicationPage(AmaniPage):
    """What every publication has; the library lists these."""

    publication_type = models.CharField(
        max_length=30,
        choices=PUBLICATION_TYPES,
        default="research_report",
        help_text=_("What kind of publication this is."),
    )
    publication_date = models.DateField(help_text=_("The date it was published or launched."))
    cover_image = optional_image(_("The cover, shown in the library and when shared."))
    summary = models.TextField(
        max_length=600, help_text=_("What it is about, in a short paragraph (the library's teaser).")
    )
    themes = ParentalManyToManyField(
        "home.Theme", blank=True, related_name="publications", help_text=_("Themes it covers.")
    )
    countries = ParentalManyToManyField(
        "home.Country", blank=True, related_name="publications", help_text=_("Countries it is about.")
    )
    partners = ParentalManyToManyField(
        "home.Partner",
        blank=True,
        related_name="publications",
        help_text=_("Partners and co-hosts who worked on it or launched it."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("publication_type"),
        index.FilterField("publication_date"),
        index.RelatedFields("files", [index.SearchField("text")]),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        SynchronizedField("publication_type"),
        SynchronizedField("publication_date"),
        SynchronizedField("cover_image"),
        SynchronizedField("share_image"),
        SynchronizedField("themes"),
        SynchronizedField("countries"),
        SynchronizedField("partners"),
        # Synchronised, but a translation keeps the files it added itself: see
        # PublicationFile and copy_child_relation below. Nothing in a file is text to
        # translate, so there is nothing to override in the translation editor either.
        SynchronizedField("files", overridable=False),
    ]

    # Only the concrete kinds are created; this base exists for the library's query.
    parent_page_types = []
    subpage_types = []
    route_select_related = ("locale", "cover_image", "share_image")

    class Meta:
        verbose_name = _("publication")

    def teaser_image(self):
        return self.cover_image

    def teaser_date(self):
        return self.publication_date

    def teaser_text(self):
        return self.summary

    def teaser_kind(self):
        return self.get_publication_type_display()

    def teaser_languages(self):
        """(code, name in the reader's language) of each language a file is available in,
        in file order: a French reader reads "Disponible en anglais, français"."""
        seen = {}
        for file in self.files.all():
            seen.setdefault(file.language, languages.sentence_name(file.language))
        return list(seen.items())

    def meta_description(self):
        return self.search_description or self.summary

    @classmethod
    def teaser_prefetch(cls):
        return [cover_prefetch(), files_prefetch()]

    def og_type(self):
        return "article"

    @classmethod
    def latest_for_home(cls, locale, count):
        """The `count` newest live publications in `locale`, as specific pages with
        covers and files prefetched (the home page shows them as teasers)."""
        queryset = (
            without_restricted(cls.objects.live()).filter(locale=locale).order_by("-publication_date", "-pk")
        )
        return list(teaser_queryset(queryset)[:count])

    def copy_child_relation(self, child_relation, target, commit=False, append=False):
        """Copying files into a translation (creating it, syncing it, or updating an
        alias in another language) replaces the files that came from the source and
        keeps the ones the translation added itself."""
        name = child_relation if isinstance(child_relation, str) else child_relation.get_accessor_name()
        if name != "files" or append or target.locale_id == self.locale_id:
            return super().copy_child_relation(child_relation, target, commit=commit, append=append)
        from .files import PublicationFile

        own = []
        if target.pk is not None:
            own = list(
                PublicationFile.objects.filter(page_id=target.pk, from_source=False).order_by("sort_order")
            )
        object_map = super().copy_child_relation(child_relation, target, commit=False)
        copies = list(target.files.all())
        for file in copies:
            # Page count and text come with the copy, with the document they were read from.
            file.from_source = True
        for position, file in enumerate(own + copies):
            file.sort_order = position
        target.files = own + copies
        if commit:
            target.files.commit()
        return object_map

    def save_revision(self, *args, **kwargs):
        """Reads the PDFs of files added or replaced since the last save before the
        revision is stored: the admin's drafts, moderation and scheduled publishing keep
        file rows only in the revision until the page is published, and each file must
        show its page count there too, not only the files saved with the page."""
        unread = [file for file in self.files.all() if file.needs_reading()]
        if unread:
            already_read = self._files_read_in_latest_revision()
            for file in unread:
                file.read_document(already_read.get(file.document_id))
        return super().save_revision(*args, **kwargs)

    def _files_read_in_latest_revision(self):
        """{document id: (page count, text)} of the files the latest revision read. The
        edit form posts a draft's new files back without what was read from them, so
        saving or publishing that draft again finds it here instead of in the PDF."""
        revision = self.get_latest_revision() if self.pk else None
        files = revision.content.get("files", []) if revision is not None else []
        return {
            file["read_from_document"]: (file.get("page_count"), file.get("text", ""))
            for file in files
            if file.get("read_from_document")
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context.update(self._surroundings(request))
        else:
            context.update(cached(request, f"publication:{self.pk}", lambda: self._surroundings(request)))
        # Never cached: a replaced document must show its new size at once.
        context["files"] = list(self.files.select_related("document").order_by("sort_order", "pk"))
        return context

    def _surroundings(self, request):
        from .library import PublicationIndexPage

        locale = active_locale(request)
        return {
            "themes": localized_snippets(self.themes.all(), locale),
            "countries": localized_snippets(self.countries.all(), locale),
            "partners": localized_snippets(self.partners.all(), locale),
            "library": PublicationIndexPage.objects.filter(locale=locale).live().first(),
        }
