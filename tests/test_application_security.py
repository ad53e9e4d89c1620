"""What an application must never expose: CVs at a public address, other applicants' data in e-mails,
and a server that reads a huge body before refusing it."""

import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import RequestFactory

from mentors.applications import middleware
from mentors.applications.storage import private_storage
from mentors.models import MentorApplication
from tests.support.applications import CALL_URL, MB, Applicant, open_the_call, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def open_call():
    open_the_call()


# --- CVs are private ------------------------------------------------------------------------------------
def test_cvs_are_not_reachable_under_media_or_static_urls(client):
    Applicant("en").submit()
    cv = MentorApplication.objects.get().cv
    assert (settings.PRIVATE_MEDIA_ROOT / cv.name).is_file()
    file_name = cv.name.rsplit("/", 1)[-1]
    for url in [
        settings.MEDIA_URL + cv.name,
        settings.MEDIA_URL + file_name,
        settings.STATIC_URL + cv.name,
        settings.STATIC_URL + file_name,
        f"{settings.MEDIA_URL}../private/{cv.name}",
        f"/private/{cv.name}",
        f"/{cv.name}",
        f"/sl/{cv.name}",
    ]:
        assert client.get(url).status_code == 404, url
    with pytest.raises(ValueError):
        cv.url  # noqa: B018 -- private files have no public address


def test_private_storage_lies_outside_every_served_folder():
    private = settings.PRIVATE_MEDIA_ROOT.resolve()
    served = [settings.MEDIA_ROOT, *settings.STATICFILES_DIRS]
    if settings.STATIC_ROOT:
        served.append(settings.STATIC_ROOT)
    for folder in served:
        folder = type(private)(folder).resolve()
        assert not private.is_relative_to(folder), folder
        assert not folder.is_relative_to(private), folder
    assert private_storage.base_url is None


def test_stored_cv_names_are_random_and_keep_nothing_of_the_applicants_file_name():
    from tests.support.applications import upload

    Applicant("en").submit(valid_data(cv=upload("Ana Novak CV 2025 ../../x.pdf")))
    application = MentorApplication.objects.get()
    assert "Novak" not in application.cv.name and ".." not in application.cv.name
    assert application.cv_original_name == "x.pdf"


@pytest.mark.parametrize(
    ("sent_name", "kept_name"),
    [
        ("../../../etc/cv.pdf", "cv.pdf"),
        ("C:\\fakepath\\cv.pdf", "cv.pdf"),
        ("cv\x01\x02\x7f.pdf", "cv.pdf"),
        ("a" * 296 + ".pdf", "a" * 146 + ".pdf"),
    ],
)
def test_file_names_with_path_separators_control_characters_or_300_characters_are_kept_cleaned(
    sent_name, kept_name
):
    from tests.support.applications import upload

    response = Applicant("en").submit(valid_data(cv=upload(sent_name)))
    assert response.status_code == 303
    application = MentorApplication.objects.get()
    assert application.cv_original_name == kept_name
    assert len(application.cv.name) < 50


