"""Demo accounts for local trials (``--demo-accounts``; never in production)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

DEMO_USERS = [
    # username, group (None: superuser)
    ("admin", None),
    ("editor", "Editors"),
    ("moderator", "Moderators"),
]
DEMO_PASSWORD = "impact4values"  # noqa: S105 -- local demo accounts, printed by `make run`


def load_accounts(context):
    User = get_user_model()
    for username, group_name in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        if group_name is None:
            User.objects.create_superuser(username, f"{username}@example.org", DEMO_PASSWORD)
        else:
            user = User.objects.create_user(username, f"{username}@example.org", DEMO_PASSWORD)
            user.groups.add(Group.objects.get(name=group_name))
        context.report.add(f"user {username}")
