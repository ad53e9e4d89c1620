"""The programme's demo content in Slovenian (original): the call, the programme pages, the thematic
areas and the partners.

Texts follow the call "Poziv za izkaz interesa za nove mentorje in mentorice v okviru
programa Impact4Values 2.0"; hr.py and en.py are aligned translations of this file. The site-wide
content (home page, privacy notice, footer) is in impact4values/core/demo/content/.
"""

CONTENT = {
    "call": {
        "title": "Poziv za izkaz interesa za nove mentorje in mentorice v okviru programa Impact4Values 2.0",
        "nav_title": "Poziv za mentorje",
        "slug": "poziv-za-mentorje",
        "search_description": "Pridružite se mentorski mreži Impact4Values 2.0: poziv za nove mentorje in mentorice, pogoji sodelovanja in prijavnica.",
        "intro": "Podpora organizacijskemu razvoju in zagovorništvu nevladnim organizacijam",
        "body": [
            ("heading", "Namen poziva"),
            (
                "paragraph",
                "<p>Zaradi povečanega obsega mentorske podpore želimo razširiti obstoječo bazo mentorjev in mentoric, ki bodo s svojim znanjem in izkušnjami pripomogli/e h krepitvi zmogljivosti nevladnih organizacij, upravičenk v okviru programa Impact4Values 2.0.</p>"
                "<p>Izbrane mentorje in mentorice bomo glede na njihove izkušnje, znanje in razpoložljivost povezali z organizacijami upoštevajoč teme in področja, ki bodo opredeljena v njihovih načrtih krepitve kapacitet.</p>"
                "<p>Mentorstva se bodo začela predvidoma konec februarja 2026 in bodo trajala do aprila 2028. Mentorji in mentorice bodo skupaj z organizacijami natančno določili cilje, rezultate in časovni okvir mentoriranja. Mentorji in mentorice bodo poročali o opravljenem delu, za svoje delo pa bodo plačani po mentorski uri. Mentorska ura vključuje pripravo in neposredno mentorstvo in znaša 75,00 € bruto. Delo s posamezno organizacijo traja v povprečju 20 delovnih ur.</p>"
                "<p>Pred samim začetkom mentoriranja bo organiziran tudi uvodni sestanek, na katerem se bomo dogovorili o celotnem procesu.</p>",
            ),
            ("heading", "Teme in področja mentorske podpore"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Organizacijska struktura in pravni okvir</b> (organi organizacije, poslanstvo, vizija, vrednote, upravljanje in vodenje, delitev dela)</li>"
                "<li><b>Kapacitete organizacije in viri</b> (priprava na strateško in operativno načrtovanje, spremljanje in evalvacija, potrebe deležnikov, podporniki, prostovoljci)</li>"
                "<li><b>Finančna stabilnost</b> (načrti pridobivanja sredstev, diverzifikacija sredstev, gospodarska dejavnost)</li>"
                "<li><b>Nudenje storitev</b> (določanje storitev, delo z uporabniki, viri prihodkov)</li>"
                "<li><b>Zagovorništvo</b> (postavljanje ciljev, zmogljivosti za zagovorništvo, vplivanje na politike, vključevanje podpornikov)</li>"
                "<li><b>Javna podoba in transparentnost delovanja</b> (komunikacijska strategija, objavljanje podatkov in poročil, odnosi z mediji)</li>"
                "<li><b>GESI – enakost spolov in socialna vključenost</b> (vključevanje žensk, spolnih manjšin in drugih ranljivih skupin v vse vidike delovanja organizacije)</li>"
                "</ul>",
            ),
            ("heading", "Kakšne mentorje in mentorice iščemo?"),
            (
                "paragraph",
                "<p>Mentorji_ce so lahko trenerji_ce in svetovalci_ke, ki jih zanima prenos znanja in izkušenj na druge nevladne organizacije. Mentorji in mentorice so osebe z izkušnjami v mentorstvu ali praktiki – ljudje, ki vrsto let delajo ali vodijo nevladno organizacijo in imajo izkušnje, ki jih lahko strukturirano in organizirano prenašajo drugim. Iščemo mentorje in mentorice, ki imajo izkušnje z organizacijskim in/ali programskim delom na področju vrednot EU – spodbujanja človekovih pravic, demokracije, enakosti in vladavine prava.</p>",
            ),
            ("heading", "Prijava"),
            (
                "paragraph",
                """<p>Če se želite pridružiti naši mentorski mreži, izpolnite <a href="#apply">prijavnico</a> in priložite življenjepis do {deadline}. Če bo za posamezna področja izkazan večji interes, kot je potrebno, bomo mentorje izbirali na podlagi izkušenj (več izkušenj pomeni prednost pri izbiri).</p>""",
            ),
            (
                "paragraph",
                """<p>Ves čas do zaprtja poziva smo vam na voljo na elektronskem naslovu <a href="mailto:emilija.kastelic@cnvos.si">emilija.kastelic@cnvos.si</a> ali na telefonski številki +386 1 542 14 22.</p>""",
            ),
            (
                "cta",
                {
                    "label": "Več o mentorski mreži in programu krepitve kapacitet",
                    "page": "capacity-building",
                },
            ),
        ],
    },
    "programme_pages": [
        {
            "key": "impact4values",
            "title": "Impact4Values 2.0",
            "slug": "impact4values",
            "search_description": "Impact4Values 2.0 krepi nevladne organizacije v Sloveniji in na Hrvaškem, ki spodbujajo in varujejo vrednote in pravice EU.",
            "intro": "Projekt Impact4Values 2.0, temelječ na izkušnjah predhodnega programa, nadaljuje in nadgrajuje aktivnosti krepitve skupnosti in nevladnih organizacij v Sloveniji in na Hrvaškem.",
            "body": [
                ("heading", "Konzorcij"),
                (
                    "paragraph",
                    "<p>Impact4Values 2.0 izvaja slovensko-hrvaški konzorcij v sestavi:</p>",
                ),
                ("partners", ["cnvos", "slagalica", "solidarna"]),
                ("heading", "Finančna podpora in krepitev zmogljivosti"),
                (
                    "paragraph",
                    "<p>Program dosega svoje cilje z različnimi modeli finančne podpore, namenjene nevladnim organizacijam, ki spodbujajo in varujejo vrednote in pravice EU.</p>"
                    "<p>Program zagotavlja celovito podporo krepitvi zmogljivosti nevladnih organizacij tako, da spodbuja njihov organizacijski razvoj, čezmejno in transnacionalno povezovanje ter krepi njihove programske zmogljivosti za delovanje v skupnosti in na institucionalni ravni ter krepi njihov vpliv za zaščito vrednot in pravic EU.</p>"
                    "<p>Finančna podpora bo na voljo tako razvitejšim kot majhnim organizacijam, vsebinskim podpornim centrom in mrežam. Za finančno podporo je zagotovljenih skupaj 3,82 mio €. Projekt se je začel leta 2024 in traja do leta 2028.</p>",
                ),
                (
                    "key_figures",
                    [
                        {"value": "3,82 mio €", "label": "za finančno podporo nevladnim organizacijam"},
                        {"value": "2024–2028", "label": "trajanje projekta"},
                        {"value": "60+", "label": "mentorskih paketov"},
                        {"value": "2", "label": "medsebojno povezana sklopa projekta"},
                    ],
                ),
                ("heading", "Splošni cilj"),
                (
                    "paragraph",
                    "<p>Splošni cilj Impact4Values 2.0 je povečati kapacitete nevladnih organizacij z namenom povečanega vpliva na skupnosti in družbo preko uresničevanja vrednot EU v praksi.</p>",
                ),
                ("heading", "Dva sklopa projekta"),
                (
                    "paragraph",
                    "<p>Projekt ima dva edinstveno močna in medsebojno povezana sklopa, oblikovana v skladu z oceno potreb za doseganje specifičnih ciljev:</p>"
                    "<ul>"
                    "<li>Omogočiti različne modele finančne podpore, usmerjene v učinke, za nevladne organizacije na lokalni ravni in druge NVO-je, vključno z mrežami, ki se ukvarjajo s promocijo in zaščito vrednot ter pravic EU.</li>"
                    "<li>Zagotoviti celovito krepitev zmogljivosti nevladnih organizacij na lokalni ravni in drugih NVO-jev z namenom spodbujanja njihovega organizacijskega razvoja, čezmejnega in transnacionalnega povezovanja ter njihove programske zmožnosti delovati tako na ravni skupnosti kot na institucionalni ravni.</li>"
                    "</ul>",
                ),
                ("heading", "Virtualna učilnica vrednot EU in mentorski program"),
                (
                    "paragraph",
                    "<p>Obstoječa Virtualna učilnica vrednot EU bo v Impact4Values 2.0 še nadgrajena in bo služila kot večjezična spletna platforma za deljenje znanja, izmenjavo dobrih praks in podporo aktivistom in organizacijam po EU.</p>"
                    "<p>Nadaljevali in nadgradili bomo tudi mentorski program, ki bo obsegal več kot 60 mentorskih paketov.</p>",
                ),
                ("heading", "Priložnost za trajne spremembe"),
                (
                    "paragraph",
                    "<p>Impact4Values 2.0 predstavlja priložnost za ustvarjanje trajnih sprememb v skupnostih, saj krepi nevladne organizacije z namenom, da postanejo pobudnice in nosilke pozitivnih družbenih sprememb skladno z vrednotami EU.</p>"
                    "<p>Impact4Values 2.0 se izvaja v okviru programa EU Državljani, enakost, pravice in vrednote (CERV).</p>",
                ),
                ("cta", {"label": "O programu CERV", "page": "cerv"}),
                (
                    "cta",
                    {
                        "label": "Impact4Values 2.0 na spletni strani CNVOS",
                        "url": "https://www.cnvos.si/impact4values/",
                    },
                ),
                (
                    "cta",
                    {
                        "label": "Impact4Values 2.0 na spletni strani Solidarne",
                        "url": "https://solidarna.hr/impact4values/",
                    },
                ),
            ],
        },
        {
            "key": "capacity-building",
            "title": "Mentorska mreža in krepitev kapacitet",
            "slug": "krepitev-kapacitet",
            "search_description": "Mentorska podpora in program krepitve kapacitet za približno 60 nevladnih organizacij iz Hrvaške in Slovenije v programu Impact4Values 2.0.",
            "intro": "Poleg financiranja projektov je v okviru programa Impact4Values 2.0 upravičencem na voljo tudi obsežna podpora za krepitev organizacijskih kapacitet preko izobraževanj in mentorske podpore.",
            "body": [
                ("heading", "Mentorska mreža v okviru programa Impact4Values 2.0"),
                (
                    "paragraph",
                    "<p>Prek javnih razpisov za mreže, programske podpore in male t. i. »grass-root« organizacije bo mentorske podpore deležno približno 60 organizacij iz Hrvaške in Slovenije.</p>"
                    "<p>Za vsako organizacijo je bila opravljena ocena stanja organizacijskega razvoja (»organizational assessment«) in identificirane potrebe oz. področja, na katerih se bo organizacija krepila v času trajanja projekta.</p>"
                    "<p>Za vsako organizacijo je bil pripravljen načrt krepitve kapacitet, ki opredeljuje področja, metode podpore, želene rezultate in časovni okvir.</p>",
                ),
                ("heading", "Program krepitve kapacitet"),
                (
                    "paragraph",
                    "<p>Program krepitve kapacitet ohranja raznolikost in inovativnost, saj združuje različne metode za ustvarjanje dinamičnega in transnacionalnega učnega okolja. Poudarek bo na aktualnih temah, npr. ohranjanje in izvajanje vrednot EU v praksi, odpornost in preprečevanje izgorelosti nevladnega sektorja, zagovorništvo … ter na različnih vsebinskih seminarjih, ki uporabnikom omogočajo delo na ključnih programskih vprašanjih, na primer vključevanju t. i. enakopravnosti spolov.</p>"
                    "<p>Celoten program krepitve kapacitet vključuje:</p>"
                    "<ul>"
                    "<li>uvodne delavnice za izvajalce projektov/programov,</li>"
                    "<li>oceno kapacitet organizacij prejemnic finančne podpore in pripravo načrta krepitve kapacitet,</li>"
                    "<li>mentorsko podporo organizacijam pri izvajanju načrta krepitve kapacitet,</li>"
                    "<li>srečanja tematskih »peer« skupin za spodbujanje izmenjave izkušenj (pet srečanj v času trajanja programa),</li>"
                    "<li>dostop do e-učenja preko webinarjev iz različnih področij, npr. organizacijskega razvoja, zagovorništva, spolno ozaveščenih politik, aktivnosti za preprečevanje izgorelosti, odzivanja na grožnje itd.,</li>"
                    "<li>dva petdnevna masterclassa: <i>Povezovanje lokalnih skupnosti z institucijami EU pri zaščiti vrednot EU</i> ter <i>Napredne veščine mobilizacije državljanov za vrednote EU</i>,</li>"
                    "<li>tri čezmejne tematske seminarje.</li>"
                    "</ul>",
                ),
                (
                    "key_figures",
                    [
                        {"value": "~60", "label": "organizacij z mentorsko podporo"},
                        {"value": "5", "label": "srečanj tematskih »peer« skupin"},
                        {"value": "2", "label": "petdnevna masterclassa"},
                        {"value": "3", "label": "čezmejni tematski seminarji"},
                    ],
                ),
                ("cta", {"label": "Postanite mentor ali mentorica", "page": "call"}),
            ],
        },
        {
            "key": "cerv",
            "title": "O programu CERV",
            "slug": "program-cerv",
            "search_description": "Program EU Državljani, enakost, pravice in vrednote (CERV) ščiti in spodbuja pravice in vrednote EU ter podpira nevladne organizacije.",
            "intro": "Program Državljani, enakost, pravice in vrednote (Citizens, Equality, Rights, Values – CERV) je evropski program, vreden okoli 1,55 milijarde evrov, s katerim želi Evropska komisija zaščititi in spodbujati pravice in vrednote, zapisane v pogodbah EU in Listini Evropske unije o temeljnih pravicah.",
            "body": [
                (
                    "key_figures",
                    [
                        {"value": "1,55 mrd €", "label": "približna vrednost programa CERV"},
                    ],
                ),
                ("heading", "Nastanek programa"),
                (
                    "paragraph",
                    "<p>Program zajema področja dosedanjih programov Europe for Citizens, Rights, Equality and Citizenship in DAPHNE.</p>"
                    "<p>Program je nastal z združitvijo programov Evropa za državljane in Pravice, enakost in državljani.</p>",
                ),
                ("heading", "Pravice in vrednote"),
                (
                    "paragraph",
                    "<p>Program CERV s podporo nevladnim organizacijam krepi pravice in vrednote, ki so skupne vsem državam članicam EU. Pravice in vrednote temeljijo na načelih pluralizma, nediskriminacije, strpnosti, pravičnosti, solidarnosti in enakosti spolov. S spodbujanjem državljanske in demokratične udeležbe program podpira razvoj odprtih, demokratičnih, enakopravnih in vključujočih družb, ki temeljijo na vladavini prava.</p>",
                ),
                ("heading", "Upravljanje programa"),
                (
                    "paragraph",
                    "<p>Program CERV upravlja Evropska izvajalska agencija za izobraževanje in kulturo (EACEA), ki je konec leta 2021 objavila prvi javni razpis za izbor organizacij, sposobnih razdeljevati sredstva in krepiti kapacitete nevladnih organizacij v državah članicah EU.</p>",
                ),
                ("cta", {"label": "Več o projektu Impact4Values 2.0", "page": "impact4values"}),
            ],
        },
    ],
    "thematic_areas": [
        {
            "key": "organisational-structure",
            "name": "Organizacijska struktura in pravni okvir",
            "description": "Mentorji in mentorice podpirajo organizacije na področju organov organizacije, poslanstva, vizije, vrednot, upravljanja in vodenja ter delitve dela.",
            "subtopics": [
                "organi organizacije",
                "poslanstvo",
                "vizija",
                "vrednote",
                "upravljanje in vodenje",
                "delitev dela",
            ],
        },
        {
            "key": "capacities-and-resources",
            "name": "Kapacitete organizacije in viri",
            "description": "Mentorji in mentorice podpirajo organizacije pri pripravi na strateško in operativno načrtovanje, spremljanju in evalvaciji ter na področju potreb deležnikov, podpornikov in prostovoljcev.",
            "subtopics": [
                "priprava na strateško in operativno načrtovanje",
                "spremljanje in evalvacija",
                "potrebe deležnikov",
                "podporniki",
                "prostovoljci",
            ],
        },
        {
            "key": "financial-stability",
            "name": "Finančna stabilnost",
            "description": "Mentorji in mentorice podpirajo organizacije pri načrtih pridobivanja sredstev, diverzifikaciji sredstev in gospodarski dejavnosti.",
            "subtopics": [
                "načrti pridobivanja sredstev",
                "diverzifikacija sredstev",
                "gospodarska dejavnost",
            ],
        },
        {
            "key": "service-provision",
            "name": "Nudenje storitev",
            "description": "Mentorji in mentorice podpirajo organizacije pri določanju storitev, delu z uporabniki in virih prihodkov.",
            "subtopics": ["določanje storitev", "delo z uporabniki", "viri prihodkov"],
        },
        {
            "key": "advocacy",
            "name": "Zagovorništvo",
            "description": "Mentorji in mentorice podpirajo organizacije pri postavljanju ciljev, krepitvi zmogljivosti za zagovorništvo, vplivanju na politike in vključevanju podpornikov.",
            "subtopics": [
                "postavljanje ciljev",
                "zmogljivosti za zagovorništvo",
                "vplivanje na politike",
                "vključevanje podpornikov",
            ],
        },
        {
            "key": "public-image-and-transparency",
            "name": "Javna podoba in transparentnost delovanja",
            "description": "Mentorji in mentorice podpirajo organizacije pri komunikacijski strategiji, objavljanju podatkov in poročil ter odnosih z mediji.",
            "subtopics": ["komunikacijska strategija", "objavljanje podatkov in poročil", "odnosi z mediji"],
        },
        {
            "key": "gesi",
            "name": "GESI – enakost spolov in socialna vključenost",
            "description": "Mentorji in mentorice podpirajo organizacije pri vključevanju žensk, spolnih manjšin in drugih ranljivih skupin v vse vidike delovanja organizacije.",
            "subtopics": [
                "vključevanje žensk, spolnih manjšin in drugih ranljivih skupin v vse vidike delovanja organizacije"
            ],
        },
    ],
    "partners": [
        {
            "key": "cnvos",
            "name": "Center za informiranje, sodelovanje in razvoj nevladnih organizacij – CNVOS",
            "short_name": "CNVOS",
            "country": "SI",
            "website": "https://www.cnvos.si/",
            "description": "Slovenska krovna mreža nevladnih organizacij in članica slovensko-hrvaškega konzorcija, ki izvaja Impact4Values 2.0.",
        },
        {
            "key": "slagalica",
            "name": "Slagalica – Zaklada za razvoj lokalne zajednice",
            "short_name": "Slagalica",
            "country": "HR",
            "website": "https://www.slagalica.hr/",
            "description": "Hrvaška fundacija za razvoj lokalne skupnosti in članica slovensko-hrvaškega konzorcija, ki izvaja Impact4Values 2.0.",
        },
        {
            "key": "solidarna",
            "name": "Solidarna – Zaklada za ljudska prava i solidarnost",
            "short_name": "Solidarna",
            "country": "HR",
            "website": "https://solidarna.hr/",
            "description": "Hrvaška fundacija za človekove pravice in solidarnost ter članica slovensko-hrvaškega konzorcija, ki izvaja Impact4Values 2.0.",
        },
    ],
}
