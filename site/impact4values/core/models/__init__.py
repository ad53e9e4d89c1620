from .content_page import ContentPage
from .footer import Footer
from .home_page import HomePage
from .outgoing_email import OutgoingEmail
from .scheduled_job import ScheduledJob

__all__ = ["ContentPage", "Footer", "HomePage", "OutgoingEmail", "ScheduledJob"]
