"""Demo content for the Impact4Values 2.0 mentor network: the directory page and 25 fictional mentor profiles.

All people, organisations and web addresses here are invented. Each profile is given in Slovenian (sl),
Croatian (hr) and English (en); the three bios are sentence-by-sentence translations with the same
paragraphs, so that the Croatian and English pages can be made from the Slovenian ones as translations.

The set doubles as search test data: it covers all seven thematic areas of the call, the three
countries, the three availability states, the working languages, names with diacritics (č, ć, š, ž, đ,
including one "Đorđević") and the programme's vocabulary (mentorstvo, zagovorništvo, finančna
stabilnost; zagovaranje, financijska održivost).
"""

DIRECTORY = {
    "sl": {
        "title": "Mentorji in mentorice",
        "slug": "mentorji",
        "search_description": (
            "Poiščite mentorja ali mentorico programa Impact4Values 2.0 za krepitev zmogljivosti vaše "
            "nevladne organizacije."
        ),
        "intro": (
            "Nevladne organizacije lahko mentorje in mentorice iščejo po področju, jeziku, državi in "
            "razpoložljivosti. Ko najdete ustrezno osebo, nas prosite, da vas povežemo."
        ),
        "empty_text": (
            "Vašemu iskanju ne ustreza noben mentor ali mentorica – poskusite z manj filtri ali drugim "
            "iskalnim izrazom."
        ),
    },
    "hr": {
        "title": "Mentori i mentorice",
        "slug": "mentori",
        "search_description": (
            "Pronađite mentora ili mentoricu programa Impact4Values 2.0 za jačanje kapaciteta vaše nevladine "
            "organizacije."
        ),
        "intro": (
            "Nevladine organizacije mogu pretraživati mentore i mentorice prema području, jeziku, državi i "
            "dostupnosti. Kada pronađete odgovarajuću osobu, zatražite od nas da vas povežemo."
        ),
        "empty_text": (
            "Vašem pretraživanju ne odgovara nijedan mentor ni mentorica – pokušajte s manje filtara ili "
            "drugim pojmom za pretraživanje."
        ),
    },
    "en": {
        "title": "Mentors",
        "slug": "mentors",
        "search_description": (
            "Find an Impact4Values 2.0 mentor to help strengthen your NGO's organisational capacity in "
            "Slovenia or Croatia."
        ),
        "intro": (
            "NGOs can search for mentors by thematic area, language, country and availability. When you find "
            "the right person, ask the programme to put you in touch."
        ),
        "empty_text": (
            "No mentors match your search – try removing a filter or using a different search term."
        ),
    },
}

