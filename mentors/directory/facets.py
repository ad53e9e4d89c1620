"""The directory's facet vocabularies: every value each facet can take, and its label. The search
service counts the values it is given; the directory, which knows them, gives them."""

from mentors.choices import Availability, Country, WorkingLanguage
from programme.models import ThematicArea


def area_choices(language=None):
    """(key, name) of the thematic areas in the call's order, named in ``language`` where translated
    (the active language by default)."""
    return list(ThematicArea.objects.labels(language).items())


def facet_labels(area_choices):
    """facet -> {value: label}, the areas named as in ``area_choices``."""
    return {
        "area": dict(area_choices),
        "language": dict(WorkingLanguage.choices),
        "country": dict(Country.choices),
        "availability": dict(Availability.choices),
    }


def facet_values():
    """Every value each facet can take (the areas: the source areas' keys), each of which gets a count."""
    return {
        "area": list(ThematicArea.objects.sources().values_list("key", flat=True)),
        "language": list(WorkingLanguage.values),
        "country": list(Country.values),
        "availability": list(Availability.values),
    }
