# ruff: noqa: E501 -- phrase lists: one sentence a line
"""Synthetic mentor profiles in bulk, for load tests and benchmarks (``manage.py generate_mentors``).

Each synthetic mentor is one person in every language of the directory (sl, hr, en): the same
``translation_key``, the same facts, and a headline, a two-paragraph bio, a city and an "EU values"
sentence written in each language from the phrase lists below. Everything about the people is drawn
from ``random.Random(seed)``, so one seed always gives the same mentors; only the pages' database ids
and translation keys (``uuid4``) differ from run to run.

**Marker.** A synthetic profile's slug begins with ``synthetic-`` (``synthetic-<name>-<number>``, the
same slug in every language); ``--delete`` removes exactly the mentor profiles whose slug begins so.
Nothing else marks them: their titles, texts and URLs look like real profiles'.

**Speed.** Pages are not created one at a time through ``add_child()`` and ``save_revision()``: that
costs dozens of queries a page. Instead, per directory language, in one transaction:

1. the treebeard materialised paths of the new children are computed from the directory's last child;
2. the ``wagtailcore_page`` rows are bulk-inserted (content type ``MentorPage``, live, published now);
3. the ``mentors_mentorpage`` rows are inserted with Django's own multi-row insert (``_insert``, which
   ``Model.save()`` uses; ``bulk_create`` refuses multi-table inheritance), every value prepared by
   its field, so the rich text and the stream field are stored as the ORM would store them;
4. the thematic-area and language rows of the two many-to-many tables are bulk-inserted, pointing at
   the default language's areas, as wagtail-localize synchronises them;
5. the directory's ``numchild`` is recounted;
6. the directory index (``search.DirectoryEntry``) is bulk-inserted from the data in memory, with the
   fields ``mentors.directory.index.build_entry`` computes (see ``directory_entry``; a test compares the two).

The pages have no revisions, no log entries and no rows in Wagtail's own admin search index or
reference index, exactly as if their rows had been imported; ``manage.py update_index`` and
``rebuild_references_index`` add those if the admin needs them. Editing one in the admin works as for
any page (the first save creates its first revision).
"""

import random
import re
import time
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from wagtail.models import Page

from mentors.directory.index import named_areas
from mentors.models import Language, MentorDirectoryPage, MentorPage
from programme.models import ThematicArea
from search.models import DirectoryEntry
from search.text import fold, index_text, sort_key

SLUG_PREFIX = "synthetic-"
BATCH_SIZE = 2000
LANGUAGES = ("sl", "hr", "en")

# --------------------------------------------------------------------------------------- people
# (first name, gender): "f" or "m". Diacritics as the names are written (č, ć, š, ž, đ).
SLOVENIAN_FIRST_NAMES = [
    *(
        (name, "f")
        for name in (
            "Maja Nina Ana Eva Špela Urška Tjaša Nataša Mojca Petra Katja Barbara Sabina Polona Alenka Tanja "
            "Mateja Neža Živa Brigita Andreja Irena Metka Darja Vesna Lucija Zala Tina Manca Saša"
        ).split()
    ),
    *(
        (name, "m")
        for name in (
            "Tomaž Luka Matej Jure Žiga Rok Gregor Blaž Miha Andrej Aleš Primož Boštjan Uroš Matjaž Janez Marko "
            "Jernej Gašper Anže Peter Domen Bojan Simon Klemen Tadej Nejc Žan Damjan Igor"
        ).split()
    ),
]
CROATIAN_FIRST_NAMES = [
    *(
        (name, "f")
        for name in (
            "Ana Ivana Marija Petra Martina Lucija Maja Katarina Jelena Nikolina Tea Mia Dora Sanja Željka "
            "Snježana Đurđica Vesna Mirjana Ivona Ružica Gordana Kristina Ljiljana Vlatka Tihana Anđela Lana "
            "Nives Dunja"
        ).split()
    ),
    *(
        (name, "m")
        for name in (
            "Ivan Marko Luka Josip Tomislav Mario Damir Davor Krešimir Hrvoje Goran Zoran Dražen Željko Matej "
            "Filip Nikola Đuro Ante Stjepan Boris Vedran Domagoj Dario Siniša Zvonimir Mislav Igor Saša Branimir"
        ).split()
    ),
]
SLOVENIAN_SURNAMES = (
    "Novak Horvat Kovačič Krajnc Zupančič Potočnik Kovač Mlakar Kos Vidmar Golob Turk Božič Kralj Zupan "
    "Bizjak Hribar Korošec Rozman Kotnik Oblak Petek Žagar Kolar Košir Koren Medved Zajc Hočevar Pirc "
    "Žnidaršič Kastelic Jereb Černe Šinkovec Vrhovnik Furlan Kokalj Erjavec Rupnik Breznik Ambrožič Jerše "
    "Lesjak Tomažič Dolenc Pečnik Zorko Štrukelj Čeh Sever Jazbec Petrič Kržišnik Šuštar Gorišek Mežnar Čuk"
).split()
CROATIAN_SURNAMES = (
    "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Matić Tomić "
    "Pavlović Božić Blažević Grgić Pavić Radić Perić Šarić Lovrić Vidović Perković Đurić Đorđević Đokić "
    "Mađarić Đaković Kolar Šimić Lončar Bošnjak Jukić Klarić Galić Barišić Čović Ćosić Žužić Filipović "
    "Mandić Vlašić Rukavina Đerek Buljan Brajković Kalinić Šego Đanić Bačić Crnković Mihaljević Žganec "
    "Cvitković Jozić"
).split()

