"""The public pages' furniture: a home page's title says the site's name once, key-figure grids are laid
out by their count (so none leaves an orphan), partners show their logo with the name as its alt text
(the name in text without one), and the call's status, deadline and Apply link come first in its facts."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from programme.models import Partner

pytestmark = pytest.mark.django_db

SITE_NAMES = {
    "sl": "Mentorska mreža Impact4Values 2.0",
    "hr": "Mentorska mreža Impact4Values 2.0",
    "en": "Impact4Values 2.0 mentor network",
}


def title_of(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


@pytest.mark.parametrize("language", SITE_NAMES)
def test_the_home_pages_title_names_the_site_once(client, language):
    title = title_of(client.get(f"/{language}/").content.decode())
    assert title == SITE_NAMES[language]


def test_other_pages_are_titled_page_then_site(client):
    title = title_of(client.get("/hr/mentori/").content.decode())
    assert title == f"Mentori i mentorice · {SITE_NAMES['hr']}"


def test_the_key_figure_grid_is_named_by_its_count(client):
    html = client.get("/sl/").content.decode()
    grid = re.search(r'<ul class="key-figures key-figures--(\d+)">(.*?)</ul>', html, re.S)
    assert int(grid.group(1)) == grid.group(2).count('class="key-figures__item"') == 6


def test_a_partner_with_a_logo_shows_it_with_its_name_as_alt_text(client):
    logo = Image.objects.create(title="CNVOS", file=get_test_image_file(filename="cnvos.png"))
    partner = Partner.objects.filter(locale__language_code="sl").order_by("sort_order").first()
    Partner.objects.filter(translation_key=partner.translation_key).update(logo=logo)
    others = Partner.objects.filter(locale__language_code="sl").exclude(pk=partner.pk)
    html = client.get("/sl/").content.decode()
    cards = re.findall(r'<li class="partners__item card">(.*?)</li>', html, re.S)
    with_logo = [card for card in cards if "partners__logo" in card]
    assert len(with_logo) == 1
    assert re.search(
        rf'<img class="partners__logo" src="[^"]+" width="\d+" height="\d+" alt="{partner.name}">',
        with_logo[0],
    )
    assert f">{partner.name}<" not in with_logo[0]  # the logo stands for the name
    for other in others:
        assert any(f">{other.name}</a>" in card or f">{other.name}</p>" in card for card in cards)


def test_the_call_facts_begin_with_status_deadline_and_apply_when_the_call_is_open(client):
    before_the_deadline = datetime.datetime(2025, 12, 10, 12, 0, tzinfo=ZoneInfo("Europe/Ljubljana"))
    with time_machine.travel(before_the_deadline, tick=False):
        html = client.get("/sl/poziv-za-mentorje/").content.decode()
    facts = re.search(r'<section class="call-facts".*?</section>', html, re.S).group(0)
    order = [
        facts.index(marker) for marker in ("call-status--open", "<time datetime=", 'href="#apply"', "Plačilo")
    ]
    assert order == sorted(order)


def test_the_closed_call_facts_say_it_is_closed_and_offer_no_apply_link(client):
    html = client.get("/sl/poziv-za-mentorje/").content.decode()
    facts = re.search(r'<section class="call-facts".*?</section>', html, re.S).group(0)
    assert "call-status--closed" in facts
    assert 'href="#apply"' not in facts
