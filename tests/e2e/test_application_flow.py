"""An application's whole way in a real Chromium: a mentor applies in Croatian, a moderator accepts the
application in the Wagtail admin, an editor publishes the profile it made, and the directory lists it.

The shared e2e site serves the demo call with its real deadline, which has passed, and other tests rely
on seeing it closed. So this module builds a site of its own, exactly as ``site_url`` does (the same
helpers), but with the deadline moved to 2030: the call is open and its form takes applications. The
applicant, the moderator and the editor each use a browser context of their own, as three people would;
the console of the applicant's (the public pages) must stay clean. The admin's console is not checked:
Wagtail asks gravatar.com for the users' avatars, which fails without network access.
"""

import datetime
import re
import time
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import (
    TIMEOUT_MS,
    fresh_database,
    manage,
    redacted,
    running_server,
    server_environment,
)
from tests.support.accessibility import assert_no_serious_violations

pytestmark = pytest.mark.e2e

OPEN_DEADLINE = "2030-12-31T23:59"  # Ljubljana time
MENTORING_ENDS = datetime.date(2028, 4, 30)  # the demo call's; "available from" may not be later
CALL = "/hr/poziv-za-mentore/"
DIRECTORY = "/hr/mentori/"
APPLICATIONS = "/admin/snippets/mentors/mentorapplication/"  # the moderators' listing
PASSWORD = "impact4values"
REFERENCE = re.compile(r"I4V-[A-Z0-9]{4}-[A-Z0-9]{4}")

APPLICANT = {
    "first_name": "Željka",
    "last_name": "Đurić",
    "email": "zeljka.duric@example.org",
    "phone": "+385 31 123 456",
    "country": "HR",
    "city": "Osijek",
    "organisation": "Udruga „Šansa” Osijek",
    "role": "Voditeljica programa",
    "years_ngo_experience": "12",
    "years_mentoring_experience": "6",
    "eu_values_experience": "Vodila sam programe zaštite ljudskih prava i ravnopravnosti u Slavoniji.",
    "hours_per_month": "10",
}
# Thematic areas by key (their checkboxes carry database ids), each with the applicant's description.
AREAS = {
    "financial-stability": "Planiranje proračuna i diversifikacija izvora financiranja za male udruge.",
    "gesi": "Uvođenje rodno osjetljivog planiranja i uključivanja osoba s invaliditetom.",
}
LANGUAGES = ["hr", "de"]
CV_NAME = "Životopis Đurić.pdf"


# --- A site with the call open -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def open_call_url(chromium_executable, tmp_path_factory):
    """The base URL of a demo site of this module's own, whose call is open until 2030.

    Built like conftest's ``site_url``."""
    folder = tmp_path_factory.mktemp("e2e-open-call")
    with fresh_database(folder) as database_url:
        env = server_environment(database_url, folder)
        started = time.perf_counter()
        manage(env, "createcachetable")
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content", "--demo-accounts", "--deadline", OPEN_DEADLINE)
        print(
            f"\ne2e database with the call open {redacted(database_url)} ready in "
            f"{time.perf_counter() - started:.1f} s"
        )
        with running_server(env, folder / "runserver.log") as url:
            yield url


@pytest.fixture
def browser_locale():
    """The applicant's browser speaks Croatian."""
    return "hr-HR"


@pytest.fixture
def new_page(browser, browser_locale):
    """Opens a page in a browser context of its own (another person's browser); all closed at the end."""
    contexts = []

    def open_page():
        context = browser.new_context(locale=browser_locale, accept_downloads=True)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


# --- Helpers -----------------------------------------------------------------------------------------


def one_page_pdf(text):
    """A small but complete PDF: one A4 page showing ``text`` (ASCII), with a correct cross-reference
    table, so that any PDF reader opens it."""
    content = f"BT /F1 18 Tf 72 770 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)


def available_from():
    """A week from now, but not after the mentoring ends (the form refuses both past and later dates)."""
    return min(datetime.date.today() + datetime.timedelta(days=7), MENTORING_ENDS).isoformat()


def area_box(page, key):
    """The checkbox of the thematic area ``key``: the one beside its description box."""
    return page.locator(f'li[data-area]:has(textarea[name="experience_{key}"]) input[type=checkbox]')


def label_of(page, box):
    return page.locator(f'label[for="{box.get_attribute("id")}"]').inner_text().strip()


def settle(page):
    """Everything the page asks for has come, so that every console error has been reported."""
    page.wait_for_load_state("networkidle")


def log_in(page, base_url, username, next_path=None):
    """Wagtail's login form, as a person fills it in."""
    page.goto(base_url + "/admin/login/" + (f"?next={quote(next_path)}" if next_path else ""))
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(base_url + (next_path or "/admin/"))


def directory_json(page, base_url, surname):
    response = page.request.get(f"{base_url}{DIRECTORY}json/?q={quote(surname)}")
    assert response.ok, f"{response.url} answered {response.status}"
    return response.json()