# (sl, hr, en) city names and, abroad, the mentor's own working language.
SLOVENIAN_CITIES = [
    (city, city, city)
    for city in (
        "Ljubljana|Maribor|Celje|Kranj|Novo mesto|Velenje|Nova Gorica|Murska Sobota|Ptuj|Slovenj Gradec|"
        "Škofja Loka|Kamnik|Trbovlje|Jesenice"
    ).split("|")
] + [("Koper", "Kopar", "Koper")]
CROATIAN_CITIES = [
    (city, city, city)
    for city in (
        "Zagreb|Split|Rijeka|Osijek|Zadar|Pula|Varaždin|Slavonski Brod|Karlovac|Šibenik|Dubrovnik|Čakovec|"
        "Đakovo|Vukovar|Sisak|Požega"
    ).split("|")
]
OTHER_CITIES = [
    (("Dunaj", "Beč", "Vienna"), "de"),
    (("Gradec", "Graz", "Graz"), "de"),
    (("Berlin", "Berlin", "Berlin"), "de"),
    (("Trst", "Trst", "Trieste"), "it"),
    (("Sarajevo", "Sarajevo", "Sarajevo"), "bs"),
    (("Beograd", "Beograd", "Belgrade"), "sr"),
    (("Budimpešta", "Budimpešta", "Budapest"), "hu"),
    (("Bruselj", "Bruxelles", "Brussels"), "fr"),
]

COUNTRIES = (("SI", 45), ("HR", 45), ("OTHER", 10))
AVAILABILITY = (("available", 60), ("limited", 30), ("unavailable", 10))
NUMBER_OF_AREAS = ((1, 30), (2, 45), (3, 25))
NUMBER_OF_LANGUAGES = ((1, 20), (2, 50), (3, 30))
# Languages added to the mentor's own, by how likely they are.
EXTRA_LANGUAGES = (("en", 12), ("sl", 3), ("hr", 3), ("de", 4), ("it", 2), ("sr", 2), ("bs", 2), ("hu", 1))

# ------------------------------------------------------------------------------------ phrases
# A phrase is {language: text}; a text that depends on the mentor's gender is a pair (male, female).
# English texts use {He}/{he} for the pronoun.

