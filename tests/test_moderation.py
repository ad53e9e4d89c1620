"""Moderators review mentor applications in the Wagtail admin: the workflow brings them the work, they
list, filter, search, sort and export, decide with comments that stay in the history, the applicant
hears of each decision in their own language, and an acceptance makes a draft profile for editors.

Applications are made through the ORM (``make_application``), with a small real PDF in private storage.
"""

import csv
import io
import uuid
from datetime import date, timedelta

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core import mail
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.log_actions import registry
from wagtail.models import TaskState, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.fields import SynchronizedField

from mentors.applications import moderation
from mentors.models import (
    ApplicationReviewTask,
    AreaExperience,
    Language,
    MentorApplication,
    MentorDirectoryPage,
    MentorPage,
)
from programme.models import CallPage, ThematicArea
from search.models import DirectoryEntry
from tests.test_application_support import Applicant, open_the_call, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def admin_in_english(db):
    """These tests read the admin's English wording; the demo staff would otherwise see Slovenian."""
    for user in get_user_model().objects.filter(is_staff=True) | get_user_model().objects.filter(
        groups__name__in=["Editors", "Moderators"]
    ):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()


Status = MentorApplication.Status
NAMESPACE = "wagtailsnippets_mentors_mentorapplication"
PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def admin_url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


def make_application(
    first_name="Ana",
    last_name="Novak",
    *,
    email=None,
    language="sl",
    status=Status.SUBMITTED,
    areas=("advocacy",),
    languages=("sl", "en"),
    years_ngo=5,
    years_mentoring=3,
    publish_consent=True,
    cv_name="Življenjepis Ana.pdf",
    review=True,
    **fields,
):
    """An application as the public form stores it, with its CV written to private storage.

    ``review`` runs what the submission's commit triggers: the application enters the review workflow.
    """
    application = MentorApplication(
        submission_key=uuid.uuid4(),
        status=status,
        language=language,
        call=CallPage.objects.filter(locale__language_code=language).first(),
        first_name=first_name,
        last_name=last_name,
        email=email or f"{first_name}.{last_name}@example.org".lower(),
        phone="+386 40 123 456",
        country=fields.pop("country", "SI"),
        city=fields.pop("city", "Ljubljana"),
        organisation=fields.pop("organisation", "Društvo za razvoj"),
        role=fields.pop("role", "Programme lead"),
        website=fields.pop("website", "https://example.org/ana"),
        years_ngo_experience=years_ngo,
        years_mentoring_experience=years_mentoring,
        eu_values_experience="Training on equality and the rule of law.",
        hours_per_month=fields.pop("hours_per_month", 10),
        available_from=date(2026, 3, 1),
        cv_original_name=cv_name,
        cv_content_type="application/pdf",
        cv_size=len(PDF),
        privacy_consent_version="2025-11",
        publish_consent=publish_consent,
        **fields,
    )
    application.cv.save(cv_name, ContentFile(PDF), save=False)
    application.save()
    area_objects = list(ThematicArea.objects.filter(locale__language_code="sl", key__in=areas))
    application.thematic_areas.set(area_objects)
    application.languages.set(Language.objects.filter(code__in=languages))
    for area in area_objects:
        AreaExperience.objects.create(
            application=application,
            area=area,
            description=f"Ten years of {area.key} work with local NGOs.\nWorkshops and coaching.",
        )
    if review:
        moderation.enter_review(application)
    application.refresh_from_db()
    return application


def area(key, language="sl"):
    return ThematicArea.objects.get(key=key, locale__language_code=language)


def decide(client, application, decision, **data):
    return client.post(admin_url("decide", application.pk, decision), data)


def second_moderator():
    user = get_user_model().objects.create_user("moderator2", "moderator2@example.org", "x")
    user.groups.add(Group.objects.get(name="Moderators"))
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return user, client


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# --- The workflow brings the work ------------------------------------------------------------------


