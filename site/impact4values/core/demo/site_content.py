"""Core's own demo content: the locales, the home page, the privacy notice and the footer.

The home page is laid out first, as the parent of every app's pages; its body links to the programme's
call, pages and partners, so it is written after the apps have loaded theirs (``complete_site``).
"""

from wagtail.models import Locale, Page, Site

from impact4values.core.models import ContentPage, Footer, HomePage
from impact4values.core.site_url import configured_base_url, host_and_port, set_default_site_url

from .content import CONTENT
from .context import SOURCE_LANGUAGE, TARGET_LANGUAGES
from .pages import load_page, new_page, page_shadow, write_body


def load_locales(context):
    for code in [SOURCE_LANGUAGE, *TARGET_LANGUAGES]:
        locale, created = Locale.objects.get_or_create(language_code=code)
        context.locales[code] = locale
        if created:
            context.report.add(f"locale {code}")


def load_home(context):
    """The home page, replacing Wagtail's welcome page as the root of the default site; empty if new."""
    content = CONTENT[SOURCE_LANGUAGE]["home"]
    home = HomePage.objects.filter(locale=context.source_locale, slug=content["slug"], depth=2).first()
    if home is None:
        home = new_page(context, HomePage, content)
        root = Page.get_first_root_node()
        Site.objects.all().delete()
        for welcome in root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ):
            welcome.delete()
        root.add_child(instance=home)
        home.save_revision().publish()
        hostname, port = host_and_port(configured_base_url())
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name="Impact4Values 2.0"
        )
        context.created_page("home")
    elif set_default_site_url():
        context.report.updated.append(f"site {Site.objects.get(is_default_site=True).root_url}")
    context.pages["home"] = home
    context.translate_later(
        home, lambda language: page_shadow(context, "home", HomePage, CONTENT[language]["home"])
    )


def complete_site(context):
    """The privacy notice, the body of a new home page, and the footer."""
    source = CONTENT[SOURCE_LANGUAGE]
    privacy = load_page(context, "privacy", ContentPage, source["privacy"])
    write_body(context, "privacy", source["privacy"]["body"])
    context.translate_later(
        privacy, lambda language: page_shadow(context, "privacy", ContentPage, CONTENT[language]["privacy"])
    )
    write_body(context, "home", source["home"]["body"])
    load_footer(context)


def load_footer(context):
    footer = Footer.objects.filter(locale=context.source_locale).first()
    if footer is None:
        footer = footer_from(context, CONTENT[SOURCE_LANGUAGE]["footer"])
        footer.locale = context.source_locale
        footer.save()
        context.report.add("footer")
    # After the pages: its link to the privacy notice becomes a link to the notice's translation.
    context.translate_later(
        footer, lambda language: footer_from(context, CONTENT[language]["footer"]), after_pages=True
    )


def footer_from(context, data):
    return Footer(privacy_page=context.pages["privacy"], **data)
