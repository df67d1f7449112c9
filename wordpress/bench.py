"""How fast the import is: `python -m wordpress.bench --posts 10000`.

Writes a synthetic WXR export of N block-editor posts (paragraphs, headings, lists,
quotes, categories, tags, a few drafts), migrates a fresh SQLite database in a temporary
folder (or uses --database-url, which must name an empty database), makes a home page
and a story index, then times `import_wordpress --skip-media` and prints posts per
second. The goal: 10,000 posts within 5 minutes.
"""

import argparse
import os
import random
import shutil
import tempfile
import time
from xml.sax.saxutils import escape

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Benchmark peace network</title>
  <link>https://bench.example.org</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>https://bench.example.org</wp:base_site_url>
  <wp:base_blog_url>https://bench.example.org</wp:base_blog_url>
"""
WORDS = [
    "women",
    "peace",
    "mediation",
    "training",
    "Kampala",
    "Gulu",
    "Arua",
    "dialogue",
    "security",
    "defenders",
    "community",
    "leaders",
    "policy",
    "brief",
    "report",
    "rights",
    "justice",
    "network",
    "youth",
    "elections",
    "listening",
    "safety",
]
CATEGORIES = ["training", "policy-briefs", "mediation", "advocacy", "research", "youth", "elections"]
TAGS = [f"tag-{number}" for number in range(40)]


def sentence(rng, length=14):
    return " ".join(rng.choice(WORDS) for _ in range(length)).capitalize() + "."


def post_xml(rng, number):
    wp_id = 1000 + number
    day = 1 + number % 28
    month = 1 + (number // 28) % 12
    year = 2010 + (number // 336) % 14
    title = f"{sentence(rng, 6)[:-1]} {number}"
    slug = f"story-{number}"
    content = (
        f"<!-- wp:paragraph --><p>{sentence(rng)} {sentence(rng)}</p><!-- /wp:paragraph -->\n"
        f"<!-- wp:heading --><h2>{sentence(rng, 4)}</h2><!-- /wp:heading -->\n"
        f"<!-- wp:list --><ul><li>{sentence(rng, 5)}</li><li>{sentence(rng, 5)}</li></ul><!-- /wp:list -->\n"
        f'<!-- wp:quote --><blockquote class="wp-block-quote"><p>{sentence(rng, 8)}</p>'
        f"<cite>Participant {number}</cite></blockquote><!-- /wp:quote -->\n"
        f"<!-- wp:paragraph --><p>{sentence(rng)} <strong>{sentence(rng, 3)}</strong></p><!-- /wp:paragraph -->"
    )
    status = "draft" if number % 50 == 0 else "publish"
    categories = "".join(
        f'<category domain="category" nicename="{slug_}"><![CDATA[{slug_.title()}]]></category>'
        for slug_ in rng.sample(CATEGORIES, 2)
    )
    tags = "".join(
        f'<category domain="post_tag" nicename="{tag}"><![CDATA[{tag}]]></category>'
        for tag in rng.sample(TAGS, 2)
    )
    return f"""  <item>
    <title>{escape(title)}</title>
    <link>https://bench.example.org/{year}/{month:02d}/{day:02d}/{slug}/</link>
    <content:encoded><![CDATA[{content}]]></content:encoded>
    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>{wp_id}</wp:post_id>
    <wp:post_date>{year}-{month:02d}-{day:02d} 10:00:00</wp:post_date>
    <wp:post_date_gmt>{year}-{month:02d}-{day:02d} 07:00:00</wp:post_date_gmt>
    <wp:post_name>{slug}</wp:post_name>
    <wp:status>{status}</wp:status>
    <wp:post_parent>0</wp:post_parent>
    <wp:post_type>post</wp:post_type>
    {categories}{tags}
  </item>
"""


def write_export(path, posts, seed=10):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for number in range(posts):
            handle.write(post_xml(rng, number))
        handle.write("</channel>\n</rss>\n")


def prepare_site():
    """A home page as the default site's root and a story index under it."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage
    from stories.models import StoryIndexPage

    english = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    site = Site.objects.get(is_default_site=True)
    welcome = Page.objects.get(pk=site.root_page_id)
    welcome.slug = "welcome"
    welcome.save()
    home = HomePage(title="Peace Centre", slug="home", locale=english)
    root.add_child(instance=home)
    home.save_revision().publish()
    site.root_page = home
    site.save()
    welcome.delete()
    index = StoryIndexPage(title="Stories", slug="stories")
    home.add_child(instance=index)
    index.save_revision().publish()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--posts", type=int, default=10000, help="How many posts to generate (default 10000)."
    )
    parser.add_argument(
        "--database-url", default="", help="An EMPTY database to use instead of a temporary SQLite one."
    )
    parser.add_argument(
        "--keep", action="store_true", help="Keep the temporary folder (export, database, report)."
    )
    args = parser.parse_args(argv)

    workdir = tempfile.mkdtemp(prefix="wordpress-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["MEDIA_ROOT"] = os.path.join(workdir, "media")

    import django

    django.setup()
    from django.core.management import call_command

    export = os.path.join(workdir, "export.xml")
    started = time.perf_counter()
    write_export(export, args.posts)
    print(f"Export of {args.posts} posts written in {time.perf_counter() - started:.1f} s ({export})")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    prepare_site()
    print(f"Fresh database migrated in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    call_command(
        "import_wordpress",
        export,
        skip_media=True,
        report=os.path.join(workdir, "report.csv"),
        comments=os.path.join(workdir, "comments.csv"),
        progress_every=max(1, args.posts // 10),
    )
    elapsed = time.perf_counter() - started
    print(f"Imported {args.posts} posts in {elapsed:.1f} s: {args.posts / elapsed:.1f} posts/second")
    if args.keep:
        print(f"Kept {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
