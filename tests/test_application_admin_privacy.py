"""No admin address shows an applicant to someone without the moderators' right to applications.

The admin's URL patterns are read from Django's resolver, not listed by hand, so a view that Wagtail,
wagtail-localize or this site adds later is swept too (``tests/support/admin_sweep.py``). Every pattern
that takes an application's id (or its app label and model name, its revision, workflow or task state)
and every pattern without parameters (listings, reports, choosers, search, the dashboard) is requested
as an anonymous visitor, an editor, a moderator and a superuser. The first two never see the applicant's
last name, e-mail, city or reference; the others see them where they belong, which shows that the sweep
would find them.
"""

import pytest
from django.urls import reverse

from tests.support.admin_sweep import (
    APPLICANT,
    admin_patterns,
    applicant_in,
    skipped_patterns,
    sweep,
    swept_requests,
)
from tests.support.factories import MentorApplicationFactory
from tests.support.moderation import admin_url

pytestmark = pytest.mark.django_db

APPLICATION_VIEWS = "wagtailsnippets_mentors_mentorapplication:"


@pytest.fixture
def application(moderator_client):
    """An application in review, started and locked by a moderator: in the history, the workflow
    reports, the dashboard and the locks."""
    application = MentorApplicationFactory(**APPLICANT)
    moderator_client.post(admin_url("decide", application.pk, "start_review"), {"comment": "Qwerty"})
    moderator_client.post(admin_url("lock", application.pk))
    application.refresh_from_db()
    assert application.status == "in_review" and application.locked
    return application


def naming_applicant(responses, application):
    return [
        f"{swept.method.upper()} {swept.url} → {response.status_code}"
        for swept, response in responses
        if applicant_in(response, application)
    ]


def server_errors(responses):
    return [
        f"{swept.method.upper()} {swept.url}" for swept, response in responses if response.status_code >= 500
    ]


def test_the_sweep_reaches_every_kind_of_admin_view_that_could_show_an_application(application):
    swept = {request.pattern_name for request in swept_requests(application)}
    for expected in (
        "wagtailadmin_home",
        "wagtail_bulk_action",
        "wagtail_localize:snippets_api_listing",
        "wagtail_localize:snippets_api_detail",
        "wagtail_localize:submit_snippet_translation",
        "wagtail_localize:translations_report",
        "wagtailadmin_reports:site_history",
        "wagtailadmin_reports:workflow",
        "wagtailadmin_reports:workflow_tasks",
        "wagtailadmin_reports:locked_pages",
        "wagtailadmin_workflows:index",
        "wagtailadmin_workflows:usage",
        "wagtailadmin_workflows:task_index",
        "wagtailadmin_pages:search",
        "wagtailadmin_editing_sessions:ping",
        "wagtailsnippets:index",
        APPLICATION_VIEWS + "list",
        APPLICATION_VIEWS + "inspect",
        APPLICATION_VIEWS + "history",
        APPLICATION_VIEWS + "revisions_compare",
        APPLICATION_VIEWS + "workflow_action",
        APPLICATION_VIEWS + "workflow_history_detail",
    ):
        assert expected in swept, expected
    assert len(admin_patterns()) > 250
    skipped = [pattern.route for pattern in skipped_patterns(application)]
    assert not [route for route in skipped if "mentorapplication" in route or "localize/api" in route]


@pytest.mark.parametrize("who", ["client", "editor_client"])
def test_anonymous_visitors_and_editors_find_no_applicant_anywhere_in_the_admin(request, who, application):
    responses = sweep(request.getfixturevalue(who), application)
    assert not naming_applicant(responses, application), "\n".join(naming_applicant(responses, application))
    assert not server_errors(responses), server_errors(responses)
    application.refresh_from_db()
    assert application.status == "in_review" and application.locked  # their posts changed nothing


