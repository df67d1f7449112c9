"""The newsletter sign-up form shown in every page's footer."""

from django import template

from ..forms import SignupForm, current_language

register = template.Library()

FOOTER_FORM_ID = "footer-newsletter-%s"


@register.inclusion_tag("components/newsletter_signup.html", takes_context=True)
def newsletter_signup(context):
    """The footer form, with the page's language preselected and the page's path sent along.

    Left out on the newsletter's own pages, which show the form in their main content:
    two identical forms on one page would only confuse.
    """
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if request is None or (match is not None and match.namespace == "newsletter"):
        return {"form": None}
    form = SignupForm(
        auto_id=FOOTER_FORM_ID, initial={"language": current_language(), "source": request.path}
    )
    return {"form": form, "request": request}
