"""The programme's demo content in Croatian: the call, the programme pages, the areas and the partners.

Faithful translation of sl.py, aligned with it block by block and segment by segment.
"""

CONTENT = {
    "call": {
        "title": "Poziv na iskazivanje interesa za nove mentore i mentorice u okviru programa Impact4Values 2.0",
        "nav_title": "Poziv za mentore",
        "slug": "poziv-za-mentore",
        "search_description": "Pridružite se mentorskoj mreži Impact4Values 2.0: poziv za nove mentore i mentorice, uvjeti suradnje i prijavni obrazac.",
        "intro": "Potpora organizacijskom razvoju i zagovaranju organizacijama civilnoga društva",
        "body": [
            ("heading", "Svrha poziva"),
            (
                "paragraph",
                "<p>Zbog povećanog opsega mentorske potpore želimo proširiti postojeću bazu mentora i mentorica koji će svojim znanjem i iskustvom pridonijeti jačanju kapaciteta organizacija civilnoga društva, korisnica programa Impact4Values 2.0.</p>"
                "<p>Odabrane mentore i mentorice povezat ćemo s organizacijama prema njihovu iskustvu, znanju i raspoloživosti, uzimajući u obzir teme i područja koja će biti utvrđena u planovima jačanja kapaciteta tih organizacija.</p>"
                "<p>Mentoriranje bi trebalo započeti krajem veljače 2026. i trajat će do travnja 2028. Mentori i mentorice zajedno će s organizacijama precizno utvrditi ciljeve, rezultate i vremenski okvir mentoriranja. Mentori i mentorice izvještavat će o obavljenom radu, a za svoj će rad biti plaćeni po mentorskom satu. Mentorski sat uključuje pripremu i izravno mentoriranje i iznosi 75,00 € bruto. Rad s pojedinom organizacijom traje u prosjeku 20 radnih sati.</p>"
                "<p>Prije samog početka mentoriranja bit će organiziran i uvodni sastanak na kojem ćemo se dogovoriti o cijelom procesu.</p>",
            ),
            ("heading", "Teme i područja mentorske potpore"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Organizacijska struktura i pravni okvir</b> (tijela organizacije, misija, vizija, vrijednosti, upravljanje i vođenje, podjela rada)</li>"
                "<li><b>Kapaciteti organizacije i resursi</b> (priprema za strateško i operativno planiranje, praćenje i vrednovanje, potrebe dionika, podupiratelji, volonteri)</li>"
                "<li><b>Financijska stabilnost</b> (planovi prikupljanja sredstava, diversifikacija izvora sredstava, gospodarska djelatnost)</li>"
                "<li><b>Pružanje usluga</b> (utvrđivanje usluga, rad s korisnicima, izvori prihoda)</li>"
                "<li><b>Zagovaranje</b> (postavljanje ciljeva, kapaciteti za zagovaranje, utjecaj na javne politike, uključivanje podupiratelja)</li>"
                "<li><b>Javni imidž i transparentnost djelovanja</b> (komunikacijska strategija, objavljivanje podataka i izvješća, odnosi s medijima)</li>"
                "<li><b>GESI – ravnopravnost spolova i socijalna uključenost</b> (uključivanje žena, spolnih manjina i drugih ranjivih skupina u sve aspekte djelovanja organizacije)</li>"
                "</ul>",
            ),
            ("heading", "Kakve mentore i mentorice tražimo?"),
            (
                "paragraph",
                "<p>Mentori i mentorice mogu biti treneri i trenerice te savjetnici i savjetnice koje zanima prijenos znanja i iskustva na druge organizacije civilnoga društva. Mentori i mentorice osobe su s iskustvom u mentoriranju ili praktičari i praktičarke – ljudi koji godinama rade u organizaciji civilnoga društva ili je vode i imaju iskustvo koje mogu strukturirano i organizirano prenositi drugima. Tražimo mentore i mentorice koji imaju iskustvo organizacijskog i/ili programskog rada u području vrijednosti EU-a – promicanja ljudskih prava, demokracije, jednakosti i vladavine prava.</p>",
            ),
            ("heading", "Prijava"),
            (
                "paragraph",
                """<p>Ako se želite pridružiti našoj mentorskoj mreži, ispunite <a href="#apply">prijavni obrazac</a> i priložite životopis do {deadline} Ako za pojedina područja bude iskazan veći interes nego što je potrebno, mentore i mentorice birat ćemo na temelju iskustva (više iskustva znači prednost pri odabiru).</p>""",
            ),
            (
                "paragraph",
                """<p>Sve do zatvaranja poziva stojimo vam na raspolaganju na adresi e-pošte <a href="mailto:emilija.kastelic@cnvos.si">emilija.kastelic@cnvos.si</a> ili na broju telefona +386 1 542 14 22.</p>""",
            ),
            (
                "cta",
                {
                    "label": "Više o mentorskoj mreži i programu jačanja kapaciteta",
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
            "search_description": "Impact4Values 2.0 jača organizacije civilnoga društva u Sloveniji i Hrvatskoj koje promiču i štite vrijednosti i prava EU-a.",
            "intro": "Projekt Impact4Values 2.0, utemeljen na iskustvima prethodnog programa, nastavlja i nadograđuje aktivnosti jačanja zajednica i organizacija civilnoga društva u Sloveniji i Hrvatskoj.",
            "body": [
                ("heading", "Konzorcij"),
                (
                    "paragraph",
                    "<p>Impact4Values 2.0 provodi slovensko-hrvatski konzorcij u sastavu:</p>",
                ),
                ("partners", ["cnvos", "slagalica", "solidarna"]),
                ("heading", "Financijska potpora i jačanje kapaciteta"),
                (
                    "paragraph",
                    "<p>Program ostvaruje svoje ciljeve različitim modelima financijske potpore namijenjene organizacijama civilnoga društva koje promiču i štite vrijednosti i prava EU-a.</p>"
                    "<p>Program osigurava cjelovitu potporu jačanju kapaciteta organizacija civilnoga društva tako što potiče njihov organizacijski razvoj te prekogranično i transnacionalno povezivanje, jača njihove programske kapacitete za djelovanje u zajednici i na institucionalnoj razini te jača njihov utjecaj u zaštiti vrijednosti i prava EU-a.</p>"
                    "<p>Financijska potpora bit će dostupna i razvijenijim i malim organizacijama, tematskim centrima podrške i mrežama. Za financijsku potporu osigurano je ukupno 3,82 milijuna eura. Projekt je započeo 2024. i traje do 2028. godine.</p>",
                ),
                (
                    "key_figures",
                    [
                        {
                            "value": "3,82 mil. €",
                            "label": "za financijsku potporu organizacijama civilnoga društva",
                        },
                        {"value": "2024. – 2028.", "label": "trajanje projekta"},
                        {"value": "60+", "label": "mentorskih paketa"},
                        {"value": "2", "label": "međusobno povezane komponente projekta"},
                    ],
                ),
                ("heading", "Opći cilj"),
                (
                    "paragraph",
                    "<p>Opći cilj projekta Impact4Values 2.0 jest povećati kapacitete organizacija civilnoga društva radi većeg utjecaja na zajednice i društvo kroz ostvarivanje vrijednosti EU-a u praksi.</p>",
                ),
                ("heading", "Dvije komponente projekta"),
                (
                    "paragraph",
                    "<p>Projekt ima dvije jedinstveno snažne i međusobno povezane komponente, oblikovane u skladu s procjenom potreba radi postizanja specifičnih ciljeva:</p>"
                    "<ul>"
                    "<li>Omogućiti različite modele financijske potpore usmjerene na učinke za udruge na lokalnoj razini i druge organizacije civilnoga društva, uključujući mreže, koje se bave promicanjem i zaštitom vrijednosti i prava EU-a.</li>"
                    "<li>Osigurati cjelovito jačanje kapaciteta udruga na lokalnoj razini i drugih organizacija civilnoga društva radi poticanja njihova organizacijskog razvoja, prekograničnog i transnacionalnog povezivanja te njihove programske sposobnosti za djelovanje i na razini zajednice i na institucionalnoj razini.</li>"
                    "</ul>",
                ),
                ("heading", "Virtualna učionica vrijednosti EU-a i mentorski program"),
                (
                    "paragraph",
                    "<p>Postojeća Virtualna učionica vrijednosti EU-a u projektu Impact4Values 2.0 bit će dodatno nadograđena i služit će kao višejezična internetska platforma za dijeljenje znanja, razmjenu dobrih praksi i potporu aktivistima i organizacijama diljem EU-a.</p>"
                    "<p>Nastavit ćemo i nadograditi i mentorski program, koji će obuhvaćati više od 60 mentorskih paketa.</p>",
                ),
                ("heading", "Prilika za trajne promjene"),
                (
                    "paragraph",
                    "<p>Impact4Values 2.0 prilika je za stvaranje trajnih promjena u zajednicama jer jača organizacije civilnoga društva kako bi postale pokretačice i nositeljice pozitivnih društvenih promjena u skladu s vrijednostima EU-a.</p>"
                    "<p>Impact4Values 2.0 provodi se u okviru programa EU-a Građani, jednakost, prava i vrijednosti (CERV).</p>",
                ),
                ("cta", {"label": "O programu CERV", "page": "cerv"}),
                (
                    "cta",
                    {
                        "label": "Impact4Values 2.0 na mrežnim stranicama CNVOS-a",
                        "url": "https://www.cnvos.si/impact4values/",
                    },
                ),
                (
                    "cta",
                    {
                        "label": "Impact4Values 2.0 na mrežnim stranicama Solidarne",
                        "url": "https://solidarna.hr/impact4values/",
                    },
                ),
            ],
        },
        {
            "key": "capacity-building",
            "title": "Mentorska mreža i jačanje kapaciteta",
            "slug": "jacanje-kapaciteta",
            "search_description": "Mentorska potpora i program jačanja kapaciteta za približno 60 organizacija civilnoga društva iz Hrvatske i Slovenije u programu Impact4Values 2.0.",
            "intro": "Osim financiranja projekata, korisnicima je u okviru programa Impact4Values 2.0 na raspolaganju i opsežna potpora jačanju organizacijskih kapaciteta kroz edukacije i mentorsku potporu.",
            "body": [
                ("heading", "Mentorska mreža u okviru programa Impact4Values 2.0"),
                (
                    "paragraph",
                    "<p>Putem javnih natječaja za mreže, programsku potporu i male, tzv. „grass-root“ organizacije mentorsku će potporu dobiti približno 60 organizacija iz Hrvatske i Slovenije.</p>"
                    "<p>Za svaku je organizaciju provedena procjena stanja organizacijskog razvoja („organizational assessment“) te su utvrđene potrebe, odnosno područja u kojima će organizacija jačati tijekom trajanja projekta.</p>"
                    "<p>Za svaku je organizaciju izrađen plan jačanja kapaciteta koji utvrđuje područja, metode potpore, željene rezultate i vremenski okvir.</p>",
                ),
                ("heading", "Program jačanja kapaciteta"),
                (
                    "paragraph",
                    "<p>Program jačanja kapaciteta zadržava raznolikost i inovativnost jer objedinjuje različite metode za stvaranje dinamičnog i transnacionalnog okruženja za učenje. Naglasak će biti na aktualnim temama, npr. očuvanju i provedbi vrijednosti EU-a u praksi, otpornosti i prevenciji sagorijevanja u sektoru civilnoga društva, zagovaranju … te na različitim tematskim seminarima koji korisnicima omogućuju rad na ključnim programskim pitanjima, primjerice na uključivanju tzv. ravnopravnosti spolova.</p>"
                    "<p>Cjelokupni program jačanja kapaciteta uključuje:</p>"
                    "<ul>"
                    "<li>uvodne radionice za provoditelje projekata/programa,</li>"
                    "<li>procjenu kapaciteta organizacija korisnica financijske potpore i izradu plana jačanja kapaciteta,</li>"
                    "<li>mentorsku potporu organizacijama u provedbi plana jačanja kapaciteta,</li>"
                    "<li>susrete tematskih „peer“ grupa za poticanje razmjene iskustava (pet susreta tijekom trajanja programa),</li>"
                    "<li>pristup e-učenju putem webinara iz različitih područja, npr. organizacijskog razvoja, zagovaranja, rodno osviještenih politika, aktivnosti za prevenciju sagorijevanja, odgovora na prijetnje itd.,</li>"
                    "<li>dva petodnevna masterclassa: <i>Povezivanje lokalnih zajednica s institucijama EU-a u zaštiti vrijednosti EU-a</i> te <i>Napredne vještine mobilizacije građana za vrijednosti EU-a</i>,</li>"
                    "<li>tri prekogranična tematska seminara.</li>"
                    "</ul>",
                ),
                (
                    "key_figures",
                    [
                        {"value": "~60", "label": "organizacija s mentorskom potporom"},
                        {"value": "5", "label": "susreta tematskih „peer“ grupa"},
                        {"value": "2", "label": "petodnevna masterclassa"},
                        {"value": "3", "label": "prekogranična tematska seminara"},
                    ],
                ),
                ("cta", {"label": "Postanite mentor ili mentorica", "page": "call"}),
            ],
        },
        {
            "key": "cerv",
            "title": "O programu CERV",
            "slug": "program-cerv",
            "search_description": "Program EU-a Građani, jednakost, prava i vrijednosti (CERV) štiti i promiče prava i vrijednosti EU-a te podupire organizacije civilnoga društva.",
            "intro": "Program Građani, jednakost, prava i vrijednosti (Citizens, Equality, Rights, Values – CERV) europski je program vrijedan oko 1,55 milijardi eura kojim Europska komisija želi zaštititi i promicati prava i vrijednosti sadržane u Ugovorima EU-a i Povelji Europske unije o temeljnim pravima.",
            "body": [
                (
                    "key_figures",
                    [
                        {"value": "1,55 mlrd. €", "label": "približna vrijednost programa CERV"},
                    ],
                ),
                ("heading", "Nastanak programa"),
                (
                    "paragraph",
                    "<p>Program obuhvaća područja dosadašnjih programa Europe for Citizens, Rights, Equality and Citizenship i DAPHNE.</p>"
                    "<p>Program je nastao spajanjem programa Europa za građane te Prava, jednakost i građani.</p>",
                ),
                ("heading", "Prava i vrijednosti"),
                (
                    "paragraph",
                    "<p>Program CERV potporom organizacijama civilnoga društva jača prava i vrijednosti zajedničke svim državama članicama EU-a. Prava i vrijednosti temelje se na načelima pluralizma, nediskriminacije, tolerancije, pravednosti, solidarnosti i ravnopravnosti spolova. Poticanjem građanskog i demokratskog sudjelovanja program podupire razvoj otvorenih, demokratskih, ravnopravnih i uključivih društava utemeljenih na vladavini prava.</p>",
                ),
                ("heading", "Upravljanje programom"),
                (
                    "paragraph",
                    "<p>Programom CERV upravlja Europska izvršna agencija za obrazovanje i kulturu (EACEA), koja je krajem 2021. objavila prvi javni poziv za odabir organizacija sposobnih dodjeljivati sredstva i jačati kapacitete organizacija civilnoga društva u državama članicama EU-a.</p>",
                ),
                ("cta", {"label": "Više o projektu Impact4Values 2.0", "page": "impact4values"}),
            ],
        },
    ],
    "thematic_areas": [
        {
            "key": "organisational-structure",
            "name": "Organizacijska struktura i pravni okvir",
            "description": "Mentori i mentorice podupiru organizacije u području tijela organizacije, misije, vizije, vrijednosti, upravljanja i vođenja te podjele rada.",
            "subtopics": [
                "tijela organizacije",
                "misija",
                "vizija",
                "vrijednosti",
                "upravljanje i vođenje",
                "podjela rada",
            ],
        },
        {
            "key": "capacities-and-resources",
            "name": "Kapaciteti organizacije i resursi",
            "description": "Mentori i mentorice podupiru organizacije u pripremi za strateško i operativno planiranje, praćenju i vrednovanju te u području potreba dionika, podupiratelja i volontera.",
            "subtopics": [
                "priprema za strateško i operativno planiranje",
                "praćenje i vrednovanje",
                "potrebe dionika",
                "podupiratelji",
                "volonteri",
            ],
        },
        {
            "key": "financial-stability",
            "name": "Financijska stabilnost",
            "description": "Mentori i mentorice podupiru organizacije u planovima prikupljanja sredstava, diversifikaciji izvora sredstava i gospodarskoj djelatnosti.",
            "subtopics": [
                "planovi prikupljanja sredstava",
                "diversifikacija izvora sredstava",
                "gospodarska djelatnost",
            ],
        },
        {
            "key": "service-provision",
            "name": "Pružanje usluga",
            "description": "Mentori i mentorice podupiru organizacije u utvrđivanju usluga, radu s korisnicima i izvorima prihoda.",
            "subtopics": ["utvrđivanje usluga", "rad s korisnicima", "izvori prihoda"],
        },
        {
            "key": "advocacy",
            "name": "Zagovaranje",
            "description": "Mentori i mentorice podupiru organizacije u postavljanju ciljeva, jačanju kapaciteta za zagovaranje, utjecaju na javne politike i uključivanju podupiratelja.",
            "subtopics": [
                "postavljanje ciljeva",
                "kapaciteti za zagovaranje",
                "utjecaj na javne politike",
                "uključivanje podupiratelja",
            ],
        },
        {
            "key": "public-image-and-transparency",
            "name": "Javni imidž i transparentnost djelovanja",
            "description": "Mentori i mentorice podupiru organizacije u komunikacijskoj strategiji, objavljivanju podataka i izvješća te odnosima s medijima.",
            "subtopics": [
                "komunikacijska strategija",
                "objavljivanje podataka i izvješća",
                "odnosi s medijima",
            ],
        },
        {
            "key": "gesi",
            "name": "GESI – ravnopravnost spolova i socijalna uključenost",
            "description": "Mentori i mentorice podupiru organizacije u uključivanju žena, spolnih manjina i drugih ranjivih skupina u sve aspekte djelovanja organizacije.",
            "subtopics": [
                "uključivanje žena, spolnih manjina i drugih ranjivih skupina u sve aspekte djelovanja organizacije"
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
            "description": "Slovenski Centar za informiranje, suradnju i razvoj nevladinih organizacija, krovna mreža organizacija civilnoga društva u Sloveniji i članica slovensko-hrvatskog konzorcija koji provodi Impact4Values 2.0.",
        },
        {
            "key": "slagalica",
            "name": "Slagalica – Zaklada za razvoj lokalne zajednice",
            "short_name": "Slagalica",
            "country": "HR",
            "website": "https://www.slagalica.hr/",
            "description": "Hrvatska zaklada za razvoj lokalne zajednice i članica slovensko-hrvatskog konzorcija koji provodi Impact4Values 2.0.",
        },
        {
            "key": "solidarna",
            "name": "Solidarna – Zaklada za ljudska prava i solidarnost",
            "short_name": "Solidarna",
            "country": "HR",
            "website": "https://solidarna.hr/",
            "description": "Hrvatska zaklada za ljudska prava i solidarnost te članica slovensko-hrvatskog konzorcija koji provodi Impact4Values 2.0.",
        },
    ],
}
