"""The application form on the call page: what it shows in each language, and every bad input refused
with a clear error in the page's language, the rest of the input kept, and nothing stored."""

import re

import pytest
from django.utils import timezone

from mentors.applications import files
from mentors.models import MentorApplication
from programme.models import ThematicArea
from tests.support.applications import (
    CALL_URL,
    DOCX_TYPE,
    MB,
    ODT_TYPE,
    Applicant,
    area,
    docx_bytes,
    error_summary,
    odt_bytes,
    open_the_call,
    pdf_bytes,
    upload,
    valid_data,
    zip_bytes,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def open_call():
    open_the_call()


def refused(response, *fields):
    """The form came back with an error summary linking each of ``fields``; nothing was stored."""
    assert response.status_code == 400
    html = response.content.decode()
    summary = error_summary(html)
    assert summary, "no error summary at the top of the form"
    for field in fields:
        anchor = f"id_{field}_0" if field in ("thematic_areas", "languages") else f"id_{field}"
        assert f'href="#{anchor}"' in summary, f"{field} is not linked from the summary"
        assert f'id="{anchor}"' in html
    assert not MentorApplication.objects.exists()
    return html


# --- What the form shows --------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_open_call_page_embeds_the_form_in_its_language(client, language):
    response = client.get(CALL_URL[language])
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert 'enctype="multipart/form-data"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    for name in (
        "first_name",
        "last_name",
        "email",
        "phone",
        "country",
        "city",
        "organisation",
        "role",
        "website",
        "years_ngo_experience",
        "years_mentoring_experience",
        "eu_values_experience",
        "hours_per_month",
        "available_from",
        "cv",
        "privacy_consent",
        "publish_consent",
    ):
        assert f'name="{name}"' in html, name
    assert html.count('name="thematic_areas"') == 7
    assert html.count('name="languages"') == 9
    assert 'type="date" name="available_from"' in html
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_areas_show_their_names_and_subtopics_in_the_page_language_but_post_default_rows(client, language):
    html = client.get(CALL_URL[language]).content.decode()
    for shown in ThematicArea.objects.filter(locale__language_code=language):
        default = area(shown.key)
        assert f'value="{default.pk}"' in html
        assert f">{shown.name}</label>" in html.replace("&ndash;", "–")
        assert shown.subtopic_list[0] in html
        assert f'name="experience_{shown.key}"' in html


def test_languages_are_checkboxes_labelled_in_the_page_language(client):
    html = client.get(CALL_URL["hr"]).content.decode()
    assert re.search(r'value="sl"[^>]*>\s*<label[^>]*>slovenski</label>', html)
    html = client.get(CALL_URL["sl"]).content.decode()
    assert re.search(r'value="hr"[^>]*>\s*<label[^>]*>hrvaščina</label>', html)


@pytest.mark.parametrize(
    ("language", "privacy"), [("sl", "/sl/"), ("hr", "/hr/"), ("en", "/en/privacy-notice/")]
)
def test_privacy_consent_links_the_privacy_notice_in_the_page_language(client, language, privacy):
    html = client.get(CALL_URL[language]).content.decode()
    consent = re.search(r'<label for="id_privacy_consent">(.*?)</label>', html, re.S).group(1)
    link = re.search(r'href="([^"]+)"', consent).group(1)
    assert link.startswith(privacy)
    assert client.get(link).status_code == 200


def test_every_control_has_a_label_and_help_is_announced(client):
    html = client.get(CALL_URL["en"]).content.decode()
    form = html[html.index('<form class="application-form"') : html.index("</form>")]
    ids = re.findall(r'<(?:input|select|textarea)[^>]*\bid="([^"]+)"', form)
    hidden = {"id_submission_key"}
    for control in set(ids) - hidden:
        assert f'for="{control}"' in form, f"{control} has no label"
    assert 'aria-describedby="id_email_helptext"' in form
    assert 'id="id_email_helptext"' in form


def test_honeypot_is_hidden_from_people_and_assistive_technology(client):
    html = client.get(CALL_URL["en"]).content.decode()
    trap = re.search(r'<div class="application-form__trap" aria-hidden="true">(.*?)</div>', html, re.S).group(
        1
    )
    assert 'tabindex="-1"' in trap
    assert 'autocomplete="off"' in trap
    assert 'name="website_url"' in trap


def test_each_rendering_gets_a_new_submission_key(client):
    first = Applicant("en")
    second = Applicant("en")
    first.open()
    second.open()
    assert first.key and second.key and first.key != second.key


def test_closed_call_shows_a_notice_instead_of_the_form(client):
    from tests.support.applications import close_the_call

    close_the_call()
    html = client.get(CALL_URL["en"]).content.decode()
    assert "application-closed" in html
    assert '<form class="application-form"' not in html
    assert 'name="cv"' not in html


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


# --- The CV ---------------------------------------------------------------------------------------------
def test_an_empty_file_is_refused():
    html = refused(Applicant("en").submit(valid_data(cv=upload(content=b""))), "cv")
    assert "empty" in error_summary(html)


