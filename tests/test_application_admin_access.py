"""Only moderators and superusers see mentor applications and CVs in the admin.

Every application URL and the CV download: anonymous visitors are sent to the admin login; editors
(admin users without the moderator role) are turned back to the dashboard with Wagtail's "no permission"
message and never see an applicant's data; moderators and superusers get through. CVs live outside
MEDIA_ROOT and the static files, so no public address reaches them.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import NoReverseMatch, reverse
from wagtail.log_actions import registry

from mentors.applications.storage import private_storage
from tests.support.factories import CV_PDF, MentorApplicationFactory
from tests.support.moderation import admin_url

pytestmark = pytest.mark.django_db

EMAIL = "zala.zvezdic@example.org"


@pytest.fixture
def application():
    return MentorApplicationFactory(
        first_name="Zala", last_name="Zvezdič", email=EMAIL, cv_original_name='../../Zala "CV"; rm -rf.pdf'
    )


def get_urls(application):
    pk = application.pk
    task_state = application.current_workflow_task_state
    return [
        admin_url("list"),
        admin_url("list_results"),
        admin_url("list") + "?q=zvezdi",
        admin_url("list") + "?export=csv",
        admin_url("list") + "?export=xlsx",
        admin_url("inspect", pk),
        admin_url("edit", pk),
        admin_url("history", pk),
        admin_url("revisions_compare", pk, "earliest", "latest"),
        admin_url("revisions_revert", pk, application.latest_revision_id),
        admin_url("history_results", pk),
        admin_url("workflow_history", pk),
        admin_url("workflow_history_detail", pk, task_state.workflow_state_id),
        admin_url("usage", pk),
        admin_url("decide", pk, "accept"),
        admin_url("cv", pk),
        admin_url("workflow_action", pk, "accept", task_state.pk),
        admin_url("collect_workflow_action_data", pk, "accept", task_state.pk),
        admin_url("confirm_workflow_cancellation", pk),
        reverse("mentor-selection:index"),
        reverse("mentor-selection:index") + "?area=advocacy",
    ]


def post_urls(application):
    pk = application.pk
    task_state = application.current_workflow_task_state
    return [
        admin_url("decide", pk, "accept"),
        admin_url("decide", pk, "reject"),
        admin_url("workflow_action", pk, "accept", task_state.pk),
        admin_url("lock", pk),
        admin_url("unlock", pk),
        admin_url("delete", pk),
    ]


def shows_nothing_of(response, application):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8", errors="replace")
    return all(value not in text for value in ("Zvezdič", EMAIL, application.reference, "%PDF"))


def test_anonymous_visitors_are_sent_to_the_login_from_every_application_url(client, application):
    for url in get_urls(application):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url
        assert shows_nothing_of(response, application)
    for url in post_urls(application):
        response = client.post(url, {"comment": "x"})
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url
    application.refresh_from_db()
    assert application.status == "submitted"


def test_editors_are_forbidden_and_see_nothing(editor_client, application):
    for url in get_urls(application):
        response = editor_client.get(url)
        assert response.status_code == 403, url
        assert shows_nothing_of(response, application), url


def test_editors_cannot_decide_lock_or_delete(editor_client, application):
    for url in post_urls(application):
        response = editor_client.post(url, {"comment": "x", "message": "x"})
        assert response.status_code == 403, url
    application.refresh_from_db()
    assert application.status == "submitted"
    assert not application.locked


def test_editors_see_no_application_on_the_dashboard_or_in_the_reports(editor_client, application):
    for url in ("/admin/", "/admin/reports/site-history/", "/admin/reports/workflow/", "/admin/snippets/"):
        response = editor_client.get(url)
        assert response.status_code in (200, 302), url
        assert shows_nothing_of(response, application), url
    assert b"mentor-applications" not in editor_client.get("/admin/").content


@pytest.mark.parametrize("who", ["moderator_client", "admin_client"])
def test_moderators_and_superusers_reach_every_application_url(request, who, application):
    user_client = request.getfixturevalue(who)
    for url in get_urls(application):
        if "/workflow/" in url:
            continue  # Wagtail's modal views answer XMLHttpRequests; test_moderation posts to them
        response = user_client.get(url)
        if "/edit/" in url or "/revert/" in url:  # applications are not edited: → the detail view
            assert response["Location"] == admin_url("inspect", application.pk), url
        else:
            assert response.status_code == 200, url


def test_nobody_adds_or_deletes_applications_in_the_admin(admin_client, application):
    for url in (admin_url("add"), admin_url("delete", application.pk)):
        assert admin_client.get(url).status_code == 403, url
    assert admin_client.post(admin_url("delete", application.pk)).status_code == 403
    application.refresh_from_db()  # still there


def test_there_is_no_snippet_chooser_listing_applications(editor_client):
    with pytest.raises(NoReverseMatch):
        reverse("wagtailsnippetchoosers_mentors_mentorapplication:choose")
    response = editor_client.get("/admin/snippets/choose/mentors/mentorapplication/", follow=True)
    assert response.status_code == 404


# --- The CV download --------------------------------------------------------------------------------


def test_the_cv_downloads_as_an_attachment_with_a_safe_name(moderator_client, application):
    response = moderator_client.get(admin_url("cv", application.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == CV_PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    name = disposition.split("filename", 1)[1]
    assert ".." not in name and "/" not in name and ";" not in name.replace("*=utf-8''", "")
    assert "Zala" in name and name.rstrip('"').endswith(".pdf")


def test_a_cv_download_is_recorded_in_the_history(moderator_client, application):
    moderator_client.get(admin_url("cv", application.pk))
    entry = registry.get_logs_for_instance(application).order_by("-timestamp", "-pk").first()
    assert entry.action == "mentors.application.download_cv"
    assert entry.user.username == "moderator"


def test_an_unexpected_cv_type_downloads_as_plain_bytes(moderator_client, application):
    type(application).objects.filter(pk=application.pk).update(cv_content_type="text/html")
    response = moderator_client.get(admin_url("cv", application.pk))
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")


def test_a_missing_cv_file_is_a_404_not_an_error(moderator_client, application):
    private_storage.delete(application.cv.name)
    assert moderator_client.get(admin_url("cv", application.pk), follow=True).status_code == 404


def test_cvs_are_not_reachable_under_the_media_or_static_urls(client, moderator_client, application):
    name = application.cv.name
    stored = Path(private_storage.path(name)).resolve()
    assert stored.is_file()
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in stored.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in stored.parents
    for static_root in [Path(directory).resolve() for directory in settings.STATICFILES_DIRS]:
        assert static_root not in stored.parents
    assert finders.find(name) is None
    with pytest.raises(ValueError):
        private_storage.url(name)
    for prefix in (settings.MEDIA_URL, settings.STATIC_URL, "/", "/sl/", "/private/", "/media/private/"):
        for visitor in (client, moderator_client):
            response = visitor.get(prefix + name, follow=True)
            assert response.status_code == 404, prefix
            assert shows_nothing_of(response, application)


def test_no_usage_listing_points_back_at_an_applicant(editor_client, application):
    from wagtail.models import ReferenceIndex

    assert not ReferenceIndex.objects.filter(
        content_type__app_label="mentors", content_type__model="mentorapplication"
    ).exists()
    response = editor_client.get(f"/admin/pages/{application.call_id}/usage/")
    assert response.status_code == 200 and shows_nothing_of(response, application)