@pytest.mark.parametrize(
    "who, where",
    [
        ("moderator_client", ()),
        ("admin_client", ("wagtailadmin_reports:workflow", "wagtailadmin_reports:workflow_tasks")),
    ],
)
def test_moderators_and_superusers_find_the_applicant_where_they_belong(request, who, where, application):
    responses = sweep(request.getfixturevalue(who), application, posts=False)
    naming = {swept.pattern_name for swept, response in responses if applicant_in(response, application)}
    for expected in (
        "wagtailadmin_home",
        "wagtailadmin_reports:site_history",
        APPLICATION_VIEWS + "list",
        APPLICATION_VIEWS + "inspect",
        APPLICATION_VIEWS + "history",
        *where,
    ):
        assert expected in naming, expected
    assert not server_errors(responses), server_errors(responses)


# --- The two ways in that the probe found -----------------------------------------------------------


@pytest.mark.parametrize("who", ["editor_client", "moderator_client", "admin_client"])
def test_wagtail_localize_does_not_serve_applications_to_anyone(request, who, application):
    user_client = request.getfixturevalue(who)
    for url in (
        reverse("wagtail_localize:snippets_api_listing", args=["mentors", "mentorapplication"]),
        reverse(
            "wagtail_localize:snippets_api_detail", args=["mentors", "mentorapplication", application.pk]
        ),
    ):
        response = user_client.get(url, follow=True)  # the admin's 404 goes by the language prefix
        assert response.status_code == 404, url
        assert not applicant_in(response, application), url
    # Applications are not translatable: there is nothing to submit (who may not submit is turned back).
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["mentors", "mentorapplication", application.pk]
    )
    response = user_client.get(submit)
    assert response.status_code in (302, 404) and not applicant_in(response, application)


def test_applications_are_not_translatable_content(application):
    from wagtail.models import get_translatable_models
    from wagtail_localize.models import TranslationSource

    assert type(application) not in get_translatable_models(include_subclasses=True)
    assert not TranslationSource.objects.filter(specific_content_type__model="mentorapplication").exists()


def test_wagtail_localize_still_titles_the_snippets_a_translation_can_choose(editor_client):
    from programme.models import ThematicArea

    area = ThematicArea.objects.sources().get(key="advocacy")
    response = editor_client.get(
        reverse("wagtail_localize:snippets_api_detail", args=["programme", "thematicarea", area.pk])
    )
    assert response.status_code == 200
    assert response.json()["title"] == str(area)
    listing = editor_client.get(
        reverse("wagtail_localize:snippets_api_listing", args=["programme", "thematicarea"])
    )
    assert listing.status_code == 200 and str(area) in listing.content.decode()


@pytest.mark.parametrize("who", ["editor_client", "moderator_client", "admin_client"])
def test_bulk_actions_on_applications_do_not_exist_and_name_nobody(request, who, application):
    user_client = request.getfixturevalue(who)
    url = reverse("wagtail_bulk_action", args=["mentors", "mentorapplication", "delete"])
    for query in (f"?id={application.pk}", "?id=all", f"?id={application.pk}&id={application.pk + 1}"):
        response = user_client.get(url + query, follow=True)
        assert response.status_code == 404, query
        assert not applicant_in(response, application), query
    response = user_client.post(f"{url}?id={application.pk}", {"id": application.pk})
    assert response.status_code in (302, 404) and not applicant_in(response, application)
    assert type(application).objects.filter(pk=application.pk).exists()


def test_bulk_actions_still_work_for_other_snippets(admin_client):
    from programme.models import Partner

    partner = Partner.objects.first()
    url = reverse("wagtail_bulk_action", args=["programme", "partner", "delete"])
    response = admin_client.get(f"{url}?id={partner.pk}")
    assert response.status_code == 200
    assert str(partner) in response.content.decode()


def test_the_page_explorers_api_still_answers_editors(editor_client):
    from wagtail.models import Page

    root = Page.get_first_root_node()
    response = editor_client.get(
        reverse("wagtailadmin_api:pages:listing"), {"child_of": root.pk, "for_explorer": 1}
    )
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] >= 1