def test_a_new_application_enters_the_moderators_review_once_committed(django_capture_on_commit_callbacks):
    open_the_call()
    with django_capture_on_commit_callbacks(execute=True):
        Applicant("sl").submit(valid_data())
    application = MentorApplication.objects.get()
    assert application.workflow_in_progress
    task = application.current_workflow_task
    assert isinstance(task, ApplicationReviewTask)
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    assert application.latest_revision is not None  # the application as submitted
    # Wagtail's group e-mail does not duplicate the submission flow's notice to moderators.
    [notice] = [message for message in mail.outbox if "moderator@example.org" in message.to]
    assert application.reference in notice.subject and notice.reply_to == [application.email]


def test_new_applications_await_the_moderators_review_on_their_dashboard(moderator_client):
    make_application("Marta", "Kovač")
    page = moderator_client.get("/admin/").content.decode()
    assert "awaiting-review" in page
    assert "Marta Kovač" in page
    assert "mentor-applications" in page  # the panel with counts by status


def test_the_review_task_offers_the_four_decisions_to_moderators_only():
    application = make_application()
    task = application.current_workflow_task
    moderator = get_user_model().objects.get(username="moderator")
    editor = get_user_model().objects.get(username="editor")
    assert [name for name, _label, modal in task.get_actions(application, moderator)] == [
        "start_review",
        "request_information",
        "accept",
        "reject",
    ]
    assert task.get_actions(application, editor) == []


def test_withdrawn_applications_leave_the_dashboard():
    application = make_application()
    moderator = get_user_model().objects.get(username="moderator")
    assert TaskState.objects.reviewable_by(moderator).filter(workflow_state__object_id=str(application.pk))
    MentorApplication.objects.filter(pk=application.pk).update(status=Status.WITHDRAWN)
    assert not TaskState.objects.reviewable_by(moderator).filter(
        workflow_state__object_id=str(application.pk)
    )


# --- Listing, filters, search, sorting, export -----------------------------------------------------


def test_the_listing_shows_status_areas_country_languages_experience_and_date(moderator_client):
    application = make_application(areas=("advocacy", "gesi"), languages=("hr",), country="HR")
    page = moderator_client.get(admin_url("list")).content.decode()
    assert "Ana Novak" in page
    with translation.override("en"):  # the moderator's admin language
        assert application.get_status_display() in page
        assert str(Language.objects.get(code="hr")) in page
    for key in ("advocacy", "gesi"):
        assert ThematicArea.objects.get(key=key, locale__language_code="en").name in page
    assert "Croatia" in page
    assert "8 (NGO 5, mentoring 3)" in page
    assert admin_url("inspect", application.pk) in page


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"status": "in_review"}, {"Bor"}),
        ({"area": "gesi"}, {"Cvet", "Bor"}),
        ({"area": ["gesi", "advocacy"]}, {"Ana", "Bor", "Cvet"}),
        ({"country": "HR"}, {"Cvet"}),
        ({"working_language": "de"}, {"Bor"}),
        ({"experience_min": "10"}, {"Cvet"}),
        ({"language": "hr"}, {"Cvet"}),
        ({"q": "novak"}, {"Ana"}),
        ({"q": "cvet.horvat@"}, {"Cvet"}),
    ],
)
def test_moderators_filter_and_search_the_listing(moderator_client, query, expected):
    make_application("Ana", "Novak", areas=("advocacy",))
    make_application("Bor", "Zupan", areas=("gesi",), languages=("de",), status=Status.IN_REVIEW)
    make_application(
        "Cvet", "Horvat", areas=("gesi",), country="HR", language="hr", years_ngo=9, years_mentoring=4
    )
    page = moderator_client.get(admin_url("list_results"), query).content.decode()
    shown = {name for name in ("Ana", "Bor", "Cvet") if f"{name} " in page}
    assert shown == expected


def test_the_listing_filters_by_submission_date(moderator_client):
    old = make_application("Ana", "Novak")
    make_application("Bor", "Zupan")
    MentorApplication.objects.filter(pk=old.pk).update(submitted_at=timezone.now() - timedelta(days=40))
    since = (timezone.now() - timedelta(days=7)).date().isoformat()
    page = moderator_client.get(admin_url("list_results"), {"submitted_from": since}).content.decode()
    assert "Bor Zupan" in page and "Ana Novak" not in page