def facet_counts(data, facet):
    return {option["value"]: option["count"] for option in data["facets"][facet]}


# --- The three people's steps ------------------------------------------------------------------------


def apply_in_croatian(page, base, cv):
    """The applicant fills in the open call's form, attaches her CV and sends it; returns the reference
    on the thank-you page and the labels of the areas and languages she ticked, as the form shows them."""
    page.goto(base + CALL)
    expect(page.locator("html")).to_have_attribute("lang", "hr")
    expect(page.locator(".call-status--open").first).to_be_visible()
    form = page.locator("form.application-form")
    expect(form).to_have_class(re.compile(r"\bapplication-form--enhanced\b"))  # its script has run
    for name, value in APPLICANT.items():
        if name == "country":
            form.locator("#id_country").select_option(value)
        else:
            form.locator(f"#id_{name}").fill(value)
    area_labels = set()
    for key, description in AREAS.items():
        box = area_box(page, key)
        experience = page.locator(f'textarea[name="experience_{key}"]')
        expect(experience).to_be_hidden()  # shown only for a ticked area
        box.check()
        experience.fill(description)
        area_labels.add(label_of(page, box))
    language_labels = set()
    for code in LANGUAGES:
        box = form.locator(f'input[name="languages"][value="{code}"]')
        box.check()
        language_labels.add(label_of(page, box))
    form.locator("#id_available_from").fill(available_from())
    cv_file = {"name": CV_NAME, "mimeType": "application/pdf", "buffer": cv}
    form.locator("#id_cv").set_input_files(files=[cv_file])
    form.locator("#id_privacy_consent").check()
    form.locator("#id_publish_consent").check()
    settle(page)
    form.locator("button[type=submit]").click()

    expect(page).to_have_url(re.compile(re.escape(base + CALL + "thanks/") + r"(#.*)?$"))
    reference = page.locator(".application-thanks__reference strong")
    expect(reference).to_have_text(REFERENCE)
    settle(page)
    return reference.inner_text().strip(), area_labels, language_labels


def accept_as_moderator(moderator, base, reference, cv, labels):
    """The moderator finds the application by the e-mail, checks it, downloads the CV and accepts it with
    a comment; returns the admin address of the draft profile the acceptance made."""
    log_in(moderator, base, "moderator-hr")  # Croatian staff, so the admin shows her answers' labels
    moderator.locator(f'#mentor-applications-section a[href$="{APPLICATIONS}"]').click()  # the dashboard's
    expect(moderator).to_have_url(base + APPLICATIONS)
    moderator.locator("#id_q").fill(APPLICANT["email"])
    expect(moderator).to_have_url(re.compile(r"[?&]q=" + re.escape(quote(APPLICANT["email"], safe=""))))
    rows = moderator.locator(f'#listing-results tbody a[href*="{APPLICATIONS}inspect/"]')
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text(full_name())
    rows.click()
    expect(moderator).to_have_url(re.compile(re.escape(base + APPLICATIONS) + r"inspect/\d+/$"))
    inspect_url = moderator.url
    application_id = re.search(r"/inspect/(\d+)/$", inspect_url).group(1)
    main = moderator.locator("main")
    for text in (reference, APPLICANT["email"], *labels):
        expect(main).to_contain_text(text)

    cv_link = moderator.locator(f'#application-cv ~ p a[href$="{APPLICATIONS}cv/{application_id}/"]')
    with moderator.expect_download() as download_info:
        cv_link.click()
    download = download_info.value
    assert download.failure() is None, download.failure()
    assert download.suggested_filename == CV_NAME
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read() == cv, "the CV downloaded is not the file the applicant sent"

    decision = moderator.locator('section[aria-labelledby="application-decision"]')
    decision.locator(f'a[href$="{APPLICATIONS}decide/{application_id}/accept/"]').click()
    expect(moderator).to_have_url(f"{base}{APPLICATIONS}decide/{application_id}/accept/")
    moderator.locator("#id_comment").fill("Iskustvo u oba područja; dostupna od sljedećeg tjedna.")
    moderator.locator("main form button[type=submit]").click()
    expect(moderator).to_have_url(inspect_url)
    expect(moderator.locator(".messages .success")).to_contain_text(reference)
    expect(main).to_contain_text("Iskustvo u oba područja")  # the comment, in the history
    profile = decision.locator('a[href^="/admin/pages/"][href$="/edit/"]')
    expect(profile).to_have_text(full_name())
    return profile.get_attribute("href")


