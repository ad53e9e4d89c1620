"""The project's workflow and task names read in the admin user's language, wherever Wagtail prints them."""

from pathlib import Path

import pytest
from django.template import engines
from django.urls import reverse
from wagtail.models import Task, Workflow
from wagtail.users.models import UserProfile

from impact4values.core.workflow_names import NAMED_IN, TITLE_CELL, TITLE_CELLS, with_filter
from mentors.models.review import TASK_NAME, WORKFLOW_NAME

NAMES = {
    "sl": ("Prijave mentorjev", "Pregled moderatorjev"),
    "hr-hr": ("Prijave mentora", "Pregled moderatora"),
    "en": ("Mentor applications", "Review by moderators"),
}


def admin_in(admin_client, language):
    from django.contrib.auth import get_user_model

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = language
    profile.save()
    return admin_client


def test_the_review_workflow_and_task_are_stored_under_their_msgids(db):
    assert Workflow.objects.filter(name=WORKFLOW_NAME, active=True).exists()
    assert Task.objects.filter(name=TASK_NAME, active=True).exists()


@pytest.mark.parametrize("language", NAMES)
def test_the_workflows_listing_names_workflow_and_task_in_the_admin_language(admin_client, language):
    html = admin_in(admin_client, language).get(reverse("wagtailadmin_workflows:index")).content.decode()
    workflow, task = NAMES[language]
    assert workflow in html and task in html
    for other, names in NAMES.items():
        if other != language:
            assert names[0] not in html and names[1] not in html


@pytest.mark.parametrize("language", ["sl", "hr-hr"])
def test_the_tasks_listing_names_the_task_in_the_admin_language(admin_client, language):
    html = admin_in(admin_client, language).get(reverse("wagtailadmin_workflows:task_index")).content.decode()
    assert NAMES[language][1] in html
    assert "Review by moderators" not in html


def test_every_template_still_prints_the_names_where_the_loader_adds_the_filter():
    """After a Wagtail upgrade, a template that changed its wording fails here rather than silently
    showing the name untranslated."""
    loader = engines["django"].engine.template_loaders[0].loaders[1]

    def wagtails(name):
        origin = next(o for o in loader.get_template_sources(name) if Path(o.name).is_file())
        return loader.get_contents(origin)

    for name, expressions in NAMED_IN.items():
        source = wagtails(name)
        for expression in expressions:
            assert with_filter(expression) in source, (name, expression)
        assert "{% load translated_names " in source
    for name in TITLE_CELLS:
        assert TITLE_CELL[1] in wagtails(name)
