"""The demo accounts are complete staff accounts: names, an e-mail and an admin language, Slovenian and
Croatian, so that each can save its account page."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.users.models import UserProfile

from impact4values.core.demo.accounts import DEMO_USERS
from tests.conftest import login
from tests.support.html_forms import form_fields


@pytest.mark.parametrize("username, group, first_name, last_name, language", DEMO_USERS)
def test_each_demo_account_has_names_an_email_and_an_admin_language(
    db, username, group, first_name, last_name, language
):
    user = get_user_model().objects.get(username=username)
    assert (user.first_name, user.last_name) == (first_name, last_name)
    assert user.email == f"{username}@example.org"
    assert UserProfile.get_for_user(user).preferred_language == language
    assert group is None or user.groups.filter(name=group).exists()


def test_croatian_staff_read_the_admin_in_croatian(db):
    for username in ("editor-hr", "moderator-hr"):
        html = login(username).get(reverse("wagtailadmin_home")).content.decode()
        assert '<html lang="hr-hr"' in html


@pytest.mark.parametrize("username, language", [("editor", "hr-hr"), ("moderator-hr", "sl")])
def test_a_demo_user_saves_another_admin_language_on_the_account_page(db, username, language):
    client = login(username)
    url = reverse("wagtailadmin_account")
    fields = form_fields(client.get(url).content.decode())
    assert fields["name_email-first_name"] and fields["name_email-last_name"]
    fields["locale-preferred_language"] = language
    response = client.post(url, fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    user = get_user_model().objects.get(username=username)
    assert UserProfile.get_for_user(user).preferred_language == language
    assert f'lang="{language}"' in client.get(url).content.decode()