def publish_as_editor(editor, base, profile_edit_path):
    """Moderators have no rights on pages: an editor opens the draft profile, writes the bio over the
    template it starts from (publishing refuses its [square brackets]) and publishes it."""
    log_in(editor, base, "editor-hr", next_path=profile_edit_path)
    expect(editor.locator("#id_title")).to_have_value(full_name())
    bio = editor.locator('[data-contentpath="bio"] [contenteditable="true"]')
    expect(bio).to_contain_text("[")
    bio.click()
    editor.keyboard.press("Control+A")
    editor.keyboard.type(f"{full_name()} dvanaest godina vodi zagovaračke kampanje udruga u Splitu.")
    # Draftail writes its state into the form's field a moment after a change, as a person would wait.
    expect(editor.locator('input[name="bio"]')).to_have_value(re.compile("dvanaest godina vodi"))
    publish = editor.locator('button[name="action-publish"]')
    if not publish.is_visible():  # Wagtail keeps it in the footer's menu of actions
        editor.locator('footer [data-w-dropdown-target="toggle"]').click()
    publish.click()
    expect(editor.locator(".messages .success")).to_contain_text(full_name())


def full_name():
    return f"{APPLICANT['first_name']} {APPLICANT['last_name']}"


# --- The tests ---------------------------------------------------------------------------------------


def test_an_applicant_applies_in_croatian_and_a_moderator_takes_the_application_to_a_published_profile(
    page, open_call_url, browser_errors, new_page
):
    base = open_call_url
    surname = APPLICANT["last_name"]
    cv = one_page_pdf("Zeljka Djuric - CV")

    reference, area_labels, language_labels = apply_in_croatian(page, base, cv)
    assert directory_json(page, base, surname)["total"] == 0, "listed before anyone decided"

    profile_edit_path = accept_as_moderator(new_page(), base, reference, cv, area_labels | language_labels)
    assert directory_json(page, base, surname)["total"] == 0, "the draft profile is listed in the directory"

    publish_as_editor(new_page(), base, profile_edit_path)

    # The directory's Croatian page finds her by her surname, with the areas and languages she chose.
    data = directory_json(page, base, surname)
    hits = [hit for hit in data["hits"] if hit["name"] == full_name()]
    assert len(hits) == 1, f"{full_name()} should be found once by her surname: {data['hits']}"
    hit = hits[0]
    assert {area["key"] for area in hit["areas"]} == set(AREAS)
    assert {area["label"] for area in hit["areas"]} == area_labels
    assert {language["code"] for language in hit["languages"]} == set(LANGUAGES)
    assert {language["label"] for language in hit["languages"]} == language_labels
    assert hit["country"]["code"] == APPLICANT["country"]
    assert hit["city"] == APPLICANT["city"]
    assert (str(hit["years_ngo"]), str(hit["years_mentoring"])) == (
        APPLICANT["years_ngo_experience"],
        APPLICANT["years_mentoring_experience"],
    )
    if data["total"] == 1:  # only she matches: the facets count her choices and nothing else
        for facet, chosen in (("area", set(AREAS)), ("language", set(LANGUAGES)), ("country", {"HR"})):
            counts = facet_counts(data, facet)
            assert {value for value, count in counts.items() if count} == chosen, (facet, counts)

    page.goto(f"{base}{DIRECTORY}?q={quote(surname)}")
    card = page.locator(".mentor-card").filter(has=page.locator(".mentor-card__name", has_text=full_name()))
    expect(card).to_have_count(1)
    expect(card.locator(".tags .tag")).to_have_count(len(AREAS))
    assert set(card.locator(".tags .tag").all_inner_texts()) == area_labels
    languages_shown = card.locator(".mentor-card__facts > div").first.locator("dd").inner_text()
    assert set(languages_shown.split(", ")) == language_labels
    expect(card.locator(".mentor-card__facts")).to_contain_text(APPLICANT["city"])
    settle(page)

    card.locator(".mentor-card__name a").click()
    expect(page).to_have_url(hit["url"])
    expect(page.locator("h1")).to_have_text(full_name())
    settle(page)

    assert not browser_errors, "Errors on the public pages:\n" + "\n".join(browser_errors)


def test_the_application_form_has_no_serious_accessibility_violations_even_with_errors_shown(
    page, open_call_url
):
    page.goto(open_call_url + CALL)
    form = page.locator("form.application-form")
    expect(form).to_be_visible()
    settle(page)
    assert_no_serious_violations(page, f"{CALL} with the application form")

    # The form has `novalidate`: the browser sends it empty, and the server answers with its errors.
    form.locator("button[type=submit]").click()
    summary = page.locator("#application-errors")
    expect(summary).to_be_visible()
    expect(page).to_have_title(re.compile(r"^Pogreška: "))  # "Error: …"
    expect(summary).to_be_focused()
    links = summary.locator("a[href^='#']")
    assert links.count() >= 10, "the error summary should list the required fields"
    for target in links.evaluate_all("(links) => links.map((link) => link.getAttribute('href'))"):
        expect(page.locator(target), f"the error summary links to {target}").to_have_count(1)
    settle(page)
    assert_no_serious_violations(page, f"{CALL} with the form's errors shown")
