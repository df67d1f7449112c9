"""Production: every secret and host-specific value comes from the environment.

The table of variables is in README.md and docs/deploy.md.
"""

import sys

from config.environment import env
from config.s3 import s3_media_storage

from .base import *  # noqa: F403

DEBUG = False

SECRET_KEY = env.text("SECRET_KEY")
if not SECRET_KEY:
    sys.exit(
        "Amani cannot start: the environment variable SECRET_KEY is not set. "
        "Set it to a long random string, e.g. "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )

ALLOWED_HOSTS = env.items("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env.items("CSRF_TRUSTED_ORIGINS")

if env.is_set("REDIS_URL"):
    # Guarded (core/shared_cache.py): a stopped, hung or full Redis is a cache miss, found out
    # within REDIS_TIMEOUT_SECONDS and then not asked again for CACHE_RETRY_SECONDS.
    CACHES = {
        "default": {
            "BACKEND": "core.shared_cache.ResilientRedisCache",
            "LOCATION": env.text("REDIS_URL"),
            "KEY_PREFIX": env.text("CACHE_KEY_PREFIX", "amani"),
            # One short wait per failure; no retries to multiply it.
            "OPTIONS": {
                "socket_connect_timeout": env.number("REDIS_TIMEOUT_SECONDS", 0.25),
                "socket_timeout": env.number("REDIS_TIMEOUT_SECONDS", 0.25),
                "retry_on_timeout": False,
            },
        }
    }
    CACHE_RETRY_SECONDS = env.number("CACHE_RETRY_SECONDS", 5)

# Media (uploads) are best served by the web server or object storage; on a single machine
# without either, SERVE_MEDIA=true lets Django serve them.
SERVE_MEDIA = env.flag("SERVE_MEDIA", False)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

if env.is_set("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env.text("EMAIL_HOST")
    EMAIL_PORT = env.integer("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env.text("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env.text("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env.flag("EMAIL_USE_TLS", True)
    EMAIL_USE_SSL = env.flag("EMAIL_USE_SSL", False)
    EMAIL_TIMEOUT = env.integer("EMAIL_TIMEOUT", 10)
SERVER_EMAIL = env.text("SERVER_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405

# HTTPS. Behind a TLS-terminating proxy, it must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.flag("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env.flag("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = env.flag("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env.flag("CSRF_COOKIE_SECURE", True)
SESSION_COOKIE_HTTPONLY = True
# No script reads these cookies (Wagtail's admin takes the CSRF token from the page), so
# none may: a stolen token or language choice cannot leak through an injected script.
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True

# ---------------------------------------------------------------------------------------
# Caching, sessions, media storage, CDN and search past one machine
# ---------------------------------------------------------------------------------------
if env.is_set("REDIS_URL"):
    # Sessions read from Redis and are written through to the database, so a Redis restart
    # or eviction signs nobody out; every app server sees the same session.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Without a shared cache each gunicorn worker keeps its own page cache: a publish shows
    # at once in the worker that handled it and within this many seconds in the others.
    AMANI_PAGE_CACHE_TIMEOUT = env.integer("PAGE_CACHE_TIMEOUT", 60)

# Media on S3-compatible object storage when AWS_STORAGE_BUCKET_NAME names a bucket (config/s3.py
# reads AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
# AWS_S3_CUSTOM_DOMAIN and AWS_QUERYSTRING_AUTH). The Content-Security-Policy then allows
# images and files from the bucket's origin.
_s3 = s3_media_storage(env.environ)
if _s3 is not None:
    STORAGES["default"], _media_origin = _s3  # noqa: F405
    AMANI_CSP_MEDIA_SOURCES = [*AMANI_CSP_MEDIA_SOURCES, _media_origin]  # noqa: F405

# CDN purging when pages are published (wagtail.contrib.frontend_cache): Cloudflare,
# CloudFront, or any cache that accepts HTTP PURGE requests (Varnish, nginx, Fastly).
if env.is_set("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {  # noqa: F405
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env.text("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
        "BEARER_TOKEN": env.text("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"),
    }
if env.is_set("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {  # noqa: F405
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env.text("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
    }
if env.is_set("FRONTEND_CACHE_HTTP_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {  # noqa: F405
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.text("FRONTEND_CACHE_HTTP_PURGE_URL"),
    }
