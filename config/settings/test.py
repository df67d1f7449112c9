"""The test suite: fast hashing, in-memory mail and cache, media in a temporary folder."""

import os
import tempfile

from config.environment import env

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Replaced per test session by tests/conftest.py (pytest cleans up its temporary folders).
MEDIA_ROOT = os.path.join(tempfile.gettempdir(), "amani-test-media")
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = env.text("LOG_LEVEL", "WARNING")  # noqa: F405
# Static files are served by whitenoise from the app folders; no collectstatic in tests.
WHITENOISE_AUTOREFRESH = True
# Browser tests load images from the live test server.
SERVE_MEDIA = True
# Most tests make several requests for one page and inspect each render; the page cache's
# own tests (tests/production/test_page_cache.py) turn it on.
AMANI_PAGE_CACHE_ENABLED = False
