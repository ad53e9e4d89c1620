"""The whole demo site in one call: the programme's content, then the mentor directory."""

from django.db import transaction

from mentors.demo.loader import MentorDemoLoader
from programme.demo.loader import DemoLoader


@transaction.atomic
def load_demo_site(deadline, demo_accounts=False):
    loader = DemoLoader(deadline, demo_accounts=demo_accounts)
    report = loader.load()
    MentorDemoLoader(report).load()
    return report
