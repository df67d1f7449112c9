"""The reader-facing forms: newsletter sign-up and the contact page's builder form.

Both carry a honeypot: a text field people never see or reach (hidden visually, from
assistive technology and from the tab order) that form-filling robots fill in.
"""

from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from core.text_input import ReaderTextField

HONEYPOT_NAME = "hp_website"
HONEYPOT_MESSAGE = _(
    "This form could not be sent: a field meant to stay empty was filled in, which robots do. "
    "If you are a person, please try again, perhaps in another browser."
)
CONSENT_TEXT = _(
    "I would like to receive the newsletter by email. I can unsubscribe at any time with the "
    "link in every email, and my address is used for nothing else."
)
SOURCE_MAX_LENGTH = 500
# A contact message is read by a person and mailed: a long letter fits, a flood does not.
CONTACT_MESSAGE_MAX_LENGTH = 5000
# Name, subject and other one-line answers (the form builder's own limit).
CONTACT_LINE_MAX_LENGTH = 255


def normalise_email(address):
    """One mailbox, one subscriber: addresses are compared and stored in lower case."""
    return (address or "").strip().lower()


def safe_source_path(value):
    """The path of the page a form was sent from, or "" if it is not a plain path on
    this site. Query strings are dropped: they can hold what a reader searched for."""
    value = (value or "").strip()
    if (
        not value.startswith("/")
        or value.startswith("//")
        or "\\" in value
        or len(value) > SOURCE_MAX_LENGTH
        or any(ord(character) < 32 or ord(character) == 127 for character in value)
    ):
        return ""
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return ""
    return parts.path


def current_language():
    """The active language if the site offers it, else the default one."""
    language = get_language() or settings.LANGUAGE_CODE
    codes = [code for code, _name in settings.LANGUAGES]
    if language in codes:
        return language
    return language.split("-")[0] if language.split("-")[0] in codes else settings.LANGUAGE_CODE


class LanguageSelect(forms.Select):
    """Each language named in itself, and marked so screen readers pronounce it right."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


class HoneypotForm(forms.Form):
    hp_website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    honeypot_name = HONEYPOT_NAME

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Last in the form, after everything a person fills in.
        self.fields[HONEYPOT_NAME] = self.fields.pop(HONEYPOT_NAME)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.pop(HONEYPOT_NAME, ""):
            raise ValidationError(HONEYPOT_MESSAGE, code="honeypot")
        return cleaned_data

    @property
    def caught_robot(self):
        return any(error.code == "honeypot" for error in self.non_field_errors().as_data())


class SignupForm(HoneypotForm):
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("We send a link to this address first; nothing else arrives until you click it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=(), widget=LanguageSelect)
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please tick the box to agree, so that we may write to you.")},
    )
    source = ReaderTextField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = settings.LANGUAGES
        self.fields["language"].initial = self.initial.get("language") or current_language()

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def clean_source(self):
        return safe_source_path(self.cleaned_data.get("source"))


class ContactForm(HoneypotForm, BaseForm):
    """Base of the form the contact page's builder makes from the editor's fields."""

    def sender_address(self):
        """The first email field's value: whom to limit and whom to reply to."""
        for name, field in self.fields.items():
            if isinstance(field, forms.EmailField) and self.cleaned_data.get(name):
                return normalise_email(self.cleaned_data[name])
        return ""


def with_length_limit(help_text, limit):
    """The editor's help text followed by the limit, so readers know it before they write."""
    note = ngettext("At most %(count)s character.", "At most %(count)s characters.", limit) % {
        "count": number_format(limit, force_grouping=True)
    }
    return format_html("{} {}", help_text, note) if help_text else note


class ContactFormBuilder(FormBuilder):
    """The form builder's form, with every text answer cleaned (`clean_text`) and capped:
    one-line answers (name, subject, hidden fields) at CONTACT_LINE_MAX_LENGTH characters,
    messages at CONTACT_MESSAGE_MAX_LENGTH, which their help text tells. Browsers stop
    typing at the limit (`maxlength`); a longer value sent anyway is refused with Django's
    message, which names the limit."""

    def create_singleline_field(self, field, options):
        return ReaderTextField(max_length=CONTACT_LINE_MAX_LENGTH, **options)

    def create_multiline_field(self, field, options):
        options.setdefault("widget", forms.Textarea)
        options["help_text"] = with_length_limit(options.get("help_text"), CONTACT_MESSAGE_MAX_LENGTH)
        return ReaderTextField(multiline=True, max_length=CONTACT_MESSAGE_MAX_LENGTH, **options)

    def create_hidden_field(self, field, options):
        options.setdefault("widget", forms.HiddenInput)
        return ReaderTextField(max_length=CONTACT_LINE_MAX_LENGTH, **options)

    def get_form_class(self):
        return type("ContactBuilderForm", (ContactForm,), self.formfields)
