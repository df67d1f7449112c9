"""The import itself: a parsed WXR export in, pages, media and redirects out.

Order of work: attachments first (content refers to them), then pages (parents before
children, so the hierarchy can be rebuilt), then posts, each language's source before its
translations; redirects last, in bulk, once every new address is known.

Each item is written in its own transaction: one that fails is rolled back, counted and
reported, and the rest carry on. What each item became is kept in
`models.ImportedObject` with a digest of what was written, so a second run updates
what changed in WordPress, skips what did not, and never duplicates. A page changed in
Wagtail since it was imported (a revision by an editor) is left alone and reported.
"""

import csv
import datetime
import hashlib
import html
import json
import logging
import uuid
from collections import Counter
from dataclasses import dataclass
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Collection, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published

from home.models import HomePage, StandardPage
from home.snippets import Theme
from stories.models import StoryIndexPage, StoryPage

from .archives import CommentArchive, plan_archive_addresses
from .content import Converter, plain_text, truncate
from .indexing import deferred_indexing
from .languages import plan_languages
from .media import MediaError, MediaLibrary
from .models import ImportedObject
from .private_files import PRIVATE_COLLECTION, private_attachment_ids, private_collection
from .redirects import RedirectPlan
from .tree import TreeWriter

logger = logging.getLogger(__name__)

# Part of every item's digest: raise it when the conversion changes, so the next run
# rewrites every item instead of skipping the unchanged ones.
CONVERSION_VERSION = 2
PUBLISHED = {"publish", "private", "future"}
DRAFTS = {"draft", "pending"}
NOT_CONTENT = {"auto-draft", "inherit"}
# WordPress's catch-all category says nothing about a story.
IGNORED_CATEGORIES = {"uncategorized", "uncategorised", "non-classe", "sans-categorie"}
EXCERPT_MAX = StoryPage._meta.get_field("excerpt").max_length
INTRODUCTION_MAX = StandardPage._meta.get_field("introduction").max_length
WP_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
COMMIT_EVERY = 200
# Blocks stories have and standard pages lack (stories/blocks.py).
STORY_ONLY_BLOCKS = ("table", "preformatted", "gallery")


class ImportStopped(Exception):
    """Something that stops the whole import (no story index to import into...)."""


class ItemFailed(Exception):
    """One item cannot be imported; the message is the reason in the report."""


@dataclass
class Options:
    locale: str = ""
    media_dir: str | None = None
    skip_media: bool = False
    dry_run: bool = False
    parent: int | None = None
    pages_parent: int | None = None
    timeout: float = 15.0
    allow_hosts: tuple = ()
    # Page owners from WordPress authors, matched to existing users by email or username.
    authors_to_users: bool = False
    # Make again what was imported and then deleted in Wagtail.
    restore_deleted: bool = False
    comments_file: str | None = None
    # "password": a password-protected post keeps its password; "private": signed-in users only.
    password_protected: str = "password"


class Report:
    """Failures, skips worth explaining and warnings, one row each, written as CSV."""

    FIELDS = ["outcome", "kind", "wp_id", "title", "reason"]

    def __init__(self):
        self.rows = []

    def add(self, outcome, kind, item, reason):
        self.rows.append(
            {
                "outcome": outcome,
                "kind": kind,
                "wp_id": "" if item is None else item.wp_id,
                "title": "" if item is None else item.label,
                "reason": reason,
            }
        )

    def count(self, outcome):
        return sum(1 for row in self.rows if row["outcome"] == outcome)

    def write(self, path):
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=self.FIELDS)
            writer.writeheader()
            writer.writerows(self.rows)


def site_key(url):
    """A WordPress site's identity: its address without scheme, 'www.' or final slash."""
    parsed = urlparse(url if "://" in url else "//" + url)
    host = parsed.netloc.lower().removeprefix("www.")
    return (host + parsed.path.rstrip("/"))[:255] or "unknown-site"


