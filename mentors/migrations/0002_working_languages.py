from django.db import migrations

CODES = ["sl", "hr", "en", "bs", "sr", "de", "it", "hu", "fr"]


def create_languages(apps, schema_editor):
    Language = apps.get_model("mentors", "Language")
    for code in CODES:
        Language.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("mentors", "0001_initial")]

    operations = [migrations.RunPython(create_languages, migrations.RunPython.noop)]