ROLES = [  # headline nouns
    {"sl": ("Mentor", "Mentorica"), "hr": ("Mentor", "Mentorica"), "en": "Mentor"},
    {"sl": ("Trener", "Trenerka"), "hr": ("Trener", "Trenerica"), "en": "Trainer"},
    {"sl": ("Svetovalec", "Svetovalka"), "hr": ("Savjetnik", "Savjetnica"), "en": "Adviser"},
]
HEADLINE_TOPICS = {  # what the headline says the mentor is for, per thematic area
    "organisational-structure": {
        "sl": "strateško načrtovanje",
        "hr": "strateško planiranje",
        "en": "strategic planning",
    },
    "capacities-and-resources": {
        "sl": "razvoj kadrov",
        "hr": "razvoj ljudskih potencijala",
        "en": "people development",
    },
    "financial-stability": {
        "sl": "finančno stabilnost",
        "hr": "financijsku stabilnost",
        "en": "financial stability",
    },
    "service-provision": {"sl": "razvoj storitev", "hr": "razvoj usluga", "en": "service development"},
    "advocacy": {"sl": "zagovorništvo", "hr": "zagovaranje", "en": "advocacy"},
    "public-image-and-transparency": {
        "sl": "odnose z javnostmi",
        "hr": "odnose s javnošću",
        "en": "public relations",
    },
    "gesi": {"sl": "enakost spolov", "hr": "ravnopravnost spolova", "en": "gender equality"},
}
HEADLINE_TAILS = [
    {"sl": "", "hr": "", "en": ""},
    {"sl": " v nevladnih organizacijah", "hr": " u nevladinim organizacijama", "en": " in NGOs"},
    {"sl": " v lokalnih skupnostih", "hr": " u lokalnim zajednicama", "en": " in local communities"},
    {"sl": " v manjših društvih", "hr": " u manjim udrugama", "en": " in small associations"},
]
POSITIONS = [
    {
        "sl": ("izvršni direktor", "izvršna direktorica"),
        "hr": ("izvršni direktor", "izvršna direktorica"),
        "en": "executive director",
    },
    {"sl": "vodja programov", "hr": ("voditelj programa", "voditeljica programa"), "en": "programme manager"},
    {
        "sl": ("koordinator prostovoljcev", "koordinatorka prostovoljcev"),
        "hr": ("koordinator volontera", "koordinatorica volontera"),
        "en": "volunteer coordinator",
    },
    {
        "sl": "vodja komuniciranja",
        "hr": ("voditelj komunikacija", "voditeljica komunikacija"),
        "en": "head of communications",
    },
    {
        "sl": ("finančni vodja", "finančna vodja"),
        "hr": ("financijski voditelj", "financijska voditeljica"),
        "en": "finance manager",
    },
    {
        "sl": ("predsednik upravnega odbora", "predsednica upravnega odbora"),
        "hr": ("predsjednik upravnog odbora", "predsjednica upravnog odbora"),
        "en": "chair of the board",
    },
    {
        "sl": ("projektni vodja", "projektna vodja"),
        "hr": ("voditelj projekata", "voditeljica projekata"),
        "en": "project manager",
    },
]
ORGANISATIONS = [  # genitive in sl and hr, after the position
    {"sl": "okoljske organizacije", "hr": "ekološke organizacije", "en": "an environmental organisation"},
    {"sl": "mladinske organizacije", "hr": "organizacije mladih", "en": "a youth organisation"},
    {"sl": "humanitarne organizacije", "hr": "humanitarne organizacije", "en": "a humanitarian organisation"},
    {
        "sl": "organizacije za človekove pravice",
        "hr": "organizacije za ljudska prava",
        "en": "a human rights organisation",
    },
    {"sl": "ženske nevladne organizacije", "hr": "ženske nevladine organizacije", "en": "a women's NGO"},
    {"sl": "mreže nevladnih organizacij", "hr": "mreže nevladinih organizacija", "en": "a network of NGOs"},
    {
        "sl": "invalidske organizacije",
        "hr": "udruge osoba s invaliditetom",
        "en": "a disability rights organisation",
    },
    {"sl": "kulturnega društva", "hr": "kulturne udruge", "en": "a cultural association"},
    {
        "sl": "organizacije za pomoč beguncem",
        "hr": "organizacije za pomoć izbjeglicama",
        "en": "a refugee support organisation",
    },
    {
        "sl": "lokalne razvojne fundacije",
        "hr": "lokalne razvojne zaklade",
        "en": "a local development foundation",
    },
    {
        "sl": "društva za pomoč starejšim",
        "hr": "udruge za pomoć starijim osobama",
        "en": "an association supporting older people",
    },
]
ACHIEVEMENTS = [
    {
        "sl": (
            "Vodil je projekte, ki so okrepili sodelovanje med nevladnimi organizacijami in lokalnimi skupnostmi.",
            "Vodila je projekte, ki so okrepili sodelovanje med nevladnimi organizacijami in lokalnimi skupnostmi.",
        ),
        "hr": (
            "Vodio je projekte koji su ojačali suradnju između nevladinih organizacija i lokalnih zajednica.",
            "Vodila je projekte koji su ojačali suradnju između nevladinih organizacija i lokalnih zajednica.",
        ),
        "en": "{He} led projects that strengthened cooperation between NGOs and local communities.",
    },
    {
        "sl": (
            "Soustanovil je regionalno mrežo organizacij, ki danes povezuje več kot trideset članic.",
            "Soustanovila je regionalno mrežo organizacij, ki danes povezuje več kot trideset članic.",
        ),
        "hr": (
            "Suosnovao je regionalnu mrežu organizacija koja danas okuplja više od trideset članica.",
            "Suosnovala je regionalnu mrežu organizacija koja danas okuplja više od trideset članica.",
        ),
        "en": "{He} co-founded a regional network of organisations that now has more than thirty members.",
    },
    {
        "sl": (
            "Pripravil je več uspešnih prijav na evropske razpise in skrbel za njihovo izvedbo.",
            "Pripravila je več uspešnih prijav na evropske razpise in skrbela za njihovo izvedbo.",
        ),
        "hr": (
            "Pripremio je više uspješnih prijava na europske natječaje i brinuo o njihovoj provedbi.",
            "Pripremila je više uspješnih prijava na europske natječaje i brinula o njihovoj provedbi.",
        ),
        "en": "{He} prepared several successful applications to European calls and oversaw their implementation.",
    },
    {
        "sl": (
            "Uvedel je sistem spremljanja učinkov, ki ga organizacija uporablja še danes.",
            "Uvedla je sistem spremljanja učinkov, ki ga organizacija uporablja še danes.",
        ),
        "hr": (
            "Uveo je sustav praćenja učinaka koji organizacija koristi i danas.",
            "Uvela je sustav praćenja učinaka koji organizacija koristi i danas.",
        ),
        "en": "{He} introduced an impact monitoring system that the organisation still uses today.",
    },
    {
        "sl": (
            "Vodil je javne kampanje za pravice ranljivih skupin.",
            "Vodila je javne kampanje za pravice ranljivih skupin.",
        ),
        "hr": (
            "Vodio je javne kampanje za prava ranjivih skupina.",
            "Vodila je javne kampanje za prava ranjivih skupina.",
        ),
        "en": "{He} ran public campaigns for the rights of vulnerable groups.",
    },
    {
        "sl": (
            "Organizaciji je pomagal podvojiti število rednih donatorjev in prostovoljcev.",
            "Organizaciji je pomagala podvojiti število rednih donatorjev in prostovoljcev.",
        ),
        "hr": (
            "Organizaciji je pomogao udvostručiti broj redovitih donatora i volontera.",
            "Organizaciji je pomogla udvostručiti broj redovitih donatora i volontera.",
        ),
        "en": "{He} helped the organisation double its number of regular donors and volunteers.",
    },
    {
        "sl": (
            "Sodeloval je pri pripravi zakonodaje o nevladnih organizacijah in prostovoljstvu.",
            "Sodelovala je pri pripravi zakonodaje o nevladnih organizacijah in prostovoljstvu.",
        ),
        "hr": (
            "Sudjelovao je u izradi propisa o udrugama i volonterstvu.",
            "Sudjelovala je u izradi propisa o udrugama i volonterstvu.",
        ),
        "en": "{He} took part in drafting legislation on NGOs and volunteering.",
    },
]
FOCUS = {  # what the mentor helps organisations do, per thematic area (after "helps organisations")
    "organisational-structure": {
        "sl": "pripraviti strateški načrt in urediti vodenje",
        "hr": "izraditi strateški plan i urediti upravljanje",
        "en": "draw up a strategic plan and put their governance in order",
    },
    "capacities-and-resources": {
        "sl": "okrepiti delo s prostovoljci in razvijati zaposlene",
        "hr": "ojačati rad s volonterima i razvijati zaposlene",
        "en": "strengthen their work with volunteers and develop their staff",
    },
    "financial-stability": {
        "sl": "razpršiti vire financiranja in doseči finančno stabilnost",
        "hr": "diversificirati izvore financiranja i postići financijsku stabilnost",
        "en": "diversify their funding and achieve financial stability",
    },
    "service-provision": {
        "sl": "razviti storitve in gospodarsko dejavnost",
        "hr": "razviti usluge i gospodarsku djelatnost",
        "en": "develop their services and economic activities",
    },
    "advocacy": {
        "sl": "načrtovati zagovorništvo in vplivati na javne politike",
        "hr": "planirati zagovaranje i utjecati na javne politike",
        "en": "plan their advocacy and influence public policy",
    },
    "public-image-and-transparency": {
        "sl": "izboljšati komuniciranje z javnostjo in preglednost delovanja",
        "hr": "poboljšati komunikaciju s javnošću i transparentnost rada",
        "en": "improve their public communication and transparency",
    },
    "gesi": {
        "sl": "vključiti načela enakosti spolov in socialne vključenosti",
        "hr": "uključiti načela ravnopravnosti spolova i socijalne uključenosti",
        "en": "build gender equality and social inclusion into their work",
    },
}
APPROACHES = [
    {
        "sl": "Dela z delavnicami, individualnimi srečanji in praktičnimi orodji, ki jih organizacija lahko takoj uporabi.",
        "hr": "Radi kroz radionice, individualne sastanke i praktične alate koje organizacija može odmah primijeniti.",
        "en": "{He} works through workshops, one-to-one meetings and practical tools an organisation can use straight away.",
    },
    {
        "sl": "Mentorstvo začne s skupno analizo potreb in ga sklene z jasnim akcijskim načrtom.",
        "hr": "Mentorstvo započinje zajedničkom analizom potreba i završava jasnim akcijskim planom.",
        "en": "{He} starts with a joint needs assessment and ends with a clear action plan.",
    },
    {
        "sl": "Verjame, da močne organizacije nastanejo iz dobrega sodelovanja med upravo, zaposlenimi in prostovoljci.",
        "hr": "Vjeruje da snažne organizacije nastaju iz dobre suradnje uprave, zaposlenih i volontera.",
        "en": "{He} believes strong organisations grow from good cooperation between the board, staff and volunteers.",
    },
    {
        "sl": (
            "Posebej rad dela z manjšimi organizacijami, ki šele vzpostavljajo svoje delovanje.",
            "Posebej rada dela z manjšimi organizacijami, ki šele vzpostavljajo svoje delovanje.",
        ),
        "hr": "Posebno voli raditi s manjim organizacijama koje tek izgrađuju svoj rad.",
        "en": "{He} particularly enjoys working with smaller organisations that are still finding their feet.",
    },
    {
        "sl": "Pri mentorstvu se opira na primere dobrih praks iz Slovenije, Hrvaške in drugih držav EU.",
        "hr": "U mentorstvu se oslanja na primjere dobre prakse iz Slovenije, Hrvatske i drugih država EU-a.",
        "en": "{He} draws on good practice from Slovenia, Croatia and other EU countries.",
    },
]
EU_VALUES = [
    {
        "sl": (
            "Sodeloval je pri pripravi poročil o spoštovanju človekovih pravic za mednarodne institucije.",
            "Sodelovala je pri pripravi poročil o spoštovanju človekovih pravic za mednarodne institucije.",
        ),
        "hr": (
            "Sudjelovao je u izradi izvješća o poštivanju ljudskih prava za međunarodne institucije.",
            "Sudjelovala je u izradi izvješća o poštivanju ljudskih prava za međunarodne institucije.",
        ),
        "en": "{He} contributed to reports on respect for human rights for international institutions.",
    },
    {
        "sl": (
            "Vodil je program spodbujanja volilne udeležbe mladih.",
            "Vodila je program spodbujanja volilne udeležbe mladih.",
        ),
        "hr": (
            "Vodio je program poticanja izlaznosti mladih na izbore.",
            "Vodila je program poticanja izlaznosti mladih na izbore.",
        ),
        "en": "{He} led a programme encouraging young people to vote.",
    },
    {
        "sl": (
            "Organiziral je javne razprave o neodvisnosti sodstva in pravni državi.",
            "Organizirala je javne razprave o neodvisnosti sodstva in pravni državi.",
        ),
        "hr": (
            "Organizirao je javne rasprave o neovisnosti pravosuđa i vladavini prava.",
            "Organizirala je javne rasprave o neovisnosti pravosuđa i vladavini prava.",
        ),
        "en": "{He} organised public debates on judicial independence and the rule of law.",
    },
    {
        "sl": (
            "Zagovarjal je enako obravnavo oseb z invalidnostmi pri dostopu do storitev.",
            "Zagovarjala je enako obravnavo oseb z invalidnostmi pri dostopu do storitev.",
        ),
        "hr": (
            "Zagovarao je jednako postupanje prema osobama s invaliditetom u pristupu uslugama.",
            "Zagovarala je jednako postupanje prema osobama s invaliditetom u pristupu uslugama.",
        ),
        "en": "{He} advocated equal treatment of people with disabilities in access to services.",
    },
    {
        "sl": (
            "Usposabljal je prostovoljce za pomoč žrtvam diskriminacije.",
            "Usposabljala je prostovoljce za pomoč žrtvam diskriminacije.",
        ),
        "hr": (
            "Educirao je volontere za pomoć žrtvama diskriminacije.",
            "Educirala je volontere za pomoć žrtvama diskriminacije.",
        ),
        "en": "{He} trained volunteers to support victims of discrimination.",
    },
]
MENTORS = {"sl": ("mentor", "mentorica"), "hr": ("mentor", "mentorica"), "en": "a mentor"}
AND = {"sl": "in", "hr": "i", "en": "and"}
AND_ALSO = {"sl": " ter", "hr": " te", "en": ", and"}  # between phrases with an "and" of their own


