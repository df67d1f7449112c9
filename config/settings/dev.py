"""Local development: DEBUG on, mail to the console, a throwaway secret key."""

from config.environment import env

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = env.text("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = ["*"]

if not DEEPL_AUTH_KEY:  # noqa: F405
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
