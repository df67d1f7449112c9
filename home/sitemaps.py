"""A sitemap of every live, public page in every language.

Wagtail's own sitemap lists only the tree of the active language; this one walks the
site root's translations, so /sitemap.xml (outside the language prefixes) is complete.
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class AllLocalesSitemap(Sitemap):
    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        roots = site.root_page.get_translations(inclusive=True)
        queryset = Page.objects.none()
        for root in roots:
            queryset |= Page.objects.descendant_of(root, inclusive=True)
        return (
            queryset.live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
