"""Demo accounts for local trials (``--demo-accounts``; never in production).

Each has the names and e-mail address Wagtail's account form requires, and an admin language: the
Slovenian staff read the admin in Slovenian, the Croatian staff (editor-hr, moderator-hr) in Croatian.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

DEMO_USERS = [
    # username, group (None: superuser), first name, last name, admin language
    ("admin", None, "Alenka", "Zupan", "sl"),
    ("editor", "Editors", "Maja", "Novak", "sl"),
    ("moderator", "Moderators", "Luka", "Kranjc", "sl"),
    ("editor-hr", "Editors", "Ivana", "Horvat", "hr-hr"),
    ("moderator-hr", "Moderators", "Marko", "Kovačić", "hr-hr"),
]
DEMO_PASSWORD = "impact4values"  # noqa: S105 -- local demo accounts, printed by `make run`


def load_accounts(context):
    User = get_user_model()
    for username, group_name, first_name, last_name, language in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            email = f"{username}@example.org"
            if group_name is None:
                user = User.objects.create_superuser(username, email, DEMO_PASSWORD)
            else:
                user = User.objects.create_user(username, email, DEMO_PASSWORD)
                user.groups.add(Group.objects.get(name=group_name))
            context.report.add(f"user {username}")
        complete_account(user, first_name, last_name, language)


def complete_account(user, first_name, last_name, language):
    """Names and an admin language for a demo account that lacks them (older demo databases too)."""
    if not (user.first_name and user.last_name):
        user.first_name, user.last_name = first_name, last_name
        user.save(update_fields=["first_name", "last_name"])
    profile = UserProfile.get_for_user(user)
    if not profile.preferred_language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])
