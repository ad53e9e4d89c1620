"""The moderators' admin for mentor applications (a Wagtail snippet viewset and a selection view).

``viewsets`` assembles the menu group from the views here: ``listing`` (filters from ``filters``,
search, sorting, CSV/XLSX export), ``inspect`` (one application), ``decisions``, ``cv`` (the
permission-checked download), ``selection`` (per area, by experience); ``dashboard`` is the panel on the
admin's home page and ``history`` formats the decisions in the history. Each view asks ``permissions``.
"""
