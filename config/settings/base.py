"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the environment
in the module for that environment (dev, test, production), never edited here.
"""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.environment import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env.text("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

INSTALLED_APPS = [
    "core",
    "home",
    "stories",
    "publications",
    "search",
    "newsletter",
    "wordpress",
    "translation",
    "demo",
    "readership",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "axes",
]

MIDDLEWARE = [
    "core.health.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the page cache, so its hits are counted too (readership/counting.py).
    "readership.counting.ReadershipMiddleware",
    # After static files, before sessions, language and users: a cached page is answered
    # without them; a fresh one is stored as they leave it (core/cache.py).
    "core.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before the language middleware, which would send /?p=12 on to the home page.
    "wordpress.middleware.OldQueryAddressMiddleware",
    "core.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it answers locked-out sign-ins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.organisation",
            ],
        },
    },
]

# SQLite in db.sqlite3 unless DATABASE_URL names another database (an empty value counts as unset).
DATABASES = {
    "default": dj_database_url.parse(
        env.text("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env.integer("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the one list an organisation edits to change the site's locales.
# English is the source language; Arabic is right-to-left (Django knows it is bidi).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("sw", "Kiswahili"),
    ("ar", "العربية"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# The project's catalogue comes first (makemessages writes there); the admin's Kiswahili,
# which Wagtail and wagtail-localize do not ship, sits in a folder makemessages leaves alone.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "translation" / "admin_locale"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# A page submitted for translation stays a draft until its translator publishes it,
# so English text is never live under /fr/ dressed as French.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in wagtail-localize's editor: DeepL when a key is configured.
# Development settings fall back to the dummy translator (it reverses words) to try the flow.
DEEPL_AUTH_KEY = env.text("DEEPL_AUTH_KEY")
if DEEPL_AUTH_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_AUTH_KEY},
    }
USE_I18N = True
USE_TZ = True
TIME_ZONE = env.text("TIME_ZONE", "Africa/Kampala")

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.text("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.text("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = env.text("WAGTAIL_SITE_NAME", "Amani")
WAGTAILADMIN_BASE_URL = env.text("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search (search/backend.py), chosen by the environment. WAGTAILSEARCH_BACKEND:
# - "database" (default): the site's own database. On PostgreSQL each language is stemmed with
#   its own text-search configuration (AMANI_SEARCH_CONFIGS; the amani_ ones index stop words
#   too, search/migrations/0003); on SQLite, FTS5.
# - "opensearch": an OpenSearch 2 cluster at OPENSEARCH_URL (pip install "opensearch-py>=2,<3").
# - "elasticsearch": an Elasticsearch 8 cluster at ELASTICSEARCH_URL (pip install "elasticsearch>=8,<9").
# SEARCH_INDEX names the cluster's index (one per site sharing a cluster). After switching, run
# `manage.py update_index`.
AMANI_SEARCH_CONFIGS = {"en": "amani_english", "fr": "amani_french", "ar": "arabic", "sw": "simple"}
SEARCH_BACKEND_NAME = env.text("WAGTAILSEARCH_BACKEND", "database").lower()
SEARCH_INDEX = env.text("SEARCH_INDEX", "amani")
SEARCH_CLUSTERS = {
    "opensearch": ("wagtail.search.backends.opensearch2", "OPENSEARCH_URL"),
    "elasticsearch": ("wagtail.search.backends.elasticsearch8", "ELASTICSEARCH_URL"),
}
if SEARCH_BACKEND_NAME == "database":
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend", "SEARCH_CONFIG": "simple"}}
elif SEARCH_BACKEND_NAME in SEARCH_CLUSTERS:
    _backend, _url_variable = SEARCH_CLUSTERS[SEARCH_BACKEND_NAME]
    if not env.is_set(_url_variable):
        raise ImproperlyConfigured(f"WAGTAILSEARCH_BACKEND={SEARCH_BACKEND_NAME} needs {_url_variable}.")
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": _backend,
            "URLS": [env.text(_url_variable)],
            "INDEX": SEARCH_INDEX,
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
else:
    raise ImproperlyConfigured(
        f"WAGTAILSEARCH_BACKEND={SEARCH_BACKEND_NAME!r} is not one of: database, opensearch, elasticsearch."
    )
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"jpeg": "webp", "png": "webp", "gif": "webp", "bmp": "webp"}
# Embeds are shown as plain links (home.blocks.EmbedBlock): no third-party player loads.
WAGTAILEMBEDS_FINDERS = []

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "Amani <no-reply@localhost>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    # A database outage is logged in a few lines by core/outage.py, not a traceback a request.
    "filters": {"database_outage": {"()": "core.outage.SkipDatabaseOutageTracebacks"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR", "filters": ["database_outage"]},
        # Wagtail's background tasks run inline and log every step at INFO.
        "django_tasks": {"level": "WARNING"},
    },
}

# Labels Django's own machinery shows readers (kept here so makemessages finds them).
LANGUAGE_LABELS = {"en": _("English"), "fr": _("French"), "sw": _("Kiswahili"), "ar": _("Arabic")}

# Security
# --------
# Headers (core/security.py), uploads (core/uploads.py, core/forms.py) and admin sign-in
# (django-axes). Production adds HTTPS-only cookies and HSTS (production.py).

# Security headers (core/security.py). Extra hosts images and files may come from
# (object storage, CDN), e.g. "https://media.example.org", comma-separated.
AMANI_CSP_MEDIA_SOURCES = env.items("CSP_MEDIA_SOURCES")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# The admin asks no third party for anything: no Gravatar (it would send a hash of each
# editor's email address to another company) and no browser-side check for new Wagtail
# releases (follow them through requirements.txt instead).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Uploads (core/uploads.py strips photo metadata; core/forms.py checks documents).
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "doc",
    "odt",
    "xlsx",
    "xls",
    "ods",
    "pptx",
    "odp",
    "epub",
    "txt",
    "csv",
]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.forms.SafeDocumentForm"
# Downloads are attachments: a browser never renders an uploaded file as a page.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
AMANI_DOCUMENT_MAX_UPLOAD_SIZE = env.integer("DOCUMENT_MAX_UPLOAD_SIZE", 50 * 1024 * 1024)
# No SVG: it can carry script. Photos up to 20 MB before resizing.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# Admin sign-in: where the admin lives, and throttling of guessed passwords (django-axes):
# five failures for one username from one address lock that username there for 15 minutes
# (other addresses can still sign in with it); twenty failures from one address, whatever
# the usernames, lock that address (core/signin_limits.py).
ADMIN_URL = env.text("ADMIN_URL", "admin/").strip("/") + "/"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.integer("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env.number("AXES_COOLOFF_HOURS", 0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "core.signin_limits.AddressLimitHandler"
SIGNIN_FAILURE_LIMIT_PER_ADDRESS = env.integer("SIGNIN_FAILURE_LIMIT_PER_ADDRESS", 20)
# The reader's address as every other limit sees it (TRUSTED_PROXY_COUNT, below).
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_VERBOSE = False

# Newsletter and contact form (newsletter/). Confirmation links expire after this many days;
# sign-ups and contact messages are limited per address and per connection (through the cache,
# so with several app servers only a shared cache such as Redis makes the limits site-wide).
NEWSLETTER_CONFIRMATION_MAX_AGE_DAYS = env.integer("NEWSLETTER_CONFIRMATION_MAX_AGE_DAYS", 7)
NEWSLETTER_RATE_LIMIT_WINDOW_SECONDS = 60 * 60
NEWSLETTER_RATE_LIMIT_PER_ADDRESS = 3
NEWSLETTER_RATE_LIMIT_PER_IP = 20
CONTACT_RATE_LIMIT_PER_ADDRESS = 3
CONTACT_RATE_LIMIT_PER_IP = 10
# Where contact-page messages go when the page names no address (else the organisation's email).
CONTACT_FORM_RECIPIENTS = env.items("CONTACT_FORM_RECIPIENTS")
# Password-protected pages (Wagtail's password form, core/page_passwords.py): tries per
# reader's address per page, and per page from all addresses together, in each window.
PAGE_PASSWORD_RATE_LIMIT_WINDOW_SECONDS = 15 * 60
PAGE_PASSWORD_RATE_LIMIT_PER_ADDRESS = 10
PAGE_PASSWORD_RATE_LIMIT_PER_PAGE = 100
# How many proxies in front of the app append to X-Forwarded-For (0: use the connection's
# address and ignore the header). Every limit per reader (sign-up, contact, page passwords,
# admin sign-in) needs the reader's address, not the proxy's: core/client_address.py.
TRUSTED_PROXY_COUNT = env.integer("TRUSTED_PROXY_COUNT", 0)

# ---------------------------------------------------------------------------------------
# Caching and health (core/cache.py, core/health.py)
# ---------------------------------------------------------------------------------------
# Anonymous page views come from the cache until something they show changes. Off under
# DEBUG. PAGE_CACHE_TIMEOUT: seconds an entry is kept; PAGE_CACHE_MAX_AGE: seconds browsers
# and CDNs may reuse a page without asking; stale-while-revalidate lets them show it at once
# while they check, stale-if-error while the site is down.
AMANI_PAGE_CACHE_ENABLED = env.flag("PAGE_CACHE_ENABLED", True)
AMANI_PAGE_CACHE_TIMEOUT = env.integer("PAGE_CACHE_TIMEOUT", 60 * 60 * 24)
AMANI_PAGE_MAX_AGE = env.integer("PAGE_CACHE_MAX_AGE", 300)
AMANI_PAGE_STALE_WHILE_REVALIDATE = 600
AMANI_PAGE_STALE_IF_ERROR = 60 * 60 * 24
# Identifies the deployed code in page cache keys (default: a digest of the source).
AMANI_RELEASE_ID = env.text("RELEASE_ID")
# CDN purging (wagtail.contrib.frontend_cache): production.py fills it from the environment.
WAGTAILFRONTENDCACHE = {}

# Readership (readership/): page views and downloads counted in the cache, written to the
# database by `manage.py flush_readership`; daily rows older than this become monthly rows.
READERSHIP_ENABLED = env.flag("READERSHIP_ENABLED", True)
READERSHIP_DAILY_RETENTION_DAYS = env.integer("READERSHIP_DAILY_RETENTION_DAYS", 366)
