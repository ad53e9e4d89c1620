from .content_page import ContentPage
from .footer import Footer
from .home_page import HomePage

__all__ = ["ContentPage", "Footer", "HomePage"]
