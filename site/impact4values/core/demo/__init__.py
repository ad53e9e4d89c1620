"""The whole demo site in one call, loaded idempotently: a second load changes nothing.

Core lays out the frame (locales, demo accounts, the home page); every app whose package has a ``demo``
module with ``load(context)`` then loads its own content, in ``INSTALLED_APPS`` order; core completes
the site-wide content that links to theirs (privacy notice, home page body, footer); last, every other
language is made from the Slovenian objects through wagtail-localize. Apps are found, not imported by
name: core is the bottom layer and knows none of them.
"""

import importlib

from django.apps import apps
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from .accounts import load_accounts
from .context import DemoContext
from .site_content import complete_site, load_home, load_locales
from .translate import translate_site


def app_demo_loaders():
    """``load`` of every installed app's ``demo`` module but core's own (this package)."""
    for app_config in apps.get_app_configs():
        name = f"{app_config.name}.demo"
        if name == __name__ or not module_has_submodule(app_config.module, "demo"):
            continue
        module = importlib.import_module(name)
        if hasattr(module, "load"):
            yield module.load


@transaction.atomic
def load_demo_site(deadline=None, demo_accounts=False):
    """Load the site; ``deadline`` (None: the real one) goes to the call. Returns the report."""
    context = DemoContext(deadline=deadline)
    load_locales(context)
    if demo_accounts:
        load_accounts(context)
    load_home(context)
    for load in app_demo_loaders():
        load(context)
    complete_site(context)
    translate_site(context)
    return context.report
