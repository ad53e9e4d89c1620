"""The photos of the profiles on a result page. The index holds no photos (they change with the page, and
the JSON has no use for them), so the HTML view reads them for the page's hits in one query."""

from mentors.models import MentorPage


def photos_of(page_ids):
    """{page id: (photo, alt text)} of those profiles among ``page_ids`` that have a photo, with the
    photos' renditions prefetched."""
    pages = (
        MentorPage.objects.filter(pk__in=list(page_ids), photo__isnull=False)
        .select_related("photo")
        .prefetch_related("photo__renditions")
        .only("pk", "photo", "photo_alt")
    )
    return {page.pk: (page.photo, page.photo_alt) for page in pages}
