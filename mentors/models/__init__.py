from .application import AreaExperience, MentorApplication
from .directory_page import MentorDirectoryPage
from .language import Language
from .mentor_page import MentorPage

__all__ = ["AreaExperience", "Language", "MentorApplication", "MentorDirectoryPage", "MentorPage"]
