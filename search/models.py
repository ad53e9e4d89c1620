from django.db import models
from django.utils.translation import gettext_lazy as _

from .query import HIT_FIELDS, Hit


class DirectoryEntry(models.Model):
    """One live mentor profile as the directory searches it: the database backend's index, and the
    source of the documents sent to Elasticsearch. Written when a profile is published, removed when it
    is unpublished or deleted (see ``search.indexing``).

    Multi-valued fields are space-delimited with a leading and trailing space (" advocacy gesi "), so
    one ``LIKE '% key %'`` tests membership and one table scan computes every facet count.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    locale = models.CharField(max_length=8)
    url = models.CharField(max_length=500)
    name = models.CharField(max_length=255)
    name_sort = models.CharField(max_length=255)
    headline = models.CharField(max_length=255, blank=True)
    areas = models.CharField(max_length=500)
    languages = models.CharField(max_length=200)
    country = models.CharField(max_length=8)
    city = models.CharField(max_length=100, blank=True)
    availability = models.CharField(max_length=16)
    years_ngo = models.PositiveSmallIntegerField()
    years_mentoring = models.PositiveSmallIntegerField()
    name_text = models.TextField()  # indexed words of the name
    text = models.TextField()  # indexed words of everything searchable

    class Meta:
        verbose_name = _("directory entry")
        verbose_name_plural = _("directory entries")
        indexes = [
            models.Index(fields=["locale", "name_sort"], name="directory_locale_name"),
            models.Index(
                fields=["locale", "years_mentoring", "years_ngo"], name="directory_locale_experience"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.locale})"

    @staticmethod
    def members(values):
        return " " + " ".join(values) + " " if values else " "

    def as_hit(self):
        return Hit.from_mapping({name: getattr(self, name) for name in HIT_FIELDS})
