"""The closed vocabularies of a mentor profile. Stored values are language-independent codes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    SLOVENIA = "SI", _("Slovenia")
    CROATIA = "HR", _("Croatia")
    OTHER = "OTHER", _("Another country")


class Availability(models.TextChoices):
    AVAILABLE = "available", _("Available")
    LIMITED = "limited", _("Limited availability")
    UNAVAILABLE = "unavailable", _("Not taking new organisations")


class WorkingLanguage(models.TextChoices):
    """Languages a mentor can work in: the programme's, its neighbours', and a few common ones."""

    SLOVENIAN = "sl", _("Slovenian")
    CROATIAN = "hr", _("Croatian")
    ENGLISH = "en", _("English")
    BOSNIAN = "bs", _("Bosnian")
    SERBIAN = "sr", _("Serbian")
    GERMAN = "de", _("German")
    ITALIAN = "it", _("Italian")
    HUNGARIAN = "hu", _("Hungarian")
    FRENCH = "fr", _("French")
