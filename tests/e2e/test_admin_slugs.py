"""The admin's slug script in Chromium makes ASCII slugs, transliterated: from the title, and from what an
editor types into the slug field. Nothing is saved: the site stays as the other e2e tests expect it."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e
PASSWORD = "impact4values"  # noqa: S105 -- the demo accounts' password, printed by `make run`


def sign_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(base_url + "/admin/")


def slovenian_home_id(page, base_url):
    page.goto(base_url + "/sl/")
    edit = page.locator("wagtail-userbar").locator('a[href*="/admin/pages/"][href$="/edit/"]').first
    return re.search(r"/admin/pages/(\d+)/edit/", edit.get_attribute("href"))[1]


def test_the_slug_script_transliterates_the_title_and_a_typed_slug(page, site_url, browser_errors):
    sign_in(page, site_url, "editor")
    page.goto(f"{site_url}/admin/pages/add/core/contentpage/{slovenian_home_id(page, site_url)}/")
    page.locator("#id_title").fill("Pogosta vprašanja Đurđevac")
    page.locator("#id_title").blur()
    slug = page.locator("#id_slug")
    expect(slug).to_have_value("pogosta-vprasanja-durdevac")
    # The slug field sits on another tab; its script runs on blur like an editor's typing.
    slug.evaluate("input => { input.value = 'Čćžš Đakovo ß'; input.dispatchEvent(new Event('blur')); }")
    expect(slug).to_have_value("cczs-dakovo-ss")
    assert browser_errors == []
