"""Editors publish pages, snippets and translations; Moderators are kept for the application workflow.

Wagtail's own initial data creates both groups with page permissions on the root; here Editors gain
publishing, snippets, translations and media, and Moderators lose the page rights Wagtail gave them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SNIPPET_MODELS = [("programme", "thematicarea"), ("programme", "partner"), ("core", "footer")]
PAGE_ACTIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MEDIA_ACTIONS = {"wagtailimages": "image", "wagtaildocs": "document"}


def ensure_permissions(apps):
    """Permissions are normally created after migrate; data migrations need them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def configure_groups(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    admin_access = permission("wagtailadmin", "access_admin")
    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name="Moderators")

    editors.permissions.add(admin_access, permission("wagtail_localize", "submit_translation"))
    for app_label, model in SNIPPET_MODELS:
        for action in ("add", "change", "delete"):
            editors.permissions.add(permission(app_label, f"{action}_{model}"))

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in PAGE_ACTIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root, permission=permission("wagtailcore", codename)
            )
    collection = Collection.objects.filter(depth=1).first()
    if collection is not None:
        for app_label, model in MEDIA_ACTIONS.items():
            for action in ("add", "change", "choose"):
                GroupCollectionPermission.objects.get_or_create(
                    group=editors, collection=collection, permission=permission(app_label, f"{action}_{model}")
                )

    moderators.permissions.set([admin_access])
    GroupPagePermission.objects.filter(group=moderators).delete()
    GroupCollectionPermission.objects.filter(group=moderators).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("programme", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(configure_groups, migrations.RunPython.noop)]
