"""Demo content shared by every app's loader: the report of what was made, demo images,
and the home app's own pages, settings and snippets (values from the Peace Centre's site).

Each content app's demo lives beside this one (demo/stories.py, demo/publications.py…)
with `load(report)`; `load_demo_content` calls them after this one, so the home page and
taxonomy exist before stories need them.
Every loader looks things up before creating them, so a second run changes nothing.
"""

import colorsys
import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from home.site_settings import OrganisationName, OrganisationSettings, SocialLink
from home.snippets import Country, NavigationMenu, NavigationMenuItem, Partner, Theme
from translation.groups import ensure_translator_groups

from .site_texts import TRANSLATIONS
from .translation import resync, translate


class DemoReport:
    """Counts what a loader created and what it found already there."""

    def __init__(self, stdout):
        self.stdout = stdout
        self.created = []
        self.kept = 0

    def made(self, obj):
        self.created.append(obj)
        self.stdout.write(f"  created {obj._meta.verbose_name}: {obj}")
        return obj

    def found(self, obj):
        self.kept += 1
        return obj

    def get_or_create(self, model, lookup, defaults=None):
        """Fetch `model` by `lookup`, creating it with `defaults` when it is missing."""
        obj = model.objects.filter(**lookup).first()
        if obj is not None:
            return self.found(obj)
        return self.made(model.objects.create(**lookup, **(defaults or {})))

    def existing_child(self, parent, model, slug=None):
        """The `model` page under `parent` (with `slug`, when given) that an earlier run
        made, counted as found; None when there is none yet."""
        children = model.objects.child_of(parent)
        existing = (children.filter(slug=slug) if slug else children).first()
        return None if existing is None else self.found(existing)

    def publish_child(self, parent, page):
        """Add `page` under `parent` and publish it, as an editor would."""
        parent.add_child(instance=page)
        page.save_revision().publish()
        return self.made(page)


def demo_image(report, title, seed=None, size=(1600, 900)):
    """A generated picture (soft gradient with shapes), stored once per title.

    Demo content needs real images to exercise renditions, but the repository carries
    no photographs: each one is drawn at load time from a hash of its title.
    """
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return report.found(existing)
    digest = hashlib.sha256((seed or title).encode()).digest()
    hue = digest[0] / 255
    top = tuple(int(c * 255) for c in colorsys.hls_to_rgb(hue, 0.35, 0.45))
    bottom = tuple(int(c * 255) for c in colorsys.hls_to_rgb((hue + 0.12) % 1, 0.6, 0.5))
    picture = PILImage.new("RGB", size, top)
    draw = ImageDraw.Draw(picture)
    width, height = size
    for y in range(height):
        mix = y / height
        draw.line(
            [(0, y), (width, y)], fill=tuple(int(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        )
    for i in range(6):
        x, y, r = digest[i + 1] / 255 * width, digest[i + 7] / 255 * height, 40 + digest[i + 13] % 160
        draw.ellipse((x - r, y - r, x + r, y + r), outline=(255, 255, 255), width=6)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=80)
    slug = hashlib.sha1(title.encode()).hexdigest()[:12]
    image = Image(title=title, file=ImageFile(buffer, name=f"demo-{slug}.jpg"))
    image.save()
    return report.made(image)


THEMES = [
    ("Women, peace and security", "women-peace-security"),
    ("Peacebuilding and conflict resolution", "peacebuilding"),
    ("Women human rights defenders", "human-rights-defenders"),
    ("Ending violence against women", "ending-violence-against-women"),
    ("Youth and peace", "youth-peace"),
    ("Feminist leadership", "feminist-leadership"),
]

COUNTRIES = [
    ("Uganda", "uganda", "UG"),
    ("South Sudan", "south-sudan", "SS"),
    ("Democratic Republic of the Congo", "drc", "CD"),
    ("Burundi", "burundi", "BI"),
    ("Kenya", "kenya", "KE"),
]

PARTNERS = [
    ("Women's International Peace Centre", "Peace Centre", "https://wipc.org"),
    ("Conflict Early Warning and Early Response Unit, Ministry of Internal Affairs", "CEWERU", ""),
    ("LSE Centre for Women, Peace and Security", "LSE WPS", "https://www.lse.ac.uk/women-peace-security"),
    ("Centre for Inclusive Governance, Peace and Justice", "CIGPJ", ""),
    ("UN Women", "UN Women", "https://www.unwomen.org"),
    ("Just Future Alliance", "Just Future", ""),
    (
        "African Union Office of the Special Envoy on Women, Peace and Security",
        "AU OSE-WPS",
        "https://au.int",
    ),
]

LOCALE_CODES = ["en", "fr", "sw", "ar"]


def load(report):
    for code in LOCALE_CODES:
        report.get_or_create(Locale, {"language_code": code})
    english = Locale.objects.get(language_code="en")

    home = _home_page(report, english)
    _standard_pages(report, home)
    for name, slug in THEMES:
        report.get_or_create(Theme, {"slug": slug, "locale": english}, {"name": name})
    for name, slug, iso in COUNTRIES:
        report.get_or_create(Country, {"slug": slug, "locale": english}, {"name": name, "iso_code": iso})
    for name, short_name, url in PARTNERS:
        report.get_or_create(
            Partner, {"name": name, "locale": english}, {"short_name": short_name, "url": url}
        )
    _organisation_settings(report, home)
    _organisation_names(report, home)
    _navigation(report, home, english)
    _translations(report, home)
    ensure_translator_groups(report.stdout)


def _home_page(report, english):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    existing = HomePage.objects.filter(locale=english).first()
    if existing is not None:
        return report.found(existing)
    root = Page.get_first_root_node()
    placeholder = site.root_page if site is not None else None
    if placeholder is not None and placeholder.specific_class is Page:
        # Wagtail's first migration leaves a "Welcome" page with the slug we want.
        placeholder.slug = "welcome-placeholder"
        placeholder.save(update_fields=["slug"])
    home = HomePage(
        title="Women's International Peace Centre",
        slug="home",
        locale=english,
        hero_intro=(
            "We work with women in conflict and post-conflict settings across Uganda, "
            "South Sudan, the DRC and Burundi to build peace, defend rights and lead change."
        ),
        hero_image=demo_image(report, "Women peace mediators meeting in Kotido"),
    )
    report.publish_child(root, home)
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Amani"
        )
    else:
        site.root_page = home
        site.site_name = "Amani"
        site.save()
        if placeholder is not None and placeholder.specific_class is Page:
            placeholder.delete()
    return home


