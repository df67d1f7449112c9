"""Grow the demo site into the benchmark's data set: `STORIES` stories in each language's story
index (each with a photo from a pool, places, themes and a few paragraphs) and `PUBLICATIONS`
reports in the English library, all live. Run by bench/run.py through `manage.py shell`,
after `load_demo_content`, with BENCH_STORIES and BENCH_PUBLICATIONS in the environment.

Pages are added with add_child and marked live without a revision each: a revision per page
would triple the build time and change nothing a reader's request does. The search index is
not updated page by page: bench/run.py runs `update_index` once the pages exist.
"""

import datetime
import io
import os
import random

from django.conf import settings
from django.db import transaction
from django.test.utils import override_settings
from wagtail.models import Locale

from demo.site import DemoReport, demo_image
from home.snippets import Country, Theme
from publications.models import PublicationFile, PublicationIndexPage, ReportPage
from stories.models import StoryIndexPage, StoryPage, StoryPlace

STORIES = int(os.environ.get("BENCH_STORIES", "5000"))
PUBLICATIONS = int(os.environ.get("BENCH_PUBLICATIONS", "500"))
TOWNS = ["Kampala", "Gulu", "Juba", "Yei", "Bukavu", "Goma", "Bujumbura", "Gitega", "Arua", "Mbarara"]
# Each language's stories are written in its own words, so every language's search has
# matches to rank, as on a real archive.
WORDS = {
    "en": "women peace mediation training community dialogue security justice leadership network "
    "exchange advocacy survivors defenders reconciliation early warning districts committees",
    "fr": "femmes paix médiation formation communauté dialogue sécurité justice leadership réseau "
    "échange plaidoyer survivantes défenseures réconciliation alerte précoce l'eau d'Afrique",
    "sw": "wanawake amani upatanishi mafunzo jamii mazungumzo usalama haki uongozi mtandao "
    "kubadilishana utetezi manusura watetezi maridhiano tahadhari mapema wilaya kamati",
    "ar": "النساء السلام الوساطة التدريب المجتمع الحوار الأمن العدالة القيادة الشبكة التبادل "
    "المناصرة الناجيات المدافعات المصالحة الإنذار المبكر المقاطعات اللجان",
}

randomness = random.Random(2026)
report = DemoReport(io.StringIO())
photos = [demo_image(report, f"Benchmark photo {n}") for n in range(12)]


def sentence(length=18, language_code="en"):
    words = WORDS.get(language_code, WORDS["en"]).split()
    return " ".join(randomness.choice(words) for _ in range(length)).capitalize() + "."


def add_stories(index, locale):
    themes = list(Theme.objects.filter(locale=locale)) or list(Theme.objects.all())
    countries = list(Country.objects.filter(locale=locale)) or list(Country.objects.all())
    start = datetime.date(2015, 1, 1)
    language = locale.language_code
    for number in range(STORIES):
        story = StoryPage(
            title=f"{sentence(6, language)[:-1]} {number}",
            slug=f"bench-story-{number}",
            locale=locale,
            live=True,
            date=start + datetime.timedelta(days=number % 3650),
            excerpt=sentence(30, language),
            hero_image=photos[number % len(photos)],
            body=[("paragraph", f"<p>{sentence(60, language)}</p>") for _ in range(4)],
        )
        story.places = [
            StoryPlace(town=randomness.choice(TOWNS), country=randomness.choice(countries), sort_order=0)
        ]
        story.themes = randomness.sample(themes, k=min(2, len(themes)))
        index.add_child(instance=story)


def add_publications(library):
    document = PublicationFile.objects.select_related("document").first().document
    for number in range(PUBLICATIONS):
        publication = ReportPage(
            title=f"Report {number}: {sentence(5)[:-1]}",
            slug=f"bench-report-{number}",
            live=True,
            publication_type="research_report",
            publication_date=datetime.date(2010, 1, 1) + datetime.timedelta(days=number * 7),
            summary=sentence(40),
            cover_image=photos[number % len(photos)],
        )
        publication.files = [PublicationFile(document=document, language="en", version="full", page_count=12)]
        library.add_child(instance=publication)


without_index_updates = override_settings(
    WAGTAILSEARCH_BACKENDS={
        name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
)
without_index_updates.enable()

for locale in Locale.objects.all():
    index = StoryIndexPage.objects.filter(locale=locale).first()
    if index is not None and not StoryPage.objects.filter(locale=locale, slug="bench-story-0").exists():
        with transaction.atomic():
            add_stories(index, locale)
        print(f"{STORIES} stories in {locale.language_code}", flush=True)

library = PublicationIndexPage.objects.filter(locale__language_code="en").first()
if not ReportPage.objects.filter(slug="bench-report-0").exists():
    with transaction.atomic():
        add_publications(library)
    print(f"{PUBLICATIONS} publications", flush=True)
