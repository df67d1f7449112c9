"""Translator groups: one per locale, whose members work only in that locale.

Pages are restricted the Wagtail way, with page permissions on the locale's home page
(each language has its own page tree). Snippets have only model-wide permissions in
Wagtail, so `user_can_edit_locale` narrows editing of translatable snippets by locale
(see translation/wagtail_hooks.py). Users in no translator group (editors, administrators)
are not narrowed.

The model keeps the `home` app label: its table and migration were made there before the
translation app existed, and moving a model between apps would rewrite that history.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupPagePermission, Locale, Page

# What a translator does in their locale's tree: edit translations and publish them.
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


class TranslatorGroup(models.Model):
    """Ties a user group to the locale its members translate into."""

    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="translator_locale", help_text=_("The user group.")
    )
    locale = models.ForeignKey(
        Locale,
        on_delete=models.CASCADE,
        related_name="translator_groups",
        help_text=_("Members may edit only pages and snippets in this language."),
    )

    class Meta:
        app_label = "home"
        verbose_name = _("translator group")

    def __str__(self):
        return f"{self.group} → {self.locale}"


def translator_locale_ids(user):
    """The locales `user` is limited to, or None when the user is not a translator."""
    if not user.is_authenticated or user.is_superuser:
        return None
    if not hasattr(user, "_amani_translator_locales"):
        ids = set(TranslatorGroup.objects.filter(group__user=user).values_list("locale_id", flat=True))
        user._amani_translator_locales = ids or None
    return user._amani_translator_locales


def user_can_edit_locale(user, locale_id):
    """True when `user` may work on content in the locale `locale_id`."""
    allowed = translator_locale_ids(user)
    return allowed is None or locale_id in allowed


def snippet_permissions(models_):
    """Change and publish permissions on translatable snippet models (editing a
    translation is a change; publishing it, where the model has drafts, a publish)."""
    codenames = []
    for model in models_:
        name = model._meta.model_name
        codenames += [f"change_{name}", f"publish_{name}"]
    return Permission.objects.filter(codename__in=codenames)


def _permission(app_label, model, codename, name):
    """A permission that Wagtail or wagtail-localize create in a data migration; made
    again if it is missing (e.g. after a test flushed the tables)."""
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def ensure_translator_groups(stdout=None):
    """Create or update "Translators: <language>" for every locale but the default one.

    Idempotent. Page permissions need the locale's home page, so run it again after a
    language's home page is first translated (load_demo_content does).
    """
    from home.snippets import TRANSLATABLE_SNIPPETS

    access_admin = _permission("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    # Lets translators start a translation themselves from the source page ("Translate").
    submit_translation = _permission(
        "wagtail_localize", "translation", "submit_translation", "Can submit translations"
    )
    snippet_perms = list(snippet_permissions(TRANSLATABLE_SNIPPETS))
    homes = {}
    for page in Page.objects.filter(depth=2).select_related("locale"):
        homes.setdefault(page.locale_id, page)
    made = []
    for locale in Locale.objects.exclude(language_code=Locale.get_default().language_code):
        group, created = Group.objects.get_or_create(name=f"Translators: {locale.get_display_name()}")
        TranslatorGroup.objects.update_or_create(group=group, defaults={"locale": locale})
        group.permissions.add(access_admin, submit_translation, *snippet_perms)
        home = homes.get(locale.pk)
        if home is not None:
            for codename in TRANSLATOR_PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=Permission.objects.get(codename=codename)
                )
        if created:
            made.append(group)
            if stdout is not None:
                stdout.write(f"  created group: {group.name}")
    return made
