"""Language selection from the URL prefix, with one refinement to Django's LocaleMiddleware."""

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

# A first path segment shaped like a language code: "xx", "xxx", "xx-yy", "xx_YY".
LANGUAGE_LIKE_SEGMENT = re.compile(r"^/([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)(?:/|$)", re.IGNORECASE)


class LanguagePrefixMiddleware(LocaleMiddleware):
    """LocaleMiddleware that answers 404 for an unknown language prefix.

    Django would redirect `/xx/` to `/en/xx/` and then 404 there, which hides the real
    problem from the reader. A path that starts with something shaped like a language
    code which the site does not offer gets the 404 page straight away; any other
    unprefixed path (`/`, `/about/`) is still redirected to the reader's language.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and self._has_unknown_language_prefix(request.path_info):
            return response
        return super().process_response(request, response)

    @staticmethod
    def _has_unknown_language_prefix(path):
        match = LANGUAGE_LIKE_SEGMENT.match(path)
        if not match:
            return False
        known = {code.lower() for code, _name in settings.LANGUAGES}
        return match.group(1).lower().replace("_", "-") not in known