def say(phrase, language, gender):
    """The phrase in ``language`` for a mentor of ``gender`` ("m" or "f")."""
    text = phrase[language]
    if isinstance(text, tuple):
        text = text[gender == "f"]
    if language == "en":
        he = "She" if gender == "f" else "He"
        text = text.replace("{He}", he).replace("{he}", he.lower())
    return text


def years(number, language):
    """``number`` followed by "years" in the right grammatical number."""
    if language == "sl":
        word = {1: "leto", 2: "leti", 3: "leta", 4: "leta"}.get(number % 100, "let")
    elif language == "hr":
        if number % 10 == 1 and number % 100 != 11:
            word = "godinu"
        elif number % 10 in (2, 3, 4) and number % 100 not in (12, 13, 14):
            word = "godine"
        else:
            word = "godina"
    else:
        word = "year" if number == 1 else "years"
    return f"{number} {word}"


def listing(items, language, conjunction=None):
    """The items as "a, b and c" in ``language``; ``conjunction``: the last one's, default " and"."""
    if len(items) == 1:
        return items[0]
    last = conjunction[language] if conjunction else f" {AND[language]}"
    return f"{', '.join(items[:-1])}{last} {items[-1]}"


def weighted(rng, choices):
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights=weights)[0]


# --------------------------------------------------------------------------------------- mentors