def _standard_pages(report, home):
    pages = [
        (
            "About us",
            "about",
            "Women's International Peace Centre is a feminist organisation that amplifies "
            "women's voices and strengthens their leadership in peace and security.",
        ),
        (
            "Contact",
            "contact",
            "Write, call or visit us in Kira, Wakiso. We answer in English, French and Kiswahili.",
        ),
    ]
    for title, slug, introduction in pages:
        if report.existing_child(home, StandardPage, slug) is None:
            page = StandardPage(
                title=title, slug=slug, introduction=introduction, search_description=introduction
            )
            report.publish_child(home, page)


def _organisation_settings(report, home):
    site = Site.objects.get(root_page=home)
    org = OrganisationSettings.for_site(site)
    if org.phone:
        report.found(org)
        return
    org.name = "Women's International Peace Centre"
    org.short_name = "Peace Centre"
    org.phone = "+256-414698684"
    org.email = "program@wipc.org"
    org.address = "Plot 1467, Church Road, Bulindo,\nKira, Wakiso\nUganda"
    org.default_share_image = demo_image(report, "Peace Centre share image")
    org.social_links = [
        SocialLink(platform="facebook", url="https://www.facebook.com/womenpeacecentre"),
        SocialLink(platform="x", url="https://x.com/peacewomen_"),
        SocialLink(platform="youtube", url="https://www.youtube.com/@womenspeacecentre"),
    ]
    org.save()
    report.made(org)


# The organisation's name on pages in each other language: (full name, short name).
ORGANISATION_NAMES = {
    "fr": ("Centre international pour la paix des femmes", "Centre pour la paix"),
    "sw": ("Kituo cha Kimataifa cha Amani cha Wanawake", "Kituo cha Amani"),
    "ar": ("مركز السلام الدولي للنساء", "مركز السلام"),
}


def _organisation_names(report, home):
    """The name in French, Kiswahili and Arabic, each added where the editor has none
    (settings made by an earlier load get them too)."""
    org = OrganisationSettings.for_site(Site.objects.get(root_page=home))
    for code, (name, short_name) in ORGANISATION_NAMES.items():
        locale = Locale.objects.get(language_code=code)
        report.get_or_create(
            OrganisationName, {"settings": org, "locale": locale}, {"name": name, "short_name": short_name}
        )


def _navigation(report, home, english):
    menu = NavigationMenu.objects.filter(slug="primary", locale=english).first()
    if menu is not None:
        report.found(menu)
        return
    menu = NavigationMenu(name="Main menu", slug="primary", locale=english)
    pages = [home] + list(StandardPage.objects.child_of(home).order_by("path"))
    menu.items = [
        NavigationMenuItem(
            link_page=page, label="Home" if page.pk == home.pk else "", locale=english, sort_order=position
        )
        for position, page in enumerate(pages)
    ]
    menu.save()
    report.made(menu)


def _translations(report, home):
    """The home page, standard pages and every shared snippet in French, Kiswahili and
    Arabic, through wagtail-localize (see demo/translation.py). Parents first."""
    english = home.locale
    originals = [home, *StandardPage.objects.child_of(home).order_by("path")]
    for model in (Theme, Country, Partner, NavigationMenu):
        originals += list(model.objects.filter(locale=english).order_by("pk"))
    translate_all(report, originals, TRANSLATIONS)


def translate_all(report, originals, translations):
    """Translate each of `originals` (parents before children) into every locale of
    `translations` ({language code: {English segment: text}}), warning of any gap."""
    for code, texts in translations.items():
        locale = Locale.objects.get(language_code=code)
        for original in originals:
            missing = translate(report, original, locale, texts)
            if missing:
                report.stdout.write(f"  warning: {original} has no {code} text for: {missing}")


def add_to_main_menu(report, page, position):
    """Link `page` from the main menu at `position`, in every language (the translated
    menus are synced through wagtail-localize). Content apps call this from their demo."""
    menu = NavigationMenu.objects.filter(slug="primary", locale=page.locale).first()
    if menu is None or menu.items.filter(link_page=page).exists():
        return
    items = list(menu.items.all())
    items.insert(position, NavigationMenuItem(link_page=page, locale=page.locale))
    for sort_order, item in enumerate(items):
        item.sort_order = sort_order
    menu.items = items
    menu.save()
    resync(menu)
    report.made(menu)