def test_the_listing_sorts_by_experience(moderator_client):
    make_application("Ana", "Novak", years_ngo=2, years_mentoring=1)
    make_application("Bor", "Zupan", years_ngo=10, years_mentoring=10)
    make_application("Cvet", "Horvat", years_ngo=5, years_mentoring=2)
    most_first = moderator_client.get(admin_url("list_results"), {"ordering": "-experience"}).content.decode()
    assert most_first.index("Bor Zupan") < most_first.index("Cvet Horvat") < most_first.index("Ana Novak")
    least_first = moderator_client.get(admin_url("list_results"), {"ordering": "experience"}).content.decode()
    assert least_first.index("Ana Novak") < least_first.index("Cvet Horvat") < least_first.index("Bor Zupan")


EXPORT_HEADINGS = [
    "Reference",
    "Status",
    "First name",
    "Last name",
    "E-mail",
    "Phone",
    "Country",
    "City",
    "Organisation",
    "Role",
    "Thematic areas",
    "Mentoring languages",
    "Years of NGO work",
    "Years of mentoring",
    "Total experience (years)",
    "Hours per month",
    "Available from",
    "Language of the application",
    "Agrees to a public profile",
    "Submitted",
]


def english(client):
    """Headings and labels in English, whatever the admin's default language."""
    client.cookies["django_language"] = "en"
    from wagtail.users.models import UserProfile

    user = client.get("/admin/").wsgi_request.user
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return client


