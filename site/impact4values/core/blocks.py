"""Content blocks any page body may use. Every block declares icon, template, preview and description."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.rich_text import RichText

from . import placeholders

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        label = _("Heading")
        icon = "title"
        template = "components/blocks/heading.html"
        preview_value = "Namen poziva"
        description = _("A section heading; it also appears in the page's outline.")


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text; ``{deadline}`` in it shows the call's deadline (``placeholders``)."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text", _("Write {deadline} where the call's application deadline should appear.")
        )
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        if value is not None:
            context["value"] = RichText(placeholders.substitute(value.source))
        return context

    class Meta:
        label = _("Paragraph")
        icon = "pilcrow"
        template = "components/blocks/paragraph.html"
        preview_value = "<p>Mentorstva se bodo začela predvidoma konec februarja 2026.</p>"
        description = _("Text with paragraphs, lists and links.")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=40)
    label = blocks.CharBlock(label=_("What it counts"), max_length=160)

    class Meta:
        icon = "order"
        label = _("Key figure")


class KeyFiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(KeyFigureBlock(), **kwargs)

    class Meta:
        label = _("Key figures")
        icon = "table"
        template = "components/blocks/key_figures.html"
        preview_value = [
            {"value": "3,82 mio €", "label": "za finančno podporo"},
            {"value": "60", "label": "organizacij"},
        ]
        description = _("A row of headline numbers, each with a short label.")


class CallToActionValue(blocks.StructValue):
    """Resolves the link target: the chosen page in the visitor's language, else the URL."""

    def href(self):
        page = self.get("page")
        if page:
            return page.localized.specific.url
        return self.get("url")

    def is_external(self):
        return not self.get("page") and bool(self.get("url"))


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external address, not both.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value

    class Meta:
        label = _("Call to action")
        icon = "link"
        template = "components/blocks/call_to_action.html"
        value_class = CallToActionValue
        preview_value = {"label": "Preberite poziv", "url": "https://www.cnvos.si/impact4values/"}
        description = _("A prominent link to a page of this site or to another website.")


class ContentStreamBlock(blocks.StreamBlock):
    """The body of generic content pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
