"""Newsletter subscribers and the contact page.

A subscriber row exists from the moment someone asks for the newsletter, but only a
confirmed one is ever written to: double opt-in proves the mailbox's owner asked. What is
kept is what consent law asks us to be able to show (when, in which words, from which
page) and nothing more.
"""

import logging
import smtplib

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.sanitised_fields import SanitisedRichTextField
from home.blocks import RICH_TEXT_FEATURES
from home.models import AmaniPage

from .abuse import CONTACT_LIMIT
from .forms import ContactFormBuilder

logger = logging.getLogger(__name__)


def language_choices():
    """The site's languages; a callable so changing settings.LANGUAGES needs no migration."""
    return settings.LANGUAGES


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        """The only addresses the newsletter may be sent to."""
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def confirmation_unsent(self, older_than):
        """Pending sign-ups whose confirmation never reached the mail server, signed up
        before `older_than` (a datetime), so one still being sent by a request is left alone."""
        return self.filter(
            status=Subscriber.Status.PENDING, confirmation_sent_at__isnull=True, consent_at__lte=older_than
        )


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(
        _("email address"),
        unique=True,
        help_text=_("Stored in lower case, so one mailbox is one subscriber."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=language_choices,
        help_text=_("The language the reader chose for the newsletter and its emails."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
        help_text=_(
            "Only confirmed addresses receive the newsletter. Readers confirm through the link "
            "in their confirmation email; nobody else can."
        ),
    )
    consent_at = models.DateTimeField(
        _("consent given"), help_text=_("When the reader ticked the consent box, most recently.")
    )
    consent_text = models.TextField(
        _("consent wording"),
        blank=True,
        help_text=_("The consent sentence exactly as the reader saw it, in their language."),
    )
    confirmed_at = models.DateTimeField(
        _("confirmed"),
        null=True,
        blank=True,
        help_text=_("When the reader clicked the confirmation link."),
    )
    unsubscribed_at = models.DateTimeField(
        _("unsubscribed"), null=True, blank=True, help_text=_("When the reader unsubscribed.")
    )
    confirmation_sent_at = models.DateTimeField(
        _("confirmation sent"),
        null=True,
        blank=True,
        help_text=_(
            "When the mail server accepted the latest confirmation email. Empty while sending "
            "failed: resend_pending_confirmations tries again."
        ),
    )
    source_url = models.CharField(
        _("signed up on"),
        max_length=500,
        blank=True,
        help_text=_("The path of the page whose form the reader used (no query string)."),
    )
    created_at = models.DateTimeField(_("first sign-up"), auto_now_add=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def consent_stamp(self):
        """The consent time in microseconds: a confirmation link names the sign-up it
        belongs to, so a newer sign-up (even a second later) retires older links."""
        return int(self.consent_at.timestamp() * 1_000_000)

    def start_over(self, *, language, consent_text, source_url):
        """A new sign-up for a pending or unsubscribed address: fresh consent, fresh link."""
        self.language = language
        self.consent_text = consent_text
        self.consent_at = timezone.now()
        self.source_url = source_url
        self.status = self.Status.PENDING
        self.confirmed_at = None
        self.unsubscribed_at = None
        self.confirmation_sent_at = None
        self.save()

    def confirm(self):
        self.status = self.Status.CONFIRMED
        self.confirmed_at = timezone.now()
        self.save(update_fields=["status", "confirmed_at"])

    def unsubscribe(self):
        if self.status == self.Status.UNSUBSCRIBED:
            return
        self.status = self.Status.UNSUBSCRIBED
        self.unsubscribed_at = timezone.now()
        self.save(update_fields=["status", "unsubscribed_at"])

    @property
    def can_resubscribe(self):
        """Undoing an unsubscription needs no new confirmation only if the address had
        been confirmed: the mailbox's owner proved themselves once already."""
        return self.status == self.Status.UNSUBSCRIBED and self.confirmed_at is not None

    def resubscribe(self):
        self.status = self.Status.CONFIRMED
        self.unsubscribed_at = None
        self.consent_at = timezone.now()
        self.save(update_fields=["status", "unsubscribed_at", "consent_at"])


class ContactFormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form. Translatable, so each language's contact page asks
    in its own words; the stored name stays the same in every language."""

    page = ParentalKey("newsletter.ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class ContactPage(EmailFormMixin, FormMixin, AmaniPage):
    """A Wagtail form page with the organisation's contact details beside the form.

    It is an AmaniPage (SEO, sharing and teaser hooks) with the form builder's mixins;
    submissions are stored in Forms in the admin and emailed, and the same honeypot and
    rate limits as the newsletter sign-up keep robots out.
    """

    introduction = SanitisedRichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown above the form: who reads the messages and when to expect an answer."),
    )
    thank_you_text = SanitisedRichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown after a message is sent. Leave empty for a short standard thank-you."),
    )

    form_builder = ContactFormBuilder
    template = "newsletter/contact_page.html"
    landing_page_template = "newsletter/contact_page_landing.html"

    content_panels = AmaniPage.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel(
                            "to_address",
                            help_text=_(
                                "Who receives the messages, comma-separated. Empty: the addresses in "
                                "the CONTACT_FORM_RECIPIENTS setting, else the organisation's email."
                            ),
                        ),
                        FieldPanel(
                            "from_address",
                            help_text=_("The sender of those emails. Empty: the site's usual sender."),
                        ),
                    ]
                ),
                FieldPanel(
                    "subject",
                    help_text=_("Subject of those emails. Empty: “Message from the contact page”."),
                ),
            ],
            heading=_("Where messages go"),
        ),
    ]
    search_fields = AmaniPage.search_fields + [index.SearchField("introduction")]

    # Addresses and subject are for the organisation's inbox, not for readers: the same
    # in every language.
    override_translatable_fields = [SynchronizedField("to_address"), SynchronizedField("subject")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("contact page")

    def teaser_text(self):
        return self.search_description

    def serve(self, request, *args, **kwargs):
        """The form builder's serve, with the rate limit between a valid form and storing it."""
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if form.is_valid():
            problem = CONTACT_LIMIT.check(request, address=form.sender_address())
            if problem is None:
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
            form.add_error(None, problem)
            status = 429
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        """Store first, then email: a message is never lost because mail failed."""
        submission = FormMixin.process_form_submission(self, form)
        self.send_mail(form, submission=submission)
        return submission

    def recipients(self):
        if self.to_address:
            return [address.strip() for address in self.to_address.split(",") if address.strip()]
        if settings.CONTACT_FORM_RECIPIENTS:
            return list(settings.CONTACT_FORM_RECIPIENTS)
        from home.site_settings import OrganisationSettings

        organisation_email = OrganisationSettings.for_site(self.get_site()).email
        return [organisation_email] if organisation_email else []

    def send_mail(self, form, submission=None):
        recipients = self.recipients()
        if not recipients:
            logger.warning("Contact page %s has nowhere to email messages; they are only stored.", self.pk)
            return
        sender = form.sender_address()
        # The organisation's staff read these in the site's source language.
        with translation.override(settings.LANGUAGE_CODE):
            subject = self.subject or str(_("Message from the contact page"))
            body = self.render_email(form)
        try:
            send_mail(
                subject, body, recipients, self.from_address or None, reply_to=[sender] if sender else None
            )
        except (smtplib.SMTPException, OSError):
            logger.exception(
                "Contact message %s could not be emailed; it is kept in the admin's form submissions.",
                getattr(submission, "pk", None),
            )

    def render_email(self, form):
        body = super().render_email(form)
        with translation.override(settings.LANGUAGE_CODE):
            footer = _("Sent from %(url)s (%(language)s)") % {
                "url": self.full_url,
                "language": self.locale.get_display_name(),
            }
        return f"{body}\n\n-- \n{footer}"
