"""Newsletter pages: sign up, check your inbox, confirm, unsubscribe.

The sign-up and unsubscribe views take POSTs without a CSRF token, on purpose:
- Sign-up: the form is in every page's footer, and a token there would set a cookie on
  every reader and keep pages out of shared caches. A forged sign-up can do no more than
  a direct one (a confirmation email, rate-limited), because only the mailbox's owner
  can confirm.
- Unsubscribe: mail programs POST "List-Unsubscribe=One-Click" (RFC 8058) with no
  cookie at all; the signed link is what authorises it.
"""

from django.conf import settings
from django.core import signing
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from .abuse import SIGNUP_LIMIT
from .forms import CONSENT_TEXT, SignupForm
from .models import Subscriber
from .subscriptions import sign_up
from .tokens import read_confirmation_token, read_unsubscribe_token

PAGE_FORM_ID = "newsletter-%s"


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    status = 200
    if request.method == "POST":
        form = SignupForm(request.POST, auto_id=PAGE_FORM_ID)
        if form.is_valid():
            problem = SIGNUP_LIMIT.check(request, address=form.cleaned_data["email"])
            if problem is None:
                sign_up(
                    email=form.cleaned_data["email"],
                    language=form.cleaned_data["language"],
                    consent_text=str(CONSENT_TEXT),
                    source_url=form.cleaned_data["source"],
                    request=request,
                )
                # The same answer whatever the address's history.
                return redirect("newsletter:thanks")
            form.add_error(None, problem)
            status = 429
        else:
            status = 400
    else:
        form = SignupForm(auto_id=PAGE_FORM_ID)
    return render(request, "newsletter/signup.html", {"form": form}, status=status)


@require_GET
def thanks(request):
    return render(request, "newsletter/thanks.html")


def _link_problem(request, problem, status):
    context = {
        "problem": problem,
        "form": SignupForm(auto_id=PAGE_FORM_ID),
        "max_age_days": settings.NEWSLETTER_CONFIRMATION_MAX_AGE_DAYS,
    }
    return render(request, "newsletter/link_problem.html", context, status=status)


@never_cache
@require_GET
def confirm(request, token):
    try:
        subscriber_id, consent_stamp = read_confirmation_token(token)
    except signing.SignatureExpired:
        return _link_problem(request, "expired", 410)
    except signing.BadSignature:
        return _link_problem(request, "invalid", 400)
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return _link_problem(request, "invalid", 400)
    if subscriber.status == Subscriber.Status.PENDING:
        if subscriber.consent_stamp != consent_stamp:
            # A newer sign-up sent a newer link; only that one counts.
            return _link_problem(request, "superseded", 400)
        subscriber.confirm()
    return render(request, "newsletter/confirmed.html", {"subscriber": subscriber})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """One step: following the link unsubscribes (HEAD, which changes nothing, is what some
    link checkers send). The page then offers to undo it, in case a mail scanner
    followed the link rather than the reader."""
    try:
        subscriber_id = read_unsubscribe_token(token)
    except signing.BadSignature:
        return _link_problem(request, "invalid", 400)
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    resubscribed = False
    if subscriber is not None and request.method != "HEAD":
        if request.POST.get("action") == "resubscribe" and subscriber.can_resubscribe:
            subscriber.resubscribe()
            resubscribed = True
        else:
            subscriber.unsubscribe()
    # An address an editor erased is as unsubscribed as it can be: the same page.
    return render(
        request, "newsletter/unsubscribed.html", {"subscriber": subscriber, "resubscribed": resubscribed}
    )
