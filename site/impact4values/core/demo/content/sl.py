# ruff: noqa: E501 -- translated prose, one paragraph a line
"""Site-wide demo content in Slovenian (original): the home page, the privacy notice and the footer.

hr.py and en.py are aligned translations of this file; the programme's own content is in programme/demo/.
"""

CONTENT = {
    "home": {
        "title": "Mentorska mreža Impact4Values 2.0",
        "slug": "home",
        "search_description": "Mentorska mreža programa Impact4Values 2.0 podpira organizacijski razvoj in zagovorništvo nevladnih organizacij iz Slovenije in Hrvaške.",
        "intro": "Mentorji in mentorice s svojim znanjem in izkušnjami pripomorejo h krepitvi zmogljivosti nevladnih organizacij, upravičenk programa Impact4Values 2.0.",
        "body": [
            ("heading", "Mentorska mreža v okviru programa Impact4Values 2.0"),
            (
                "paragraph",
                "<p>Poleg financiranja projektov je v okviru programa Impact4Values 2.0 upravičencem na voljo tudi obsežna podpora za krepitev organizacijskih kapacitet preko izobraževanj in mentorske podpore.</p>"
                "<p>Mentorske podpore bo deležno približno 60 organizacij iz Hrvaške in Slovenije. Izbrane mentorje in mentorice povežemo z organizacijami glede na njihove izkušnje, znanje in razpoložljivost ter upoštevajoč teme in področja, opredeljena v načrtih krepitve kapacitet organizacij.</p>",
            ),
            ("heading", "Komu je mreža namenjena?"),
            (
                "paragraph",
                "<p>Mentorsko podporo prejmejo nevladne organizacije, ki so bile izbrane prek javnih razpisov za mreže, programske podpore in male t. i. »grass-root« organizacije.</p>"
                "<p>K sodelovanju vabimo trenerje in trenerke, svetovalce in svetovalke ter praktike in praktičarke z izkušnjami v nevladnih organizacijah, ki jih zanima prenos znanja in izkušenj na druge nevladne organizacije.</p>",
            ),
            (
                "key_figures",
                [
                    {
                        "value": "~60",
                        "label": "organizacij iz Hrvaške in Slovenije bo deležnih mentorske podpore",
                    },
                    {"value": "60+", "label": "mentorskih paketov v mentorskem programu"},
                    {"value": "3,82 mio €", "label": "za finančno podporo nevladnim organizacijam"},
                    {"value": "2024–2028", "label": "trajanje projekta Impact4Values 2.0"},
                    {
                        "value": "75,00 €",
                        "label": "bruto na mentorsko uro, vključno s pripravo in neposrednim mentorstvom",
                    },
                    {"value": "20 ur", "label": "v povprečju traja delo s posamezno organizacijo"},
                ],
            ),
            ("heading", "Poziv za nove mentorje in mentorice"),
            (
                "paragraph",
                "<p>Zaradi povečanega obsega mentorske podpore želimo razširiti obstoječo bazo mentorjev in mentoric.</p>"
                "<p>Prijavnico z življenjepisom lahko oddate do {deadline}.</p>",
            ),
            ("cta", {"label": "Preberite poziv in se prijavite", "page": "call"}),
            ("cta", {"label": "Več o programu Impact4Values 2.0", "page": "impact4values"}),
            ("heading", "Program izvaja slovensko-hrvaški konzorcij"),
            ("partners", ["cnvos", "slagalica", "solidarna"]),
        ],
    },
    "privacy": {
        "title": "Varstvo osebnih podatkov",
        "slug": "varstvo-osebnih-podatkov",
        "search_description": "Kako CNVOS obdeluje osebne podatke obiskovalcev spletnega mesta ter mentorjev in mentoric, ki se prijavijo na poziv Impact4Values 2.0.",
        "intro": "V tem obvestilu pojasnjujemo, kako obdelujemo osebne podatke, ki nam jih posredujete prek tega spletnega mesta in s prijavo na poziv za mentorje in mentorice programa Impact4Values 2.0.",
        "body": [
            ("heading", "Upravljavec"),
            (
                "paragraph",
                """<p>Upravljavec osebnih podatkov je Center za informiranje, sodelovanje in razvoj nevladnih organizacij – CNVOS, Povšetova ulica 37, 1000 Ljubljana, Slovenija.</p>"""
                """<p>Za vprašanja o obdelavi osebnih podatkov nam pišite na <a href="mailto:emilija.kastelic@cnvos.si">emilija.kastelic@cnvos.si</a>.</p>""",
            ),
            ("heading", "Katere podatke obdelujemo"),
            (
                "paragraph",
                "<p>Ob prijavi na poziv obdelujemo podatke, ki nam jih posredujete sami:</p>"
                "<ul>"
                "<li>kontaktne podatke (ime in priimek, e-naslov, telefonska številka),</li>"
                "<li>življenjepis,</li>"
                "<li>podatke o vaših izkušnjah, zlasti z mentorstvom in z delom v nevladnih organizacijah,</li>"
                "<li>področja, na katerih želite nuditi mentorsko podporo,</li>"
                "<li>jezike, v katerih lahko izvajate mentorstvo.</li>"
                "</ul>"
                "<p>Posredovanje podatkov je prostovoljno, vendar prijave brez njih ne moremo obravnavati.</p>"
                "<p>Če nam pišete po e-pošti ali nas pokličete, podatke, ki nam jih posredujete, uporabimo samo za odgovor na vaše vprašanje.</p>"
                "<p>Ob obisku spletnega mesta strežnik samodejno beleži tehnične podatke (na primer IP-naslov ter datum in čas dostopa), ki jih uporabljamo samo za zagotavljanje varnega delovanja spletnega mesta.</p>",
            ),
            ("heading", "Nameni obdelave"),
            (
                "paragraph",
                "<p>Podatke iz prijav obdelujemo za:</p>"
                "<ul>"
                "<li>izbor mentorjev in mentoric,</li>"
                "<li>povezovanje mentorjev in mentoric z organizacijami, upravičenkami programa Impact4Values 2.0, glede na izkušnje, znanje in razpoložljivost ter teme in področja iz načrtov krepitve kapacitet organizacij,</li>"
                "<li>sklepanje in izvajanje pogodb z izbranimi mentorji in mentoricami,</li>"
                "<li>poročanje financerju programa, Evropski uniji oziroma Evropski izvajalski agenciji za izobraževanje in kulturo (EACEA).</li>"
                "</ul>"
                "<p>Avtomatiziranega sprejemanja odločitev, vključno z oblikovanjem profilov, ne izvajamo.</p>",
            ),
            ("heading", "Pravna podlaga"),
            (
                "paragraph",
                "<p>Podatke iz prijav obdelujemo na podlagi vaše privolitve, ki jo podate ob prijavi (točka (a) člena 6(1) Splošne uredbe o varstvu podatkov), ter zaradi izvajanja ukrepov na vašo zahtevo pred sklenitvijo pogodbe in izvajanja pogodbe (točka (b) člena 6(1) Splošne uredbe o varstvu podatkov).</p>"
                "<p>Tehnične podatke o obisku spletnega mesta obdelujemo na podlagi našega zakonitega interesa za varno delovanje spletnega mesta (točka (f) člena 6(1) Splošne uredbe o varstvu podatkov).</p>",
            ),
            ("heading", "Prejemniki podatkov"),
            (
                "paragraph",
                "<p>Za namen povezovanja z organizacijami vaše podatke posredujemo partnerjema v konzorciju Impact4Values 2.0 na Hrvaškem: Slagalica – Zaklada za razvoj lokalne zajednice in Solidarna – Zaklada za ljudska prava i solidarnost.</p>"
                "<p>Organizacija, s katero vas povežemo, prejme vaše ime in kontaktne podatke.</p>"
                "<p>Za namen poročanja lahko podatke o izbranih mentorjih in mentoricah ter o opravljenem delu posredujemo financerju programa (Evropska unija oziroma EACEA).</p>"
                "<p>Podatke lahko obdelujejo tudi ponudniki informacijskih storitev (na primer gostovanja spletnega mesta in spletnih obrazcev), ki delujejo kot obdelovalci po naših navodilih in na podlagi pogodbe o obdelavi osebnih podatkov.</p>",
            ),
            ("heading", "Rok hrambe"),
            (
                "paragraph",
                "<p>Podatke kandidatov in kandidatk, ki niso izbrani, izbrišemo po zaključku izbora, najpozneje pa 12 mesecev po zaprtju poziva.</p>"
                "<p>Podatke izbranih mentorjev in mentoric hranimo do izteka obveznosti poročanja v okviru programa.</p>",
            ),
            ("heading", "Javni profil v imeniku mentorjev in mentoric"),
            (
                "paragraph",
                "<p>Vaš profil v imeniku mentorjev in mentoric na tem spletnem mestu objavimo le, če za to podate ločeno privolitev, ki jo lahko kadar koli prekličete.</p>"
                "<p>Vašega življenjepisa nikoli ne objavimo.</p>",
            ),
            ("heading", "Vaše pravice"),
            (
                "paragraph",
                """<p>V zvezi s svojimi osebnimi podatki imate pravico do:</p>"""
                """<ul>"""
                """<li>dostopa do svojih osebnih podatkov,</li>"""
                """<li>popravka netočnih podatkov,</li>"""
                """<li>izbrisa podatkov,</li>"""
                """<li>omejitve obdelave in prenosljivosti podatkov,</li>"""
                """<li>ugovora obdelavi, ki temelji na zakonitem interesu,</li>"""
                """<li>preklica privolitve kadar koli, pri čemer preklic ne vpliva na zakonitost obdelave pred preklicem.</li>"""
                """</ul>"""
                """<p>Za uveljavljanje pravic nam pišite na <a href="mailto:emilija.kastelic@cnvos.si">emilija.kastelic@cnvos.si</a>.</p>"""
                """<p>Če menite, da obdelava vaših osebnih podatkov krši predpise, lahko vložite pritožbo pri <a href="https://www.ip-rs.si/">Informacijskem pooblaščencu Republike Slovenije</a> ali, če živite ali delate na Hrvaškem, pri <a href="https://azop.hr/">Agenciji za zaštitu osobnih podataka (AZOP)</a>.</p>""",
            ),
        ],
    },
    "footer": {
        "funding_notice": "Financira Evropska unija",
        "disclaimer": "Izražena stališča in mnenja so zgolj stališča in mnenja avtorja(-ev) in ne odražajo nujno stališč in mnenj Evropske unije ali Evropske izvajalske agencije za izobraževanje in kulturo (EACEA). Zanje ne moreta biti odgovorna niti Evropska unija niti organ, ki dodeli sredstva.",
        "contact_heading": "Kontakt",
        "contact_text": "Za vprašanja o pozivu smo vam do njegovega zaprtja na voljo na spodnjem elektronskem naslovu ali telefonski številki.",
        "email": "emilija.kastelic@cnvos.si",
        "phone": "+386 1 542 14 22",
    },
}
