"""Share links: plain links to each network's own share page, built on the server.

Nothing from the networks loads on our pages (no script, button, pixel or iframe), so
none of them learns who reads what until a reader chooses to share.
"""

from urllib.parse import quote, urlencode, urljoin

from django import template
from django.utils.translation import gettext as _

register = template.Library()


def _query(**params):
    # quote_via=quote: spaces as %20, which mail programs read correctly (RFC 6068).
    return urlencode(params, quote_via=quote)


def share_targets(url, title):
    """For each way to share `url` titled `title`: its key, the name shown, the full
    name for screen readers and the link."""
    networks = [
        ("whatsapp", "WhatsApp", "https://wa.me/?" + _query(text=f"{title} {url}")),
        ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?" + _query(u=url)),
        ("x", "X", "https://x.com/intent/tweet?" + _query(text=title, url=url)),
        ("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?" + _query(url=url)),
    ]
    targets = [
        {"key": key, "name": name, "label": _("Share on %(network)s") % {"network": name}, "href": href}
        for key, name, href in networks
    ]
    targets.append(
        {
            "key": "email",
            "name": _("Email"),
            "label": _("Share by email"),
            "href": "mailto:?" + _query(subject=title, body=url),
        }
    )
    return targets


def share_address(request, page):
    """The page's address as readers reach it: at the host this request came to or, in a
    preview, where the editor reached the site (AmaniPage.make_preview_request), not the
    stand-in host Wagtail gives a preview's request."""
    path = page.get_url(request)
    origin = getattr(request, "preview_origin", None)
    return urljoin(origin, path) if origin else request.build_absolute_uri(path)


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share_links(context, page):
    """Links to share `page` (its canonical address and title) by WhatsApp, Facebook, X,
    LinkedIn and email, and its address in a field to copy."""
    url = share_address(context["request"], page)
    title = page.seo_title or page.title
    return {
        "share_url": url,
        "targets": share_targets(url, title),
        "share_id": f"share-{page.pk}",
    }
