"""Every bad input in the application form's fields is refused with a clear error in the page's language,
summarised in the order of the form, the rest of the input kept (escaped), and nothing stored."""

import re

import pytest
from django.utils import timezone

from mentors.applications.forms import MentorApplicationForm
from mentors.models import MentorApplication
from programme.models import CallPage, ThematicArea
from tests.support.applications import (
    Applicant,
    area,
    error_summary,
    open_the_call,
    refused,
    valid_data,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def open_call():
    open_the_call()


# --- Missing and malformed fields -----------------------------------------------------------------------
def test_missing_required_fields_are_summarised_and_linked_to_their_fields():
    applicant = Applicant("en")
    response = applicant.submit({})
    html = refused(
        response,
        "first_name",
        "last_name",
        "email",
        "phone",
        "country",
        "city",
        "organisation",
        "role",
        "thematic_areas",
        "years_ngo_experience",
        "years_mentoring_experience",
        "eu_values_experience",
        "languages",
        "hours_per_month",
        "available_from",
        "cv",
        "privacy_consent",
    )
    assert 'role="alert"' in error_summary(html)
    assert re.search(r'<input[^>]*aria-invalid="true"[^>]*id="id_first_name"', html)
    assert re.search(r'aria-describedby="id_first_name_error"', html)
    assert 'id="id_first_name_error"' in html
    assert "<title>Error:" in html
    assert 'href="#id_website"' not in error_summary(html)  # optional
    assert 'href="#id_publish_consent"' not in error_summary(html)  # optional


@pytest.mark.parametrize(
    ("language", "message"),
    [("sl", "Polje je obvezno."), ("hr", "Ovo polje je obavezno."), ("en", "This field is required.")],
)
def test_errors_are_in_the_page_language(language, message):
    response = Applicant(language).submit(valid_data(first_name=""))
    html = refused(response, "first_name")
    assert message in error_summary(html)


def test_input_is_kept_when_a_field_fails():
    data = valid_data(email="not-an-address")
    html = refused(Applicant("en").submit(data), "email")
    assert 'value="Ana"' in html
    assert 'value="not-an-address"' in html
    assert "Deset let vodim zagovorniške kampanje." in html
    assert re.search(rf'value="{area("advocacy").pk}"[^>]*checked', html)
    assert re.search(r'value="en"[^>]*checked', html)
    assert re.search(r'<option value="SI" selected>', html)
    assert "choose your CV again" in html


@pytest.mark.parametrize("email", ["ana", "ana@", "@example.org", "ana@exa mple.org", "ana@example..org"])
def test_invalid_email_is_refused(email):
    refused(Applicant("en").submit(valid_data(email=email)), "email")


def test_no_area_chosen_is_refused():
    html = refused(Applicant("en").submit(valid_data(thematic_areas=[])), "thematic_areas")
    assert "Choose at least one thematic area." in html


def test_an_area_from_another_language_or_unknown_is_refused():
    croatian = ThematicArea.objects.get(key="advocacy", locale__language_code="hr")
    refused(Applicant("en").submit(valid_data(thematic_areas=[str(croatian.pk)])), "thematic_areas")
    refused(Applicant("en").submit(valid_data(thematic_areas=["999999"])), "thematic_areas")


def test_a_chosen_area_needs_its_description():
    html = refused(Applicant("en").submit(valid_data(experience_gesi="   ")), "experience_gesi")
    assert "Describe your experience in this area" in error_summary(html)


def test_descriptions_of_areas_not_chosen_are_not_required():
    response = Applicant("en").submit(
        valid_data(experience_gesi="", thematic_areas=[str(area("advocacy").pk)])
    )
    assert response.status_code == 303


def test_no_language_chosen_is_refused():
    refused(Applicant("en").submit(valid_data(languages=[])), "languages")
    refused(Applicant("en").submit(valid_data(languages=["xx"])), "languages")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("years_ngo_experience", "-1"),
        ("years_ngo_experience", "71"),
        ("years_ngo_experience", "99999999999999999999"),
        ("years_mentoring_experience", "-5"),
        ("years_mentoring_experience", "1e9"),
        ("years_mentoring_experience", "2.5"),
        ("hours_per_month", "0"),
        ("hours_per_month", "161"),
        ("hours_per_month", "-10"),
        ("hours_per_month", "ten"),
    ],
)
def test_negative_or_absurd_numbers_are_refused(field, value):
    refused(Applicant("en").submit(valid_data(**{field: value})), field)