def test_a_6_mb_file_is_refused_with_the_limit_named():
    cv = upload(content=pdf_bytes(6 * MB))
    html = refused(Applicant("en").submit(valid_data(cv=cv)), "cv")
    assert "at most 5.0" in error_summary(html) or "at most 5 MB" in error_summary(html)


def test_a_file_of_exactly_5_mb_is_accepted():
    cv = upload(content=pdf_bytes(5 * MB))
    assert Applicant("en").submit(valid_data(cv=cv)).status_code == 303
    assert MentorApplication.objects.get().cv_size == 5 * MB


def test_an_exe_renamed_pdf_is_refused():
    exe = (
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 2000 + b"This program cannot be run"
    )
    html = refused(Applicant("en").submit(valid_data(cv=upload("cv.pdf", exe, "application/pdf"))), "cv")
    assert "PDF, Word (DOCX) or OpenDocument (ODT)" in error_summary(html)


@pytest.mark.parametrize("name", ["cv.odt", "cv.doc", "cv.exe", "cv.txt"])
def test_a_pdf_whose_name_claims_another_type_is_refused(name):
    refused(Applicant("en").submit(valid_data(cv=upload(name, pdf_bytes(), "application/pdf"))), "cv")


def test_a_pdf_claiming_to_be_docx_is_refused():
    cv = upload("cv.docx", pdf_bytes(), DOCX_TYPE)
    html = refused(Applicant("en").submit(valid_data(cv=cv)), "cv")
    assert "PDF document" in error_summary(html)
    assert ".docx" in error_summary(html)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cv.pdf", b"<html><script>alert(1)</script></html>"),
        ("cv.docx", zip_bytes([("word/document.xml", b"<w/>")])),  # no [Content_Types].xml
        ("cv.docx", docx_bytes(macros=True)),  # a .docm in disguise
        ("cv.odt", odt_bytes(mimetype=b"application/vnd.oasis.opendocument.spreadsheet")),
        (
            "cv.odt",
            zip_bytes([("content.xml", b"<x/>"), ("mimetype", b"application/vnd.oasis.opendocument.text")]),
        ),
        ("cv.docx", b"PK\x03\x04" + b"\x00" * 200),  # a broken archive
        ("cv.pdf", b" %PDF-1.4 not at the start"),
    ],
)
def test_files_that_are_not_pdf_docx_or_odt_by_content_are_refused(name, content):
    refused(Applicant("en").submit(valid_data(cv=upload(name, content, "application/pdf"))), "cv")


@pytest.mark.parametrize(
    ("name", "content", "browser_type", "stored_type"),
    [
        ("cv.pdf", pdf_bytes(), "application/octet-stream", "application/pdf"),
        ("Življenjepis.DOCX", docx_bytes(), "application/msword", DOCX_TYPE),
        ("cv.odt", odt_bytes(), "text/plain", ODT_TYPE),
        ("cv", pdf_bytes(), "application/pdf", "application/pdf"),
        ("CV Ana.Novak", pdf_bytes(), "application/pdf", "application/pdf"),
        ("cv v2.1", odt_bytes(), "application/pdf", ODT_TYPE),
    ],
)
def test_pdf_docx_and_odt_are_accepted_by_content_whatever_the_browser_says(
    name, content, browser_type, stored_type
):
    assert Applicant("en").submit(valid_data(cv=upload(name, content, browser_type))).status_code == 303
    application = MentorApplication.objects.get()
    assert application.cv_content_type == stored_type
    assert application.cv.name.endswith(
        files.CV_EXTENSIONS[files.extension_of(application.cv.name)].extension
    )


def test_detection_reads_the_content_not_the_name():
    import io

    assert files.detect_cv_type(io.BytesIO(pdf_bytes())) is files.PDF
    assert files.detect_cv_type(io.BytesIO(docx_bytes())) is files.DOCX
    assert files.detect_cv_type(io.BytesIO(odt_bytes())) is files.ODT
    assert files.detect_cv_type(io.BytesIO(b"")) is None
    assert files.detect_cv_type(io.BytesIO(b"MZ")) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\ana\\Documents\\cv.pdf", "cv.pdf"),
        ("cv\x00\x1b[31m.pdf", "cv[31m.pdf"),
        ("cv\u202efdp.exe", "cvfdp.exe"),
        ("  ..hidden cv .pdf", "hidden cv .pdf"),
        ("\x07\x08", "cv"),
        ("Življenjepis – Ana Novak.pdf", "Življenjepis – Ana Novak.pdf"),
    ],
)
def test_file_names_are_cleaned_into_harmless_data(name, expected):
    assert files.clean_file_name(name) == expected


def test_long_file_names_are_shortened_keeping_the_extension():
    cleaned = files.clean_file_name("a" * 300 + ".pdf")
    assert len(cleaned) == files.NAME_MAX_LENGTH
    assert cleaned.endswith(".pdf")


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
    from mentors.applications.forms import MentorApplicationForm
    from programme.models import CallPage

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