@dataclass
class SyntheticMentor:
    """One mentor: facts shared by every language, texts per language."""

    number: int
    name: str
    gender: str
    country: str
    availability: str
    areas: list  # thematic-area keys, in the order drawn (the first is the headline's)
    languages: list  # working-language codes, sorted
    years_ngo: int
    years_mentoring: int
    city: dict = field(default_factory=dict)
    headline: dict = field(default_factory=dict)
    bio: dict = field(default_factory=dict)
    eu_values: dict = field(default_factory=dict)

    @property
    def slug(self):
        return f"{SLUG_PREFIX}{slugify(fold(self.name))}-{self.number}"


def make_mentors(count, seed, area_keys, start=1, languages=LANGUAGES):
    """``count`` mentors drawn from ``random.Random(seed)``; numbers from ``start``. No database access."""
    rng = random.Random(seed)  # noqa: S311 -- reproducible test data, not secrets
    return [make_mentor(rng, start + position, area_keys, languages) for position in range(count)]


def make_mentor(rng, number, area_keys, languages):
    country = weighted(rng, COUNTRIES)
    if country == "SI":
        slovenian = rng.random() < 0.9
    elif country == "HR":
        slovenian = rng.random() < 0.1
    else:
        slovenian = rng.random() < 0.5
    first_name, gender = rng.choice(SLOVENIAN_FIRST_NAMES if slovenian else CROATIAN_FIRST_NAMES)
    surname = rng.choice(SLOVENIAN_SURNAMES if slovenian else CROATIAN_SURNAMES)
    if country == "SI":
        city, own_language = rng.choice(SLOVENIAN_CITIES), "sl"
    elif country == "HR":
        city, own_language = rng.choice(CROATIAN_CITIES), "hr"
    else:
        city, own_language = rng.choice(OTHER_CITIES)
    spoken = {own_language}
    wanted = weighted(rng, NUMBER_OF_LANGUAGES)
    while len(spoken) < wanted:
        spoken.add(weighted(rng, EXTRA_LANGUAGES))
    areas = rng.sample(list(area_keys), weighted(rng, NUMBER_OF_AREAS))
    years_ngo = rng.randint(3, 35)
    mentor = SyntheticMentor(
        number=number,
        name=f"{first_name} {surname}",
        gender=gender,
        country=country,
        availability=weighted(rng, AVAILABILITY),
        areas=areas,
        languages=sorted(spoken),
        years_ngo=years_ngo,
        years_mentoring=rng.randint(1, min(years_ngo, 25)),
    )
    role = rng.choice(ROLES)
    tail = rng.choice(HEADLINE_TAILS)
    position = rng.choice(POSITIONS)
    organisation = rng.choice(ORGANISATIONS)
    achievement = rng.choice(ACHIEVEMENTS)
    approach = rng.choice(APPROACHES)
    eu_values = rng.choice(EU_VALUES) if rng.random() < 0.8 else None
    for language in languages:
        index = LANGUAGES.index(language) if language in LANGUAGES else 2
        mentor.city[language] = city[index]
        mentor.headline[language] = headline(mentor, role, tail, language)
        mentor.bio[language] = bio(mentor, position, organisation, achievement, approach, language)
        mentor.eu_values[language] = say(eu_values, language, gender) if eu_values else ""
    return mentor


