"""The programme's demo content: the call for mentors, the programme pages, the thematic areas and the
partners, in sl (original), hr and en. Core's demo loader finds ``load`` here."""

from .loader import ProgrammeDemoLoader


def load(context):
    ProgrammeDemoLoader(context).load()
