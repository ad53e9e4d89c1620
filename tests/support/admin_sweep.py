"""A sweep of the Wagtail admin's URL patterns for one application, read from Django's resolver.

``swept_requests`` turns every admin pattern that can concern an application into concrete requests:
its parameters filled with the application's own id, app label and model name, its revision, workflow,
task and task state, and a plausible value for the rest (a decision, a bulk action); patterns without
parameters (listings, reports, choosers, search, the dashboard) are requested plain, searched for the
applicant and exported. Patterns about other objects only (pages, images, users, translations of
translation sources, which applications never are) are left out: ``skipped_patterns`` names them.
"""

import io
import zipfile
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RoutePattern
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.generic.chooser import BaseChooseView
from wagtail.admin.views.generic.models import IndexView

APPLICANT = {
    "first_name": "Zvezdana",
    "last_name": "Qwertyjeva",
    "email": "zvezdana.qwertyjeva@example.org",
    "city": "Xylogradec",
}
# Searched for, and so echoed by search pages: never looked for in a response.
SEARCH = APPLICANT["first_name"]
REVEALING = ("last_name", "email", "city")

# Parameterless views that must not be swept: logging out ends the session; the rest are error pages.
NOT_SWEPT = {"wagtailadmin_logout", "wagtailadmin_error_test", None}


@dataclass(frozen=True)
class AdminPattern:
    route: str
    name: str | None
    params: tuple
    view_class: type | None = None

    @property
    def is_listing(self):
        """A listing, report or chooser: it can be searched (``q``) and, some, exported."""
        return bool(self.view_class and issubclass(self.view_class, (IndexView, BaseChooseView)))

    @property
    def is_exportable(self):
        return bool(self.view_class and issubclass(self.view_class, IndexView))


@dataclass(frozen=True)
class SweptRequest:
    pattern_name: str
    url: str
    method: str = "get"
    data: dict = field(default_factory=dict, hash=False, compare=False)


def _walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            if isinstance(pattern.pattern, RoutePattern):
                params = tuple(pattern.pattern.converters)
            else:
                params = tuple(pattern.pattern.regex.groupindex)
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            view_class = getattr(pattern.callback, "view_class", None)
            yield AdminPattern(prefix + str(pattern.pattern), name, params, view_class)


def admin_patterns():
    """Every URL pattern under /admin/, as Django resolves them."""
    return [pattern for pattern in _walk(get_resolver().url_patterns) if pattern.route.startswith("admin/")]


def _application_values(application):
    task_state = application.current_workflow_task_state
    workflow = application.get_workflow()
    return {
        "app_label": "mentors",
        "app_name": "mentors",
        "content_type_app_name": "mentors",
        "model_name": "mentorapplication",
        "content_type_model_name": "mentorapplication",
        "pk": application.pk,
        "object_id": application.pk,
        "revision_id": application.latest_revision_id,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "task_state_id": task_state.pk,
        "workflow_state_id": task_state.workflow_state_id,
        "action_name": "request_information",
        "decision": "request_information",
        "session_id": 1,
        "action": "delete",
        "task_id": task_state.task_id,
        "workflow_pk": workflow.pk,
        "email_id": _email_about(application),
    }


def _email_about(application):
    from impact4values.core.models import OutgoingEmail

    email = OutgoingEmail.objects.filter(about_id=application.pk, kind__startswith="application.").first()
    return email.pk if email else 1


# The parameters that tie a pattern to an application; a pattern with none of them is about something else.
APPLICATION_PARAMS = {"app_label", "app_name", "content_type_app_name", "object_id", "pk"} | {
    "revision_id",
    "task_state_id",
    "workflow_state_id",
}
APPLICATION_NAMESPACES = ("wagtailsnippets_mentors_mentorapplication:", "wagtailadmin_workflows:")


def _kwargs_for(pattern, values):
    """The pattern's parameters filled for the application, or None if it is not about applications."""
    name = pattern.name or ""
    params = set(pattern.params)
    if not params & APPLICATION_PARAMS or not params <= set(values):
        return None
    if "pk" in params and "app_label" not in params and not name.startswith(APPLICATION_NAMESPACES):
        return None  # another model's own views (users, sites, the footer, …)
    kwargs = {param: values[param] for param in pattern.params}
    if name.startswith("wagtailadmin_workflows:") and "pk" in params:
        # The application's workflow and its task.
        kwargs["pk"] = values["task_id"] if "task" in name else values["workflow_pk"]
    return kwargs


def skipped_patterns(application):
    """The admin patterns the sweep leaves out: about other objects only, or not to be requested."""
    swept = {request.pattern_name for request in swept_requests(application)}
    return [pattern for pattern in admin_patterns() if pattern.name not in swept]


def swept_requests(application):
    """The requests of the sweep, in the resolver's order."""
    values = _application_values(application)
    requests = []
    for pattern in admin_patterns():
        if not pattern.params:
            if pattern.name in NOT_SWEPT:
                continue
            url = reverse(pattern.name)
            requests.append(SweptRequest(pattern.name, url))
            if pattern.is_listing or "search" in pattern.name:
                requests.append(SweptRequest(pattern.name, f"{url}?q={SEARCH}"))
            if pattern.is_exportable:
                requests += [SweptRequest(pattern.name, f"{url}?export={kind}") for kind in ("csv", "xlsx")]
            continue
        kwargs = _kwargs_for(pattern, values)
        if kwargs is None:
            continue
        if pattern.name == "wagtail_bulk_action":
            actions = {
                action.action_type
                for action in bulk_action_registry.get_bulk_actions_for_model("mentors", "mentorapplication")
            } | {"delete"}
            for action in sorted(actions):
                url = reverse(pattern.name, kwargs={**kwargs, "action": action})
                requests += [
                    SweptRequest(pattern.name, f"{url}?id={application.pk}"),
                    SweptRequest(pattern.name, f"{url}?id=all"),
                    SweptRequest(pattern.name, f"{url}?id={application.pk}", "post", {"id": application.pk}),
                ]
            continue
        url = reverse(pattern.name, kwargs=kwargs)
        requests += [
            SweptRequest(pattern.name, url),
            SweptRequest(pattern.name, url, "post", {"comment": SEARCH, "message": SEARCH}),
        ]
    # Wagtail's catch-all answers unknown admin addresses.
    requests.append(
        SweptRequest("wagtailadmin catch-all", f"/admin/mentors/mentorapplication/{application.pk}/")
    )
    return requests


def sweep(client, application, posts=True):
    """(request, response) for every swept request made by ``client``; GETs only without ``posts``."""
    responses = []
    for swept in swept_requests(application):
        if swept.method == "post" and not posts:
            continue
        response = getattr(client, swept.method)(swept.url, swept.data)
        responses.append((swept, response))
    return responses


def text_of(response):
    """A response's body as text, streamed or not; a spreadsheet export (XLSX) unpacked."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if body.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            body = b" ".join(archive.read(name) for name in archive.namelist())
    headers = " ".join(f"{key}: {value}" for key, value in response.items())
    return body.decode("utf-8", errors="replace") + headers


def applicant_in(response, application):
    """Whether a response names the applicant: last name, e-mail, city or reference."""
    text = text_of(response)
    return any(value in text for value in (*(APPLICANT[key] for key in REVEALING), application.reference))