def headline(mentor, role, tail, language):
    topics = [HEADLINE_TOPICS.get(key, {}).get(language, key) for key in mentor.areas[:2]]
    preposition = "for" if language == "en" else "za"
    return f"{say(role, language, mentor.gender)} {preposition} {listing(topics, language)}{tail[language]}"


def bio(mentor, position, organisation, achievement, approach, language):
    gender = mentor.gender
    role = say(position, language, gender)
    where = say(organisation, language, gender)
    focus = listing(
        [FOCUS[key][language] for key in mentor.areas if key in FOCUS] or ["…"], language, AND_ALSO
    )
    mentor_noun = say(MENTORS, language, gender)
    if language == "sl":
        first = (
            f"V nevladnem sektorju dela {years(mentor.years_ngo, language)}, med drugim kot {role} {where}."
        )
        mentoring = f"Z mentorstvom in usposabljanji se ukvarja {years(mentor.years_mentoring, language)}."
        helps = f"Kot {mentor_noun} pomaga organizacijam {focus}."
    elif language == "hr":
        first = (
            f"U nevladinom sektoru radi {years(mentor.years_ngo, language)}, među ostalim kao {role} {where}."
        )
        mentoring = f"Mentorstvom i edukacijama bavi se {years(mentor.years_mentoring, language)}."
        helps = f"Kao {mentor_noun} pomaže organizacijama {focus}."
    else:
        he = "She" if gender == "f" else "He"
        first = (
            f"{he} has worked in the NGO sector for {years(mentor.years_ngo, language)}, among other roles as "
            f"{role} of {where}."
        )
        mentoring = (
            f"{he} has been mentoring and training others for {years(mentor.years_mentoring, language)}."
        )
        helps = f"As {mentor_noun} {he.lower()} helps organisations {focus}."
    return (
        f"<p>{first} {say(achievement, language, gender)}</p>"
        f"<p>{mentoring} {helps} {say(approach, language, gender)}</p>"
    )


# --------------------------------------------------------------------------------------- index


def directory_entry(
    *,
    page_id,
    locale,
    url,
    title,
    headline,
    bio,
    city,
    eu_values_experience,
    areas,
    languages,
    country,
    availability,
    years_ngo,
    years_mentoring,
):
    """The entry ``mentors.directory.index.build_entry`` makes for such a page, from values in memory.

    ``areas``: (key, name) of the page's thematic areas in its own language, in the order
    ``named_areas`` gives; ``url``: the page's URL. Keep in step with ``build_entry`` (tests compare the two)."""
    return DirectoryEntry(
        page_id=page_id,
        locale=locale,
        url=url or "",
        name=title,
        name_sort=sort_key(title),
        headline=headline,
        areas=DirectoryEntry.members(key for key, _name in areas),
        languages=DirectoryEntry.members(sorted(languages)),
        country=country,
        city=city,
        availability=availability,
        years_ngo=years_ngo,
        years_mentoring=years_mentoring,
        name_text=index_text(title),
        text=index_text(
            title, headline, strip_tags(bio), city, eu_values_experience, *(name for _key, name in areas)
        ),
    )


# --------------------------------------------------------------------------------------- writing


@dataclass
class Report:
    created: dict = field(default_factory=dict)  # language -> pages
    seconds: dict = field(default_factory=dict)  # step -> seconds

    def time(self, step, started):
        self.seconds[step] = self.seconds.get(step, 0.0) + time.monotonic() - started


