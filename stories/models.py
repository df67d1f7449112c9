"""Stories: the news and events the organisation publishes (trainings, meetings, launches).

One StoryIndexPage per language tree lists the stories with filters, pagination and feeds;
StoryPage holds one story. Places, themes, partners and related stories are facts shared by
every translation (synchronised); the words are translated, town names and the photo's
alternative text and credit included.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.cache import note_listing
from core.facets import FacetedListing, TaxonomyFacet, YearFacet
from core.pagination import paginate
from core.sanitised_fields import SanitisedStreamField
from core.typography import join_groups, join_items
from home.chrome import active_locale, cached, page_locale
from home.fields import optional_image
from home.i18n import without_restricted
from home.localisation import list_untranslated, localised_pages, localized_snippets
from home.models import AmaniPage
from home.snippets import Country, Theme

from .blocks import StoryStreamBlock
from .forms import StoryPageForm

logger = logging.getLogger(__name__)

# The renditions of components/teaser.html's srcset (fill-{320x180,640x360}), prefetched with
# the images: a list of teasers then costs no query per story.
TEASER_RENDITIONS = ["fill-320x180", "fill-640x360"]
# The partner logo on a story page (stories/story_page.html).
PARTNER_LOGO_RENDITION = "height-40"
# What "related publications" may point to. The publications app owns these types; stories
# names them rather than importing it (dependencies point at home only).
PUBLICATION_PAGE_TYPES = ["publications.MagazineEditionPage", "publications.ReportPage"]


def places_prefetch():
    return Prefetch(
        "places", queryset=StoryPlace.objects.select_related("country").order_by("sort_order", "pk")
    )


def teaser_queryset(queryset):
    """Stories with what a teaser shows fetched up front: locale and image joined, image
    renditions and places with their countries prefetched. Three queries however many
    stories are listed. (Themes and tags are not on a teaser, so they are not fetched.)"""
    return queryset.select_related("locale", "hero_image").prefetch_related(
        # The attribute Wagtail's own prefetch_renditions() fills, which get_rendition reads.
        Prefetch(
            "hero_image__renditions",
            queryset=get_image_model()
            .get_rendition_model()
            .objects.filter(filter_spec__in=TEASER_RENDITIONS),
            to_attr="prefetched_renditions",
        ),
        places_prefetch(),
    )


def prepare_teasers(stories, locale):
    """Ready `stories` for teasers in a list of stories only: place labels in `locale`, and
    no kind label (it would say "Story" on every card of a list that holds nothing else)."""
    attach_place_labels(stories, locale)
    for story in stories:
        story.in_story_list = True
    return stories


def attach_place_labels(stories, locale):
    """Give each story its place label with country names in `locale` ("Juba, Yei and Bor,
    South Sudan; Kampala, Uganda"), translating all the countries in one query."""
    prefetch_related_objects(
        [story for story in stories if "places" not in getattr(story, "_prefetched_objects_cache", {})],
        places_prefetch(),
    )
    places = [place for story in stories for place in story.places.all()]
    countries = {
        country.translation_key: country
        for country in localized_snippets([place.country for place in places], locale)
    }
    language = locale.language_code
    for story in stories:
        towns_by_country = {}
        for place in story.places.all():
            country = countries[place.country.translation_key]
            towns_by_country.setdefault(country.name, []).append(place.town)
        story.place_label = join_groups(
            (
                join_items((list_towns(towns), country), language)
                for country, towns in towns_by_country.items()
            ),
            language,
        )
    return stories


def make_teaser_renditions(pages):
    """Create the teaser renditions `pages` lack, now rather than while rendering.

    A story page caches its related teasers across requests with their prefetched
    renditions; one first made while rendering would be missing from that cached list, and
    every later view would query for it again, once per teaser."""
    for page in pages:
        image = page.teaser_image()
        if image is None:
            continue
        try:
            image.get_renditions(*TEASER_RENDITIONS)
        except SourceImageIOError:
            logger.warning("Page %s: image file %s is missing", page.pk, image.file.name)


def list_towns(towns):
    """ "Juba, Yei and Bor" in the active language ("جوبا، يي وبور" in Arabic)."""
    towns = [town for town in towns if town]
    if len(towns) < 2:
        return "".join(towns)
    return _("%(towns)s and %(last)s") % {"towns": join_items(towns[:-1]), "last": towns[-1]}


# Filters of the story list that the site's search offers too (stories/apps.py).
THEME_FACET = TaxonomyFacet(param="theme", label=_("Theme"), field="themes", model=Theme)
YEAR_FACET = YearFacet(param="year", label=_("Year"), field="date")


class StoryIndexPage(RoutablePageMixin, AmaniPage):
    """The list of stories in one language, with filters and RSS/Atom feeds."""

    introduction = models.TextField(
        blank=True, max_length=500, help_text=_("A sentence or two shown above the list of stories.")
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage"]
    # One per language tree: max_count would forbid the translations.
    max_count_per_parent = 1

    per_page = 12
    feed_length = 20

    class Meta:
        verbose_name = _("story index")

    def teaser_text(self):
        return self.search_description or self.introduction

    def facets(self):
        return [
            THEME_FACET,
            TaxonomyFacet(param="country", label=_("Country"), field="places__country", model=Country),
            YEAR_FACET,
        ]

    def stories(self, request):
        """Live public stories for this page's language: its own first, then (if the site
        allows) English ones not yet translated. Newest first within each group."""
        locale = page_locale(request, self)
        # without_restricted: .public() as a subquery, not a query of its own.
        queryset = localised_pages(
            without_restricted(StoryPage.objects.live()), locale, list_untranslated(request)
        )
        return queryset.order_by("is_untranslated", "-date", "-pk")

    @path("")
    def index_view(self, request):
        listing = FacetedListing(self.stories(request), self.facets(), request.GET)
        page_obj = paginate(request, teaser_queryset(listing.results), self.per_page)
        prepare_teasers(page_obj.object_list, active_locale(request))
        note_listing(request, listing, page_obj)
        return self.render(
            request,
            context_overrides={"listing": listing, "facets": listing.facet_views(), "page_obj": page_obj},
        )

    @path("feed/", name="rss")
    def rss_view(self, request):
        from .feeds import StoryRssFeed

        return StoryRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_view(self, request):
        from .feeds import StoryAtomFeed

        return StoryAtomFeed(self)(request)

    def feed_items(self):
        """The newest stories written in this page's language (no fallbacks: a feed
        reader shows no language marks)."""
        return (
            StoryPage.objects.live().public().filter(locale=self.locale).select_related("hero_image")
        ).order_by("-date", "-pk")[: self.feed_length]


class StoryTag(TaggedItemBase):
    content_object = ParentalKey("stories.StoryPage", on_delete=models.CASCADE, related_name="tagged_items")


class StoryPage(AmaniPage):
    date = models.DateField(
        verbose_name=_("publication date"), help_text=_("The date the story is published under.")
    )
    event_start = models.DateField(
        null=True, blank=True, help_text=_("Optional: when the training, meeting or launch began.")
    )
    event_end = models.DateField(
        null=True, blank=True, help_text=_("Optional: its last day, if it lasted more than one.")
    )
    excerpt = models.TextField(
        max_length=300,
        help_text=_("The teaser in lists and shared links (at most 300 characters)."),
    )
    hero_image = optional_image(
        _("The main photo. Location data is removed on upload; check no one is put at risk.")
    )
    hero_caption = models.CharField(max_length=250, blank=True, help_text=_("Shown under the photo."))
    hero_alt = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("alternative text"),
        help_text=_(
            "What the photo shows, for readers who cannot see it. Translated with the story; "
            "leave empty to use the image's description."
        ),
    )
    hero_credit = models.CharField(max_length=120, blank=True, help_text=_("Photographer or source."))
    themes = ParentalManyToManyField(
        "home.Theme", blank=True, related_name="stories", help_text=_("Themes the story is about.")
    )
    partners = ParentalManyToManyField(
        "home.Partner", blank=True, related_name="stories", help_text=_("Organisations it was done with.")
    )
    tags = ClusterTaggableManager(
        through=StoryTag, blank=True, help_text=_("Free keywords, e.g. 'SASA Together', 'refugees'.")
    )
    body = SanitisedStreamField(
        StoryStreamBlock(), help_text=_("The story: text, photos, quotes, speakers, numbers.")
    )
    show_byline = models.BooleanField(
        default=False,
        help_text=_("Off by default: many people written about are at risk. Turn on only with consent."),
    )
    byline = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Author shown when the byline is on, e.g. 'Communications team'."),
    )
    featured = models.BooleanField(
        default=False,
        help_text=_("Shown first among the latest stories on the home page (a WordPress 'sticky' post)."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldRowPanel([FieldPanel("event_start"), FieldPanel("event_end")], heading=_("Event dates")),
        FieldPanel("excerpt"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt"),
                FieldPanel("hero_caption"),
                FieldPanel("hero_credit"),
            ],
            heading=_("Main photo"),
        ),
        FieldPanel("body"),
        InlinePanel(
            "places", label=_("Places"), help_text=_("Where it happened: town or district, country.")
        ),
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("partners"), FieldPanel("tags")], heading=_("Classification")
        ),
        InlinePanel(
            "related_stories",
            label=_("Related stories"),
            help_text=_("Leave empty to show stories that share a theme."),
        ),
        InlinePanel(
            "related_publications",
            label=_("Related publications"),
            help_text=_("Reports or magazine editions this story is about or draws on."),
        ),
        MultiFieldPanel([FieldPanel("show_byline"), FieldPanel("byline")], heading=_("Byline")),
        FieldPanel("featured"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("excerpt"),
        index.SearchField("body"),
        index.SearchField("byline"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("excerpt"),
        TranslatableField("hero_caption"),
        TranslatableField("hero_alt"),
        # "Photo: Peace Centre" reads "Photo : Centre pour la paix" in French.
        TranslatableField("hero_credit"),
        TranslatableField("body"),
        TranslatableField("byline"),
        SynchronizedField("date"),
        SynchronizedField("event_start"),
        SynchronizedField("event_end"),
        SynchronizedField("hero_image"),
        SynchronizedField("share_image"),
        SynchronizedField("themes"),
        SynchronizedField("partners"),
        SynchronizedField("tags"),
        # Each place's town is translated ("Djouba", "جوبا"); its country stays the same.
        TranslatableField("places"),
        SynchronizedField("related_stories"),
        SynchronizedField("related_publications"),
        SynchronizedField("show_byline"),
        SynchronizedField("featured"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    base_form_class = StoryPageForm
    route_select_related = ("locale", "hero_image", "share_image")

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def clean(self):
        super().clean()
        if self.event_start and self.event_end and self.event_end < self.event_start:
            raise ValidationError({"event_end": _("The event cannot end before it starts.")})

    # Listing and SEO hooks (see AmaniPage).
    def teaser_image(self):
        return self.hero_image

    def hero_alt_text(self):
        """The photo's alternative text in this story's language: the translated field,
        else the image's description (one text shared by every language)."""
        if self.hero_alt:
            return self.hero_alt
        return self.hero_image.description if self.hero_image else ""

    def teaser_date(self):
        return self.date

    def teaser_text(self):
        return self.excerpt

    def teaser_kind(self):
        """ "Story" where stories are listed among other things (search results); nothing in
        a list of stories only (see `prepare_teasers`)."""
        return "" if getattr(self, "in_story_list", False) else _("Story")

    def teaser_place(self):
        if not hasattr(self, "place_label"):
            attach_place_labels([self], self.locale)
        return self.place_label

    def meta_description(self):
        return self.search_description or self.excerpt

    @classmethod
    def teaser_prefetch(cls):
        return [places_prefetch()]

    def og_type(self):
        return "article"

    @classmethod
    def latest_for_home(cls, locale, count):
        """The newest `count` live stories written in `locale`, featured ones first, ready
        for teasers."""
        stories = list(
            teaser_queryset(without_restricted(cls.objects.live()).filter(locale=locale)).order_by(
                "-featured", "-date", "-pk"
            )[:count]
        )
        return prepare_teasers(stories, locale)

    def related(self, count=3, include_untranslated=False):
        """Up to `count` stories to read next, in this story's language.

        The editor's picks, in their order, each as translated into this language or else
        the original (its teaser says which language it is in); without picks, the newest
        stories sharing a theme, untranslated ones after translated ones if asked.
        """
        live = StoryPage.objects.live().public()
        picked = [
            link.story
            for link in self.related_stories.select_related("story")
            if link.story is not None and link.story.translation_key != self.translation_key
        ]
        if picked:
            keys = [story.translation_key for story in picked]
            candidates = teaser_queryset(
                live.filter(translation_key__in=keys).filter(
                    Q(locale=self.locale) | Q(pk__in=[story.pk for story in picked])
                )
            )
            by_key = {}
            for story in candidates:
                if story.translation_key not in by_key or story.locale_id == self.locale_id:
                    by_key[story.translation_key] = story
            stories = [by_key[key] for key in keys if key in by_key][:count]
        else:
            queryset = (
                localised_pages(live, self.locale, include_untranslated)
                .filter(themes__in=list(self.themes.all()))
                .exclude(translation_key=self.translation_key)
                .distinct()
                .order_by("is_untranslated", "-date", "-pk")
            )
            stories = list(teaser_queryset(queryset)[:count])
        return prepare_teasers(stories, self.locale)

    def related_publication_pages(self):
        """The picked publications in the editor's order: each as translated into this
        story's language, else the original (its teaser says which language it is in).
        Only live, public pages; their teasers' prefetches done."""
        ids = [link.publication_id for link in self.related_publications.all() if link.publication_id]
        if not ids:
            return []
        keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
        candidates = (
            Page.objects.live()
            .public()
            .filter(Q(pk__in=ids) | Q(translation_key__in=keys.values(), locale=self.locale))
            .specific()
            .select_related("locale", for_specific_subqueries=True)
        )
        by_key = {}
        for page in candidates:
            if page.translation_key not in by_key or page.locale_id == self.locale_id:
                by_key[page.translation_key] = page
        pages = [by_key[keys[pk]] for pk in ids if pk in keys and keys[pk] in by_key]
        by_class = {}
        for page in pages:
            by_class.setdefault(type(page), []).append(page)
        for model, instances in by_class.items():
            prefetch_related_objects(instances, *getattr(model, "teaser_prefetch", list)())
        return pages

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # A preview shows the editor's unsaved themes, partners and picks, never the
            # published story's cached ones (nor another new story's: both have no pk).
            context.update(self._surroundings(request))
        else:
            # Taxonomy, related pages and the index link change only when something is
            # published (or a snippet saved: see apps.py), which renews the chrome cache:
            # build them once per language.
            context.update(cached(request, f"story:{self.pk}", lambda: self._surroundings(request)))
        return context

    def _surroundings(self, request):
        locale = active_locale(request)
        attach_place_labels([self], locale)
        related_stories = self.related(include_untranslated=list_untranslated(request))
        related_publications = self.related_publication_pages()
        make_teaser_renditions([*related_stories, *related_publications])
        partners = localized_snippets(self.partners.all(), locale)
        for partner in partners:
            if partner.logo is not None:  # fetched now, so the cached partner holds it
                try:
                    partner.logo.get_rendition(PARTNER_LOGO_RENDITION)
                except SourceImageIOError:
                    logger.warning("Partner %s: logo file %s is missing", partner.pk, partner.logo.file.name)
        return {
            "themes": localized_snippets(self.themes.all(), locale),
            "partners": partners,
            "tags": [tag.name for tag in self.tags.all()],
            "related_stories": related_stories,
            "related_publications": related_publications,
            "story_index": StoryIndexPage.objects.filter(locale=locale).live().first(),
            "place_label": self.place_label,
        }


class StoryPlace(TranslatableMixin, Orderable):
    """A place the story happened in: its town is translated with the story, its country
    is the same in every translation (the country filter relies on it)."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="places")
    town = models.CharField(
        max_length=120, blank=True, help_text=_("Town, district or settlement, e.g. 'Adjumani'.")
    )
    country = models.ForeignKey(
        "home.Country",
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The country. Used by the country filter."),
    )

    translatable_fields = [TranslatableField("town"), SynchronizedField("country")]
    panels = [FieldPanel("town"), FieldPanel("country")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        unique_together = [("translation_key", "locale")]


class StoryRelatedStory(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_stories")
    story = models.ForeignKey(
        "stories.StoryPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A story readers of this one will want next."),
    )

    panels = [PageChooserPanel("story", page_type="stories.StoryPage")]


class StoryRelatedPublication(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_publications")
    publication = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A report or magazine edition."),
    )

    panels = [PageChooserPanel("publication", page_type=PUBLICATION_PAGE_TYPES)]

    def clean(self):
        """The chooser offers only publications; this also refuses a hand-made form."""
        super().clean()
        if self.publication_id is None:
            return
        label = self.publication.specific_class._meta.label_lower if self.publication.specific_class else ""
        if label not in {page_type.lower() for page_type in PUBLICATION_PAGE_TYPES}:
            raise ValidationError({"publication": _("Choose a report or a magazine edition.")})
