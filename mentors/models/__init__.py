from .application import AreaExperience, MentorApplication
from .directory_page import MentorDirectoryPage
from .language import Language
from .mentor_page import MentorPage
from .review import ApplicationReviewTask, ApplicationReviewTaskState

__all__ = [
    "ApplicationReviewTask",
    "ApplicationReviewTaskState",
    "AreaExperience",
    "Language",
    "MentorApplication",
    "MentorDirectoryPage",
    "MentorPage",
]
