"""Old WordPress addresses answered with permanent redirects to their new pages.

Links to the old site live on in other sites, emails, printed reports and search
engines. Each imported item's addresses get a `wagtail.contrib.redirects` Redirect:

- its pretty permalink (`/2021/11/29/defend-her/`) and its plain forms (`/?p=12`,
  `/?page_id=7` for pages); Wagtail's Redirect stores the query string with the path and
  its middleware looks the full path up first, so `?p=12` is matched exactly;
- an attachment's page (`/?attachment_id=31` and its own permalink) and its file address
  (`/wp-content/uploads/2021/11/report.pdf`);
- category archives (`/category/training/`, `/?cat=4`) → the story list filtered by that
  theme (`?theme=training`); tag archives (`/tag/kampala/`, `/?tag=kampala`) → the story
  list (it has no tag filter).

Redirects belong to the default site: the WordPress site is moving to that site's
address, and a site-specific redirect never answers for another site served by the
same Wagtail (nor is overridden by a site-less one with the same path). They are
written in bulk at the end of an import; running again updates them in place.
"""

from urllib.parse import urlparse

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

OLD_PATH_MAX = 255  # Redirect.old_path's max_length


class RedirectPlan:
    """Old paths and where each should now go (a Page, or an address)."""

    def __init__(self, site_url):
        # The path the WordPress site lived under, e.g. "/blog" for example.org/blog.
        self.base = urlparse(site_url if "://" in site_url else "//" + site_url).path.rstrip("/")
        self.targets = {}
        self.withdrawn = set()
        self.refused = []

    def normalise(self, old):
        if old.startswith("?"):
            old = f"{self.base}/{old}"
        elif "://" in old:
            parsed = urlparse(old)
            old = parsed.path + (f"?{parsed.query}" if parsed.query else "")
        return Redirect.normalise_path(old)

    def add(self, old, target):
        """Send `old` (an absolute address, a path, or a query string such as "?p=12")
        to `target`. Returns the normalised old path, or None if it was refused."""
        if not old or target is None:
            return None
        path = self.normalise(old)
        if path in ("", "/") or path == self.base:
            return None  # the old home page: this site's own home answers it
        if len(path) > OLD_PATH_MAX:
            self.refused.append(path)
            return None
        if path in self.withdrawn:
            return None
        self.targets[path] = target
        return path

    def withdraw(self, old):
        """Make sure `old` leads nowhere: no redirect is made, and one an earlier run made
        is removed (the page it led to has become restricted)."""
        if not old:
            return
        path = self.normalise(old)
        self.withdrawn.add(path)
        self.targets.pop(path, None)

    def archive_path(self, *parts):
        return f"{self.base}/{'/'.join(parts)}/"

    def save(self, site):
        """Create or update the redirects for `site`. Returns (created, updated, unchanged)."""
        created = updated = unchanged = 0
        if self.withdrawn:
            Redirect.objects.filter(site=site, old_path__in=self.withdrawn).delete()
        paths = list(self.targets)
        for start in range(0, len(paths), 500):
            batch = paths[start : start + 500]
            existing = {r.old_path: r for r in Redirect.objects.filter(site=site, old_path__in=batch)}
            new, changed = [], []
            for path in batch:
                target = self.targets[path]
                page = target if isinstance(target, Page) else None
                link = "" if page is not None else str(target)
                redirect = existing.get(path)
                if redirect is None:
                    new.append(
                        Redirect(
                            old_path=path,
                            site=site,
                            is_permanent=True,
                            redirect_page=page,
                            redirect_link=link,
                        )
                    )
                elif (
                    redirect.redirect_page_id != (page.pk if page else None)
                    or redirect.redirect_link != link
                    or not redirect.is_permanent
                ):
                    redirect.redirect_page, redirect.redirect_link, redirect.is_permanent = page, link, True
                    redirect.redirect_page_route_path = ""
                    changed.append(redirect)
                else:
                    unchanged += 1
            Redirect.objects.bulk_create(new)
            Redirect.objects.bulk_update(
                changed, ["redirect_page", "redirect_link", "is_permanent", "redirect_page_route_path"]
            )
            created += len(new)
            updated += len(changed)
        return created, updated, unchanged
