"""Demo pages from their content (title, slug, search description, intro, body).

A page is created in the source language with an empty body and published; its body is written (a
second revision) once every page and partner it links to exists.
"""

from .streams import stream_data


def page_fields(content):
    return {
        "title": content["title"],
        "slug": content["slug"],
        "search_description": content["search_description"],
        "intro": content["intro"],
    }


def new_page(context, page_class, content, show_in_menus=False, **extra):
    """An unsaved source-language page with an empty body."""
    return page_class(
        **page_fields(content), show_in_menus=show_in_menus, locale=context.source_locale, **extra
    )


def load_page(context, key, page_class, content, show_in_menus=False, **extra):
    """The source-language page ``key`` under the home page, created and published if missing."""
    home = context.pages["home"]  # core's instance: adding children to it keeps its child count right
    pages = page_class.objects.filter(locale=context.source_locale, slug=content["slug"])
    page = pages.child_of(home).first()
    if page is None:
        page = new_page(context, page_class, content, show_in_menus, **extra)
        home.add_child(instance=page)
        page.save_revision().publish()
        context.created_page(key)
    context.pages[key] = page
    return page


def write_body(context, key, blocks):
    """Write and publish the body of page ``key`` if this load created it."""
    if key not in context.new_pages:
        return
    page = context.pages[key]
    page.body = stream_data(context, key, blocks)
    page.save_revision().publish()


def page_shadow(context, key, page_class, content, **extra):
    """An unsaved page holding ``content``'s text, to translate page ``key`` from (see translate.py)."""
    return page_class(**page_fields(content), body=stream_data(context, key, content["body"]), **extra)