# --- E-mails carry one application each, and no CV ------------------------------------------------------
def test_emails_contain_no_cv_and_no_other_applicants_data(django_capture_on_commit_callbacks, mailoutbox):
    people = {
        "a": {
            "first_name": "Alenka",
            "last_name": "Arh",
            "email": "alenka@example.org",
            "phone": "+386 1 111 1111",
        },
        "b": {
            "first_name": "Boris",
            "last_name": "Bobnar",
            "email": "boris@example.org",
            "phone": "+385 1 222 2222",
        },
    }
    for key, person in people.items():
        data = valid_data(
            **person, eu_values_experience=f"Secret-{key}", experience_advocacy=f"Advocacy-{key}"
        )
        with django_capture_on_commit_callbacks(execute=True):
            assert Applicant("sl", address=f"203.0.113.{ord(key)}").submit(data).status_code == 303
    references = dict(MentorApplication.objects.values_list("email", "reference"))
    moderator = get_user_model().objects.get(username="moderator").email
    mine = [message for message in mailoutbox if message.to[0] in {"alenka@example.org", "boris@example.org"}]
    notices = [message for message in mailoutbox if message.to == [moderator]]
    assert len(mine) == 2 and len(notices) == 2

    for own, other in (("a", "b"), ("b", "a")):
        own_reference = references[people[own]["email"]]
        other_reference = references[people[other]["email"]]
        confirmation = next(message for message in mine if message.to == [people[own]["email"]])
        notice = next(message for message in notices if own_reference in message.subject)
        for message in (confirmation, notice):
            assert message.attachments == []
            contents = [message.subject, message.body, *(content for content, _type in message.alternatives)]
            text = "\n".join(contents)
            assert own_reference in text
            assert other_reference not in text
            for value in [*people[other].values(), f"Secret-{other}", f"Advocacy-{other}"]:
                assert value not in text, value
            assert "%PDF" not in text
            assert all(not recipient.startswith(people[other]["email"]) for recipient in message.recipients())


# --- Oversized bodies are refused before they are read --------------------------------------------------
class Unreadable(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = readinto = read


def oversized_post(client, path, length):
    return client.generic(
        "POST",
        path,
        CONTENT_TYPE="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(length),
        **{"wsgi.input": Unreadable()},
    )


@pytest.mark.parametrize(("language", "text"), [("en", "Upload too large"), ("sl", '<html lang="sl">')])
def test_a_body_over_the_limit_gets_a_short_localized_413_without_being_read(client, language, text):
    response = oversized_post(client, CALL_URL[language], settings.APPLICATION_MAX_REQUEST_BYTES + 1)
    assert response.status_code == 413
    html = response.content.decode()
    assert text in html
    assert len(html) < 4000
    assert 'href="' + CALL_URL[language] + '#apply"' in html
    assert not MentorApplication.objects.exists()


def test_the_thank_you_route_is_covered_too(client):
    response = oversized_post(client, CALL_URL["hr"] + "thanks/", 50 * MB)
    assert response.status_code == 413


def test_the_limit_is_a_setting(client, settings):
    settings.APPLICATION_MAX_REQUEST_BYTES = 1000
    assert oversized_post(client, CALL_URL["en"], 1001).status_code == 413
    response = Applicant("en").submit()  # a real form with a 2 KB CV is now too large
    assert response.status_code == 413
    assert not MentorApplication.objects.exists()


def test_a_body_under_the_limit_goes_through():
    response = Applicant("en").submit(valid_data())
    assert response.status_code == 303


@pytest.mark.parametrize("path", ["/admin/documents/multiple/add/", "/admin/images/multiple/add/", "/sl/"])
def test_the_admins_uploads_and_other_pages_are_not_limited(path):
    request = RequestFactory().generic("POST", path, CONTENT_LENGTH=str(100 * MB))
    passed = []

    def get_response(request):
        passed.append(request)
        return HttpResponse("admin")

    response = middleware.ApplicationBodyLimitMiddleware(get_response)(request)
    assert passed and response.status_code == 200


def test_a_malformed_content_length_is_left_to_django(client):
    request = RequestFactory().generic("POST", CALL_URL["en"], CONTENT_LENGTH="lots")
    response = middleware.ApplicationBodyLimitMiddleware(lambda request: HttpResponse("next"))(request)
    assert response.content == b"next"


def test_the_limit_comes_before_the_csrf_check_reads_the_body():
    stack = settings.MIDDLEWARE
    limit = stack.index("mentors.applications.middleware.ApplicationBodyLimitMiddleware")
    assert limit < stack.index("django.middleware.csrf.CsrfViewMiddleware")
    assert limit > stack.index("django.middleware.locale.LocaleMiddleware")  # so the page is localized