PROFILES = [
    # ------------------------------------------------------------------ Slovenia
    {
        "name": "Maja Kovačič",
        "grammatical_gender": "feminine",
        "slug": "maja-kovacic",
        "areas": ["advocacy", "financial-stability"],
        "languages": ["sl", "en"],
        "country": "SI",
        "city": {"sl": "Ljubljana", "hr": "Ljubljana", "en": "Ljubljana"},
        "years_ngo": 18,
        "years_mentoring": 10,
        "availability": "available",
        "headline": {
            "sl": "Mentorica za zagovorništvo in finančno stabilnost nevladnih organizacij",
            "hr": "Mentorica za zagovaranje i financijsku stabilnost nevladinih organizacija",
            "en": "Mentor for advocacy and the financial stability of NGOs",
        },
        "bio": {
            "sl": (
                "<p>V nevladnem sektorju dela osemnajst let, od tega je bila deset let izvršna direktorica "
                "okoljske organizacije, ki je z javnimi kampanjami dosegla spremembe treh državnih "
                "predpisov. Pri tem je razvila pristop k zagovorništvu, ki povezuje raziskave, koalicije in "
                "delo z odločevalci.</p>"
                "<p>Kot mentorica pomaga organizacijam postaviti merljive zagovorniške cilje, pripraviti "
                "načrt vplivanja na politike in hkrati razpršiti vire financiranja, da kampanje niso odvisne "
                "od enega samega razpisa. Posebej rada dela z manjšimi organizacijami, ki se šele učijo "
                "sistematičnega zbiranja sredstev pri posameznikih in podjetjih.</p>"
            ),
            "hr": (
                "<p>U nevladinom sektoru radi osamnaest godina, od čega je deset godina bila izvršna "
                "direktorica ekološke organizacije koja je javnim kampanjama postigla izmjene triju državnih "
                "propisa. Pritom je razvila pristup zagovaranju koji povezuje istraživanja, koalicije i rad "
                "s donositeljima odluka.</p>"
                "<p>Kao mentorica pomaže organizacijama postaviti mjerljive ciljeve zagovaranja, izraditi "
                "plan utjecaja na javne politike i istodobno diversificirati izvore financiranja kako "
                "kampanje ne bi ovisile o jednom natječaju. Posebno voli raditi s manjim organizacijama koje "
                "tek uče sustavno prikupljati sredstva od pojedinaca i poduzeća.</p>"
            ),
            "en": (
                "<p>She has worked in the NGO sector for eighteen years, ten of them as executive director "
                "of an environmental organisation whose public campaigns led to changes in three national "
                "regulations. Along the way she developed an approach to advocacy that combines research, "
                "coalitions and work with decision-makers.</p>"
                "<p>As a mentor she helps organisations set measurable advocacy goals, prepare a plan for "
                "influencing policy and, at the same time, diversify their funding so that campaigns do not "
                "depend on a single call for proposals. She particularly enjoys working with smaller "
                "organisations that are only beginning to raise funds systematically from individuals and "
                "companies.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Vodila je kampanjo za pravico javnosti do sodelovanja v okoljskih postopkih, ki je okrepila "
                "demokratični nadzor nad odločanjem."
            ),
            "hr": (
                "Vodila je kampanju za pravo javnosti na sudjelovanje u postupcima zaštite okoliša, čime je "
                "ojačan demokratski nadzor nad odlučivanjem."
            ),
            "en": (
                "She led a campaign for the public's right to take part in environmental procedures, "
                "strengthening democratic oversight of decision-making."
            ),
        },
        "links": [
            {
                "label": {
                    "sl": "Osebna spletna stran",
                    "hr": "Osobna mrežna stranica",
                    "en": "Personal website",
                },
                "url": "https://example.org/maja-kovacic",
            },
        ],
    },
    {
        "name": "Tomaž Žnidaršič",
        "grammatical_gender": "masculine",
        "slug": "tomaz-znidarsic",
        "areas": ["organisational-structure", "capacities-and-resources"],
        "languages": ["sl", "en", "de"],
        "country": "SI",
        "city": {"sl": "Maribor", "hr": "Maribor", "en": "Maribor"},
        "years_ngo": 22,
        "years_mentoring": 12,
        "availability": "available",
        "headline": {
            "sl": "Trener za strateško načrtovanje in upravljanje nevladnih organizacij",
            "hr": "Trener za strateško planiranje i upravljanje nevladinim organizacijama",
            "en": "Trainer in strategic planning and NGO governance",
        },
        "bio": {
            "sl": (
                "<p>Dvaindvajset let je deloval v mladinskem in kulturnem sektorju, zadnjih osem let kot "
                "direktor regionalnega stičišča nevladnih organizacij. V tem času je sodeloval pri pripravi "
                "več kot štiridesetih strateških načrtov in pomagal organizacijam urediti razmerja med "
                "upravnim odborom, skupščino in zaposlenimi.</p>"
                "<p>Njegovo mentorstvo temelji na delavnicah, na katerih ekipa sama oblikuje poslanstvo, "
                "vizijo in vrednote, nato pa jih prevede v operativni načrt s kazalniki za spremljanje in "
                "evalvacijo. Z organizacijami dela v slovenščini, angleščini ali nemščini, v živo ali na "
                "daljavo.</p>"
            ),
            "hr": (
                "<p>Dvadeset i dvije godine djelovao je u sektoru mladih i kulture, posljednjih osam godina "
                "kao direktor regionalnog centra za podršku nevladinim organizacijama. U tom je razdoblju "
                "sudjelovao u izradi više od četrdeset strateških planova i pomagao organizacijama urediti "
                "odnose između upravnog odbora, skupštine i zaposlenika.</p>"
                "<p>Njegovo se mentorstvo temelji na radionicama na kojima tim sam oblikuje misiju, viziju i "
                "vrijednosti, a zatim ih pretače u operativni plan s pokazateljima za praćenje i "
                "vrednovanje. S organizacijama radi na slovenskom, engleskom ili njemačkom jeziku, uživo ili "
                "na daljinu.</p>"
            ),
            "en": (
                "<p>He spent twenty-two years in the youth and cultural sectors, the last eight as director "
                "of a regional NGO support hub. During that time he contributed to more than forty strategic "
                "plans and helped organisations clarify the relationships between the management board, the "
                "general assembly and staff.</p>"
                "<p>His mentoring is built around workshops in which the team itself shapes its mission, "
                "vision and values and then translates them into an operational plan with indicators for "
                "monitoring and evaluation. He works with organisations in Slovenian, English or German, in "
                "person or remotely.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Kot direktor stičišča je spodbujal vključevanje nevladnih organizacij v javna posvetovanja "
                "o lokalnih predpisih."
            ),
            "hr": (
                "Kao direktor centra poticao je uključivanje nevladinih organizacija u javna savjetovanja o "
                "lokalnim propisima."
            ),
            "en": (
                "As director of the hub he encouraged NGOs to take part in public consultations on local "
                "regulations."
            ),
        },
        "links": [],
    },
    {
        "name": "Nina Škerjanc",
        "grammatical_gender": "feminine",
        "slug": "nina-skerjanc",
        "areas": ["public-image-and-transparency", "advocacy"],
        "languages": ["sl", "it", "en"],
        "country": "SI",
        "city": {"sl": "Koper", "hr": "Kopar", "en": "Koper"},
        "years_ngo": 12,
        "years_mentoring": 6,
        "availability": "limited",
        "headline": {
            "sl": "Svetovalka za komunikacijske strategije, odnose z mediji in javno zagovorništvo",
            "hr": "Savjetnica za komunikacijske strategije, odnose s medijima i javno zagovaranje",
            "en": "Consultant in communication strategies, media relations and public advocacy",
        },
        "bio": {
            "sl": (
                "<p>Po nekaj letih novinarskega dela na regionalnem radiu se je pridružila nevladni "
                "organizaciji za pravice priseljencev, kjer že dvanajst let vodi komuniciranje. Zasnovala je "
                "komunikacijsko strategijo, ki je organizaciji podvojila medijsko prepoznavnost in okrepila "
                "njeno zagovorništvo pri obalnih občinah.</p>"
                "<p>Kot mentorica organizacijam pomaga oblikovati ključna sporočila, načrtovati odnose z "
                "mediji in pregledno objavljati letna poročila ter finančne podatke. Zaradi dela v "
                "organizaciji je trenutno na voljo le za manjše število mentoriranj, ki jih lahko izvaja "
                "tudi v italijanščini.</p>"
            ),
            "hr": (
                "<p>Nakon nekoliko godina novinarskog rada na regionalnom radiju pridružila se nevladinoj "
                "organizaciji za prava migranata, u kojoj već dvanaest godina vodi komunikaciju. Osmislila "
                "je komunikacijsku strategiju kojom je organizacija udvostručila medijsku vidljivost i "
                "ojačala svoje zagovaranje prema obalnim općinama.</p>"
                "<p>Kao mentorica pomaže organizacijama oblikovati ključne poruke, planirati odnose s "
                "medijima te transparentno objavljivati godišnja izvješća i financijske podatke. Zbog posla "
                "u organizaciji trenutačno je dostupna samo za manji broj mentorstava, koja može provoditi i "
                "na talijanskom jeziku.</p>"
            ),
            "en": (
                "<p>After several years as a journalist at a regional radio station, she joined an NGO "
                "working for the rights of migrants, where she has led communications for twelve years. She "
                "designed a communication strategy that doubled the organisation's media visibility and "
                "strengthened its advocacy with the coastal municipalities.</p>"
                "<p>As a mentor she helps organisations shape key messages, plan media relations and publish "
                "annual reports and financial data transparently. Because of her work at the organisation "
                "she is currently available for only a small number of mentoring assignments, which she can "
                "also deliver in Italian.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Z medijskimi kampanjami opozarja na diskriminacijo priseljencev in zagovarja njihov "
                "enakopraven dostop do javnih storitev."
            ),
            "hr": (
                "Medijskim kampanjama upozorava na diskriminaciju migranata i zalaže se za njihov "
                "ravnopravan pristup javnim uslugama."
            ),
            "en": (
                "Through media campaigns she draws attention to discrimination against migrants and argues "
                "for their equal access to public services."
            ),
        },
        "links": [
            {
                "label": {
                    "sl": "Blog o komuniciranju nevladnih organizacij",
                    "hr": "Blog o komunikaciji nevladinih organizacija",
                    "en": "Blog on NGO communication",
                },
                "url": "https://example.net/nina-skerjanc/blog",
            },
        ],
    },
    {
        "name": "Urška Pečnik",
        "grammatical_gender": "feminine",
        "slug": "urska-pecnik",
        "areas": ["gesi", "service-provision"],
        "languages": ["sl", "en"],
        "country": "SI",
        "city": {"sl": "Ljubljana", "hr": "Ljubljana", "en": "Ljubljana"},
        "years_ngo": 15,
        "years_mentoring": 8,
        "availability": "available",
        "headline": {
            "sl": "Trenerka za enakost spolov in vključujoče storitve za ranljive skupine",
            "hr": "Trenerica za rodnu ravnopravnost i uključive usluge za ranjive skupine",
            "en": "Trainer in gender equality and inclusive services for vulnerable groups",
        },
        "bio": {
            "sl": (
                "<p>Petnajst let dela z ženskami, ki so preživele nasilje, najprej kot svetovalka na "
                "telefonu za pomoč, nato kot koordinatorka varne hiše in programov psihosocialne podpore. "
                "Sodelovala je pri pripravi standardov kakovosti za storitve nevladnih organizacij na tem "
                "področju.</p>"
                "<p>Od leta 2017 vodi usposabljanja o vključevanju načela enakosti spolov v delovanje "
                "organizacij: od zaposlovanja in notranjih pravilnikov do oblikovanja storitev, ki so "
                "dostopne ženskam, spolnim manjšinam in ljudem z oviranostmi. V mentorstvu se osredotoča na "
                "praktične spremembe, ki jih ekipa lahko uvede v nekaj mesecih.</p>"
            ),
            "hr": (
                "<p>Petnaest godina radi sa ženama koje su preživjele nasilje, najprije kao savjetnica na "
                "telefonu za pomoć, a zatim kao koordinatorica sigurne kuće i programa psihosocijalne "
                "podrške. Sudjelovala je u izradi standarda kvalitete za usluge nevladinih organizacija u "
                "tom području.</p>"
                "<p>Od 2017. vodi edukacije o uključivanju načela rodne ravnopravnosti u rad organizacija: "
                "od zapošljavanja i internih pravilnika do oblikovanja usluga dostupnih ženama, seksualnim i "
                "rodnim manjinama te osobama s invaliditetom. U mentorstvu se usredotočuje na praktične "
                "promjene koje tim može uvesti u nekoliko mjeseci.</p>"
            ),
            "en": (
                "<p>For fifteen years she has worked with women who have survived violence, first as a "
                "counsellor on a helpline and then as coordinator of a safe house and of psychosocial "
                "support programmes. She helped draft quality standards for NGO services in this field.</p>"
                "<p>Since 2017 she has run training on mainstreaming gender equality in the work of "
                "organisations: from recruitment and internal policies to designing services that are "
                "accessible to women, sexual and gender minorities and people with disabilities. In her "
                "mentoring she focuses on practical changes that a team can introduce within a few "
                "months.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Zagovarja pravico žensk do življenja brez nasilja in enak dostop do storitev za vse "
                "ranljive skupine."
            ),
            "hr": (
                "Zalaže se za pravo žena na život bez nasilja i jednak pristup uslugama za sve ranjive "
                "skupine."
            ),
            "en": (
                "She champions women's right to a life free from violence and equal access to services for "
                "all vulnerable groups."
            ),
        },
        "links": [],
    },
    {
        "name": "Matej Kočevar",
        "grammatical_gender": "masculine",
        "slug": "matej-kocevar",
        "areas": ["financial-stability", "service-provision"],
        "languages": ["sl", "hr"],
        "country": "SI",
        "city": {"sl": "Novo mesto", "hr": "Novo Mesto", "en": "Novo Mesto"},
        "years_ngo": 10,
        "years_mentoring": 4,
        "availability": "available",
        "headline": {
            "sl": "Svetovalec za gospodarsko dejavnost, socialno podjetništvo in finančno vzdržnost",
            "hr": "Savjetnik za gospodarsku djelatnost, socijalno poduzetništvo i financijsku održivost",
            "en": "Adviser on earned income, social entrepreneurship and financial sustainability",
        },
        "bio": {
            "sl": (
                "<p>Deset let je vodil socialno podjetje, ki ga je ustanovila lokalna nevladna organizacija "
                "za zaposlovanje dolgotrajno brezposelnih. Podjetje je v tem času zraslo s treh na "
                "petindvajset zaposlenih, prihodki od prodaje pa danes pokrivajo več kot polovico stroškov "
                "matične organizacije.</p>"
                "<p>Organizacijam pomaga preveriti, katere storitve lahko ponudijo na trgu, izračunati ceno "
                "in pripraviti preprost poslovni načrt. Poudarja, da mora gospodarska dejavnost podpirati "
                "poslanstvo organizacije, zato skupaj z ekipo vedno najprej opredeli uporabnike in njihove "
                "potrebe. Ker je odraščal ob hrvaški meji, mentoriranje izvaja tudi v hrvaščini.</p>"
            ),
            "hr": (
                "<p>Deset je godina vodio socijalno poduzeće koje je osnovala lokalna nevladina organizacija "
                "za zapošljavanje dugotrajno nezaposlenih osoba. Poduzeće je u tom razdoblju naraslo s tri "
                "na dvadeset i pet zaposlenih, a prihodi od prodaje danas pokrivaju više od polovice "
                "troškova matične organizacije.</p>"
                "<p>Organizacijama pomaže provjeriti koje usluge mogu ponuditi na tržištu, izračunati cijenu "
                "i izraditi jednostavan poslovni plan. Naglašava da gospodarska djelatnost mora podupirati "
                "misiju organizacije pa zajedno s timom uvijek najprije definira korisnike i njihove "
                "potrebe. Budući da je odrastao uz hrvatsku granicu, mentorstvo provodi i na hrvatskom "
                "jeziku.</p>"
            ),
            "en": (
                "<p>For ten years he ran a social enterprise founded by a local NGO to provide jobs for the "
                "long-term unemployed. During that time the enterprise grew from three to twenty-five "
                "employees, and sales income now covers more than half of the parent organisation's "
                "costs.</p>"
                "<p>He helps organisations work out which services they can offer on the market, calculate "
                "prices and prepare a simple business plan. He stresses that earned income must support the "
                "organisation's mission, so he and the team always start by defining users and their needs. "
                "Having grown up near the Croatian border, he also mentors in Croatian.</p>"
            ),
        },
        "eu_values": {"sl": "", "hr": "", "en": ""},
        "links": [
            {
                "label": {
                    "sl": "Priročnik o gospodarski dejavnosti društev",
                    "hr": "Priručnik o gospodarskoj djelatnosti udruga",
                    "en": "Handbook on earned income for associations",
                },
                "url": "https://example.org/matej-kocevar/prirocnik",
            },
        ],
    },
    {
        "name": "Špela Zupančič",
        "grammatical_gender": "feminine",
        "slug": "spela-zupancic",
        "areas": ["capacities-and-resources", "gesi"],
        "languages": ["sl", "en"],
        "country": "SI",
        "city": {"sl": "Celje", "hr": "Celje", "en": "Celje"},
        "years_ngo": 9,
        "years_mentoring": 5,
        "availability": "limited",
        "headline": {
            "sl": "Mentorica za delo s prostovoljci in vključevanje mladih iz ranljivih skupin",
            "hr": "Mentorica za rad s volonterima i uključivanje mladih iz ranjivih skupina",
            "en": "Mentor for volunteer management and the inclusion of young people from vulnerable groups",
        },
        "bio": {
            "sl": (
                "<p>Devet let je koordinirala prostovoljce v mladinskem centru, kjer je vsako leto "
                "sodelovalo več kot sto dvajset prostovoljk in prostovoljcev. Razvila je sistem uvajanja, "
                "rednih supervizij in priznavanja prostovoljskega dela, ki so ga pozneje prevzele še druge "
                "organizacije v regiji.</p>"
                "<p>Posebej jo zanima, kako v prostovoljstvo in odločanje v organizaciji vključiti mlade z "
                "manj priložnostmi, na primer mlade Rome in mlade z oviranostmi. V mentorstvu organizacijam "
                "pomaga pripraviti načrt dela s prostovoljci, pregledati ovire za vključevanje in določiti, "
                "kako bodo napredek spremljali.</p>"
            ),
            "hr": (
                "<p>Devet je godina koordinirala volontere u centru za mlade, u kojem je svake godine "
                "sudjelovalo više od sto dvadeset volonterki i volontera. Razvila je sustav uvođenja, "
                "redovitih supervizija i priznavanja volonterskog rada koji su poslije preuzele i druge "
                "organizacije u regiji.</p>"
                "<p>Posebno je zanima kako u volontiranje i odlučivanje u organizaciji uključiti mlade s "
                "manje mogućnosti, primjerice mlade Rome i mlade s invaliditetom. U mentorstvu pomaže "
                "organizacijama izraditi plan rada s volonterima, analizirati prepreke uključivanju i "
                "odrediti kako će pratiti napredak.</p>"
            ),
            "en": (
                "<p>For nine years she coordinated volunteers at a youth centre where more than a hundred "
                "and twenty volunteers took part every year. She developed a system of induction, regular "
                "supervision and recognition of volunteering that other organisations in the region later "
                "adopted.</p>"
                "<p>She is particularly interested in how to involve young people with fewer opportunities, "
                "such as young Roma and young people with disabilities, in volunteering and in "
                "decision-making within an organisation. As a mentor she helps organisations draw up a "
                "volunteer management plan, review barriers to inclusion and decide how they will monitor "
                "progress.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Spodbuja aktivno državljanstvo mladih in njihovo enakopravno sodelovanje v lokalni "
                "skupnosti."
            ),
            "hr": "Potiče aktivno građanstvo mladih i njihovo ravnopravno sudjelovanje u lokalnoj zajednici.",
            "en": (
                "She promotes active citizenship among young people and their equal participation in the "
                "local community."
            ),
        },
        "links": [],
    },
    {
        "name": "Gregor Šušteršič",
        "grammatical_gender": "masculine",
        "slug": "gregor-sustersic",
        "areas": ["organisational-structure", "advocacy"],
        "languages": ["sl", "en", "de"],
        "country": "SI",
        "city": {"sl": "Ljubljana", "hr": "Ljubljana", "en": "Ljubljana"},
        "years_ngo": 25,
        "years_mentoring": 15,
        "availability": "unavailable",
        "headline": {
            "sl": "Pravnik, svetovalec za pravni okvir nevladnih organizacij in zagovorništvo",
            "hr": "Pravnik, savjetnik za pravni okvir nevladinih organizacija i zagovaranje",
            "en": "Lawyer and adviser on the legal framework for NGOs and on advocacy",
        },
        "bio": {
            "sl": (
                "<p>Pravnik, ki se že petindvajset let ukvarja s pravnim položajem nevladnih organizacij. "
                "Sodeloval je pri pripravi pripomb k zakonodaji o društvih, ustanovah in prostovoljstvu ter "
                "več let vodil brezplačno pravno svetovanje za društva in zavode.</p>"
                "<p>Organizacijam pomaga pri prenovi statutov, ureditvi pristojnosti organov in pripravi "
                "notranjih aktov, ki so skladni z zakonodajo in z njihovim poslanstvom. Pri zagovorništvu "
                "svetuje, kako pravno utemeljiti predloge sprememb predpisov in jih predstaviti ministrstvom "
                "ter poslancem.</p>"
                "<p>Do konca leta 2026 ne sprejema novih organizacij za mentorstvo.</p>"
            ),
            "hr": (
                "<p>Pravnik koji se već dvadeset i pet godina bavi pravnim položajem nevladinih "
                "organizacija. Sudjelovao je u izradi primjedbi na zakonodavstvo o udrugama, zakladama i "
                "volonterstvu te je nekoliko godina vodio besplatno pravno savjetovanje za udruge i "
                "ustanove.</p>"
                "<p>Organizacijama pomaže pri izmjenama statuta, uređenju nadležnosti tijela i izradi "
                "internih akata usklađenih sa zakonodavstvom i njihovom misijom. U zagovaranju savjetuje "
                "kako pravno utemeljiti prijedloge izmjena propisa i predstaviti ih ministarstvima i "
                "zastupnicima.</p>"
                "<p>Do kraja 2026. ne prima nove organizacije na mentorstvo.</p>"
            ),
            "en": (
                "<p>A lawyer who has worked on the legal status of NGOs for twenty-five years. He "
                "contributed comments on legislation on associations, foundations and volunteering and for "
                "several years ran a free legal advice service for associations and private institutes.</p>"
                "<p>He helps organisations revise their statutes, clarify the powers of their governing "
                "bodies and draft internal rules that comply with the law and with their mission. In "
                "advocacy he advises on how to build a sound legal case for proposed amendments to "
                "regulations and present it to ministries and members of parliament.</p>"
                "<p>He is not taking on new organisations for mentoring until the end of 2026.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Z analizami zakonodaje brani svobodo združevanja in pravico nevladnih organizacij do "
                "sodelovanja pri pripravi predpisov."
            ),
            "hr": (
                "Analizama zakonodavstva brani slobodu udruživanja i pravo nevladinih organizacija na "
                "sudjelovanje u izradi propisa."
            ),
            "en": (
                "Through legislative analysis he defends freedom of association and the right of NGOs to "
                "take part in drafting regulations."
            ),
        },
        "links": [
            {
                "label": {
                    "sl": "Pravni nasveti za društva",
                    "hr": "Pravni savjeti za udruge",
                    "en": "Legal tips for associations",
                },
                "url": "https://example.org/gregor-sustersic/pravni-nasveti",
            },
        ],
    },
    {
        "name": "Barbara Štrukelj",
        "grammatical_gender": "feminine",
        "slug": "barbara-strukelj",
        "areas": ["financial-stability", "public-image-and-transparency"],
        "languages": ["sl", "en"],
        "country": "SI",
        "city": {"sl": "Kranj", "hr": "Kranj", "en": "Kranj"},
        "years_ngo": 14,
        "years_mentoring": 7,
        "availability": "available",
        "headline": {
            "sl": "Strokovnjakinja za zbiranje sredstev pri posameznikih in pregledna letna poročila",
            "hr": "Stručnjakinja za prikupljanje sredstava od pojedinaca i transparentna godišnja izvješća",
            "en": "Specialist in individual giving and transparent annual reports",
        },
        "bio": {
            "sl": (
                "<p>Že štirinajst let se ukvarja z zbiranjem sredstev v humanitarnih in okoljskih "
                "organizacijah. Vodila je prehod ene od njih s projektnega financiranja na stalne mesečne "
                "donatorje, ki danes zagotavljajo tretjino letnega proračuna.</p>"
                "<p>Prepričana je, da je finančna stabilnost tesno povezana z zaupanjem javnosti, zato "
                "organizacijam pomaga hkrati pripraviti načrt pridobivanja sredstev in pregledno letno "
                "poročilo, v katerem jasno pokažejo, kam gre vsak evro. Kot mentorica uporablja preproste "
                "predloge in orodja, ki jih ekipa lahko takoj uporabi.</p>"
            ),
            "hr": (
                "<p>Već se četrnaest godina bavi prikupljanjem sredstava u humanitarnim i ekološkim "
                "organizacijama. Vodila je prijelaz jedne od njih s projektnog financiranja na stalne "
                "mjesečne donatore, koji danas osiguravaju trećinu godišnjeg proračuna.</p>"
                "<p>Uvjerena je da je financijska stabilnost usko povezana s povjerenjem javnosti pa "
                "organizacijama pomaže istodobno izraditi plan prikupljanja sredstava i transparentno "
                "godišnje izvješće u kojem jasno pokazuju kamo ide svaki euro. Kao mentorica služi se "
                "jednostavnim predlošcima i alatima koje tim može odmah primijeniti.</p>"
            ),
            "en": (
                "<p>For fourteen years she has worked in fundraising for humanitarian and environmental "
                "organisations. She led the shift of one of them from project funding to regular monthly "
                "donors, who now provide a third of its annual budget.</p>"
                "<p>She believes that financial stability is closely linked to public trust, so she helps "
                "organisations prepare a fundraising plan and a transparent annual report at the same time, "
                "showing clearly where every euro goes. As a mentor she uses simple templates and tools that "
                "the team can put to use straight away.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Spodbuja preglednost nevladnega sektorja kot temelj zaupanja državljanov in demokratične "
                "odgovornosti."
            ),
            "hr": (
                "Promiče transparentnost nevladinog sektora kao temelj povjerenja građana i demokratske "
                "odgovornosti."
            ),
            "en": (
                "She promotes transparency in the NGO sector as a foundation of citizens' trust and "
                "democratic accountability."
            ),
        },
        "links": [],
    },
    {
        "name": "Jure Pšeničnik",
        "grammatical_gender": "masculine",
        "slug": "jure-psenicnik",
        "areas": ["service-provision", "gesi"],
        "languages": ["sl", "hu"],
        "country": "SI",
        "city": {"sl": "Murska Sobota", "hr": "Murska Sobota", "en": "Murska Sobota"},
        "years_ngo": 11,
        "years_mentoring": 3,
        "availability": "available",
        "headline": {
            "sl": "Mentor za skupnostne storitve in vključevanje Romov ter drugih ranljivih skupin",
            "hr": "Mentor za usluge u zajednici i uključivanje Roma te drugih ranjivih skupina",
            "en": "Mentor for community services and the inclusion of Roma and other vulnerable groups",
        },
        "bio": {
            "sl": (
                "<p>Enajst let dela v Pomurju, kjer je soustanovil društvo za učno pomoč in prostočasne "
                "dejavnosti za otroke iz romskih naselij. Društvo danes izvaja programe v šestih naseljih, "
                "pri njih pa kot sodelavci in prostovoljci sodelujejo tudi mladi Romi, ki so bili nekoč "
                "uporabniki.</p>"
                "<p>Drugim organizacijam pomaga pri oblikovanju storitev skupaj z uporabniki, pri zbiranju "
                "povratnih informacij in pri sodelovanju s šolami, centri za socialno delo in občinami. "
                "Mentorstvo lahko izvaja v slovenščini ali madžarščini.</p>"
            ),
            "hr": (
                "<p>Jedanaest godina radi u Pomurju, gdje je suosnovao udrugu za pomoć u učenju i slobodne "
                "aktivnosti za djecu iz romskih naselja. Udruga danas provodi programe u šest naselja, a u "
                "njima kao suradnici i volonteri sudjeluju i mladi Romi koji su nekad bili korisnici.</p>"
                "<p>Drugim organizacijama pomaže u oblikovanju usluga zajedno s korisnicima, prikupljanju "
                "povratnih informacija i suradnji sa školama, centrima za socijalnu skrb i općinama. "
                "Mentorstvo može provoditi na slovenskom ili mađarskom jeziku.</p>"
            ),
            "en": (
                "<p>He has worked for eleven years in the Pomurje region, where he co-founded an association "
                "providing learning support and leisure activities for children from Roma settlements. The "
                "association now runs programmes in six settlements, and young Roma who were once its users "
                "take part as staff and volunteers.</p>"
                "<p>He helps other organisations design services together with their users, gather feedback "
                "and cooperate with schools, social work centres and municipalities. He can mentor in "
                "Slovenian or Hungarian.</p>"
            ),
        },
        "eu_values": {
            "sl": "Zavzema se za enakopraven dostop romskih otrok do kakovostnega izobraževanja.",
            "hr": "Zalaže se za ravnopravan pristup romske djece kvalitetnom obrazovanju.",
            "en": "He works for equal access to quality education for Roma children.",
        },
        "links": [],
    },
    {
        "name": "Tjaša Mlakar",
        "grammatical_gender": "feminine",
        "slug": "tjasa-mlakar",
        "areas": ["advocacy", "gesi"],
        "languages": ["sl", "it", "en"],
        "country": "SI",
        "city": {"sl": "Nova Gorica", "hr": "Nova Gorica", "en": "Nova Gorica"},
        "years_ngo": 8,
        "years_mentoring": 2,
        "availability": "available",
        "headline": {
            "sl": "Mladinska aktivistka in mentorica za zagovorništvo na lokalni ravni",
            "hr": "Aktivistica u području mladih i mentorica za zagovaranje na lokalnoj razini",
            "en": "Youth activist and mentor for local-level advocacy",
        },
        "bio": {
            "sl": (
                "<p>Osem let je aktivna v mladinskih organizacijah na Goriškem, zadnja štiri leta kot "
                "predsednica regionalne mladinske zveze. Vodila je kampanjo, s katero so mladi dosegli "
                "ustanovitev mladinskega centra in namenska sredstva za mladinske projekte v občinskem "
                "proračunu.</p>"
                "<p>V mentorstvu organizacijam pomaga načrtovati zagovorniške kampanje od analize problema "
                "do srečanj z odločevalci, pri tem pa pazi, da so v kampanjo enakopravno vključena dekleta, "
                "mladi priseljenci in mladi s podeželja. Zaradi čezmejnega sodelovanja dela tudi v "
                "italijanščini.</p>"
            ),
            "hr": (
                "<p>Osam je godina aktivna u organizacijama mladih u Goriškoj, posljednje četiri godine kao "
                "predsjednica regionalnog saveza mladih. Vodila je kampanju kojom su mladi izborili "
                "osnivanje centra za mlade i namjenska sredstva za projekte mladih u općinskom "
                "proračunu.</p>"
                "<p>U mentorstvu pomaže organizacijama planirati kampanje zagovaranja od analize problema do "
                "sastanaka s donositeljima odluka, pritom pazeći da u kampanju ravnopravno budu uključene "
                "djevojke, mladi migranti i mladi iz ruralnih područja. Zbog prekogranične suradnje radi i "
                "na talijanskom jeziku.</p>"
            ),
            "en": (
                "<p>She has been active in youth organisations in the Goriška region for eight years, the "
                "last four as president of a regional youth federation. She led a campaign through which "
                "young people secured the establishment of a youth centre and dedicated funding for youth "
                "projects in the municipal budget.</p>"
                "<p>As a mentor she helps organisations plan advocacy campaigns from problem analysis to "
                "meetings with decision-makers, making sure that girls, young migrants and young people from "
                "rural areas are equally involved. Because of cross-border cooperation she also works in "
                "Italian.</p>"
            ),
        },
        "eu_values": {
            "sl": "Spodbuja demokratično udeležbo mladih pri odločanju na lokalni ravni.",
            "hr": "Potiče demokratsko sudjelovanje mladih u odlučivanju na lokalnoj razini.",
            "en": "She encourages young people's democratic participation in local decision-making.",
        },
        "links": [
            {
                "label": {
                    "sl": "Profil na spletni strani mladinske zveze",
                    "hr": "Profil na mrežnoj stranici saveza mladih",
                    "en": "Profile on the youth federation's website",
                },
                "url": "https://example.net/mladinska-zveza/tjasa-mlakar",
            },
        ],
    },
    {
        "name": "Andrej Čebulj",
        "grammatical_gender": "masculine",
        "slug": "andrej-cebulj",
        "areas": ["organisational-structure", "financial-stability"],
        "languages": ["sl", "en"],
        "country": "SI",
        "city": {"sl": "Ljubljana", "hr": "Ljubljana", "en": "Ljubljana"},
        "years_ngo": 30,
        "years_mentoring": 20,
        "availability": "limited",
        "headline": {
            "sl": "Izkušen vodja in mentor za upravljanje, vodenje in finančno načrtovanje",
            "hr": "Iskusni voditelj i mentor za upravljanje, vođenje i financijsko planiranje",
            "en": "Experienced leader and mentor in governance, management and financial planning",
        },
        "bio": {
            "sl": (
                "<p>V nevladnem sektorju dela trideset let, od tega je bil petnajst let direktor nacionalne "
                "humanitarne organizacije s stotimi zaposlenimi in več tisoč prostovoljci. Vodil je njeno "
                "reorganizacijo, uvedel sistem notranjih kontrol in pripravil prvi večletni finančni "
                "načrt.</p>"
                "<p>Zadnjih dvajset let je mentor in predavatelj na izobraževanjih za vodje nevladnih "
                "organizacij. Posebej se posveča predaji vodenja, odnosom med direktorjem in upravnim "
                "odborom ter finančnemu načrtovanju, ki organizaciji omogoča preživeti obdobja brez "
                "razpisnih sredstev.</p>"
                "<p>Ker se postopoma upokojuje, sprejema <b>največ dve organizaciji letno</b>.</p>"
            ),
            "hr": (
                "<p>U nevladinom sektoru radi trideset godina, od čega je petnaest godina bio direktor "
                "nacionalne humanitarne organizacije sa stotinu zaposlenih i nekoliko tisuća volontera. "
                "Vodio je njezinu reorganizaciju, uveo sustav unutarnjih kontrola i izradio prvi "
                "višegodišnji financijski plan.</p>"
                "<p>Posljednjih dvadeset godina mentor je i predavač na edukacijama za voditelje nevladinih "
                "organizacija. Posebno se posvećuje primopredaji vodstva, odnosima između direktora i "
                "upravnog odbora te financijskom planiranju koje organizaciji omogućuje da preživi razdoblja "
                "bez sredstava iz natječaja.</p>"
                "<p>Budući da postupno odlazi u mirovinu, prima <b>najviše dvije organizacije "
                "godišnje</b>.</p>"
            ),
            "en": (
                "<p>He has worked in the NGO sector for thirty years, fifteen of them as director of a "
                "national humanitarian organisation with a hundred employees and several thousand "
                "volunteers. He led its reorganisation, introduced a system of internal controls and "
                "prepared its first multi-annual financial plan.</p>"
                "<p>For the past twenty years he has been a mentor and lecturer on training courses for NGO "
                "leaders. He focuses in particular on leadership succession, the relationship between the "
                "director and the board, and financial planning that allows an organisation to survive "
                "periods without grant funding.</p>"
                "<p>As he is gradually retiring, he takes on <b>no more than two organisations a "
                "year</b>.</p>"
            ),
        },
        "eu_values": {"sl": "", "hr": "", "en": ""},
        "links": [],
    },
    # ------------------------------------------------------------------ Croatia
    {
        "name": "Ivana Horvatić",
        "grammatical_gender": "feminine",
        "slug": "ivana-horvatic",
        "areas": ["advocacy", "financial-stability"],
        "languages": ["hr", "en"],
        "country": "HR",
        "city": {"sl": "Zagreb", "hr": "Zagreb", "en": "Zagreb"},
        "years_ngo": 16,
        "years_mentoring": 9,
        "availability": "available",
        "headline": {
            "sl": "Mentorica za zagovorništvo javnih politik in finančno vzdržnost društev",
            "hr": "Mentorica za zagovaranje javnih politika i financijsku održivost udruga",
            "en": "Mentor for policy advocacy and the financial sustainability of associations",
        },
        "bio": {
            "sl": (
                "<p>Šestnajst let dela v organizacijah civilne družbe, najprej kot koordinatorka programov v "
                "društvu za pravice invalidov, nato kot vodja zagovorništva v nacionalni mreži socialnih "
                "organizacij. Sodelovala je v kampanjah, ki so privedle do sprememb zakona o socialnem "
                "varstvu in uvedbe osebne asistence.</p>"
                "<p>Kot mentorica organizacijam pomaga povezati zagovorniške cilje z načrtom pridobivanja "
                "sredstev, saj, kot poudarja, dolgotrajne kampanje zahtevajo neodvisne in stabilne vire "
                "prihodkov. Posebej izkušena je pri delu z donatorji iz gospodarstva in pri pripravi prijav "
                "na evropske sklade.</p>"
            ),
            "hr": (
                "<p>Šesnaest godina radi u organizacijama civilnoga društva, najprije kao koordinatorica "
                "programa u udruzi za prava osoba s invaliditetom, a zatim kao voditeljica zagovaranja u "
                "nacionalnoj mreži socijalnih udruga. Sudjelovala je u kampanjama koje su dovele do izmjena "
                "zakona o socijalnoj skrbi i uvođenja osobne asistencije.</p>"
                "<p>Kao mentorica pomaže organizacijama povezati ciljeve zagovaranja s planom prikupljanja "
                "sredstava jer, kako ističe, dugotrajne kampanje zahtijevaju neovisne i stabilne izvore "
                "prihoda. Posebno je iskusna u radu s donatorima iz poslovnog sektora i u pripremi prijava "
                "za europske fondove.</p>"
            ),
            "en": (
                "<p>She has worked in civil society organisations for sixteen years, first as programme "
                "coordinator at an association for the rights of persons with disabilities and then as head "
                "of advocacy at a national network of social welfare associations. She took part in "
                "campaigns that led to amendments to the social welfare act and the introduction of personal "
                "assistance.</p>"
                "<p>As a mentor she helps organisations link their advocacy goals with a fundraising plan "
                "because, as she points out, long-term campaigns require independent and stable sources of "
                "income. She is particularly experienced in working with business donors and preparing "
                "applications for EU funds.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Zavzema se za pravico invalidov do samostojnega življenja in enakopravnega sodelovanja v "
                "družbi."
            ),
            "hr": (
                "Zalaže se za pravo osoba s invaliditetom na neovisan život i ravnopravno sudjelovanje u "
                "društvu."
            ),
            "en": (
                "She campaigns for the right of persons with disabilities to independent living and equal "
                "participation in society."
            ),
        },
        "links": [
            {
                "label": {
                    "sl": "Osebna spletna stran",
                    "hr": "Osobna mrežna stranica",
                    "en": "Personal website",
                },
                "url": "https://example.org/ivana-horvatic",
            },
        ],
    },
    {
        "name": "Marko Međimurec",
        "grammatical_gender": "masculine",
        "slug": "marko-medimurec",
        "areas": ["capacities-and-resources", "organisational-structure"],
        "languages": ["hr", "de"],
        "country": "HR",
        "city": {"sl": "Čakovec", "hr": "Čakovec", "en": "Čakovec"},
        "years_ngo": 13,
        "years_mentoring": 6,
        "availability": "available",
        "headline": {
            "sl": "Trener za strateško in operativno načrtovanje ter spremljanje in evalvacijo",
            "hr": "Trener za strateško i operativno planiranje te praćenje i vrednovanje",
            "en": "Trainer in strategic and operational planning, monitoring and evaluation",
        },
        "bio": {
            "sl": (
                "<p>Trinajst let dela v lokalni razvojni organizaciji, v kateri je iz prostovoljca postal "
                "izvršni direktor. Pod njegovim vodstvom je organizacija pripravila prvi strateški načrt, "
                "uvedla letne operativne načrte in sistem spremljanja rezultatov, število zaposlenih pa se "
                "je povečalo z dveh na enajst.</p>"
                "<p>Od leta 2019 vodi delavnice strateškega načrtovanja za društva in lokalne pobude. V "
                "mentorstvu izhaja iz analize potreb deležnikov, nato pa z ekipo postavi cilje, kazalnike in "
                "preprost sistem evalvacije, ki ga je mogoče vzdrževati brez zunanjih strokovnjakov. Dela v "
                "hrvaščini in nemščini.</p>"
            ),
            "hr": (
                "<p>Trinaest godina radi u lokalnoj razvojnoj udruzi, u kojoj je od volontera postao izvršni "
                "direktor. Pod njegovim vodstvom udruga je izradila prvi strateški plan, uvela godišnje "
                "operativne planove i sustav praćenja rezultata, a broj zaposlenih porastao je s dvoje na "
                "jedanaest.</p>"
                "<p>Od 2019. vodi radionice strateškog planiranja za udruge i lokalne inicijative. U "
                "mentorstvu kreće od analize potreba dionika, a zatim s timom postavlja ciljeve, pokazatelje "
                "i jednostavan sustav vrednovanja koji se može održavati bez vanjskih stručnjaka. Radi na "
                "hrvatskom i njemačkom jeziku.</p>"
            ),
            "en": (
                "<p>For thirteen years he has worked at a local development association, where he rose from "
                "volunteer to executive director. Under his leadership the association drew up its first "
                "strategic plan and introduced annual operational plans and a results monitoring system, "
                "while its staff grew from two to eleven.</p>"
                "<p>Since 2019 he has run strategic planning workshops for associations and local "
                "initiatives. As a mentor he starts from an analysis of stakeholder needs and then works "
                "with the team to set goals, indicators and a simple evaluation system that can be "
                "maintained without outside experts. He works in Croatian and German.</p>"
            ),
        },
        "eu_values": {
            "sl": "Spodbuja vključevanje državljanov v načrtovanje razvoja lokalne skupnosti.",
            "hr": "Potiče uključivanje građana u planiranje razvoja lokalne zajednice.",
            "en": "He encourages citizens to take part in planning the development of their local community.",
        },
        "links": [],
    },
    {
        "name": "Petra Šimić",
        "grammatical_gender": "feminine",
        "slug": "petra-simic",
        "areas": ["public-image-and-transparency", "gesi"],
        "languages": ["hr", "en"],
        "country": "HR",
        "city": {"sl": "Split", "hr": "Split", "en": "Split"},
        "years_ngo": 10,
        "years_mentoring": 5,
        "availability": "available",
        "headline": {
            "sl": "Svetovalka za komunikacijske strategije in spolno občutljivo komuniciranje",
            "hr": "Savjetnica za komunikacijske strategije i rodno osjetljivu komunikaciju",
            "en": "Consultant in communication strategies and gender-sensitive communication",
        },
        "bio": {
            "sl": (
                "<p>Deset let vodi komuniciranje v feministični organizaciji iz Splita, pred tem pa je "
                "delala kot urednica na lokalnem spletnem portalu. Zasnovala je več nacionalnih kampanj o "
                "enakosti spolov, od katerih je ena prejela nagrado za najboljšo družbeno kampanjo leta.</p>"
                "<p>Kot mentorica organizacijam pomaga pripraviti komunikacijsko strategijo, urediti spletno "
                "stran in družbena omrežja ter se pripraviti na nastope v medijih. Posebno pozornost namenja "
                "jeziku in podobam, ki ne utrjujejo stereotipov, ter načinom, kako v komuniciranju slišati "
                "glasove žensk in marginaliziranih skupin.</p>"
            ),
            "hr": (
                "<p>Deset godina vodi komunikaciju u feminističkoj udruzi iz Splita, a prije toga radila je "
                "kao urednica na lokalnom portalu. Osmislila je nekoliko nacionalnih kampanja o rodnoj "
                "ravnopravnosti, od kojih je jedna dobila nagradu za najbolju društvenu kampanju godine.</p>"
                "<p>Kao mentorica pomaže organizacijama izraditi komunikacijsku strategiju, urediti mrežnu "
                "stranicu i društvene mreže te pripremiti se za nastupe u medijima. Posebnu pozornost "
                "posvećuje jeziku i slikama koji ne učvršćuju stereotipe te načinima da se u komunikaciji "
                "čuju glasovi žena i marginaliziranih skupina.</p>"
            ),
            "en": (
                "<p>For ten years she has led communications at a feminist association in Split, having "
                "previously worked as an editor at a local news portal. She has designed several national "
                "campaigns on gender equality, one of which won an award for the best social campaign of the "
                "year.</p>"
                "<p>As a mentor she helps organisations develop a communication strategy, organise their "
                "website and social media and prepare for media appearances. She pays particular attention "
                "to language and images that do not reinforce stereotypes, and to ways of making the voices "
                "of women and marginalised groups heard in communication.</p>"
            ),
        },
        "eu_values": {
            "sl": "Njene kampanje spodbujajo enakost spolov in odpravljanje spolnih stereotipov v medijih.",
            "hr": "Njezine kampanje promiču ravnopravnost spolova i suzbijanje rodnih stereotipa u medijima.",
            "en": "Her campaigns promote gender equality and challenge gender stereotypes in the media.",
        },
        "links": [
            {
                "label": {"sl": "Portfelj kampanj", "hr": "Portfelj kampanja", "en": "Campaign portfolio"},
                "url": "https://example.net/petra-simic/kampanje",
            },
        ],
    },
    {
        "name": "Luka Babić",
        "grammatical_gender": "masculine",
        "slug": "luka-babic",
        "areas": ["service-provision", "capacities-and-resources"],
        "languages": ["hr", "it", "en"],
        "country": "HR",
        "city": {"sl": "Reka", "hr": "Rijeka", "en": "Rijeka"},
        "years_ngo": 9,
        "years_mentoring": 3,
        "availability": "limited",
        "headline": {
            "sl": "Mentor za razvoj socialnih storitev in delo z uporabniki",
            "hr": "Mentor za razvoj socijalnih usluga i rad s korisnicima",
            "en": "Mentor for developing social services and working with service users",
        },
        "bio": {
            "sl": (
                "<p>Devet let dela v organizaciji, ki na Reki zagotavlja storitve za brezdomce, danes kot "
                "vodja dnevnega centra in programa podprtega bivanja. Uvedel je redno posvetovanje z "
                "uporabniki in sistem evidenc, ki organizaciji omogoča, da mestu in donatorjem pokaže učinke "
                "svojih storitev.</p>"
                "<p>Organizacijam pomaga opredeliti storitve, jih opisati jasno in merljivo ter oceniti, "
                "katere vire, zaposlene in prostovoljce zanje potrebujejo. Zaradi obsega dela v organizaciji "
                "trenutno sprejema le eno organizacijo naenkrat, mentorstvo pa lahko izvaja tudi v "
                "italijanščini.</p>"
            ),
            "hr": (
                "<p>Devet godina radi u udruzi koja pruža usluge beskućnicima u Rijeci, danas kao voditelj "
                "dnevnog centra i programa stanovanja uz podršku. Uveo je redovito savjetovanje s "
                "korisnicima i sustav evidencije koji udruzi omogućuje da gradu i donatorima pokaže učinke "
                "svojih usluga.</p>"
                "<p>Organizacijama pomaže definirati usluge, opisati ih jasno i mjerljivo te procijeniti "
                "koje resurse, zaposlenike i volontere za njih trebaju. Zbog opsega posla u udruzi "
                "trenutačno prima samo jednu organizaciju istodobno, a mentorstvo može provoditi i na "
                "talijanskom jeziku.</p>"
            ),
            "en": (
                "<p>For nine years he has worked at an association that provides services for homeless "
                "people in Rijeka, currently as head of its day centre and supported housing programme. He "
                "introduced regular consultation with service users and a record-keeping system that allows "
                "the association to show the city and donors the impact of its services.</p>"
                "<p>He helps organisations define their services, describe them clearly and measurably, and "
                "assess what resources, staff and volunteers they need to deliver them. Because of his "
                "workload at the association he currently takes only one organisation at a time, and he can "
                "also mentor in Italian.</p>"
            ),
        },
        "eu_values": {"sl": "", "hr": "", "en": ""},
        "links": [],
    },
    {
        "name": "Ana Žužić",
        "grammatical_gender": "feminine",
        "slug": "ana-zuzic",
        "areas": ["gesi", "advocacy"],
        "languages": ["hr", "it"],
        "country": "HR",
        "city": {"sl": "Pulj", "hr": "Pula", "en": "Pula"},
        "years_ngo": 12,
        "years_mentoring": 7,
        "availability": "available",
        "headline": {
            "sl": "Trenerka za enakost spolov in zagovorništvo pravic žensk",
            "hr": "Trenerica za rodnu ravnopravnost i zagovaranje prava žena",
            "en": "Trainer in gender equality and women's rights advocacy",
        },
        "bio": {
            "sl": (
                "<p>Dvanajst let deluje v ženski organizaciji v Istri, kjer je koordinirala programe za "
                "ženske na podeželju in zagovorniške kampanje za dostopnejše varstvo otrok. Kot trenerka je "
                "izvedla več kot šestdeset delavnic o vključevanju načela enakosti spolov za društva, šole "
                "in lokalno upravo.</p>"
                "<p>V mentorstvu organizacijam pomaga izvesti analizo lastnega dela z vidika spola, "
                "vključiti ženske in spolne manjšine v organe odločanja ter oblikovati zahteve do lokalnih "
                "oblasti. Dela v hrvaščini in italijanščini, v živo v Istri in na Kvarnerju ali na "
                "daljavo.</p>"
            ),
            "hr": (
                "<p>Dvanaest godina djeluje u ženskoj udruzi u Istri, u kojoj je koordinirala programe za "
                "žene u ruralnim područjima i kampanje zagovaranja za dostupniju skrb o djeci. Kao trenerica "
                "provela je više od šezdeset radionica o uključivanju načela rodne ravnopravnosti za udruge, "
                "škole i lokalnu upravu.</p>"
                "<p>U mentorstvu pomaže organizacijama provesti rodnu analizu vlastitog rada, uključiti žene "
                "i rodne manjine u tijela odlučivanja te oblikovati zahtjeve prema lokalnim vlastima. Radi "
                "na hrvatskom i talijanskom jeziku, uživo u Istri i Kvarneru ili na daljinu.</p>"
            ),
            "en": (
                "<p>For twelve years she has been active in a women's association in Istria, where she "
                "coordinated programmes for women in rural areas and advocacy campaigns for more accessible "
                "childcare. As a trainer she has delivered more than sixty workshops on gender mainstreaming "
                "for associations, schools and local government.</p>"
                "<p>As a mentor she helps organisations carry out a gender analysis of their own work, "
                "involve women and gender minorities in decision-making bodies and formulate demands to "
                "local authorities. She works in Croatian and Italian, in person in Istria and Kvarner or "
                "remotely.</p>"
            ),
        },
        "eu_values": {
            "sl": "Zavzema se za enakopravnost žensk na trgu dela in v javnem življenju.",
            "hr": "Zalaže se za ravnopravnost žena na tržištu rada i u javnom životu.",
            "en": "She works for women's equality in the labour market and in public life.",
        },
        "links": [],
    },
    {
        "name": "Tomislav Jurčević",
        "grammatical_gender": "masculine",
        "slug": "tomislav-jurcevic",
        "areas": ["financial-stability", "organisational-structure"],
        "languages": ["hr", "en"],
        "country": "HR",
        "city": {"sl": "Osijek", "hr": "Osijek", "en": "Osijek"},
        "years_ngo": 20,
        "years_mentoring": 10,
        "availability": "available",
        "headline": {
            "sl": "Svetovalec za finančno upravljanje, razpršitev virov in vodenje društev",
            "hr": "Savjetnik za financijsko upravljanje, diversifikaciju izvora i upravljanje udrugama",
            "en": (
                "Adviser on financial management, funding diversification and the governance of associations"
            ),
        },
        "bio": {
            "sl": (
                "<p>Ekonomist z dvajsetimi leti izkušenj v nevladnih organizacijah v Slavoniji. Bil je "
                "finančni direktor regionalnega centra za mir in človekove pravice, nato pa je kot "
                "samostojni svetovalec pomagal društvom pri uvajanju proračunskega načrtovanja, "
                "računovodskih postopkov in jasne delitve odgovornosti med upravnim odborom in "
                "zaposlenimi.</p>"
                "<p>V mentorstvu z organizacijami analizira strukturo prihodkov, pripravi načrt "
                "diverzifikacije virov financiranja in vzpostavi preprosta finančna poročila, ki jih "
                "razumejo tudi člani upravnega odbora. Posebej ga zanimajo majhna društva, ki rastejo "
                "hitreje, kot se razvijajo njihovi notranji sistemi.</p>"
            ),
            "hr": (
                "<p>Ekonomist s dvadeset godina iskustva u nevladinim organizacijama u Slavoniji. Bio je "
                "financijski direktor regionalnog centra za mir i ljudska prava, a zatim je kao samostalni "
                "savjetnik pomagao udrugama u uvođenju proračunskog planiranja, računovodstvenih procedura i "
                "jasne podjele odgovornosti između upravnog odbora i zaposlenika.</p>"
                "<p>U mentorstvu s organizacijama analizira strukturu prihoda, izrađuje plan diversifikacije "
                "izvora financiranja i postavlja jednostavne financijske izvještaje koje razumiju i članovi "
                "upravnog odbora. Posebno ga zanimaju male udruge koje rastu brže nego što se razvijaju "
                "njihovi unutarnji sustavi.</p>"
            ),
            "en": (
                "<p>An economist with twenty years of experience in NGOs in Slavonia. He was finance "
                "director of a regional centre for peace and human rights and later, as an independent "
                "consultant, helped associations introduce budget planning, accounting procedures and a "
                "clear division of responsibilities between the board and staff.</p>"
                "<p>As a mentor he analyses the structure of an organisation's income with the team, draws "
                "up a plan for diversifying funding sources and sets up simple financial reports that board "
                "members can also understand. He is particularly interested in small associations that are "
                "growing faster than their internal systems are developing.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Kot finančni direktor centra za mir je podpiral programe soočanja s preteklostjo in varstva "
                "človekovih pravic."
            ),
            "hr": (
                "Kao financijski direktor centra za mir podupirao je programe suočavanja s prošlošću i "
                "zaštite ljudskih prava."
            ),
            "en": (
                "As finance director of a peace centre he supported programmes on dealing with the past and "
                "protecting human rights."
            ),
        },
        "links": [],
    },
    {
        "name": "Sanja Kovačević",
        "grammatical_gender": "feminine",
        "slug": "sanja-kovacevic",
        "areas": ["organisational-structure", "gesi"],
        "languages": ["hr", "en", "de"],
        "country": "HR",
        "city": {"sl": "Zagreb", "hr": "Zagreb", "en": "Zagreb"},
        "years_ngo": 24,
        "years_mentoring": 14,
        "availability": "unavailable",
        "headline": {
            "sl": "Mentorica za upravljanje, vodenje in spolno občutljivo organizacijsko kulturo",
            "hr": "Mentorica za upravljanje, vođenje i rodno osjetljivu organizacijsku kulturu",
            "en": "Mentor for governance, leadership and a gender-sensitive organisational culture",
        },
        "bio": {
            "sl": (
                "<p>V civilni družbi dela štiriindvajset let, od tega je bila dvanajst let izvršna "
                "direktorica ženske organizacije za človekove pravice. Organizacijo je vodila skozi dve "
                "menjavi vodstva in pripravo pravilnikov o preprečevanju nadlegovanja ter o usklajevanju "
                "zasebnega in poklicnega življenja.</p>"
                "<p>Štirinajst let dela kot trenerka in mentorica v programih razvoja vodenja na Hrvaškem, v "
                "Sloveniji in Avstriji. Organizacijam pomaga pri opredelitvi vlog organov upravljanja, "
                "delitvi dela in gradnji kulture, v kateri se razlike spoštujejo.</p>"
                "<p>Zaradi dolgotrajnega projekta trenutno ne sprejema novih organizacij.</p>"
            ),
            "hr": (
                "<p>U civilnom društvu radi dvadeset i četiri godine, od čega je dvanaest godina bila "
                "izvršna direktorica ženske organizacije za ljudska prava. Organizaciju je vodila kroz dvije "
                "promjene vodstva i izradu pravilnika o sprječavanju uznemiravanja te o usklađivanju "
                "privatnog i poslovnog života.</p>"
                "<p>Četrnaest godina radi kao trenerica i mentorica u programima razvoja vodstva u "
                "Hrvatskoj, Sloveniji i Austriji. Organizacijama pomaže u definiranju uloga tijela "
                "upravljanja, podjeli rada i izgradnji kulture u kojoj se razlike poštuju.</p>"
                "<p>Zbog dugotrajnog projekta trenutačno ne prima nove organizacije.</p>"
            ),
            "en": (
                "<p>She has worked in civil society for twenty-four years, twelve of them as executive "
                "director of a women's human rights organisation. She led the organisation through two "
                "leadership transitions and the drafting of policies on preventing harassment and on "
                "work–life balance.</p>"
                "<p>For fourteen years she has worked as a trainer and mentor in leadership development "
                "programmes in Croatia, Slovenia and Austria. She helps organisations define the roles of "
                "their governing bodies, divide work and build a culture in which differences are "
                "respected.</p>"
                "<p>Because of a long-term project she is currently not taking on new organisations.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Vso poklicno pot je posvetila varstvu človekovih pravic žensk in krepitvi demokratičnih "
                "institucij."
            ),
            "hr": (
                "Cijeli je radni vijek posvetila zaštiti ljudskih prava žena i jačanju demokratskih "
                "institucija."
            ),
            "en": (
                "She has devoted her whole career to protecting women's human rights and strengthening "
                "democratic institutions."
            ),
        },
        "links": [],
    },
    {
        "name": "Dario Perić",
        "grammatical_gender": "masculine",
        "slug": "dario-peric",
        "areas": ["public-image-and-transparency", "advocacy"],
        "languages": ["hr", "en"],
        "country": "HR",
        "city": {"sl": "Zadar", "hr": "Zadar", "en": "Zadar"},
        "years_ngo": 7,
        "years_mentoring": 2,
        "availability": "limited",
        "headline": {
            "sl": "Strokovnjak za digitalne kampanje in zagovorništvo prek družbenih omrežij",
            "hr": "Stručnjak za digitalne kampanje i zagovaranje putem društvenih mreža",
            "en": "Specialist in digital campaigns and advocacy through social media",
        },
        "bio": {
            "sl": (
                "<p>Sedem let vodi digitalno komuniciranje v okoljski organizaciji na jadranski obali. "
                "Zasnoval je spletno peticijo, ki jo je podpisalo več kot štirideset tisoč ljudi in ki je "
                "pripomogla k ustavitvi gradnje na zavarovanem delu obale.</p>"
                "<p>Kot mentor organizacijam pomaga načrtovati digitalne zagovorniške kampanje, meriti "
                "njihov doseg in povezati spletne aktivnosti z neposrednim delom z odločevalci. Uči jih "
                "tudi, kako se odzvati na napade in dezinformacije na družbenih omrežjih. Zaradi dela na "
                "doktoratu je na voljo v omejenem obsegu.</p>"
            ),
            "hr": (
                "<p>Sedam godina vodi digitalnu komunikaciju u udruzi za zaštitu okoliša na jadranskoj "
                "obali. Osmislio je online peticiju koju je potpisalo više od četrdeset tisuća ljudi i koja "
                "je pridonijela zaustavljanju gradnje na zaštićenom dijelu obale.</p>"
                "<p>Kao mentor pomaže organizacijama planirati digitalne kampanje zagovaranja, mjeriti "
                "njihov doseg i povezati online aktivnosti s izravnim radom s donositeljima odluka. Uči ih i "
                "kako odgovarati na napade i dezinformacije na društvenim mrežama. Zbog rada na doktoratu "
                "dostupan je u ograničenom opsegu.</p>"
            ),
            "en": (
                "<p>For seven years he has led digital communications at an environmental association on the "
                "Adriatic coast. He designed an online petition that was signed by more than forty thousand "
                "people and helped to halt construction on a protected stretch of coastline.</p>"
                "<p>As a mentor he helps organisations plan digital advocacy campaigns, measure their reach "
                "and link online activity with direct work with decision-makers. He also teaches them how to "
                "respond to attacks and disinformation on social media. Because he is working on a "
                "doctorate, his availability is limited.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Organizacijam pomaga, da se uprejo dezinformacijam in branijo svobodo izražanja v "
                "digitalnem prostoru."
            ),
            "hr": (
                "Pomaže organizacijama da se odupru dezinformacijama i brane slobodu izražavanja u "
                "digitalnom prostoru."
            ),
            "en": "He helps organisations resist disinformation and defend freedom of expression online.",
        },
        "links": [
            {
                "label": {
                    "sl": "Priročnik za digitalne kampanje",
                    "hr": "Priručnik za digitalne kampanje",
                    "en": "Digital campaigns handbook",
                },
                "url": "https://example.org/dario-peric/digitalne-kampanje",
            },
        ],
    },
    {
        "name": "Martina Čačić",
        "grammatical_gender": "feminine",
        "slug": "martina-cacic",
        "areas": ["capacities-and-resources", "service-provision"],
        "languages": ["hr", "de"],
        "country": "HR",
        "city": {"sl": "Varaždin", "hr": "Varaždin", "en": "Varaždin"},
        "years_ngo": 11,
        "years_mentoring": 5,
        "availability": "available",
        "headline": {
            "sl": "Mentorica za vodenje prostovoljcev in razvoj storitev v lokalni skupnosti",
            "hr": "Mentorica za upravljanje volonterima i razvoj usluga u lokalnoj zajednici",
            "en": "Mentor for volunteer management and developing services in the local community",
        },
        "bio": {
            "sl": (
                "<p>Enajst let dela v prostovoljskem centru na severu Hrvaške, kjer je razvila programe "
                "prostovoljstva za starejše in družine. Zagnala je storitev obiskovanja osamljenih "
                "starejših, ki danes združuje več kot osemdeset prostovoljcev in se financira iz mestnega in "
                "županijskega proračuna.</p>"
                "<p>Organizacijam pomaga oceniti potrebe uporabnikov, zasnovati vloge za prostovoljce, "
                "pripraviti pravilnik o prostovoljstvu in vzpostaviti sodelovanje z lokalnimi ustanovami. "
                "Nekaj let je delala v Avstriji, zato lahko mentorstvo izvaja tudi v nemščini.</p>"
            ),
            "hr": (
                "<p>Jedanaest godina radi u volonterskom centru u sjevernoj Hrvatskoj, u kojem je razvila "
                "programe volontiranja za starije osobe i obitelji. Pokrenula je uslugu posjeta usamljenim "
                "starijim osobama koja danas okuplja više od osamdeset volontera i financira se iz gradskog "
                "i županijskog proračuna.</p>"
                "<p>Organizacijama pomaže procijeniti potrebe korisnika, osmisliti uloge za volontere, "
                "izraditi pravilnik o volontiranju i uspostaviti suradnju s lokalnim ustanovama. Nekoliko je "
                "godina radila u Austriji pa mentorstvo može provoditi i na njemačkom jeziku.</p>"
            ),
            "en": (
                "<p>For eleven years she has worked at a volunteer centre in northern Croatia, where she "
                "developed volunteering programmes for older people and families. She launched a visiting "
                "service for lonely older people that now involves more than eighty volunteers and is funded "
                "from the city and county budgets.</p>"
                "<p>She helps organisations assess users' needs, design volunteer roles, draw up a "
                "volunteering policy and establish cooperation with local institutions. Having worked in "
                "Austria for several years, she can also mentor in German.</p>"
            ),
        },
        "eu_values": {"sl": "", "hr": "", "en": ""},
        "links": [],
    },
    {
        "name": "Krešimir Šarić",
        "grammatical_gender": "masculine",
        "slug": "kresimir-saric",
        "areas": ["financial-stability", "public-image-and-transparency"],
        "languages": ["hr", "en"],
        "country": "HR",
        "city": {"sl": "Zagreb", "hr": "Zagreb", "en": "Zagreb"},
        "years_ngo": 15,
        "years_mentoring": 8,
        "availability": "limited",
        "headline": {
            "sl": "Svetovalec za zbiranje sredstev, finančno preglednost in poročanje",
            "hr": "Savjetnik za prikupljanje sredstava, financijsku transparentnost i izvještavanje",
            "en": "Adviser on fundraising, financial transparency and reporting",
        },
        "bio": {
            "sl": (
                "<p>Petnajst let se ukvarja z zbiranjem sredstev in poročanjem v organizacijah civilne "
                "družbe, najprej v ustanovi, ki podpira lokalne pobude, nato v mednarodni humanitarni "
                "organizaciji. Vodil je kampanje individualnih donacij in sodelovanje s podjetji, ki so "
                "letno prinašale več sto tisoč evrov.</p>"
                "<p>Kot mentor organizacijam pomaga pripraviti načrt zbiranja sredstev in letno poročilo ter "
                "razumljivo objaviti finančne podatke. Prepričan je, da preglednost ni le zakonska "
                "obveznost, temveč tudi najboljši način za gradnjo dolgoročnih odnosov z donatorji.</p>"
            ),
            "hr": (
                "<p>Petnaest godina bavi se prikupljanjem sredstava i izvještavanjem u organizacijama "
                "civilnoga društva, najprije u zakladi koja podupire lokalne inicijative, a zatim u "
                "međunarodnoj humanitarnoj organizaciji. Vodio je kampanje individualnih donacija i suradnju "
                "s tvrtkama koje su godišnje donosile više stotina tisuća eura.</p>"
                "<p>Kao mentor pomaže organizacijama izraditi plan prikupljanja sredstava i godišnje "
                "izvješće te na razumljiv način objaviti financijske podatke. Uvjeren je da transparentnost "
                "nije samo zakonska obveza, nego i najbolji način za izgradnju dugoročnih odnosa s "
                "donatorima.</p>"
            ),
            "en": (
                "<p>For fifteen years he has worked in fundraising and reporting for civil society "
                "organisations, first at a foundation supporting local initiatives and then at an "
                "international humanitarian organisation. He led individual giving campaigns and corporate "
                "partnerships that brought in several hundred thousand euros a year.</p>"
                "<p>As a mentor he helps organisations prepare a fundraising plan and an annual report, and "
                "publish their financial data in an understandable way. He is convinced that transparency is "
                "not only a legal obligation but also the best way to build long-term relationships with "
                "donors.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Organizacijam za človekove pravice je pomagal zagotoviti neodvisne vire financiranja od "
                "državljanov."
            ),
            "hr": (
                "Pomagao je organizacijama za ljudska prava osigurati neovisne izvore financiranja od "
                "građana."
            ),
            "en": (
                "He has helped human rights organisations secure independent funding from individual "
                "citizens."
            ),
        },
        "links": [
            {
                "label": {
                    "sl": "Osebna spletna stran",
                    "hr": "Osobna mrežna stranica",
                    "en": "Personal website",
                },
                "url": "https://example.net/kresimir-saric",
            },
        ],
    },
    {
        "name": "Nikolina Bašić",
        "grammatical_gender": "feminine",
        "slug": "nikolina-basic",
        "areas": ["service-provision", "gesi"],
        "languages": ["hr", "en", "fr"],
        "country": "HR",
        "city": {"sl": "Dubrovnik", "hr": "Dubrovnik", "en": "Dubrovnik"},
        "years_ngo": 6,
        "years_mentoring": 2,
        "availability": "available",
        "headline": {
            "sl": "Mentorica za psihosocialne storitve in vključevanje invalidov",
            "hr": "Mentorica za psihosocijalne usluge i uključivanje osoba s invaliditetom",
            "en": "Mentor for psychosocial services and the inclusion of persons with disabilities",
        },
        "bio": {
            "sl": (
                "<p>Socialna delavka s šestimi leti izkušenj v organizaciji, ki podpira osebe z motnjami v "
                "duševnem razvoju in njihove družine v Dubrovniško-neretvanski županiji. Koordinira program "
                "delavnic samozagovorništva, v katerem se uporabniki učijo sami govoriti o svojih pravicah "
                "pred institucijami.</p>"
                "<p>V mentorstvu organizacijam pomaga prilagoditi storitve in prostore osebam z različnimi "
                "vrstami invalidnosti, pripraviti gradiva v <i>lahko berljivi</i> obliki in vključiti "
                "uporabnike v načrtovanje. Med študijem v Franciji je spoznala modele "
                "deinstitucionalizacije, zato lahko dela tudi v francoščini.</p>"
            ),
            "hr": (
                "<p>Socijalna radnica sa šest godina iskustva u udruzi koja pruža podršku osobama s "
                "intelektualnim teškoćama i njihovim obiteljima u Dubrovačko-neretvanskoj županiji. "
                "Koordinira program radionica samozastupanja, u kojem korisnici uče sami govoriti o svojim "
                "pravima pred institucijama.</p>"
                "<p>U mentorstvu pomaže organizacijama prilagoditi usluge i prostore osobama s različitim "
                "vrstama invaliditeta, pripremiti materijale u <i>lako čitljivom</i> formatu i uključiti "
                "korisnike u planiranje. Tijekom studija u Francuskoj upoznala je modele "
                "deinstitucionalizacije pa može raditi i na francuskom jeziku.</p>"
            ),
            "en": (
                "<p>A social worker with six years of experience at an association supporting people with "
                "intellectual disabilities and their families in Dubrovnik-Neretva County. She coordinates a "
                "self-advocacy workshop programme in which users learn to speak up for their own rights "
                "before institutions.</p>"
                "<p>As a mentor she helps organisations adapt their services and premises for people with "
                "different types of disability, prepare <i>easy-to-read</i> materials and involve users in "
                "planning. While studying in France she became familiar with deinstitutionalisation models, "
                "so she can also work in French.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Zavzema se za pravico oseb z motnjami v duševnem razvoju, da same odločajo o svojem "
                "življenju."
            ),
            "hr": "Zalaže se za pravo osoba s intelektualnim teškoćama da same odlučuju o svojem životu.",
            "en": (
                "She stands up for the right of people with intellectual disabilities to make their own "
                "decisions about their lives."
            ),
        },
        "links": [],
    },
    # ------------------------------------------------------------------ other countries
    {
        "name": "Jelena Đorđević",
        "grammatical_gender": "feminine",
        "slug": "jelena-dordevic",
        "areas": ["advocacy", "capacities-and-resources", "public-image-and-transparency"],
        "languages": ["sr", "hr", "en", "hu"],
        "country": "OTHER",
        "city": {"sl": "Novi Sad", "hr": "Novi Sad", "en": "Novi Sad"},
        "years_ngo": 17,
        "years_mentoring": 9,
        "availability": "available",
        "headline": {
            "sl": "Trenerka za zagovorništvo in mobilizacijo podpornikov v lokalnih skupnostih",
            "hr": "Trenerica za zagovaranje i mobilizaciju podupiratelja u lokalnim zajednicama",
            "en": "Trainer in advocacy and supporter mobilisation in local communities",
        },
        "bio": {
            "sl": (
                "<p>Sedemnajst let dela v civilni družbi v Vojvodini, kjer je vodila organizacijo za razvoj "
                "lokalne demokracije in koordinirala regionalno mrežo organizacij, ki spremljajo delo "
                "občinskih oblasti. Vodila je kampanje za javnost proračunov in za participativno "
                "proračunsko načrtovanje v več mestih.</p>"
                "<p>Kot trenerka in mentorica organizacijam pomaga analizirati deležnike, zgraditi bazo "
                "podpornikov in prostovoljcev ter jih vključiti v zagovorniške akcije. Zaradi izkušenj v "
                "večjezičnem okolju dela v srbščini, hrvaščini, angleščini in madžarščini.</p>"
            ),
            "hr": (
                "<p>Sedamnaest godina radi u civilnom društvu u Vojvodini, gdje je vodila organizaciju za "
                "razvoj lokalne demokracije i koordinirala regionalnu mrežu organizacija koje prate rad "
                "općinskih vlasti. Vodila je kampanje za javnost proračuna i za participativno planiranje "
                "proračuna u nekoliko gradova.</p>"
                "<p>Kao trenerica i mentorica pomaže organizacijama analizirati dionike, izgraditi bazu "
                "podupiratelja i volontera te ih uključiti u akcije zagovaranja. Zahvaljujući iskustvu u "
                "višejezičnoj sredini radi na srpskom, hrvatskom, engleskom i mađarskom jeziku.</p>"
            ),
            "en": (
                "<p>She has worked in civil society in Vojvodina for seventeen years, leading an "
                "organisation for local democracy and coordinating a regional network of organisations that "
                "monitor the work of municipal authorities. She led campaigns for budget transparency and "
                "participatory budgeting in several towns.</p>"
                "<p>As a trainer and mentor she helps organisations analyse their stakeholders, build a base "
                "of supporters and volunteers and involve them in advocacy actions. Thanks to her experience "
                "in a multilingual environment, she works in Serbian, Croatian, English and Hungarian.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Z nadzorom nad delom lokalnih oblasti krepi vladavino prava in odgovornost javnih "
                "institucij."
            ),
            "hr": "Praćenjem rada lokalnih vlasti jača vladavinu prava i odgovornost javnih institucija.",
            "en": (
                "By monitoring local authorities she strengthens the rule of law and the accountability of "
                "public institutions."
            ),
        },
        "links": [
            {
                "label": {
                    "sl": "Osebna spletna stran",
                    "hr": "Osobna mrežna stranica",
                    "en": "Personal website",
                },
                "url": "https://example.org/jelena-dordevic",
            },
        ],
    },
    {
        "name": "Stefan Gruber",
        "grammatical_gender": "masculine",
        "slug": "stefan-gruber",
        "areas": ["financial-stability", "advocacy", "capacities-and-resources"],
        "languages": ["de", "en"],
        "country": "OTHER",
        "city": {"sl": "Dunaj", "hr": "Beč", "en": "Vienna"},
        "years_ngo": 19,
        "years_mentoring": 11,
        "availability": "limited",
        "headline": {
            "sl": "Svetovalec za strateško zbiranje sredstev in zagovorništvo na ravni EU",
            "hr": "Savjetnik za strateško prikupljanje sredstava i zagovaranje na razini EU-a",
            "en": "Consultant in strategic fundraising and EU-level advocacy",
        },
        "bio": {
            "sl": (
                "<p>Devetnajst let dela v avstrijskih in evropskih nevladnih organizacijah, med drugim kot "
                "vodja zbiranja sredstev v organizaciji za pravice beguncev in kot koordinator zagovorništva "
                "evropske mreže organizacij proti revščini. Dobro pozna delovanje institucij EU in evropske "
                "programe financiranja.</p>"
                "<p>Organizacijam pomaga pripraviti strategijo finančne stabilnosti, ki združuje zasebne "
                "donatorje, fundacije in javna sredstva, ter načrtovati zagovorniške aktivnosti na ravni EU. "
                "Mentorstvo izvaja v angleščini ali nemščini, večinoma na daljavo.</p>"
            ),
            "hr": (
                "<p>Devetnaest godina radi u austrijskim i europskim nevladinim organizacijama, među ostalim "
                "kao voditelj prikupljanja sredstava u organizaciji za prava izbjeglica i kao koordinator "
                "zagovaranja europske mreže organizacija za borbu protiv siromaštva. Dobro poznaje rad "
                "institucija EU-a i europske programe financiranja.</p>"
                "<p>Organizacijama pomaže izraditi strategiju financijske stabilnosti koja kombinira "
                "privatne donatore, zaklade i javna sredstva te planirati aktivnosti zagovaranja na razini "
                "EU-a. Mentorstvo provodi na engleskom ili njemačkom jeziku, uglavnom na daljinu.</p>"
            ),
            "en": (
                "<p>He has worked for nineteen years in Austrian and European NGOs, including as head of "
                "fundraising at a refugee rights organisation and as advocacy coordinator of a European "
                "anti-poverty network. He knows the workings of the EU institutions and European funding "
                "programmes well.</p>"
                "<p>He helps organisations prepare a financial stability strategy that combines private "
                "donors, foundations and public funding, and plan advocacy activities at EU level. He "
                "mentors in English or German, mostly remotely.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "Pri institucijah EU zagovarja pravice beguncev in socialno vključenost ljudi, ki živijo v "
                "revščini."
            ),
            "hr": (
                "Pred institucijama EU-a zalaže se za prava izbjeglica i socijalnu uključenost osoba koje "
                "žive u siromaštvu."
            ),
            "en": (
                "He advocates to the EU institutions for refugees' rights and the social inclusion of people "
                "living in poverty."
            ),
        },
        "links": [],
    },
    {
        "name": "Selma Begić",
        "grammatical_gender": "feminine",
        "slug": "selma-begic",
        "areas": ["gesi", "service-provision"],
        "languages": ["bs", "hr", "en"],
        "country": "OTHER",
        "city": {"sl": "Sarajevo", "hr": "Sarajevo", "en": "Sarajevo"},
        "years_ngo": 14,
        "years_mentoring": 8,
        "availability": "unavailable",
        "headline": {
            "sl": "Trenerka za ekonomsko opolnomočenje žensk in socialno vključenost",
            "hr": "Trenerica za ekonomsko osnaživanje žena i socijalnu uključenost",
            "en": "Trainer in women's economic empowerment and social inclusion",
        },
        "bio": {
            "sl": (
                "<p>Štirinajst let dela v organizacijah, ki v Bosni in Hercegovini podpirajo ženske na "
                "podeželju in v povratniških skupnostih. Vodila je program usposabljanj in majhnih podpor, s "
                "katerim je več kot tristo žensk začelo lastno dejavnost ali se zaposlilo.</p>"
                "<p>Osem let kot trenerka in mentorica sodeluje z organizacijami v regiji pri oblikovanju "
                "storitev, ki upoštevajo različne potrebe žensk, mladih in manjšin. Trenutno vodi večletni "
                "regionalni projekt, zato <b>novih organizacij ne sprejema</b>.</p>"
            ),
            "hr": (
                "<p>Četrnaest godina radi u organizacijama koje u Bosni i Hercegovini podupiru žene u "
                "ruralnim područjima i povratničkim zajednicama. Vodila je program edukacija i malih potpora "
                "zahvaljujući kojem je više od tristo žena pokrenulo vlastitu djelatnost ili se "
                "zaposlilo.</p>"
                "<p>Osam godina kao trenerica i mentorica surađuje s organizacijama u regiji na oblikovanju "
                "usluga koje uzimaju u obzir različite potrebe žena, mladih i manjina. Trenutačno vodi "
                "višegodišnji regionalni projekt pa <b>ne prima nove organizacije</b>.</p>"
            ),
            "en": (
                "<p>For fourteen years she has worked with organisations in Bosnia and Herzegovina that "
                "support women in rural areas and returnee communities. She led a programme of training and "
                "small grants through which more than three hundred women started their own businesses or "
                "found employment.</p>"
                "<p>For eight years she has worked as a trainer and mentor with organisations across the "
                "region, designing services that take account of the different needs of women, young people "
                "and minorities. She is currently leading a multi-year regional project and is therefore "
                "<b>not taking on new organisations</b>.</p>"
            ),
        },
        "eu_values": {
            "sl": (
                "S programi ekonomskega opolnomočenja krepi enakost spolov in sodelovanje med skupnostmi v "
                "povojnih okoljih."
            ),
            "hr": (
                "Programima ekonomskog osnaživanja jača ravnopravnost spolova i suradnju među zajednicama u "
                "poslijeratnim sredinama."
            ),
            "en": (
                "Through economic empowerment programmes she strengthens gender equality and cooperation "
                "between communities in post-war settings."
            ),
        },
        "links": [],
    },
]
