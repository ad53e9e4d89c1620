"""The editors' dashboard lists the draft mentor profiles waiting for review: the mentor, the language,
since when, a link to edit, and the languages still without a page or a published page; editors and
administrators see it, moderators (who are not editors) do not."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale

from mentors.models import MentorDirectoryPage
from tests.support.factories import MentorApplicationFactory, MentorPageFactory
from tests.support.moderation import decide

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("staff_in_english")]
HEADING = "Mentor profiles waiting for review"


def panel(client):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert HEADING in html
    start = html.index(HEADING)
    return html[start : html.index("</section>", start)]


def rows(panel_html):
    return re.findall(r"<tr>\s*<td class=\"title\">(.*?)</tr>", panel_html, re.S)


def accept(moderator_client, **fields):
    application = MentorApplicationFactory(**fields)
    decide(moderator_client, application, "accept")
    application.refresh_from_db()
    return application.mentor_page.specific


def test_without_drafts_the_panel_says_nothing_waits(editor_client):
    MentorPageFactory(language="sl")  # published
    assert "No draft mentor profiles are waiting for review." in panel(editor_client)


def test_an_accepted_profile_is_listed_with_its_language_date_link_and_unpublished_languages(
    moderator_client, editor_client
):
    profile = accept(moderator_client, first_name="Jana", last_name="Đurić", language="hr")
    html = panel(editor_client)
    [row] = rows(html)
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[profile.pk])}">Jana Đurić</a>' in row
    assert "<td>Croatian</td>" in row
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT', row)
    for language in ("Slovenian", "Croatian", "English"):
        assert f"{language}: not published" in row
    english = profile.get_translation(Locale.objects.get(language_code="en"))
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[english.pk])}">English: not published' in row


def test_published_languages_leave_the_list_and_a_language_without_a_page_is_named(
    moderator_client, editor_client
):
    MentorDirectoryPage.objects.filter(locale__language_code="en").delete()
    profile = accept(moderator_client, first_name="Bor", last_name="Zupan", language="sl")
    profile.get_latest_revision().publish()
    [row] = rows(panel(editor_client))
    assert "Bor Zupan" in row
    assert "Slovenian: not published" not in row
    assert "Croatian: not published" in row
    assert "English: no page" in row
    croatian = profile.get_translation(Locale.objects.get(language_code="hr"))
    croatian.get_latest_revision().publish()
    assert "No draft mentor profiles are waiting for review." in panel(editor_client)


def test_the_longest_waiting_profile_comes_first(moderator_client, editor_client):
    accept(moderator_client, first_name="Ana", last_name="Prva")
    accept(moderator_client, first_name="Eva", last_name="Druga")
    names = [re.search(r">([^<]+)</a>", row)[1] for row in rows(panel(editor_client))]
    assert names == ["Ana Prva", "Eva Druga"]


def test_administrators_see_the_panel_and_moderators_do_not(admin_client, moderator_client):
    assert HEADING in admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert HEADING not in moderator_client.get(reverse("wagtailadmin_home")).content.decode()
