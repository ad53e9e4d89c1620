"""Moderators review mentor applications: their permissions, and the workflow that brings them the work.

Moderators may view and change (decide on) applications and download CVs; nobody else but superusers
may. The workflow "Mentor applications" has one task, a review by the Moderators group, and is assigned
to the application model, so every new application lands on the moderators' dashboard.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Mentor applications"
TASK_NAME = "Review by moderators"
MODERATOR_PERMISSIONS = ["view_mentorapplication", "change_mentorapplication", "download_cv"]


def ensure_permissions(apps):
    """Permissions are normally created after migrate; data migrations need them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def set_up_review(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    ApplicationReviewTask = apps.get_model("mentors", "ApplicationReviewTask")

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(
        *Permission.objects.filter(content_type__app_label="mentors", codename__in=MODERATOR_PERMISSIONS)
    )

    task_type, _ = ContentType.objects.get_or_create(app_label="mentors", model="applicationreviewtask")
    application_type, _ = ContentType.objects.get_or_create(app_label="mentors", model="mentorapplication")
    task = ApplicationReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = ApplicationReviewTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowContentType.objects.update_or_create(content_type=application_type, defaults={"workflow": workflow})


def tear_down_review(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    ApplicationReviewTask = apps.get_model("mentors", "ApplicationReviewTask")
    for moderators in Group.objects.filter(name="Moderators"):
        moderators.permissions.remove(
            *Permission.objects.filter(content_type__app_label="mentors", codename__in=MODERATOR_PERMISSIONS)
        )
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    ApplicationReviewTask.objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_editor_and_moderator_groups"),
        ("mentors", "0004_application_review_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(set_up_review, tear_down_review)]
