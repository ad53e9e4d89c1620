"""Blocks that know about the programme (partners); the generic ones live in impact4values.core."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from impact4values.core.blocks import ContentStreamBlock


class PartnersBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(SnippetChooserBlock("programme.Partner"), **kwargs)

    class Meta:
        label = _("Partners")
        icon = "group"
        template = "components/blocks/partners.html"
        preview_value = []
        description = _("The consortium partners you choose, with country and website.")


class ProgrammeStreamBlock(ContentStreamBlock):
    """The body of the home, call and programme pages."""

    partners = PartnersBlock()
