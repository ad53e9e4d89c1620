# ruff: noqa: E501 -- translated prose, one paragraph a line
"""Site-wide demo content in English (British): the home page, the privacy notice and the footer.

Faithful translation of sl.py, aligned with it block by block and segment by segment.
"""

CONTENT = {
    "home": {
        "title": "Impact4Values 2.0 Mentor Network",
        "slug": "home",
        "search_description": "The Impact4Values 2.0 mentor network supports the organisational development and advocacy of NGOs from Slovenia and Croatia.",
        "intro": "With their knowledge and experience, mentors help to strengthen the capacities of NGOs supported by the Impact4Values 2.0 programme.",
        "body": [
            ("heading", "The mentor network of the Impact4Values 2.0 programme"),
            (
                "paragraph",
                "<p>In addition to project funding, the Impact4Values 2.0 programme offers its beneficiaries extensive support for strengthening their organisational capacities through training and mentoring support.</p>"
                "<p>Around 60 organisations from Croatia and Slovenia will receive mentoring support. We match selected mentors with organisations according to their experience, knowledge and availability, taking into account the themes and areas identified in the organisations’ capacity-building plans.</p>",
            ),
            ("heading", "Who is the network for?"),
            (
                "paragraph",
                "<p>Mentoring support is provided to NGOs selected through the open calls for networks, for programme support and for small, so-called ‘grass-roots’ organisations.</p>"
                "<p>We invite trainers, consultants and practitioners with experience in NGOs who are interested in passing on their knowledge and experience to other NGOs to join us.</p>",
            ),
            (
                "key_figures",
                [
                    {
                        "value": "~60",
                        "label": "organisations from Croatia and Slovenia will receive mentoring support",
                    },
                    {"value": "60+", "label": "mentoring packages in the mentoring programme"},
                    {"value": "€3.82 million", "label": "for financial support to NGOs"},
                    {"value": "2024–2028", "label": "duration of the Impact4Values 2.0 project"},
                    {
                        "value": "€75.00",
                        "label": "gross per mentoring hour, including preparation and direct mentoring",
                    },
                    {"value": "20 hours", "label": "average length of work with each organisation"},
                ],
            ),
            ("heading", "Call for new mentors"),
            (
                "paragraph",
                "<p>Because of the increased scope of mentoring support, we wish to expand our existing pool of mentors.</p>"
                "<p>You can submit the application form with your CV until {deadline}.</p>",
            ),
            ("cta", {"label": "Read the call and apply", "page": "call"}),
            ("cta", {"label": "More about the Impact4Values 2.0 programme", "page": "impact4values"}),
            ("heading", "The programme is run by a Slovenian-Croatian consortium"),
            ("partners", ["cnvos", "slagalica", "solidarna"]),
        ],
    },
    "privacy": {
        "title": "Privacy notice",
        "slug": "privacy-notice",
        "search_description": "How CNVOS processes the personal data of website visitors and of mentors who apply to the Impact4Values 2.0 call.",
        "intro": "This notice explains how we process the personal data that you provide to us through this website and by applying to the call for mentors of the Impact4Values 2.0 programme.",
        "body": [
            ("heading", "Controller"),
            (
                "paragraph",
                """<p>The controller of your personal data is Center za informiranje, sodelovanje in razvoj nevladnih organizacij – CNVOS, Povšetova ulica 37, 1000 Ljubljana, Slovenia.</p>"""
                """<p>If you have any questions about the processing of personal data, please write to us at <a href="mailto:emilija.kastelic@cnvos.si">emilija.kastelic@cnvos.si</a>.</p>""",
            ),
            ("heading", "What data we process"),
            (
                "paragraph",
                "<p>When you apply to the call, we process the data that you provide to us yourself:</p>"
                "<ul>"
                "<li>contact details (first name and surname, e-mail address, telephone number);</li>"
                "<li>your CV;</li>"
                "<li>information about your experience, in particular of mentoring and of working in NGOs;</li>"
                "<li>the areas in which you wish to provide mentoring support;</li>"
                "<li>the languages in which you can mentor.</li>"
                "</ul>"
                "<p>Providing this data is voluntary, but we cannot consider your application without it.</p>"
                "<p>If you e-mail or phone us, we use the data you give us only to answer your question.</p>"
                "<p>When you visit the website, the server automatically logs technical data (for example your IP address and the date and time of access), which we use only to keep the website running securely.</p>",
            ),
            ("heading", "Purposes of processing"),
            (
                "paragraph",
                "<p>We process the data from applications in order to:</p>"
                "<ul>"
                "<li>select mentors;</li>"
                "<li>match mentors with organisations supported by the Impact4Values 2.0 programme according to their experience, knowledge and availability and to the themes and areas in the organisations’ capacity-building plans;</li>"
                "<li>conclude and perform contracts with the selected mentors;</li>"
                "<li>report to the programme’s funder, the European Union or the European Education and Culture Executive Agency (EACEA).</li>"
                "</ul>"
                "<p>We do not carry out automated decision-making, including profiling.</p>",
            ),
            ("heading", "Legal basis"),
            (
                "paragraph",
                "<p>We process the data from applications on the basis of the consent you give when you apply (Article 6(1)(a) of the General Data Protection Regulation) and in order to take steps at your request prior to entering into a contract and to perform the contract (Article 6(1)(b) of the General Data Protection Regulation).</p>"
                "<p>We process technical data about visits to the website on the basis of our legitimate interest in the secure operation of the website (Article 6(1)(f) of the General Data Protection Regulation).</p>",
            ),
            ("heading", "Recipients of data"),
            (
                "paragraph",
                "<p>For the purpose of matching you with organisations, we share your data with our Impact4Values 2.0 consortium partners in Croatia: Slagalica – Zaklada za razvoj lokalne zajednice and Solidarna – Zaklada za ljudska prava i solidarnost.</p>"
                "<p>The organisation with which we match you receives your name and contact details.</p>"
                "<p>For reporting purposes, we may share data about the selected mentors and the work carried out with the programme’s funder (the European Union or EACEA).</p>"
                "<p>Data may also be processed by IT service providers (for example for website and online form hosting), who act as processors on our instructions and under a data processing agreement.</p>",
            ),
            ("heading", "Retention period"),
            (
                "paragraph",
                "<p>We delete the data of applicants who are not selected once the selection is complete, and at the latest 12 months after the call closes.</p>"
                "<p>We keep the data of selected mentors until the programme’s reporting obligations have ended.</p>",
            ),
            ("heading", "Public profile in the mentor directory"),
            (
                "paragraph",
                "<p>We publish your profile in the mentor directory on this website only if you give separate consent to this, which you may withdraw at any time.</p>"
                "<p>We never publish your CV.</p>",
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                """<p>With regard to your personal data, you have the right to:</p>"""
                """<ul>"""
                """<li>access your personal data;</li>"""
                """<li>have inaccurate data rectified;</li>"""
                """<li>have your data erased;</li>"""
                """<li>restrict processing and to data portability;</li>"""
                """<li>object to processing based on legitimate interest;</li>"""
                """<li>withdraw your consent at any time, without affecting the lawfulness of processing carried out before its withdrawal.</li>"""
                """</ul>"""
                """<p>To exercise your rights, please write to us at <a href="mailto:emilija.kastelic@cnvos.si">emilija.kastelic@cnvos.si</a>.</p>"""
                """<p>If you believe that the processing of your personal data infringes the law, you may lodge a complaint with the <a href="https://www.ip-rs.si/">Information Commissioner of the Republic of Slovenia</a> or, if you live or work in Croatia, with the <a href="https://azop.hr/">Croatian Personal Data Protection Agency (AZOP)</a>.</p>""",
            ),
        ],
    },
    "footer": {
        "funding_notice": "Funded by the European Union",
        "disclaimer": "Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Education and Culture Executive Agency (EACEA). Neither the European Union nor the granting authority can be held responsible for them.",
        "contact_heading": "Contact",
        "contact_text": "Until the call closes, we are happy to answer your questions about it at the e-mail address or telephone number below.",
        "email": "emilija.kastelic@cnvos.si",
        "phone": "+386 1 542 14 22",
    },
}
