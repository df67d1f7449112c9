"""A sitemap of every live, public page in every language, with hreflang alternates.

Wagtail's own sitemap lists only the tree of the active language; this one walks the
site root's translations, so /sitemap.xml (outside the language prefixes) is complete,
and links each page to its translations the way search engines expect.
"""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class AllLocalesSitemap(Sitemap):
    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        queryset = Page.objects.none()
        for root in site.root_page.get_translations(inclusive=True):
            queryset |= Page.objects.descendant_of(root, inclusive=True)
        return (
            queryset.live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        entries = []
        translations = defaultdict(list)
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                entries.append((item, url_info))
                translations[item.translation_key].append((item.locale.language_code, url_info["location"]))
        urls = []
        for item, url_info in entries:
            versions = translations[item.translation_key]
            if len(versions) > 1:
                alternates = [{"lang_code": code, "location": location} for code, location in versions]
                source = next(
                    (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), alternates[0]
                )
                url_info["alternates"] = alternates + [
                    {"lang_code": "x-default", "location": source["location"]}
                ]
            urls.append(url_info)
        lastmods = [url.get("lastmod") for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
