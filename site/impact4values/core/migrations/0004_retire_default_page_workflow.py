"""Retire Wagtail's default page workflow ("Moderators approval" on the root page).

Editors publish pages themselves, and the Moderators group is reserved for mentor applications with no
page rights (0002): a page sent to that workflow would wait for people who cannot open it.
"""

from django.db import migrations


def retire(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    defaults = Workflow.objects.filter(name="Moderators approval")
    WorkflowPage.objects.filter(workflow__in=defaults).delete()
    defaults.update(active=False)


class Migration(migrations.Migration):
    dependencies = [("core", "0003_page_depth_path_index"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(retire, migrations.RunPython.noop)]
