"""Creating a page in the admin: Wagtail's own create view, with two changes.

- No autosave while the page is new. Wagtail 7.4 autosaves the create form by posting it as
  JSON, and its create view answers such a post by creating the page; a form an editor
  left half-filled became a draft nobody saved, and her next try with the same title then
  clashed with it on the slug. A new page exists only once its editor chooses Save draft,
  Publish or Submit; the "unsaved changes" warning still stops her leaving without saving.
  Pages that exist keep autosave (their edit view saves revisions, not new pages).
- A slug already used under the same parent is said where the editor is: at the top, with
  a link to the page that holds it, and under the title, which the slug is made from (the
  slug field itself is on the Promote tab).

config/urls.py routes Wagtail's add address here, ahead of Wagtail's own admin URLs.
"""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.cache import never_cache
from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.create import CreateView


class NewPageView(CreateView):
    def post(self, request):
        if self.expects_json_response:
            # An autosave from a page opened before autosave was turned off here.
            return self.json_error_response(
                "autosave_unavailable", _("A new page is saved only when you choose Save draft.")
            )
        return super().post(request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        context["autosave_indicator"] = None
        return context

    def slug_holder(self, form):
        """The sibling page whose slug the form asked for, when that is why it failed."""
        slug = form.data.get("slug", "")
        if "slug" not in form.errors or not slug:
            return None
        return self.parent_page.get_children().filter(slug=slug).first()

    def form_invalid(self, form):
        holder = self.slug_holder(form)
        if holder is None:
            return super().form_invalid(form)
        form.add_error(
            "title",
            _(
                "Another page here already has the address “%(slug)s”. Change the title, "
                "or the slug on the Promote tab."
            )
            % {"slug": holder.slug},
        )
        state = pgettext("page state", "published") if holder.live else pgettext("page state", "draft")
        buttons = []
        if holder.permissions_for_user(self.request.user).can_edit():
            buttons.append(
                messages.button(
                    reverse("wagtailadmin_pages:edit", args=[holder.pk]),
                    _("Open “%(title)s”") % {"title": holder.get_admin_display_title()},
                )
            )
        messages.validation_error(
            self.request,
            _(
                "The page could not be created: its address “%(slug)s” is already used by "
                "“%(title)s” (%(state)s) under “%(parent)s”."
            )
            % {
                "slug": holder.slug,
                "title": holder.get_admin_display_title(),
                "state": state,
                "parent": self.parent_page.get_admin_display_title(),
            },
            form,
            buttons=buttons,
        )
        self.has_unsaved_changes = True
        return self.render_to_response(self.get_context_data())


create_page = require_admin_access(never_cache(NewPageView.as_view()))