def directories():
    """language code -> the mentor directory page in that language, the default language first.

    The directory is the first (by tree position) in the default language; the others are its
    translations."""
    source = (
        MentorDirectoryPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .select_related("locale")
        .first()
    )
    if source is None:
        raise LookupError("There is no mentor directory page; load the demo content first.")
    pages = {
        page.locale.language_code: page
        for page in MentorDirectoryPage.objects.filter(translation_key=source.translation_key).select_related(
            "locale"
        )
    }
    order = [settings.LANGUAGE_CODE] + [code for code, _name in settings.LANGUAGES]
    return {
        code: pages[code]
        for code in sorted(pages, key=lambda code: order.index(code) if code in order else len(order))
    }


def synthetic_profiles():
    return MentorPage.objects.filter(slug__startswith=SLUG_PREFIX)


def next_number(directory):
    numbers = [0]
    for slug in synthetic_profiles().child_of(directory).values_list("slug", flat=True):
        match = re.search(r"-(\d+)$", slug)
        if match:
            numbers.append(int(match.group(1)))
    return max(numbers) + 1


def batches(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_rows(model, objects, fields, batch_size):
    """Multi-row INSERTs of ``fields`` of ``objects`` into ``model``'s own table (no parent tables)."""
    size = max(1, min(batch_size, connection.ops.bulk_batch_size(fields, objects) or batch_size))
    for batch in batches(objects, size):
        model._base_manager._insert(batch, fields=fields, using=connection.alias)


def child_paths(directory, count):
    """Materialised paths for ``count`` new children of ``directory``, after its last child."""
    last = (
        Page.objects.filter(path__startswith=directory.path, depth=directory.depth + 1)
        .order_by("-path")
        .first()
    )
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    if position + count >= len(Page.alphabet) ** Page.steplen:
        raise ValueError(f"{directory} cannot take {count} more children (treebeard path overflow)")
    return [
        Page._get_path(directory.path, directory.depth + 1, position + offset)
        for offset in range(1, count + 1)
    ]


def localized_areas(language_code):
    """key -> the source area (what pages store), and key -> its name in ``language_code``."""
    return {area.key: area for area in ThematicArea.objects.sources()}, ThematicArea.objects.labels(
        language_code
    )


def directory_is_listed(directory):
    """Whether profiles under ``directory`` are listed (``mentors.directory.index.listed_profiles``)."""
    return MentorDirectoryPage.objects.public().filter(pk=directory.pk).exists()


def generate(count, seed, batch_size=BATCH_SIZE, log=None):
    """Add ``count`` synthetic mentors in every directory language, live and indexed. Returns a Report."""
    log = log or (lambda message: None)
    report = Report()
    with transaction.atomic():
        started = time.monotonic()
        pages_by_language = directories()
        source_directory = next(iter(pages_by_language.values()))
        area_keys = list(
            ThematicArea.objects.sources().order_by("sort_order", "key").values_list("key", flat=True)
        )
        if not area_keys:
            raise LookupError("There are no thematic areas; load the demo content first.")
        known_languages = set(Language.objects.values_list("code", flat=True))
        mentors = make_mentors(
            count, seed, area_keys, start=next_number(source_directory), languages=tuple(pages_by_language)
        )
        for mentor in mentors:
            mentor.languages = [code for code in mentor.languages if code in known_languages]
        translation_keys = [uuid.uuid4() for _mentor in mentors]
        content_type = ContentType.objects.get_for_model(MentorPage)
        report.time("compose", started)
        for language, directory in pages_by_language.items():
            write_language(mentors, translation_keys, language, directory, content_type, batch_size, report)
            log(f"  {language}: {len(mentors)} profiles under {directory.url_path}")
    return report


def write_language(mentors, translation_keys, language, directory, content_type, batch_size, report):
    now = timezone.now()
    started = time.monotonic()
    paths = child_paths(directory, len(mentors))
    pages = [
        Page(
            path=path,
            depth=directory.depth + 1,
            numchild=0,
            translation_key=key,
            locale_id=directory.locale_id,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            expired=False,
            locked=False,
            title=mentor.name,
            draft_title=mentor.name,
            slug=mentor.slug,
            content_type_id=content_type.pk,
            url_path=f"{directory.url_path}{mentor.slug}/",
            show_in_menus=False,
            seo_title="",
            search_description="",
        )
        for mentor, key, path in zip(mentors, translation_keys, paths, strict=True)
    ]
    Page.objects.bulk_create(pages, batch_size=batch_size)
    if any(page.pk is None for page in pages):  # a database that cannot return ids from a bulk insert
        ids = dict(Page.objects.filter(path__in=paths).values_list("path", "pk"))
        for page in pages:
            page.pk = ids[page.path]
    report.time("pages", started)

    started = time.monotonic()
    profiles = [
        MentorPage(
            id=page.pk,
            page_ptr_id=page.pk,
            photo_alt="",
            headline=mentor.headline[language],
            bio=mentor.bio[language],
            country=mentor.country,
            city=mentor.city[language],
            years_ngo_experience=mentor.years_ngo,
            years_mentoring_experience=mentor.years_mentoring,
            eu_values_experience=mentor.eu_values[language],
            availability=mentor.availability,
            links=[],
        )
        for mentor, page in zip(mentors, pages, strict=True)
    ]
    insert_rows(MentorPage, profiles, MentorPage._meta.local_concrete_fields, batch_size)
    report.time("profiles", started)

    started = time.monotonic()
    source_areas, area_labels = localized_areas(directory.locale.language_code)
    area_through = MentorPage.thematic_areas.through
    language_through = MentorPage.languages.through
    area_through.objects.bulk_create(
        [
            area_through(mentorpage_id=page.pk, thematicarea_id=source_areas[key].pk)
            for mentor, page in zip(mentors, pages, strict=True)
            for key in mentor.areas
        ],
        batch_size=batch_size,
    )
    language_through.objects.bulk_create(
        [
            language_through(mentorpage_id=page.pk, language_id=code)
            for mentor, page in zip(mentors, pages, strict=True)
            for code in mentor.languages
        ],
        batch_size=batch_size,
    )
    children = Page.objects.filter(path__startswith=directory.path, depth=directory.depth + 1).count()
    Page.objects.filter(pk=directory.pk).update(numchild=children)
    report.time("relations", started)

    started = time.monotonic()
    if directory_is_listed(directory):
        directory_url = directory.get_url()
        entries = []
        for mentor, page in zip(mentors, pages, strict=True):
            areas = named_areas((source_areas[key] for key in mentor.areas), area_labels)
            entries.append(
                directory_entry(
                    page_id=page.pk,
                    locale=directory.locale.language_code,
                    url=f"{directory_url}{page.slug}/" if directory_url else "",
                    title=page.title,
                    headline=mentor.headline[language],
                    bio=mentor.bio[language],
                    city=mentor.city[language],
                    eu_values_experience=mentor.eu_values[language],
                    areas=areas,
                    languages=mentor.languages,
                    country=mentor.country,
                    availability=mentor.availability,
                    years_ngo=mentor.years_ngo,
                    years_mentoring=mentor.years_mentoring,
                )
            )
        DirectoryEntry.objects.bulk_create(entries, batch_size=batch_size)
    report.time("index", started)
    report.created[language] = len(pages)


# --------------------------------------------------------------------------------------- deleting


def delete_synthetic(batch_size=BATCH_SIZE, log=None):
    """Remove every synthetic mentor profile (slug ``synthetic-…``); returns how many pages went.

    Profiles nobody has touched (no revision, nothing else refers to them) are removed in bulk from
    the tables this module writes. Any that someone has edited, published, commented on, aliased,
    restricted or redirected to since are deleted through Wagtail (``Page.delete()``), which clears
    all of that properly."""
    from django.db.models.deletion import get_candidate_relations_to_delete
    from wagtail.models import ReferenceIndex
    from wagtail.search.models import IndexEntry

    log = log or (lambda message: None)
    with transaction.atomic():
        profiles = synthetic_profiles()
        ids = set(profiles.values_list("pk", flat=True))
        if not ids:
            return 0
        ours = {DirectoryEntry, MentorPage.thematic_areas.through, MentorPage.languages.through}
        touched = set(profiles.filter(latest_revision__isnull=False).values_list("pk", flat=True))
        for relation in get_candidate_relations_to_delete(MentorPage._meta):
            related = relation.related_model
            if related in ours or relation.field.remote_field.parent_link:
                continue
            touched.update(
                related._base_manager.filter(
                    **{f"{relation.field.name}__in": profiles.values("pk")}
                ).values_list(relation.field.attname, flat=True)
            )
        touched &= ids
        untouched = sorted(ids - touched)
        parents = {
            path[: -Page.steplen] for path in Page.objects.filter(pk__in=ids).values_list("path", flat=True)
        }
        page_types = [
            ContentType.objects.get_for_model(model, for_concrete_model=False).pk
            for model in (Page, MentorPage)
        ]
        for batch in batches(untouched, batch_size):
            keys = [str(pk) for pk in batch]
            DirectoryEntry.objects.filter(page_id__in=batch)._raw_delete(connection.alias)
            MentorPage.thematic_areas.through.objects.filter(mentorpage_id__in=batch)._raw_delete(
                connection.alias
            )
            MentorPage.languages.through.objects.filter(mentorpage_id__in=batch)._raw_delete(connection.alias)
            # Wagtail's admin search index and reference index, should anything have filled them.
            IndexEntry.objects.filter(content_type_id__in=page_types, object_id__in=keys)._raw_delete(
                connection.alias
            )
            ReferenceIndex.objects.filter(base_content_type_id=page_types[0], object_id__in=keys)._raw_delete(
                connection.alias
            )
            MentorPage._base_manager.filter(pk__in=batch)._raw_delete(connection.alias)
            Page._base_manager.filter(pk__in=batch)._raw_delete(connection.alias)
        for page in Page.objects.filter(pk__in=touched).specific():
            page.delete()
        for path in parents:
            children = Page.objects.filter(path__startswith=path, depth=len(path) // Page.steplen + 1).count()
            Page.objects.filter(path=path).update(numchild=children)
        log(f"  removed {len(untouched)} untouched profiles in bulk and {len(touched)} through Wagtail")
        return len(ids)