@pytest.mark.parametrize("field", ["eu_values_experience", "experience_advocacy"])
def test_a_100000_character_description_is_refused_with_a_clear_error(field):
    html = refused(Applicant("en").submit(valid_data(**{field: "x" * 100_000})), field)
    assert "at most 3000 characters (it has 100000)" in error_summary(html)


def test_descriptions_of_exactly_3000_characters_are_accepted():
    data = valid_data(eu_values_experience="é" * 3000, experience_advocacy="ž" * 3000)
    assert Applicant("en").submit(data).status_code == 303


@pytest.mark.parametrize("phone", ["12", "call me", "+386 1 23<script>", "++386", "0" * 41])
def test_implausible_phone_numbers_are_refused(phone):
    refused(Applicant("en").submit(valid_data(phone=phone)), "phone")


@pytest.mark.parametrize("website", ["javascript:alert(1)", "ftp://example.org/cv", "not a url"])
def test_website_must_be_a_web_address(website):
    refused(Applicant("en").submit(valid_data(website=website)), "website")


def test_website_without_scheme_is_taken_as_https():
    Applicant("en").submit(valid_data(website="www.linkedin.com/in/ana"))
    assert MentorApplication.objects.get().website == "https://www.linkedin.com/in/ana"


@pytest.mark.parametrize("available_from", ["2020-01-01", "2099-01-01", "31.02.2027", "yesterday"])
def test_availability_date_must_be_real_and_within_the_mentoring_period(available_from):
    refused(Applicant("en").submit(valid_data(available_from=available_from)), "available_from")


def test_availability_from_today_is_accepted():
    data = valid_data(available_from=timezone.localdate().isoformat())
    assert Applicant("en").submit(data).status_code == 303


def test_unknown_country_is_refused():
    refused(Applicant("en").submit(valid_data(country="XX")), "country")


def test_privacy_consent_is_required_and_publishing_consent_is_not():
    refused(Applicant("en").submit(valid_data(privacy_consent=None)), "privacy_consent")
    assert Applicant("en").submit(valid_data(publish_consent=None)).status_code == 303
    assert MentorApplication.objects.get().publish_consent is False


def test_line_breaks_and_extra_spaces_in_single_line_fields_are_collapsed():
    Applicant("en").submit(valid_data(first_name="  Ana\r\nMarija \t", city="Novo\nmesto"))
    application = MentorApplication.objects.get()
    assert application.first_name == "Ana Marija"
    assert application.city == "Novo mesto"


def test_nul_characters_are_refused():
    refused(Applicant("en").submit(valid_data(last_name="No\x00vak")), "last_name")


# --- HTML and scripts -----------------------------------------------------------------------------------
SCRIPT = '<script>alert("x")</script><b onmouseover=1>'


def test_html_in_text_fields_is_shown_escaped_when_the_form_comes_back():
    fields = [
        "first_name",
        "last_name",
        "city",
        "organisation",
        "role",
        "eu_values_experience",
        "experience_gesi",
    ]
    data = valid_data(email="bad", **{field: SCRIPT for field in fields})
    html = refused(Applicant("en").submit(data), "email")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_the_error_summary_follows_the_order_of_the_form():
    call = CallPage.objects.get(locale__language_code="en")
    form = MentorApplicationForm({}, {}, call=call)
    form.is_valid()
    # Anchors are the fields' ids ("id_email"), or a checkbox group's first box ("id_languages_0").
    anchors = [anchor for anchor, _label, _message in form.error_summary() if anchor]
    named = [anchor.removeprefix("id_").removesuffix("_0") for anchor in anchors]
    order = list(form.fields)
    assert named == sorted(named, key=order.index)
    assert {"thematic_areas", "languages", "cv", "privacy_consent"} <= set(named)
    assert order.index("thematic_areas") < order.index("eu_values_experience") < order.index("cv")
