"""The call page's application routes: the form (GET) and its submission (POST) on the page's own
address, and the thank-you page that follows a stored application (post/redirect/get).

``CallPage`` hands its two routes here (``call`` and ``thanks``): the one place the programme's page
calls up into the applications wing.
"""

import logging

from django.conf import settings
from django.contrib import messages
from django.db import DatabaseError
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.translation import get_language, gettext, ngettext

from impact4values.core.models import Footer

from . import ratelimit, submission
from .forms import MentorApplicationForm

logger = logging.getLogger(__name__)

# Where the thank-you page finds the reference of the application this browser just sent.
SESSION_KEY = "mentor_application"


def call(request, page):
    if request.method == "POST":
        return receive(request, page)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    return render_call(request, page)


def thanks(request, page):
    sent = request.session.get(SESSION_KEY) or {}
    if not sent.get("reference") or sent.get("call") != str(page.translation_key):
        if page.is_open():
            messages.info(
                request,
                gettext(
                    "We have no application from this browser to confirm yet. "
                    "To apply, fill in the form on this page."
                ),
            )
        else:
            messages.info(request, gettext("We have no application from this browser to confirm."))
        return HttpResponseRedirect(page.get_url(request) + "#apply")
    return page.render(
        request,
        template="mentors/application/thanks.html",
        context_overrides={"reference": sent["reference"]},
    )


def render_call(request, page, form=None, status=200, late=False):
    is_open = page.is_open()
    if is_open and form is None:
        form = MentorApplicationForm(call=page)
    footer = Footer.for_active_language()
    privacy = footer.privacy_page if footer else None
    response = page.render(
        request,
        context_overrides={
            "call_is_open": is_open,
            "application_form": form if is_open else None,
            "late_application": late,
            "privacy_url": privacy.get_url(request) if privacy else "",
        },
    )
    response.status_code = status
    return response


def receive(request, page):
    existing = submission.find(request.POST.get("submission_key"))
    if existing is not None:  # a double click or a re-sent form: the same application, again
        return redirect_to_thanks(request, page, existing)
    if not page.is_open():
        return render_call(request, page, status=403, late=True)
    form = MentorApplicationForm(request.POST, request.FILES, call=page)
    passage = ratelimit.attempt(request)
    if passage.refused:
        return too_many(request, page, form, passage)
    if form.is_trapped():  # a robot's attempt counts: it keeps its pass
        form.add_error(
            None,
            gettext("We could not accept this application. Please write to us at %(email)s.")
            % {"email": page.contact_email},
        )
        return render_call(request, page, form, status=400)
    if not form.is_valid():
        passage.release()
        return render_call(request, page, form, status=400)
    try:
        result = submission.submit(form, call=page, language=application_language())
    except (DatabaseError, OSError):
        passage.release()
        logger.exception("An application to %s could not be stored", page)
        form.add_error(
            None,
            gettext(
                "Your application could not be stored because of a fault on our side, and nothing was "
                "saved. Please choose your CV again and send the form in a few minutes."
            ),
        )
        return render_call(request, page, form, status=503)
    if not result.created:
        passage.release()
    return redirect_to_thanks(request, page, result.application)


def too_many(request, page, form, refusal):
    """429 with the form as sent, saying when this address may apply again."""
    minutes = -(-refusal.seconds_left // 60)
    form.add_error(
        None,
        ngettext(
            "Several applications have already been sent from your network address. To protect the "
            "call from abuse we accept no more from it for now: try again in %(minutes)d minute, or "
            "write to %(email)s.",
            "Several applications have already been sent from your network address. To protect the "
            "call from abuse we accept no more from it for now: try again in %(minutes)d minutes, or "
            "write to %(email)s.",
            minutes,
        )
        % {"minutes": minutes, "email": page.contact_email},
    )
    response = render_call(request, page, form, status=429)
    response["Retry-After"] = str(refusal.seconds_left)
    return response


def application_language():
    """The language the applicant used: the page's, as Wagtail serves each under its prefix."""
    language = (get_language() or "").split("-")[0]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def redirect_to_thanks(request, page, application):
    request.session[SESSION_KEY] = {"reference": application.reference, "call": str(page.translation_key)}
    response = HttpResponseRedirect(page.get_url(request) + page.reverse_subpage("thanks"))
    response.status_code = 303  # See Other: the browser follows with a GET
    return response
