"""What a directory search asks for and what it gets back, the same for every backend."""

from dataclasses import dataclass, field, fields

SORTS = ("relevance", "name", "experience")
PER_PAGE = 12

# The four facets, in the order the directory shows them, and the DirectoryEntry field of each.
FACETS = ("area", "language", "country", "availability")
FACET_FIELDS = {
    "area": "areas",
    "language": "languages",
    "country": "country",
    "availability": "availability",
}


@dataclass(frozen=True)
class DirectoryQuery:
    locale: str  # language code of the directory: hits are profiles in that language
    terms: tuple = ()  # folded query words (see search.text.query_terms)
    area: tuple = ()  # thematic area keys (OR within a facet, AND across facets)
    language: tuple = ()  # working-language codes
    country: tuple = ()  # country codes
    availability: tuple = ()  # availability codes
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE

    def selected(self, facet):
        return getattr(self, facet)

    @property
    def effective_sort(self):
        """Relevance means nothing without words; then the list is by name."""
        return "name" if self.sort == "relevance" and not self.terms else self.sort


@dataclass(frozen=True)
class Hit:
    """One profile found. Its fields are the one list of what every backend returns (``HIT_FIELDS``)."""

    page_id: int
    url: str
    name: str
    headline: str
    areas: tuple  # keys
    languages: tuple  # codes
    country: str
    city: str
    availability: str
    years_ngo: int
    years_mentoring: int

    @classmethod
    def from_mapping(cls, values):
        """The hit of any mapping holding its fields; multi-valued ones (tuples) may be sequences or
        space-delimited strings, as ``DirectoryEntry`` stores them."""
        return cls(
            **{name: as_tuple(values[name]) if name in MULTI_VALUED else values[name] for name in HIT_FIELDS}
        )


HIT_FIELDS = tuple(hit_field.name for hit_field in fields(Hit))
MULTI_VALUED = frozenset(hit_field.name for hit_field in fields(Hit) if hit_field.type in (tuple, "tuple"))


def as_tuple(values):
    return tuple(values.split() if isinstance(values, str) else values)


@dataclass
class DirectoryResults:
    hits: list
    total: int
    facets: dict  # facet -> {value: count}, counts computed with the *other* facets applied
    page: int
    per_page: int
    backend: str = ""
    notices: list = field(default_factory=list)

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.per_page))
