"""Security headers for reader pages.

The people the site writes about may be at risk, and its readers' browsers should run
nothing but the site's own code: a strict Content-Security-Policy (no inline script, no
third-party host), no framing, and no powerful browser features. The Wagtail admin and
editors' previews need inline scripts and styles, so they get a policy without the
inline restrictions but still limited to the site's own origin.
"""

from django.conf import settings

READER_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
EDITOR_EXTRAS = {"script-src": ["'unsafe-inline'", "'unsafe-eval'"], "style-src": ["'unsafe-inline'"]}

PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"
)


def build_policy(extra_sources=(), for_editors=False):
    policy = {directive: list(sources) for directive, sources in READER_POLICY.items()}
    # Media from object storage or a CDN (settings.AMANI_CSP_MEDIA_SOURCES).
    for directive in ("img-src", "connect-src", "default-src"):
        policy[directive] += list(extra_sources)
    if for_editors:
        for directive, sources in EDITOR_EXTRAS.items():
            policy[directive] += sources
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        sources = getattr(settings, "AMANI_CSP_MEDIA_SOURCES", [])
        self.reader_policy = build_policy(sources)
        self.editor_policy = build_policy(sources, for_editors=True)

    def __call__(self, request):
        response = self.get_response(request)
        editor = (
            request.path.startswith("/admin/")
            or getattr(request, "is_preview", False)
            or (getattr(request, "user", None) is not None and request.user.is_authenticated)
        )
        response.setdefault("Content-Security-Policy", self.editor_policy if editor else self.reader_policy)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response
