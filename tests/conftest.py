import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_tasks.signals import task_finished

from impact4values.core.demo import load_demo_site
from programme.demo.deadline import REAL_DEADLINE


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The real demo content, loaded once into the test database; each test rolls back its changes."""
    with django_db_blocker.unblock():
        load_demo_site(REAL_DEADLINE, demo_accounts=True)


@pytest.fixture
def client():
    return Client(HTTP_HOST="localhost")


def login(username):
    user = get_user_model().objects.get(username=username)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(db):
    return login("editor")


@pytest.fixture
def moderator_client(db):
    return login("moderator")


@pytest.fixture
def admin_client(db):
    return login("admin")


@pytest.fixture(autouse=True)
def reseeded_factories():
    """Factories make the same data in every run of a test, whatever ran before it."""
    from tests.support.factories import reseed

    reseed()


@pytest.fixture
def staff_in_english(db):
    """The admin's English wording, for tests that read it; the demo staff would otherwise see Slovenian."""
    from tests.support.moderation import speak_english

    for user in get_user_model().objects.filter(is_staff=True) | get_user_model().objects.filter(
        groups__name__in=["Editors", "Moderators"]
    ):
        speak_english(user)


@pytest.fixture
def task_results():
    """Every task result finished during the test, in order (whichever backend ran it)."""
    results = []

    def collect(sender, task_result, **kwargs):
        results.append(task_result)

    task_finished.connect(collect)
    yield results
    task_finished.disconnect(collect)
