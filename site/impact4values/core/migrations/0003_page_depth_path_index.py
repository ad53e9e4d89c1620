"""An index on Wagtail's page table for the queries every public page makes.

The language switcher asks for the home pages (depth 2) and the main menu for a home page's children
(depth 3 under a path): without an index on depth, both scan every page, which grows with the mentor
directory. Wagtail's own migrations do not create one.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_editor_and_moderator_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS core_page_depth_path ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS core_page_depth_path",
        )
    ]
