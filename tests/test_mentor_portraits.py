"""A mentor's picture on the directory's cards and the profile: the photo (a square Wagtail rendition) with
its alt text when the profile has one, else initials avatars drawn as decorative inline SVG."""

import re
import unicodedata

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from mentors.models import MentorPage
from mentors.templatetags.mentor_avatars import AVATAR_COLOURS, avatar_colour, initials
from tests.support.factories import MentorPageFactory


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jelena Đorđević", "JĐ"),
        ("čedomir šimić", "ČŠ"),
        ("Žiga Čebulj", "ŽČ"),
        ("Ana Marija Žužić", "AŽ"),
        ("Ana-Marija Kovač", "AK"),
        ("Špela", "Š"),
        ("  Đurđa   ", "Đ"),
        ("Mojca Novak – Kranjc", "MK"),
        ("", ""),
        (unicodedata.normalize("NFD", "Čedo Šarić"), "ČŠ"),  # decomposed letters keep their caron
    ],
)
def test_initials_are_the_first_letters_of_the_first_and_last_word_with_their_diacritics(name, expected):
    assert initials(name) == expected


def contrast_with_white(colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return 1.05 / (luminance + 0.05)


def test_white_initials_on_every_avatar_colour_meet_aa_contrast():
    assert len(set(AVATAR_COLOURS)) == len(AVATAR_COLOURS) >= 6
    for colour in AVATAR_COLOURS:
        assert contrast_with_white(colour) >= 4.5, colour


def test_a_names_colour_is_always_the_same_and_names_spread_over_the_colours():
    assert avatar_colour("Jelena Đorđević") == avatar_colour(unicodedata.normalize("NFD", "jelena  đorđević"))
    names = [f"Mentor {number}" for number in range(40)]
    assert len({avatar_colour(name) for name in names}) >= 5


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def avatar_of(element):
    svg = element.select_one("svg.avatar")
    return svg and {
        "text": svg.select_one("text").get_text(),
        "fill": svg.select_one("circle")["fill"],
        "hidden": svg.get("aria-hidden"),
        "focusable": svg.get("focusable"),
    }


@pytest.mark.django_db
def test_a_profile_without_a_photo_shows_decorative_initials_beside_the_name(client):
    page = MentorPage.objects.get(locale__language_code="hr", slug="jelena-dordevic")
    assert page.photo is None
    header = soup_of(client, page.url).select_one(".mentor-profile__header")
    assert avatar_of(header) == {
        "text": "JĐ",
        "fill": avatar_colour("Jelena Đorđević"),
        "hidden": "true",
        "focusable": "false",
    }
    assert header.select_one("h1").get_text() == "Jelena Đorđević"
    assert header.select("img") == []


@pytest.mark.django_db
def test_directory_cards_without_photos_show_each_mentors_initials(client):
    soup = soup_of(client, "/hr/mentori/?sort=name")
    cards = soup.select(".mentor-card")
    assert len(cards) == 12
    for card in cards:
        name = card.select_one(".mentor-card__name").get_text()
        assert avatar_of(card)["text"] == initials(name)
        assert avatar_of(card)["hidden"] == "true"


@pytest.mark.django_db
def test_a_profile_with_a_photo_shows_it_square_with_its_alt_text_on_the_card_and_the_profile(client):
    photo = wagtail_factories.ImageFactory(title="Portrait of Zala", file__width=600, file__height=400)
    mentor = MentorPageFactory(
        language="en", title="Zala Zorko", photo=photo, photo_alt="Zala Zorko at a workshop, smiling"
    )

    profile = soup_of(client, mentor.url).select_one(".mentor-profile__header")
    image = profile.select_one("img.portrait")
    assert image["alt"] == "Zala Zorko at a workshop, smiling"
    assert re.search(r"\.fill-320x320\.", image["src"])
    assert (image["width"], image["height"]) == ("320", "320")
    assert profile.select("svg") == []

    card = soup_of(client, "/en/mentors/?q=zorko").select_one(".mentor-card")
    image = card.select_one("img.portrait")
    assert image["alt"] == "Zala Zorko at a workshop, smiling"
    assert re.search(r"\.fill-128x128\.", image["src"])
    assert card.select("svg") == []


@pytest.mark.django_db
def test_a_photo_without_a_description_is_decorative_since_the_name_is_beside_it(client):
    photo = wagtail_factories.ImageFactory(title="IMG_2041.jpg")
    mentor = MentorPageFactory(language="sl", title="Urša Zorko", photo=photo, photo_alt="")
    image = soup_of(client, mentor.url).select_one(".mentor-profile__header img.portrait")
    assert image["alt"] == ""  # not the file's title


def queries_of(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # makes the renditions once
    with CaptureQueriesContext(connection) as queries:
        soup = soup_of(client, url)
    return len(queries), len(soup.select(".mentor-card img.portrait"))


@pytest.mark.django_db
def test_cards_with_photos_cost_no_query_per_card(client):
    photo = wagtail_factories.ImageFactory()
    for number in range(6):
        word = "single" if number == 0 else "several"
        MentorPageFactory(
            language="en", title=f"Photographed {word.title()} {number}", photo=photo, photo_alt="A portrait"
        )
    one_card = queries_of(client, "/en/mentors/?q=single")
    six_cards = queries_of(client, "/en/mentors/?q=photographed")
    assert (one_card[1], six_cards[1]) == (1, 6)
    assert six_cards[0] == one_card[0]
