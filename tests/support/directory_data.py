"""A small, hand-built directory whose right answers are known, for both search backends."""

from wagtail.models import Page

from search.models import DirectoryEntry
from search.text import index_text, sort_key

# name, locale, areas, languages, country, availability, years_ngo, years_mentoring, headline, text
ROWS = [
    (
        "Ana Đorđević",
        "hr",
        ["advocacy", "gesi"],
        ["hr", "en"],
        "HR",
        "available",
        12,
        6,
        "Mentorica za zagovaranje",
        "Vodila je kampanje zagovaranja za prava žena.",
    ),
    (
        "Marko Horvat",
        "hr",
        ["financial-stability"],
        ["hr"],
        "HR",
        "limited",
        20,
        10,
        "Savjetnik za financijsku održivost",
        "Financijska stabilnost udruga i diverzifikacija izvora.",
    ),
    (
        "Ivana Kovačić",
        "hr",
        ["advocacy", "financial-stability"],
        ["hr", "en", "de"],
        "HR",
        "available",
        8,
        3,
        "Trenerica za zagovaranje i prikupljanje sredstava",
        "Mentorstvo organizacijama civilnoga društva.",
    ),
    (
        "Petra Babić",
        "hr",
        ["public-image-and-transparency"],
        ["hr", "sr"],
        "OTHER",
        "unavailable",
        5,
        1,
        "Komunikacijska strategija",
        "Odnosi s medijima i transparentnost.",
    ),
    (
        "Nina Zupan",
        "sl",
        ["advocacy"],
        ["sl", "en"],
        "SI",
        "available",
        15,
        9,
        "Mentorica za zagovorništvo",
        "Zagovorništvo in vplivanje na politike.",
    ),
    (
        "Luka Novak",
        "sl",
        ["financial-stability", "service-provision"],
        ["sl"],
        "SI",
        "limited",
        25,
        12,
        "Svetovalec za finančno stabilnost",
        "Finančna stabilnost in gospodarska dejavnost nevladnih organizacij.",
    ),
    (
        "Maja Kranjc",
        "sl",
        ["gesi", "capacities-and-resources"],
        ["sl", "en", "it"],
        "SI",
        "available",
        10,
        4,
        "Trenerka za enakost spolov",
        "Mentorstvo pri vključevanju prostovoljcev.",
    ),
    (
        "Tomaž Žagar",
        "sl",
        ["organisational-structure"],
        ["sl", "hu"],
        "SI",
        "unavailable",
        30,
        20,
        "Strateško načrtovanje",
        "Organi organizacije, poslanstvo in vodenje.",
    ),
]


def build_entries():
    root = Page.get_first_root_node()
    entries = []
    for position, row in enumerate(ROWS):
        name, locale, areas, languages, country, availability, years_ngo, years_mentoring, headline, text = (
            row
        )
        page = root.add_child(instance=Page(title=name, slug=f"directory-test-{position}"))
        entries.append(
            DirectoryEntry(
                page=page,
                locale=locale,
                url=f"/{locale}/test/{position}/",
                name=name,
                name_sort=sort_key(name),
                headline=headline,
                areas=DirectoryEntry.members(areas),
                languages=DirectoryEntry.members(sorted(languages)),
                country=country,
                city="",
                availability=availability,
                years_ngo=years_ngo,
                years_mentoring=years_mentoring,
                name_text=index_text(name),
                text=index_text(name, headline, text),
            )
        )
    DirectoryEntry.objects.filter(locale__in=["sl", "hr"]).delete()
    return DirectoryEntry.objects.bulk_create(entries)