def digest(values):
    data = json.dumps([CONVERSION_VERSION, values], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def parse_wp_date(text):
    try:
        return datetime.datetime.strptime((text or "").strip(), WP_DATE_FORMAT)
    except ValueError:
        return None  # empty, "0000-00-00 00:00:00" or not a date


def describe(error):
    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
    return f"{type(error).__name__}: {error}"


def theme_slug(slug):
    """An ASCII slug (Theme.slug allows no other) for a category's slug."""
    value = slugify(unquote(slug or ""))[:100]
    return value or ("theme-" + hashlib.sha1((slug or "").encode()).hexdigest()[:8])


def hierarchy_order(items):
    """`items` with every parent before its children (WordPress pages can nest)."""
    by_id = {item.wp_id: item for item in items}

    def depth(item):
        seen, level = set(), 0
        while item.post_parent in by_id and item.wp_id not in seen:
            seen.add(item.wp_id)
            item, level = by_id[item.post_parent], level + 1
        return level

    return sorted(items, key=lambda item: (depth(item), item.menu_order, item.wp_id or 0))


class Importer:
    def __init__(self, export, options, progress=None):
        self.export = export
        self.options = options
        self.progress = progress or (lambda label, done, total: None)
        self.tally = Counter()  # (kind, outcome) → count
        self.report = Report()
        self.source_site = site_key(export.site_url)
        self.redirects = RedirectPlan(export.site_url)
        self.stored_files = []  # storage names of new files, removed again after a dry run
        self.pages = {}  # (kind, wp id) → the page made from it
        self.records = {}
        self.category_themes = {}  # category slug → theme slug
        self.used_tags = set()
        self.kept_edited = []  # (title, page id) of pages left as an editor changed them
        self.owners = {}  # WordPress login → Wagtail user (or None)
        self.comments = CommentArchive()
        self.archive_dates = set()  # (year, month, day) of public posts
        self.public_posts = 0
        self.paged_posts = []  # (old address, number of pages, page) of posts split with <!--nextpage-->
        self._pending = []
        self._reset_caches()

    def _reset_caches(self):
        """Caches that may hold objects made inside an item's transaction: emptied when
        one is rolled back, and filled again from the database."""
        self.slugs = {}  # parent page pk → slugs of its children
        self.parents = {}
        self.themes = {}
        self.tags = {}
        self.tree = TreeWriter()
        self.__dict__.pop("_collection", None)
        self.__dict__.pop("_private_collection", None)

    # Running --------------------------------------------------------------------------
    def run(self):
        if not self.options.dry_run:
            with deferred_indexing() as self.index:
                self._run()
            return self
        try:
            with transaction.atomic():
                with deferred_indexing() as self.index:
                    self._run()
                transaction.set_rollback(True)
        finally:
            for name in self.stored_files:
                default_storage.delete(name)
        return self

    def _run(self):
        self.locale = self.locale_for(self.options.locale or Locale.get_default().language_code)
        if self.locale is None:
            raise ImportStopped(f"'{self.options.locale}' is not one of the site's languages.")
        self.site = Site.objects.filter(is_default_site=True).first()
        self.records = {
            (record.kind, record.wp_id): record
            for record in ImportedObject.objects.filter(source_site=self.source_site)
        }
        items = self.export.items
        attachments = [item for item in items if item.post_type == "attachment"]
        pages = [item for item in items if item.post_type == "page"]
        posts = [item for item in items if item.post_type == "post"]
        others = Counter(
            item.post_type or "?" for item in items if item.post_type not in ("attachment", "page", "post")
        )
        for post_type, count in sorted(others.items()):
            self.tally[("other", "skipped")] += count
            self.report.add(
                "skipped", post_type, None, f"{count} item(s) of type '{post_type}' are not imported"
            )
        site_codes = [code for code, _name in settings.LANGUAGES]
        self.plan = plan_languages(pages + posts, self.locale.language_code, site_codes)
        for item in pages + posts:
            if item.wp_id in self.plan.problems:
                self.report.add("warning", item.post_type, item, self.plan.problems[item.wp_id])

        # Where things go must exist before anything is written.
        if posts:
            self.story_index(self.locale)
        if pages:
            self.pages_root(self.locale)

        self.media = MediaLibrary(
            attachments, self.options.media_dir, self.options.timeout, self.options.allow_hosts
        )
        self.restricted_paths = set(PageViewRestriction.objects.values_list("page__path", flat=True))
        self.private_files = self.attachments_of_restricted_items(pages + posts)
        if self.private_files:
            self.private_collection()  # its restriction is checked on every run
        self.load_imported_media()
        if self.options.skip_media:
            self.tally[("attachment", "skipped")] += len(attachments)
        else:
            self.each("attachment", attachments, self.import_attachment)

        self.each("page", self.sources_then_translations(hierarchy_order(pages)), self.import_page)
        self.each("post", self.sources_then_translations(posts), self.import_post)
        for item in attachments:  # after the posts: an image's old page leads to its post
            if item.wp_id in self.media.objects:
                self.plan_attachment_redirects(item, self.media.objects[item.wp_id])
        self.plan_archive_redirects()
        if self.site is None:
            self.report.add("warning", "redirect", None, "no default site: no redirects were made")
        else:
            created, updated, unchanged = self.redirects.save(self.site)
            self.tally[("redirect", "created")] += created
            self.tally[("redirect", "updated")] += updated
            self.tally[("redirect", "skipped")] += unchanged
        for path in self.redirects.refused:
            self.report.add("warning", "redirect", None, f"old address longer than 255 characters: {path}")
        if self.comments.left_out:
            self.report.add(
                "left out", "comment", None, f"{self.comments.left_out} comment(s) marked spam or in the bin"
            )
        for item in posts:
            if item.sticky and (("post", item.wp_id) in self.pages):
                self.report.add(
                    "featured", "post", item, "sticky in WordPress: featured first on the home page"
                )

    def sources_then_translations(self, items):
        return [i for i in items if not self.plan.is_translation(i)] + [
            i for i in items if self.plan.is_translation(i)
        ]

    def each(self, kind, items, handler):
        """Run `handler` on each item in its own savepoint, counting the outcomes.

        Items are committed in batches: one commit per item would make the database
        flush to disk 10,000 times for 10,000 posts. A failed item is rolled back to its
        savepoint alone; an interrupted import loses at most one batch, which the next
        run redoes."""
        total = len(items)
        for start in range(0, total, COMMIT_EVERY):
            with transaction.atomic():
                for done, item in enumerate(items[start : start + COMMIT_EVERY], start + 1):
                    self.one(kind, item, handler)
                    self.progress(kind, done, total)

    def one(self, kind, item, handler):
        self._pending = []
        try:
            with transaction.atomic():
                outcome = handler(item)
        except ImportStopped:
            raise
        except ItemFailed as error:
            self.fail(kind, item, str(error))
            logger.info("WordPress %s %s not imported: %s", kind, item.wp_id, error)
        except Exception as error:  # one bad item must not stop the others
            # The report says why; the traceback is for --verbosity 3.
            logger.debug("WordPress %s %s failed", kind, item.wp_id, exc_info=True)
            self.fail(kind, item, describe(error))
        else:
            for apply in self._pending:
                apply()
            self.tally[(kind, outcome)] += 1

    def fail(self, kind, item, reason):
        self.tally[(kind, "failed")] += 1
        self.report.add("failed", kind, item, reason)
        self._reset_caches()

    def later(self, apply):
        """Keep `apply` until the item's transaction has committed."""
        self._pending.append(apply)

    # Locales and parents -------------------------------------------------------------
    def locale_for(self, code):
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None and code in [c for c, _name in settings.LANGUAGES]:
            locale = Locale.objects.create(language_code=code)
        return locale

    def item_locale(self, item):
        code = self.plan.language_of(item)
        if code == self.locale.language_code:
            return self.locale
        locale = self.locale_for(code)
        if locale is None:  # not reachable: the plan only keeps the site's languages
            raise ItemFailed(f"no locale for '{code}'")
        return locale

    def translation_of(self, page, locale):
        """`page` in `locale`: its translation, or a draft copy made to hold translated
        children (the report asks for it to be translated and published)."""
        if page.locale_id == locale.pk:
            return page
        key = (page.pk, locale.pk)
        if key not in self.parents:
            translation = page.get_translation_or_none(locale)
            if translation is None:
                translation = page.specific.copy_for_translation(locale, copy_parents=True)
                self.index.touch(translation.specific)
                self.report.add(
                    "warning",
                    "page",
                    None,
                    f"made a draft {locale.language_code} copy of '{page.title}' (page {translation.pk}) "
                    "to hold translations; translate and publish it",
                )
            self.parents[key] = translation.specific
        return self.parents[key]

    def story_index(self, locale):
        key = ("story-index", locale.pk)
        if key not in self.parents:
            if locale.pk != self.locale.pk:
                self.parents[key] = self.translation_of(self.story_index(self.locale), locale)
            elif self.options.parent:
                self.parents[key] = StoryIndexPage.objects.get(pk=self.options.parent)
            else:
                index = StoryIndexPage.objects.filter(locale=locale).order_by("path").first()
                if index is None:
                    raise ImportStopped(
                        f"There is no story index in {locale.language_code} to import posts into: "
                        "create one, or name it with --parent."
                    )
                self.parents[key] = index
        return self.parents[key]

    def pages_root(self, locale):
        key = ("pages-root", locale.pk)
        if key not in self.parents:
            if locale.pk != self.locale.pk:
                self.parents[key] = self.translation_of(self.pages_root(self.locale), locale)
            elif self.options.pages_parent:
                self.parents[key] = Page.objects.get(pk=self.options.pages_parent).specific
            else:
                home = HomePage.objects.filter(locale=locale).order_by("path").first()
                if home is None:
                    raise ImportStopped(
                        f"There is no home page in {locale.language_code} to import pages under."
                    )
                self.parents[key] = home
        return self.parents[key]

    def parent_for(self, item, kind, locale, source_page):
        if kind == "post":
            if source_page is not None:
                return self.translation_of(source_page.get_parent(), locale)
            return self.story_index(locale)
        parent = self.pages.get(("page", item.post_parent)) if item.post_parent else None
        if parent is not None and parent.locale_id == locale.pk:
            return parent
        if parent is not None:
            return self.translation_of(parent, locale)
        if source_page is not None:
            return self.translation_of(source_page.get_parent(), locale)
        return self.pages_root(locale)

    def unique_slug(self, parent, slug, page=None):
        """`slug`, or `slug-2`, `slug-3`... if a sibling has it."""
        if parent.pk not in self.slugs:
            self.slugs[parent.pk] = set(parent.get_children().values_list("slug", flat=True))
        taken = self.slugs[parent.pk] - ({page.slug} if page is not None else set())
        candidate, number = slug, 1
        while candidate in taken:
            number += 1
            candidate = f"{slug[: 250 - len(str(number))]}-{number}"
        self.slugs[parent.pk].add(candidate)
        return candidate

    # Field values --------------------------------------------------------------------
    def title_of(self, item):
        title = html.unescape(item.title).strip()
        if not title:
            words = plain_text(item.content).split()
            if not words:
                raise ItemFailed("no title and no content")
            title = truncate(" ".join(words[:10]), 80)
        return title[:255]

    def slug_of(self, item, kind, title):
        slug = slugify(unquote(item.post_name), allow_unicode=True)[:240]
        return slug or slugify(title, allow_unicode=True)[:240] or f"{kind}-{item.wp_id}"

    def dates_of(self, item, status):
        """(date shown, first published at) from wp:post_date and wp:post_date_gmt."""
        local, gmt = parse_wp_date(item.post_date), parse_wp_date(item.post_date_gmt)
        if local is None and gmt is None:
            if status in DRAFTS:
                now = timezone.now()
                return timezone.localdate(now), None
            raise ItemFailed(f"invalid date '{item.post_date}'")
        moment = gmt.replace(tzinfo=datetime.UTC) if gmt else timezone.make_aware(local)
        return (local or timezone.localtime(moment)).date(), moment

    def convert(self, item, kind, locale):
        converter = Converter(
            self.media,
            self.export.site_url,
            self.media.children.get(item.wp_id, ()),
            blocks=STORY_ONLY_BLOCKS if kind == "post" else (),
            rtl=locale.language_code.split("-")[0] in settings.LANGUAGES_BIDI,
        )
        blocks = converter.convert(item.content)
        for src in converter.missing_images:
            self.report.add("warning", kind, item, f"image left out, its file was not imported: {src}")
        for what, why in converter.dropped:
            self.report.add("left out", kind, item, f"{what}: {why}")
        return blocks

    def themes_of(self, item, locale):
        themes = []
        for term in item.terms_of("category"):
            if not term.slug or term.slug.lower() in IGNORED_CATEGORIES:
                continue
            slug = theme_slug(term.slug)
            info = self.export.categories.get(term.slug)
            name = html.unescape(term.name or (info.name if info else "") or slug)[:100]
            key = (slug, locale.pk)
            if key not in self.themes:
                theme = Theme.objects.filter(slug=slug, locale=locale).first()
                if theme is None:
                    # The same slug in another language is the same theme (slugs are synchronised).
                    other = Theme.objects.filter(slug=slug).first()
                    theme = Theme(name=name, slug=slug, locale=locale)
                    if other is not None:
                        theme.translation_key = other.translation_key
                    theme.save()
                    self.index.touch(theme)
                self.themes[key] = theme
            themes.append(self.themes[key])
            self.category_themes.setdefault(term.slug, slug)
        return list({theme.pk: theme for theme in themes}.values())

    def tags_of(self, item):
        names = [html.unescape(term.name or term.slug).strip()[:100] for term in item.terms_of("post_tag")]
        for term in item.terms_of("post_tag"):
            self.used_tags.add(term.slug)
        return sorted({name for name in names if name})

    def tag_objects(self, names):
        """Tags by name, found or made once per import rather than once per post."""
        missing = [name for name in names if name not in self.tags]
        if missing:
            self.tags.update({tag.name: tag for tag in Tag.objects.filter(name__in=missing)})
            for name in missing:
                if name not in self.tags:
                    self.tags[name] = Tag.objects.create(name=name)
        return [self.tags[name] for name in names]

    # Authors ---------------------------------------------------------------------------
    def author_name(self, item):
        """The name the author gave WordPress to show (wp:author's display name), else the
        login in dc:creator. Stories keep it as their byline, shown only if an editor
        turns the byline on."""
        author = self.export.authors.get(item.creator)
        return author.name if author is not None else item.creator

    def owner_for(self, item):
        """The Wagtail user with the author's email address or login, with
        --authors-to-users; never a new account."""
        if not self.options.authors_to_users or not item.creator:
            return None
        if item.creator not in self.owners:
            author = self.export.authors.get(item.creator)
            users = get_user_model().objects.filter(is_active=True)
            user = None
            if author is not None and author.email:
                user = users.filter(email__iexact=author.email).first()
            if user is None:
                user = users.filter(**{get_user_model().USERNAME_FIELD: item.creator}).first()
            if user is None:
                self.report.add(
                    "warning",
                    "author",
                    None,
                    f"no Wagtail user for WordPress author '{item.creator}': pages have no owner",
                )
            self.owners[item.creator] = user
        return self.owners[item.creator]

    def image_from_meta(self, item, kind):
        thumbnail = item.meta.get("_thumbnail_id", "").strip()
        if not thumbnail.isdigit():
            return None
        image_id = self.media.image_id(int(thumbnail))
        if image_id is None:
            self.report.add(
                "warning", kind, item, f"featured image (attachment {thumbnail}) was not imported"
            )
        return image_id

    # Pages and posts -------------------------------------------------------------------
    def import_post(self, item):
        return self.import_item(item, "post")

    def import_page(self, item):
        return self.import_item(item, "page")

    def import_item(self, item, kind):
        if item.wp_id is None:
            raise ItemFailed("no wp:post_id")
        status = item.status or "draft"
        record = self.records.get((kind, item.wp_id))
        page = self.existing_page(record)
        if status == "trash" or status in NOT_CONTENT:
            return self.skip_removed(item, kind, status, page)
        if page is None and self.deleted_in_wagtail(record):
            return self.skip_deleted(kind, item, record)
        if status not in PUBLISHED | DRAFTS:
            raise ItemFailed(f"unknown status '{status}'")
        locale = self.item_locale(item)
        source_page = None
        if self.plan.is_translation(item):
            source_page = self.pages.get((kind, self.plan.source_of[item.wp_id]))
            if source_page is None:
                self.report.add(
                    "warning", kind, item, "its source was not imported: imported without a translation link"
                )
        parent = self.parent_for(item, kind, locale, source_page)
        title = self.title_of(item)
        date, published_at = self.dates_of(item, status)
        values = self.values_for(item, kind, title, date, locale)
        go_live_at = (
            published_at if status == "future" and published_at and published_at > timezone.now() else None
        )
        restriction = self.restriction_for(item, status)
        checksum = digest(
            {
                **{name: value for name, value in values.items() if name not in ("themes",)},
                "themes": sorted(theme.pk for theme in values.get("themes", [])),
                "status": status,
                "restriction": restriction,
                "go_live_at": go_live_at,
                "parent": parent.pk,
                "locale": locale.language_code,
                "source": source_page.pk if source_page else None,
            }
        )
        if page is not None and record.checksum == checksum:
            self.later(lambda: self.keep(kind, item, page))
            return "skipped"
        if page is not None and self.edited_in_wagtail(page, record):
            self.report.add(
                "skipped",
                kind,
                item,
                f"page {page.pk} was changed in Wagtail since the import; left as it is",
            )
            self.later(lambda: self.keep(kind, item, page))
            self.later(lambda: self.kept_edited.append((page.title, page.pk)))
            return "skipped"
        if page is None and source_page is not None:
            taken = Page.objects.filter(translation_key=source_page.translation_key, locale=locale).first()
            if taken is not None:
                raise ItemFailed(
                    f"page {source_page.pk} already has a {locale.language_code} translation "
                    f"(page {taken.pk}, made in Wagtail); it was not overwritten"
                )
        model = StoryPage if kind == "post" else StandardPage
        tags = values.pop("tags", None)
        themes = values.pop("themes", None)
        if page is None:
            page = model(
                locale=locale, live=False, first_published_at=published_at if status in PUBLISHED else None
            )
            page.translation_key = source_page.translation_key if source_page is not None else uuid.uuid4()
            page.owner = self.owner_for(item)
            self.assign(page, values, themes, tags)
            page.slug = self.unique_slug(parent, values["slug"])
            page.go_live_at = go_live_at
            if status in ("publish", "private") or (status == "future" and go_live_at is None):
                self.create_published(parent, page, lambda: self.restrict(kind, item, page, restriction))
            else:
                self.tree.add_child(parent, page)
                self.restrict(kind, item, page, restriction)
                log(instance=page, action="wagtail.create", content_changed=True)
                self.apply_status(page, status, clean=False)
            outcome = "created"
        else:
            self.assign(page, values, themes, tags)
            page.slug = self.unique_slug(page.get_parent(), values["slug"], page)
            page.go_live_at = go_live_at
            self.restrict(kind, item, page, restriction)
            self.apply_status(page, status, clean=True)
            outcome = "updated"
        self.remember(kind, item, page, checksum, record)
        return outcome

    def values_for(self, item, kind, title, date, locale):
        slug = self.slug_of(item, kind, title)
        body = self.convert(item, kind, locale)
        excerpt_source = plain_text(item.excerpt) or plain_text(item.content)
        if kind == "post":
            excerpt = truncate(excerpt_source, EXCERPT_MAX) or title[:EXCERPT_MAX]
            if not body:  # a story needs a body; the excerpt is all there is
                body = [{"type": "paragraph", "value": f"<p>{html.escape(excerpt)}</p>"}]
            return {
                "title": title,
                "slug": slug,
                "date": date,
                "excerpt": excerpt,
                "body": body,
                "hero_image_id": self.image_from_meta(item, kind),
                "byline": self.author_name(item)[:200],
                "featured": item.sticky,
                "themes": self.themes_of(item, locale),
                "tags": self.tags_of(item),
            }
        return {
            "title": title,
            "slug": slug,
            "introduction": truncate(plain_text(item.excerpt), INTRODUCTION_MAX),
            "body": body,
            "share_image_id": self.image_from_meta(item, kind),
        }

    def assign(self, page, values, themes, tags):
        for name, value in values.items():
            if name != "slug":
                setattr(page, name, value)
        page.draft_title = page.title
        if themes is not None:
            page.themes = themes
        if tags is not None:
            page.tags.set(self.tag_objects(tags))

    def create_published(self, parent, page, restrict):
        """A new page, live from the start, in three writes instead of Wagtail's publish
        cycle (save, revision, then publish: load the revision, clean and save again).

        The result is what publishing leaves: live, a revision that is both latest and
        live, publication dates, a "publish" entry in the page's history and the
        page_published signal (which renews the site's caches). `restrict` puts the
        page's view restriction on while it is still a draft: it is never live and open."""
        now = timezone.now()
        # Saved first as a draft without Wagtail's clean: the importer made title and slug
        # valid and truncated every field to its length (see tree.py).
        page.live = False
        self.tree.add_child(parent, page)
        restrict()
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = now
        revision = page.save_revision(clean=False)
        Page.objects.filter(pk=page.pk).update(
            live=True,
            live_revision=revision,
            has_unpublished_changes=False,
            first_published_at=page.first_published_at,
            last_published_at=now,
        )
        page.live_revision, page.has_unpublished_changes = revision, False
        log(instance=page, action="wagtail.publish", revision=revision, content_changed=True)
        page_published.send(sender=page.specific_class, instance=page, revision=revision)

    def apply_status(self, page, status, clean):
        if status in DRAFTS:
            page.save_revision(clean=clean)
            if page.live:
                page.unpublish()
        else:
            page.save_revision(clean=clean).publish()

    # View restrictions -----------------------------------------------------------------
    def restriction_for(self, item, status):
        """(restriction type, password) an item's page needs, or None for a public one.

        A private post is for signed-in users; a password-protected one keeps its
        password (or, if the operator asks, becomes private)."""
        if status == "private":
            return (PageViewRestriction.LOGIN, "")
        if item.password:
            if self.options.password_protected == "private":
                return (PageViewRestriction.LOGIN, "")
            return (PageViewRestriction.PASSWORD, item.password[:255])
        return None

    def restrict(self, kind, item, page, restriction):
        """Give `page` the restriction its item needs. A restriction is never lifted: a
        post made public again in WordPress stays restricted until an editor decides."""
        existing = {r.restriction_type: r for r in PageViewRestriction.objects.filter(page=page)}
        if restriction is None:
            if {PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD} & set(existing):
                self.report.add(
                    "warning",
                    kind,
                    item,
                    f"no longer private or password-protected in WordPress; page {page.pk} stays "
                    "restricted: lift the restriction in Wagtail (Privacy) if it should be public",
                )
            return
        restriction_type, password = restriction
        current = existing.get(restriction_type)
        if current is None:
            PageViewRestriction.objects.create(
                page=page, restriction_type=restriction_type, password=password
            )
        elif current.password != password:
            current.password = password
            current.save(update_fields=["password"])
        self.restricted_paths.add(page.path)
        if restriction_type == PageViewRestriction.PASSWORD:
            reason = "password-protected in WordPress: the page asks for the same password"
        elif item.password:
            reason = "password-protected in WordPress: imported private (signed-in users only), as asked"
        else:
            reason = "private in WordPress: the page is for signed-in users only"
        self.report.add(
            "restricted", kind, item, reason + "; it is left out of lists, feeds, the sitemap and search"
        )

    def is_restricted(self, page):
        """Whether `page` or a page above it has a view restriction."""
        return any(page.path.startswith(path) for path in self.restricted_paths)

    def attachments_of_restricted_items(self, items):
        """The attachments that only restricted pages and posts use: private or
        password-protected in WordPress (or below such a page), or restricted in Wagtail
        since an earlier run (a restriction is never lifted here)."""
        if not self.media.items:
            return set()
        imported = {
            record.object_id: wp_id
            for (kind, wp_id), record in self.records.items()
            if kind in ("post", "page") and record.object_id
        }
        restricted_pages = set()
        if self.restricted_paths and imported:
            under_restriction = Q()
            for path in self.restricted_paths:
                under_restriction |= Q(path__startswith=path)
            restricted_pages = {
                imported[pk]
                for pk in Page.objects.filter(under_restriction).values_list("pk", flat=True).iterator()
                if pk in imported
            }
        wp_pages = {item.wp_id: item for item in items if item.post_type == "page"}

        def restricted(item):
            seen = set()
            while item is not None and item.wp_id not in seen:
                if item.wp_id in restricted_pages or self.restriction_for(item, item.status) is not None:
                    return True
                seen.add(item.wp_id)
                item = wp_pages.get(item.post_parent) if item.post_type == "page" else None
            return False

        def public(item):
            return item.status in ("publish", "future")

        return private_attachment_ids(items, self.media, restricted, public)

    def deleted_in_wagtail(self, record):
        """Whether an earlier run made the object and someone has deleted it since."""
        return record is not None and record.object_id is not None and not self.options.restore_deleted

    def skip_deleted(self, kind, item, record):
        self.report.add(
            "skipped",
            kind,
            item,
            f"deleted in Wagtail after an earlier import (was {kind} object {record.object_id}); "
            "not made again (--restore-deleted makes it again)",
        )
        return "skipped"

    def existing_page(self, record):
        if record is None or record.object_id is None:
            return None
        page = record.content_object
        return page.specific if page is not None else None

    def edited_in_wagtail(self, page, record):
        latest = page.get_latest_revision()
        return latest is not None and latest.user_id is not None and latest.created_at > record.imported_at

    def skip_removed(self, item, kind, status, page):
        if status == "trash":
            if page is not None and page.live:
                page.unpublish()
                self.report.add("updated", kind, item, f"in WordPress's bin: page {page.pk} unpublished")
                return "updated"
            self.report.add("skipped", kind, item, "in WordPress's bin")
        return "skipped"

    def remember(self, kind, item, obj, checksum, record):
        record = record or ImportedObject(source_site=self.source_site, kind=kind, wp_id=item.wp_id)
        record.title = item.label[:255]
        record.content_type = ContentType.objects.get_for_model(obj)
        record.object_id = obj.pk
        record.checksum = checksum
        record.save()

        def apply():
            self.index.touch(obj)
            self.records[(kind, item.wp_id)] = record
            if kind == "attachment":
                self.media.objects[item.wp_id] = obj
            else:
                self.keep(kind, item, obj)

        self.later(apply)

    def keep(self, kind, item, page):
        """Note where an item's page is, for its children, translations, redirects and
        archive addresses, and keep its comments for the archive."""
        self.pages[(kind, item.wp_id)] = page
        self.plan_item_redirects(item, kind, page)
        kept = self.comments.add(item, page)
        if kept:
            where = (
                f"kept in {self.options.comments_file} for editors"
                if self.options.comments_file
                else "not kept (no comments file was asked for)"
            )
            self.report.add("archived", kind, item, f"{kept} comment(s) {where}; the site shows no comments")
        if kind == "post" and item.status == "publish" and not self.is_restricted(page):
            self.public_posts += 1
            date = parse_wp_date(item.post_date)
            if date is not None:
                self.archive_dates.add((date.year, date.month, date.day))
            pages = item.content.count("<!--nextpage-->") + 1
            if pages > 1:
                self.paged_posts.append((item.link, pages, page))

    # Attachments -----------------------------------------------------------------------
    def load_imported_media(self):
        """Images and documents made by earlier runs, so content finds them even with
        --skip-media, and unchanged attachments are not fetched again."""
        records = [record for (kind, _id), record in self.records.items() if kind == "attachment"]
        by_type = {}
        for record in records:
            if record.content_type_id and record.object_id:
                by_type.setdefault(record.content_type_id, []).append(record)
        for content_type_id, group in by_type.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            objects = model.objects.in_bulk([record.object_id for record in group])
            for record in group:
                if record.object_id in objects:
                    self.media.objects[record.wp_id] = objects[record.object_id]

    def import_attachment(self, item):
        if item.wp_id is None:
            raise ItemFailed("no wp:post_id")
        record = self.records.get(("attachment", item.wp_id))
        existing = self.media.objects.get(item.wp_id)
        private = item.wp_id in self.private_files
        source = self.media.relative_path(item) or item.attachment_url
        checksum = digest(
            {
                "source": source,
                "title": item.title,
                "alt": item.meta.get("_wp_attachment_image_alt", ""),
                "caption": item.excerpt,
                "private": private,
            }
        )
        if existing is not None and record is not None and record.checksum == checksum:
            return "skipped"
        if existing is None and self.deleted_in_wagtail(record):
            return self.skip_deleted("attachment", item, record)
        if self.media.kind_of(item) is None:
            self.report.add(
                "skipped", "attachment", item, f"file type not accepted: {self.media.file_name(item) or '?'}"
            )
            return "skipped"
        collection = self.private_collection() if private else self.collection()
        try:
            data = self.media.read(item)
        except MediaError as error:
            if existing is None:
                raise ItemFailed(f"file missing: {error}") from None
            # Keep what an earlier run stored; a document still moves out of public reach.
            self.report.add("warning", "attachment", item, f"file not refreshed: {error}")
            if (
                private
                and isinstance(existing, get_document_model())
                and existing.collection_id != collection.pk
            ):
                existing.collection = collection
                existing.save(update_fields=["collection"])
                self.report_private(item, existing)
                return "updated"
            return "skipped"
        old_file = existing.file.name if existing is not None else None
        try:
            obj = self.media.store(item, data, existing, collection=collection, private=private)
        except MediaError as error:
            raise ItemFailed(str(error)) from None
        self.stored_files.append(obj.file.name)
        if existing is not None:
            self.forget_old_file(obj, old_file)
        if private:
            self.report_private(item, obj)
        self.remember("attachment", item, obj, checksum, record)
        return "created" if existing is None else "updated"

    def forget_old_file(self, obj, old_file):
        """A refreshed file's old copy and renditions go, once the import has committed:
        left behind, they would still answer at their old addresses."""
        if hasattr(obj, "renditions"):
            obj.renditions.all().delete()  # Wagtail deletes their files after the commit
        if old_file and old_file != obj.file.name:
            transaction.on_commit(lambda: default_storage.delete(old_file))

    def report_private(self, item, obj):
        if isinstance(obj, get_document_model()):
            reason = "only signed-in users can download it"
        else:
            reason = (
                "Wagtail does not check who fetches image files: the image is stored under a "
                "random name, which cannot be guessed from its WordPress address, but anyone "
                "given its address can see it"
            )
        self.report.add(
            "restricted",
            "attachment",
            item,
            f"used only by private or password-protected posts: in the collection "
            f"'{self.private_collection().name}'; {reason}",
        )

    def collection(self):
        """The collection imported files go in, named after the WordPress site."""
        if not hasattr(self, "_collection"):
            name = f"WordPress: {self.source_site}"[:255]
            root = Collection.get_first_root_node()
            self._collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
        return self._collection

    def private_collection(self):
        """The collection, inside the site's, for files of restricted posts: signed-in
        users only (private_files.py)."""
        if not hasattr(self, "_private_collection"):
            self._private_collection, restored = private_collection(self.collection())
            if restored:
                self.report.add(
                    "warning",
                    "attachment",
                    None,
                    f"the collection '{PRIVATE_COLLECTION}' had no privacy setting: it is for "
                    "signed-in users again",
                )
        return self._private_collection

    # Redirects -------------------------------------------------------------------------
    def plan_item_redirects(self, item, kind, page):
        old = [item.link, f"?p={item.wp_id}"] + ([f"?page_id={item.wp_id}"] if kind == "page" else [])
        if self.is_restricted(page):
            # A redirect would tell anyone the page's address (and its slug, often its
            # title); the old addresses answer 404, as WordPress's did for a private post.
            for path in old:
                self.redirects.withdraw(path)
            return
        if item.status not in PUBLISHED:
            return  # a draft had no public address
        self.redirects.add(item.link, page)
        self.redirects.add(f"?p={item.wp_id}", page)
        if kind == "page":
            self.redirects.add(f"?page_id={item.wp_id}", page)

    def plan_attachment_redirects(self, item, obj):
        file_url = obj.url if isinstance(obj, get_document_model()) else obj.file.url
        holder = self.pages.get(("post", item.post_parent)) or self.pages.get(("page", item.post_parent))
        if item.wp_id in self.private_files or (holder is not None and self.is_restricted(holder)):
            for path in (item.link, f"?attachment_id={item.wp_id}", item.attachment_url):
                self.redirects.withdraw(path)
            return  # the file of a restricted page is not pointed to either
        page_target = holder if holder is not None and self.media.kind_of(item) == "image" else file_url
        self.redirects.add(item.link, page_target)
        self.redirects.add(f"?attachment_id={item.wp_id}", page_target)
        if item.attachment_url:
            self.redirects.add(item.attachment_url, file_url)

    def plan_archive_redirects(self):
        """Category and tag archives → the story list (by theme for categories); feed,
        date, author and paging archives → the feeds and the (filtered) story list."""
        try:
            index = self.story_index(self.locale)
        except ImportStopped:
            return
        base_url = index.url
        if not base_url:
            return
        plan_archive_addresses(self, base_url)
        for category, slug in self.category_themes.items():
            path = [category]
            info = self.export.categories.get(category)
            while info is not None and info.parent and info.parent not in path:
                path.insert(0, info.parent)
                info = self.export.categories.get(info.parent)
            self.redirects.add(self.redirects.archive_path("category", *path), f"{base_url}?theme={slug}")
            if len(path) > 1:
                self.redirects.add(
                    self.redirects.archive_path("category", category), f"{base_url}?theme={slug}"
                )
        for tag in self.used_tags:
            if tag:
                self.redirects.add(self.redirects.archive_path("tag", tag), base_url)
                self.redirects.add(f"?tag={tag}", base_url)
