from .call_page import CallPage
from .partner import Partner
from .programme_page import ProgrammePage
from .thematic_area import ThematicArea

__all__ = ["CallPage", "Partner", "ProgrammePage", "ThematicArea"]
