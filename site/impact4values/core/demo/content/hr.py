# ruff: noqa: E501 -- translated prose, one paragraph a line
"""Site-wide demo content in Croatian: the home page, the privacy notice and the footer.

Faithful translation of sl.py, aligned with it block by block and segment by segment.
"""

CONTENT = {
    "home": {
        "title": "Mentorska mreža Impact4Values 2.0",
        "slug": "home",
        "search_description": "Mentorska mreža programa Impact4Values 2.0 podupire organizacijski razvoj i zagovaranje organizacija civilnoga društva iz Slovenije i Hrvatske.",
        "intro": "Mentori i mentorice svojim znanjem i iskustvom pridonose jačanju kapaciteta organizacija civilnoga društva, korisnica programa Impact4Values 2.0.",
        "body": [
            ("heading", "Mentorska mreža u okviru programa Impact4Values 2.0"),
            (
                "paragraph",
                "<p>Osim financiranja projekata, korisnicima je u okviru programa Impact4Values 2.0 na raspolaganju i opsežna potpora jačanju organizacijskih kapaciteta kroz edukacije i mentorsku potporu.</p>"
                "<p>Mentorsku potporu dobit će približno 60 organizacija iz Hrvatske i Slovenije. Odabrane mentore i mentorice povezujemo s organizacijama prema njihovu iskustvu, znanju i raspoloživosti, uzimajući u obzir teme i područja utvrđena u planovima jačanja kapaciteta organizacija.</p>",
            ),
            ("heading", "Kome je mreža namijenjena?"),
            (
                "paragraph",
                "<p>Mentorsku potporu dobivaju organizacije civilnoga društva odabrane putem javnih natječaja za mreže, programsku potporu i male, tzv. „grass-root“ organizacije.</p>"
                "<p>Na suradnju pozivamo trenere i trenerice, savjetnike i savjetnice te praktičare i praktičarke s iskustvom u organizacijama civilnoga društva koje zanima prijenos znanja i iskustva na druge organizacije civilnoga društva.</p>",
            ),
            (
                "key_figures",
                [
                    {
                        "value": "~60",
                        "label": "organizacija iz Hrvatske i Slovenije dobit će mentorsku potporu",
                    },
                    {"value": "60+", "label": "mentorskih paketa u mentorskom programu"},
                    {
                        "value": "3,82 mil. €",
                        "label": "za financijsku potporu organizacijama civilnoga društva",
                    },
                    {"value": "2024. – 2028.", "label": "trajanje projekta Impact4Values 2.0"},
                    {
                        "value": "75,00 €",
                        "label": "bruto po mentorskom satu, uključujući pripremu i izravno mentoriranje",
                    },
                    {"value": "20 sati", "label": "u prosjeku traje rad s pojedinom organizacijom"},
                ],
            ),
            ("heading", "Poziv za nove mentore i mentorice"),
            (
                "paragraph",
                "<p>Zbog povećanog opsega mentorske potpore želimo proširiti postojeću bazu mentora i mentorica.</p>"
                "<p>Prijavni obrazac sa životopisom možete poslati do {deadline}</p>",
            ),
            ("cta", {"label": "Pročitajte poziv i prijavite se", "page": "call"}),
            ("cta", {"label": "Više o programu Impact4Values 2.0", "page": "impact4values"}),
            ("heading", "Program provodi slovensko-hrvatski konzorcij"),
            ("partners", ["cnvos", "slagalica", "solidarna"]),
        ],
    },
    "privacy": {
        "title": "Zaštita osobnih podataka",
        "slug": "zastita-osobnih-podataka",
        "search_description": "Kako CNVOS obrađuje osobne podatke posjetitelja mrežnih stranica te mentora i mentorica koji se prijave na poziv Impact4Values 2.0.",
        "intro": "U ovoj obavijesti objašnjavamo kako obrađujemo osobne podatke koje nam dostavljate putem ovih mrežnih stranica i prijavom na poziv za mentore i mentorice programa Impact4Values 2.0.",
        "body": [
            ("heading", "Voditelj obrade"),
            (
                "paragraph",
                """<p>Voditelj obrade osobnih podataka je Center za informiranje, sodelovanje in razvoj nevladnih organizacij – CNVOS, Povšetova ulica 37, 1000 Ljubljana, Slovenija.</p>"""
                """<p>Za pitanja o obradi osobnih podataka pišite nam na <a href="mailto:emilija.kastelic@cnvos.si">emilija.kastelic@cnvos.si</a>.</p>""",
            ),
            ("heading", "Koje podatke obrađujemo"),
            (
                "paragraph",
                "<p>Pri prijavi na poziv obrađujemo podatke koje nam sami dostavite:</p>"
                "<ul>"
                "<li>podatke za kontakt (ime i prezime, adresa e-pošte, broj telefona),</li>"
                "<li>životopis,</li>"
                "<li>podatke o vašem iskustvu, osobito u mentoriranju i radu u organizacijama civilnoga društva,</li>"
                "<li>područja u kojima želite pružati mentorsku potporu,</li>"
                "<li>jezike na kojima možete provoditi mentoriranje.</li>"
                "</ul>"
                "<p>Davanje podataka je dobrovoljno, ali bez njih ne možemo razmotriti vašu prijavu.</p>"
                "<p>Ako nam pišete e-poštom ili nas nazovete, podatke koje nam dostavite upotrijebit ćemo samo za odgovor na vaše pitanje.</p>"
                "<p>Pri posjetu mrežnim stranicama poslužitelj automatski bilježi tehničke podatke (na primjer IP adresu te datum i vrijeme pristupa), koje upotrebljavamo samo za osiguravanje sigurnog rada mrežnih stranica.</p>",
            ),
            ("heading", "Svrhe obrade"),
            (
                "paragraph",
                "<p>Podatke iz prijava obrađujemo radi:</p>"
                "<ul>"
                "<li>odabira mentora i mentorica,</li>"
                "<li>povezivanja mentora i mentorica s organizacijama, korisnicama programa Impact4Values 2.0, prema iskustvu, znanju i raspoloživosti te temama i područjima iz planova jačanja kapaciteta organizacija,</li>"
                "<li>sklapanja i izvršenja ugovora s odabranim mentorima i mentoricama,</li>"
                "<li>izvještavanja financijera programa, Europske unije odnosno Europske izvršne agencije za obrazovanje i kulturu (EACEA).</li>"
                "</ul>"
                "<p>Ne provodimo automatizirano donošenje odluka, uključujući izradu profila.</p>",
            ),
            ("heading", "Pravna osnova"),
            (
                "paragraph",
                "<p>Podatke iz prijava obrađujemo na temelju vaše privole koju dajete prijavom (članak 6. stavak 1. točka (a) Opće uredbe o zaštiti podataka) te radi poduzimanja radnji na vaš zahtjev prije sklapanja ugovora i radi izvršenja ugovora (članak 6. stavak 1. točka (b) Opće uredbe o zaštiti podataka).</p>"
                "<p>Tehničke podatke o posjetu mrežnim stranicama obrađujemo na temelju našeg legitimnog interesa za siguran rad mrežnih stranica (članak 6. stavak 1. točka (f) Opće uredbe o zaštiti podataka).</p>",
            ),
            ("heading", "Primatelji podataka"),
            (
                "paragraph",
                "<p>Radi povezivanja s organizacijama vaše podatke prosljeđujemo partnerima u konzorciju Impact4Values 2.0 u Hrvatskoj: Slagalica – Zaklada za razvoj lokalne zajednice i Solidarna – Zaklada za ljudska prava i solidarnost.</p>"
                "<p>Organizacija s kojom vas povežemo dobiva vaše ime i podatke za kontakt.</p>"
                "<p>Radi izvještavanja podatke o odabranim mentorima i mentoricama te o obavljenom radu možemo proslijediti financijeru programa (Europska unija odnosno EACEA).</p>"
                "<p>Podatke mogu obrađivati i pružatelji informatičkih usluga (na primjer usluga smještaja mrežnih stranica i mrežnih obrazaca), koji djeluju kao izvršitelji obrade prema našim uputama i na temelju ugovora o obradi osobnih podataka.</p>",
            ),
            ("heading", "Razdoblje čuvanja"),
            (
                "paragraph",
                "<p>Podatke kandidata i kandidatkinja koji nisu odabrani brišemo nakon završetka odabira, a najkasnije 12 mjeseci nakon zatvaranja poziva.</p>"
                "<p>Podatke odabranih mentora i mentorica čuvamo do isteka obveza izvještavanja u okviru programa.</p>",
            ),
            ("heading", "Javni profil u imeniku mentora i mentorica"),
            (
                "paragraph",
                "<p>Vaš profil u imeniku mentora i mentorica na ovim mrežnim stranicama objavljujemo samo ako za to date zasebnu privolu, koju možete povući u bilo kojem trenutku.</p>"
                "<p>Vaš životopis nikada ne objavljujemo.</p>",
            ),
            ("heading", "Vaša prava"),
            (
                "paragraph",
                """<p>U vezi sa svojim osobnim podacima imate pravo na:</p>"""
                """<ul>"""
                """<li>pristup svojim osobnim podacima,</li>"""
                """<li>ispravak netočnih podataka,</li>"""
                """<li>brisanje podataka,</li>"""
                """<li>ograničenje obrade i prenosivost podataka,</li>"""
                """<li>prigovor na obradu koja se temelji na legitimnom interesu,</li>"""
                """<li>povlačenje privole u bilo kojem trenutku, pri čemu povlačenje ne utječe na zakonitost obrade prije povlačenja.</li>"""
                """</ul>"""
                """<p>Za ostvarivanje svojih prava pišite nam na <a href="mailto:emilija.kastelic@cnvos.si">emilija.kastelic@cnvos.si</a>.</p>"""
                """<p>Ako smatrate da se obradom vaših osobnih podataka krše propisi, možete podnijeti pritužbu <a href="https://www.ip-rs.si/">Informacijskom povjereniku Republike Slovenije</a> ili, ako živite ili radite u Hrvatskoj, <a href="https://azop.hr/">Agenciji za zaštitu osobnih podataka (AZOP)</a>.</p>""",
            ),
        ],
    },
    "footer": {
        "funding_notice": "Financira Europska unija",
        "disclaimer": "Izneseni stavovi i mišljenja samo su autorova i ne odražavaju nužno službena stajališta Europske unije ili Europske izvršne agencije za obrazovanje i kulturu (EACEA). Ni Europska unija ni tijelo koje dodjeljuje potporu ne mogu se smatrati odgovornima za njih.",
        "contact_heading": "Kontakt",
        "contact_text": "Za pitanja o pozivu do njegova zatvaranja stojimo vam na raspolaganju na niže navedenoj adresi e-pošte ili broju telefona.",
        "email": "emilija.kastelic@cnvos.si",
        "phone": "+386 1 542 14 22",
    },
}
