"""Page forms whose thematic areas are one checkbox per area, in the page's language (the call page's,
and the mentor profile's through its own form).

Areas are stored as their source rows (the default language's, see ``ThematicAreaQuerySet``), whatever
the page's locale, so translations and the application form agree; an editor of the Croatian call sees
the seven areas once, named in Croatian, in the call's order, instead of 21 rows in three languages.
It imports no model (the call page's model imports it): the areas' model comes from the field.
"""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm


class LocalizedAreasField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def set_language(self, language):
        """Offer each area once (its source row), named and ordered as in ``language``."""
        areas = self.queryset.model.objects.localized(language)
        self.names = {(area.source or area).pk: area.name for area in areas}
        self.queryset = self.queryset.model.objects.filter(pk__in=self.names).order_by("sort_order", "pk")

    def label_from_instance(self, obj):
        return self.names.get(obj.pk, obj.name)


class LocalizedAreasPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("thematic_areas")
        if field is not None:
            locale = self.instance.locale if self.instance.locale_id else None
            areas = LocalizedAreasField(
                queryset=field.queryset.none(),
                required=field.required,
                label=field.label,
                help_text=field.help_text,
            )
            areas.set_language(locale.language_code if locale else None)
            self.fields["thematic_areas"] = areas