def test_the_csv_export_has_the_listed_columns_and_no_cv(moderator_client):
    application = make_application(areas=("advocacy", "gesi"), cv_name="ana-secret-cv.pdf")
    response = english(moderator_client).get(admin_url("list"), {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == EXPORT_HEADINGS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Reference"] == application.reference
    assert row["E-mail"] == application.email
    assert row["Total experience (years)"] == "8"
    assert area("advocacy", "en").name in row["Thematic areas"]
    assert "ana-secret-cv" not in text and application.cv.name not in text and "%PDF" not in text


def test_the_xlsx_export_has_the_listed_columns_and_no_cv(moderator_client):
    application = make_application(cv_name="ana-secret-cv.pdf")
    response = english(moderator_client).get(admin_url("list"), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == EXPORT_HEADINGS
    assert rows[1][0] == application.reference
    assert not any("ana-secret-cv" in str(value) for row in rows for value in row)


def test_the_csv_export_defuses_formulas_typed_by_applicants(moderator_client):
    make_application('=HYPERLINK("http://evil.example")', "Novak")
    text = b"".join(moderator_client.get(admin_url("list"), {"export": "csv"}).streaming_content).decode()
    assert "'=HYPERLINK" in text


def test_the_export_follows_the_filters(moderator_client):
    make_application("Ana", "Novak", areas=("advocacy",))
    make_application("Bor", "Zupan", areas=("gesi",))
    text = b"".join(
        moderator_client.get(admin_url("list"), {"export": "csv", "area": "gesi"}).streaming_content
    ).decode()
    assert "Zupan" in text and "Novak" not in text


# --- The detail view --------------------------------------------------------------------------------


def test_the_detail_view_shows_everything_and_offers_the_decisions(moderator_client):
    application = make_application(areas=("advocacy",))
    page = moderator_client.get(admin_url("inspect", application.pk)).content.decode()
    for value in (
        application.reference,
        application.email,
        application.phone,
        "Društvo za razvoj",
        "Ten years of advocacy work",
        "Training on equality",
        "Življenjepis Ana.pdf",
        admin_url("cv", application.pk),
    ):
        assert value in page, value
    for decision in ("start_review", "request_information", "accept", "reject"):
        assert admin_url("decide", application.pk, decision) in page


def test_the_edit_url_leads_to_the_detail_view(moderator_client):
    application = make_application()
    response = moderator_client.get(admin_url("edit", application.pk))
    assert response.status_code == 302
    assert response["Location"] == admin_url("inspect", application.pk)


# --- Decisions --------------------------------------------------------------------------------------


def history(application):
    return list(registry.get_logs_for_instance(application).order_by("timestamp", "pk"))


def test_each_decision_is_recorded_with_who_when_and_the_comment(moderator_client):
    application = make_application()
    before = timezone.now()
    response = decide(moderator_client, application, "start_review", comment="CV looks strong")
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    entry = history(application)[-1]
    assert entry.action == "mentors.application.start_review"
    assert entry.user.username == "moderator"
    assert entry.timestamp >= before
    assert entry.data["comment"] == "CV looks strong"
    assert entry.data["status"] == {"from": "submitted", "to": "in_review"}
    page = moderator_client.get(admin_url("history", application.pk)).content.decode()
    assert "CV looks strong" in page
    assert "Review started" in page or "Pregled" in page


def test_asking_for_more_information_needs_a_message_for_the_applicant(moderator_client):
    application = make_application()
    response = decide(moderator_client, application, "request_information", comment="")
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    decide(moderator_client, application, "request_information", message="Please send references.")
    application.refresh_from_db()
    assert application.status == Status.NEEDS_INFORMATION
    assert application.workflow_in_progress  # the decision is still the moderators' to take


def test_accepting_completes_the_review_task_and_ends_the_workflow(moderator_client):
    application = make_application()
    decide(moderator_client, application, "start_review")
    decide(moderator_client, application, "accept", comment="Strong advocacy record")
    application.refresh_from_db()
    assert application.status == Status.ACCEPTED
    task_state = TaskState.objects.for_instance(application).get()
    assert task_state.status == TaskState.STATUS_APPROVED
    assert task_state.finished_by.username == "moderator"
    assert task_state.comment == "Strong advocacy record"
    assert task_state.workflow_state.status == WorkflowState.STATUS_APPROVED
    assert not application.live  # an application is never "published"
    moderator = get_user_model().objects.get(username="moderator")
    assert not TaskState.objects.reviewable_by(moderator).filter(
        workflow_state__object_id=str(application.pk)
    )
    page = moderator_client.get(admin_url("workflow_history", application.pk)).content.decode()
    assert "Review by moderators" in page


def test_rejecting_rejects_the_task_and_closes_the_workflow(moderator_client):
    application = make_application()
    decide(moderator_client, application, "reject", comment="Too little NGO experience")
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert application.mentor_page is None
    task_state = TaskState.objects.for_instance(application).get()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Too little NGO experience"
    assert task_state.workflow_state.status == WorkflowState.STATUS_CANCELLED
    assert not application.workflow_in_progress
    assert [entry.action for entry in history(application)][-1] == "mentors.application.reject"


def test_a_decided_application_cannot_be_decided_again(moderator_client):
    application = make_application()
    decide(moderator_client, application, "reject")
    response = decide(moderator_client, application, "accept")
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    with pytest.raises(moderation.DecisionError):
        moderation.decide(application, "accept", get_user_model().objects.get(username="moderator"))


def test_a_lock_keeps_other_moderators_from_deciding(moderator_client):
    application = make_application()
    response = moderator_client.post(
        admin_url("lock", application.pk), {"next": admin_url("inspect", application.pk)}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.locked and application.locked_by.username == "moderator"
    _, other = second_moderator()
    response = decide(other, application, "accept")
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    assert any("locked" in message for message in messages_of(response))
    decide(moderator_client, application, "accept")
    application.refresh_from_db()
    assert application.status == Status.ACCEPTED


def test_the_dashboards_workflow_actions_take_the_same_decisions(moderator_client):
    application = make_application()
    task_state = application.current_workflow_task_state
    response = moderator_client.post(
        admin_url("workflow_action", application.pk, "reject", task_state.pk),
        {"comment": "Outside the call's areas", "message": ""},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.REJECTED
    assert history(application)[-1].data["comment"] == "Outside the call's areas"


def test_decisions_are_taken_even_without_the_workflow(moderator_client):
    from wagtail.models import Workflow

    Workflow.objects.filter(name="Mentor applications").update(active=False)
    application = make_application()
    assert not application.workflow_in_progress
    decide(moderator_client, application, "start_review", comment="No workflow")
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    assert history(application)[-1].data["comment"] == "No workflow"


# --- Decision e-mails -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_the_applicant_hears_of_the_decision_in_their_language(
    moderator_client, django_capture_on_commit_callbacks, language
):
    application = make_application(language=language, areas=("gesi",), email="ana@example.org")
    other = make_application("Bor", "Zupan", email="bor@example.org")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        decide(
            moderator_client,
            application,
            "request_information",
            comment="internal note",
            message="Send references",
        )
    [email] = [message for message in mail.outbox if "ana@example.org" in message.to]
    assert email.to == ["ana@example.org"]
    assert application.reference in email.subject
    assert area("gesi", language).name in email.body
    assert "Send references" in email.body
    assert "internal note" not in email.body
    assert not email.attachments
    assert other.reference not in email.body and "Zupan" not in email.body
    assert "Življenjepis" not in email.body


def test_every_decision_sends_one_e_mail(moderator_client, django_capture_on_commit_callbacks):
    application = make_application(email="ana@example.org")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        decide(moderator_client, application, "start_review")
        decide(moderator_client, application, "accept")
    assert len([message for message in mail.outbox if message.to == ["ana@example.org"]]) == 2


# --- Acceptance makes a draft profile ---------------------------------------------------------------


def test_accepting_creates_a_draft_profile_in_the_applicants_language_directory(moderator_client):
    application = make_application(
        "Jana",
        "Đurić",
        language="hr",
        areas=("advocacy", "gesi"),
        languages=("hr", "en"),
        years_ngo=7,
        years_mentoring=4,
        hours_per_month=3,
        cv_name="jana-cv.pdf",
    )
    response = decide(moderator_client, application, "accept")
    application.refresh_from_db()
    profile = application.mentor_page.specific
    assert isinstance(profile, MentorPage)
    assert not profile.live
    assert profile.get_parent().specific == MentorDirectoryPage.objects.get(locale__language_code="hr")
    assert profile.locale.language_code == "hr"
    assert profile.title == "Jana Đurić"
    assert profile.slug == "jana-duric"
    assert profile.headline == "Programme lead, Društvo za razvoj"
    assert set(profile.thematic_areas.values_list("key", flat=True)) == {"advocacy", "gesi"}
    assert set(profile.languages.values_list("code", flat=True)) == {"hr", "en"}
    assert (profile.country, profile.city) == ("SI", "Ljubljana")
    assert (profile.years_ngo_experience, profile.years_mentoring_experience) == (7, 4)
    assert profile.availability == "limited"
    assert area("gesi", "hr").name in profile.bio and "Ten years of gesi work" in profile.bio
    assert profile.links[0].value["url"] == "https://example.org/ana"
    revision = str(profile.get_latest_revision().content)
    for private in (application.cv.name, "jana-cv", application.email, application.phone, "%PDF"):
        assert private not in revision and private not in str(profile.bio)
    assert any("profile" in message for message in messages_of(response))


def test_a_profile_defaults_to_the_slovenian_directory(moderator_client):
    MentorDirectoryPage.objects.filter(locale__language_code="en").delete()
    application = make_application(language="en")
    decide(moderator_client, application, "accept")
    application.refresh_from_db()
    assert application.mentor_page.get_parent().locale.language_code == "sl"


def test_without_consent_to_publish_no_profile_is_created_and_the_moderator_is_told(moderator_client):
    application = make_application(publish_consent=False)
    pages_before = MentorPage.objects.count()
    response = decide(moderator_client, application, "accept")
    application.refresh_from_db()
    assert application.status == Status.ACCEPTED
    assert application.mentor_page is None
    assert MentorPage.objects.count() == pages_before
    assert any("did not agree to a public profile" in message for message in messages_of(response))


def test_an_editor_publishes_the_profile_and_the_directory_lists_it(moderator_client, editor_client, client):
    application = make_application("Tina", "Zorko", areas=("advocacy",))
    decide(moderator_client, application, "accept")
    application.refresh_from_db()
    profile = application.mentor_page.specific
    assert not DirectoryEntry.objects.filter(page_id=profile.pk).exists()
    assert editor_client.get(f"/admin/pages/{profile.pk}/edit/").status_code == 200
    editor = get_user_model().objects.get(username="editor")
    assert profile.permissions_for_user(editor).can_publish()
    profile.get_latest_revision().publish(user=editor)
    entry = DirectoryEntry.objects.get(page_id=profile.pk)
    assert entry.name == "Tina Zorko" and " advocacy " in entry.areas
    found = client.get(profile.get_parent().url + "json/", {"q": "zorko"}).json()
    assert [hit["name"] for hit in found["hits"]] == ["Tina Zorko"]


# --- Selection support ------------------------------------------------------------------------------


def test_the_selection_view_counts_each_area_against_its_target_and_ranks_by_experience(moderator_client):
    ThematicArea.objects.filter(key="gesi").update(mentor_target=2)
    make_application("Ana", "Novak", areas=("gesi",), years_ngo=3, years_mentoring=1)
    bor = make_application("Bor", "Zupan", areas=("gesi", "advocacy"), years_ngo=10, years_mentoring=6)
    make_application("Cvet", "Horvat", areas=("gesi",), years_ngo=4, years_mentoring=5)
    make_application("Dan", "Lah", areas=("gesi",), years_ngo=20, years_mentoring=20, status=Status.WITHDRAWN)
    make_application("Eva", "Rus", areas=("gesi",), years_ngo=15, years_mentoring=0, status=Status.REJECTED)
    decide(moderator_client, bor, "accept")
    response = moderator_client.get(reverse("mentor-selection:index"), {"area": "gesi"})
    assert response.status_code == 200
    rows = {row["area"].key: row for row in response.context["rows"]}
    gesi = rows["gesi"]
    assert (gesi["applied"], gesi["open"], gesi["accepted"], gesi["target"], gesi["remaining"]) == (
        4,
        2,
        1,
        2,
        1,
    )
    assert gesi["competitive"]
    assert (rows["advocacy"]["applied"], rows["advocacy"]["accepted"]) == (1, 1)
    ranking = [item["application"].first_name for item in response.context["ranking"]]
    assert ranking == ["Bor", "Cvet", "Ana"]  # 16 years, then 9 (more mentoring), then 4
    assert [item["rank"] for item in response.context["ranking"]] == [1, 2, 3]


def test_the_mentor_target_is_editable_and_shared_by_the_translations(editor_client):
    assert any(
        isinstance(field, SynchronizedField) and field.field_name == "mentor_target"
        for field in ThematicArea.translatable_fields
    )
    advocacy = area("advocacy")
    page = editor_client.get(reverse("wagtailsnippets_programme_thematicarea:edit", args=[advocacy.pk]))
    assert 'name="mentor_target"' in page.content.decode()


def test_a_refused_decision_in_the_dashboards_modal_is_explained_not_an_error(moderator_client):
    application = make_application()
    task_state = application.current_workflow_task_state
    user, other = second_moderator()
    moderator_client.post(admin_url("lock", application.pk))
    response = other.post(
        admin_url("workflow_action", application.pk, "accept", task_state.pk),
        {"comment": "", "message": ""},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert response.json()["step"] == "success"
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    assert any("locked" in message for message in messages_of(response))


def test_a_decision_in_the_dashboards_modal_is_confirmed(moderator_client):
    application = make_application(publish_consent=False)
    task_state = application.current_workflow_task_state
    response = moderator_client.post(
        admin_url("workflow_action", application.pk, "accept", task_state.pk), {"comment": "", "message": ""}
    )
    assert response["Location"] == admin_url("inspect", application.pk)
    assert any("did not agree to a public profile" in message for message in messages_of(response))


def test_the_listing_and_export_take_no_more_queries_for_more_applications(moderator_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(params):
        with CaptureQueriesContext(connection) as captured:
            response = moderator_client.get(admin_url("list"), params)
            if response.streaming:
                b"".join(response.streaming_content)
        return len(captured)

    make_application("Ana", "Novak", areas=("advocacy", "gesi"))
    few = queries({}), queries({"export": "csv"})
    for number in range(6):
        make_application("Bor", f"Zupan{number}", areas=("gesi",), languages=("de", "en"))
    assert (queries({}), queries({"export": "csv"})) == few
