"""A profile speaks of its mentor in the mentor's grammatical gender where the profile records it
("O mentorici", "Zatražite ovog mentora"), in both forms where it does not ("O mentorju/mentorici"), and
in neutral English; the directory and the applicants' e-mails name mentors in both forms."""

import pytest
from django.utils import translation

from mentors.models import MentorPage
from tests.support.factories import MentorPageFactory

pytestmark = pytest.mark.django_db

WORDING = {
    ("sl", "feminine"): ("O mentorici", "Bi želeli sodelovati s to mentorico?", "Zaprosite za to mentorico"),
    ("sl", "masculine"): (
        "O mentorju",
        "Bi želeli sodelovati s tem mentorjem?",
        "Zaprosite za tega mentorja",
    ),
    ("sl", ""): (
        "O mentorju/mentorici",
        "Bi želeli sodelovati s tem mentorjem/to mentorico?",
        "Zaprosite za tega mentorja/to mentorico",
    ),
    ("hr", "feminine"): ("O mentorici", "Želite li surađivati s ovom mentoricom?", "Zatražite ovu mentoricu"),
    ("hr", "masculine"): ("O mentoru", "Želite li surađivati s ovim mentorom?", "Zatražite ovog mentora"),
    ("hr", ""): (
        "O mentoru/mentorici",
        "Želite li surađivati s ovim mentorom/ovom mentoricom?",
        "Zatražite ovog mentora/ovu mentoricu",
    ),
}
ENGLISH = ("About", "Would you like to work with this mentor?", "Ask the programme for this mentor")


def profile_page(client, language, gender):
    page = MentorPageFactory(language=language, grammatical_gender=gender)
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("language, gender", list(WORDING))
def test_the_profile_speaks_of_the_mentor_in_the_recorded_gender_or_in_both_forms(client, language, gender):
    page = profile_page(client, language, gender)
    about, work_with, ask = WORDING[language, gender]
    assert f"<h2>{about}</h2>" in page
    assert work_with in page and ask in page
    other_abouts = {texts[0] for key, texts in WORDING.items() if key[0] == language and texts[0] != about}
    assert not any(f"<h2>{text}</h2>" in page for text in other_abouts)


@pytest.mark.parametrize("gender", ["feminine", "masculine", ""])
def test_english_profiles_are_neutral_whatever_the_gender(client, gender):
    page = profile_page(client, "en", gender)
    assert f"<h2>{ENGLISH[0]}</h2>" in page
    assert ENGLISH[1] in page and ENGLISH[2] in page


def test_the_gender_is_kept_the_same_in_every_translation_of_a_profile():
    field = next(
        field for field in MentorPage.translatable_fields if field.field_name == "grammatical_gender"
    )
    assert not field.is_translated(None) and field.is_synchronized(None)


@pytest.mark.parametrize(
    "language, message, expected",
    [
        ("sl", "Show all mentors", "Prikaži vse mentorje in mentorice"),
        ("hr", "Show all mentors", "Prikaži sve mentore i mentorice"),
        ("sl", "No mentor matches this search", "Iskanju ne ustreza noben mentor ali mentorica"),
        ("hr", "Search mentors", "Pretraživanje mentora i mentorica"),
    ],
)
def test_the_directory_names_mentors_in_both_forms(language, message, expected):
    with translation.override(language):
        assert translation.gettext(message) == expected


@pytest.mark.parametrize("language, both", [("sl", "mentorjev in mentoric"), ("hr", "mentora i mentorica")])
def test_the_applicants_emails_name_the_directory_in_both_forms(language, both):
    message = (
        "As you agreed, we are preparing your public profile in the mentor directory. Our editors will "
        "review it before it is published."
    )
    with translation.override(language):
        text = translation.gettext(message)
    assert text != message and both in text


@pytest.mark.parametrize(
    "language, slug, about",
    [
        ("sl", "maja-kovacic", "O mentorici"),
        ("hr", "maja-kovacic", "O mentorici"),
        ("sl", "matej-kocevar", "O mentorju"),
    ],
)
def test_the_demo_profiles_record_their_mentors_gender(client, language, slug, about):
    page = MentorPage.objects.live().get(slug=slug, locale__language_code=language)
    assert f"<h2>{about}</h2>" in client.get(page.url).content.decode()
