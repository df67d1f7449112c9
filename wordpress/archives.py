"""What WordPress had around its posts: readers' comments and archive addresses.

Comments are not shown on Amani (it has none), but they are part of an organisation's
record: they are written to a CSV file for editors, one row per comment, with the page its
post became. Email and IP addresses are not written (they identify readers and nobody
needs them to read a comment); spam and the bin are left out and counted.

WordPress answers many addresses that are not a post: feeds, date, author and paging
archives, category ids, the second page of a split post. Each gets a redirect to the
nearest page Amani has: the stories feeds, the story list (filtered by year or theme), or
the post itself.
"""

import csv
import html

from .content import plain_text

KEPT_STATUSES = {"1": "approved", "0": "held for moderation"}
COMMENT_FIELDS = [
    "post_wp_id",
    "post_title",
    "page_id",
    "page_url",
    "comment_id",
    "reply_to",
    "author",
    "date_gmt",
    "status",
    "type",
    "text",
]
PAGING_LIMIT = 200  # /page/N/ redirects made at most (WordPress lists 10 posts a page)


class CommentArchive:
    def __init__(self):
        self.rows = []
        self.left_out = 0

    def add(self, item, page):
        kept = 0
        for comment in item.comments:
            status = KEPT_STATUSES.get(comment.approved)
            if status is None:  # spam, trash
                self.left_out += 1
                continue
            kept += 1
            self.rows.append(
                {
                    "post_wp_id": item.wp_id,
                    "post_title": html.unescape(item.title),
                    "page_id": page.pk,
                    "page_url": page.url or "",
                    "comment_id": comment.wp_id,
                    "reply_to": comment.parent or "",
                    "author": comment.author,
                    "date_gmt": comment.date_gmt,
                    "status": status,
                    "type": comment.comment_type or "comment",
                    "text": plain_text(comment.content),
                }
            )
        return kept

    def write(self, path):
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COMMENT_FIELDS)
            writer.writeheader()
            writer.writerows(self.rows)


def plan_archive_addresses(importer, list_url):
    """Redirects for WordPress's archive addresses, to the story list at `list_url`."""
    plan = importer.redirects
    feed, atom = f"{list_url}feed/", f"{list_url}atom/"
    for old in ("feed", "feed/rss2", "feed/rss", "feed/rdf", "rss", "comments/feed"):
        plan.add(plan.archive_path(*old.split("/")), feed)
    plan.add(plan.archive_path("feed", "atom"), atom)
    for value, target in (("rss2", feed), ("rss", feed), ("atom", atom), ("comments-rss2", feed)):
        plan.add(f"?feed={value}", target)
    years = set()
    for year, month, day in importer.archive_dates:
        target = f"{list_url}?year={year}"
        years.add(year)
        plan.add(plan.archive_path(f"{year:04d}", f"{month:02d}"), target)
        plan.add(plan.archive_path(f"{year:04d}", f"{month:02d}", f"{day:02d}"), target)
        plan.add(f"?m={year:04d}{month:02d}", target)
    for year in years:
        plan.add(plan.archive_path(f"{year:04d}"), f"{list_url}?year={year}")
        plan.add(f"?m={year:04d}", f"{list_url}?year={year}")
    for author in importer.export.authors.values():
        plan.add(plan.archive_path("author", author.login), list_url)
        plan.add(plan.archive_path("author", author.login, "feed"), feed)
        if author.wp_id:
            plan.add(f"?author={author.wp_id}", list_url)
    pages = min(PAGING_LIMIT, (importer.public_posts + 9) // 10)
    for number in range(2, pages + 1):
        plan.add(plan.archive_path("page", str(number)), list_url)
        plan.add(f"?paged={number}", list_url)
    for term_id, slug in importer.export.category_ids.items():
        theme = importer.category_themes.get(slug)
        if theme:
            plan.add(f"?cat={term_id}", f"{list_url}?theme={theme}")
            plan.add(plan.archive_path("category", slug, "feed"), feed)
    for link, count, page in importer.paged_posts:
        for number in range(2, count + 1):
            plan.add(link.rstrip("/") + f"/{number}/", page)
