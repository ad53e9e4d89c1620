"""Where applicants' CVs live: a folder outside MEDIA_ROOT that no URL serves.

Files get random names; the original name is kept on the application as data. Moderators download a CV
through a permission-checked view, never through a public address.
"""

import secrets
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property


@deconstructible
class PrivateStorage(FileSystemStorage):
    def __init__(self, **kwargs):
        # Readable by the site's own user only.
        kwargs.setdefault("file_permissions_mode", 0o600)
        kwargs.setdefault("directory_permissions_mode", 0o700)
        super().__init__(**kwargs)

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @cached_property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no public URL.")


private_storage = PrivateStorage()


def random_cv_name(instance, filename):
    """cvs/<random>.<extension>: nothing else of the applicant's file name reaches the disk."""
    extension = PurePath(filename).suffix.lower()[:8]
    return f"cvs/{secrets.token_hex(16)}{extension}"
