"""Helpers of the moderation tests: the admin's URLs for applications, a decision, a second moderator."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.log_actions import registry
from wagtail.users.models import UserProfile

NAMESPACE = "wagtailsnippets_mentors_mentorapplication"


def admin_url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


def decide(client, application, decision, **data):
    return client.post(admin_url("decide", application.pk, decision), data)


def speak_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def second_moderator():
    user = get_user_model().objects.create_user("moderator2", "moderator2@example.org", "x")
    user.groups.add(Group.objects.get(name="Moderators"))
    speak_english(user)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return user, client


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def history(application):
    return list(registry.get_logs_for_instance(application).order_by("timestamp", "pk"))


def read(response):
    """A response's body as text, streamed (exports) or not."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode("utf-8")
