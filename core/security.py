"""Security headers: what a reader's browser may run, load and share while on the site.

The people the site writes about may be at risk, so a reader's browser should run nothing
but the site's own script files: reader pages get a Content-Security-Policy with no inline
script, no eval and no third-party host. An injected `<script>` or `onerror=` then does
nothing even if a template forgets to escape. JSON-LD (`<script type="application/ld+json">`)
is data, which the browser never executes, so it needs no exception.

Three kinds of response get a different policy, each for a reason:

- The Wagtail admin (under `settings.ADMIN_URL`) and editors' previews, which are served
  from admin URLs. Wagtail's admin writes inline scripts and style attributes into its
  forms and its accessibility checker compiles templates with `new Function`, so it cannot
  work without 'unsafe-inline' and 'unsafe-eval' (wagtail/wagtail#1288). It still loads
  nothing from other hosts. Only signed-in editors reach it, and CSRF and sign-in
  throttling protect it in other ways.
- Reader pages seen by a signed-in editor keep the strict policy: a stored script aimed at
  an editor's session is exactly what it must stop. Wagtail's user bar there is made of
  script files and needs no inline script.
- Documents (`/documents/`) and uploads Django serves itself (`/media/`, core/media.py)
  are downloads or images, never pages: on top of the strict policy they are sandboxed,
  so a browser that renders one anyway treats it as a foreign origin without script.

Framing follows the view's own wish: Django's X-Frame-Options middleware runs inside this
one and says DENY unless a view asked for SAMEORIGIN (Wagtail's preview panel does), and
frame-ancestors says the same, because browsers obey frame-ancestors over X-Frame-Options.

Other headers come from Django's SecurityMiddleware and settings: nosniff, the referrer
policy, the cross-origin opener policy and, in production, HSTS.
"""

from django.conf import settings

READER_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
# What the Wagtail admin adds (see the module docstring). blob: and data: images are the
# previews of files chosen for upload; frame-src 'self' is the preview panel.
EDITOR_EXTRAS = {
    "script-src": ["'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
    "frame-src": ["'self'"],
}
DOCUMENT_EXTRAS = {"sandbox": []}

# Hosts that media may come from besides this one (object storage, a CDN).
MEDIA_DIRECTIVES = ("default-src", "img-src", "media-src", "connect-src")

# Powerful features no page of the site uses; turned off for the site and anything it frames.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
        "interest-cohort",
        "browsing-topics",
    )
)


def build_policy(extra_sources=(), extras=None, frame_ancestors="'none'"):
    """The header value: the reader policy, plus `extras` per directive and media hosts."""
    policy = {directive: list(sources) for directive, sources in READER_POLICY.items()}
    for directive in MEDIA_DIRECTIVES:
        policy[directive] += list(extra_sources)
    for directive, sources in (extras or {}).items():
        current = [source for source in policy.get(directive, []) if source != "'none'"]
        policy[directive] = current + list(sources)
    policy["frame-ancestors"] = [frame_ancestors]
    return "; ".join(" ".join([directive, *sources]) for directive, sources in policy.items())


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response.

    A view that sets its own Content-Security-Policy keeps it. Wagtail's previews render
    the page through the middleware a second time, in a "dummy" request inside the admin's
    request; that inner response is left alone, so the admin request decides its headers.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        sources = getattr(settings, "AMANI_CSP_MEDIA_SOURCES", [])
        self.policies = {
            (kind, ancestors): build_policy(sources, extras, ancestors)
            for kind, extras in (("reader", None), ("editor", EDITOR_EXTRAS), ("document", DOCUMENT_EXTRAS))
            for ancestors in ("'none'", "'self'")
        }

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_dummy", False):
            return response
        same_origin_framing = response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
        ancestors = "'self'" if same_origin_framing else "'none'"
        response.setdefault("Content-Security-Policy", self.policies[(self.kind(request), ancestors)])
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    @staticmethod
    def kind(request):
        path = request.path_info
        if path.startswith("/" + settings.ADMIN_URL) or getattr(request, "is_preview", False):
            return "editor"
        if path.startswith("/documents/") or path.startswith(settings.MEDIA_URL):
            return "document"
        return "reader"
