"""The programme's demo content in English (British): the call, the programme pages, the areas and partners.

Faithful translation of sl.py, aligned with it block by block and segment by segment.
"""

CONTENT = {
    "call": {
        "title": "Call for expressions of interest for new mentors under the Impact4Values 2.0 programme",
        "nav_title": "Call for mentors",
        "slug": "call-for-mentors",
        "search_description": "Join the Impact4Values 2.0 mentor network: the call for new mentors, its conditions and the application form.",
        "intro": "Support for non-governmental organisations in organisational development and advocacy",
        "body": [
            ("heading", "Purpose of the call"),
            (
                "paragraph",
                "<p>Because of the increased scope of mentoring support, we wish to expand our existing pool of mentors who will use their knowledge and experience to help strengthen the capacities of the NGOs supported under the Impact4Values 2.0 programme.</p>"
                "<p>We will match the selected mentors with organisations according to their experience, knowledge and availability, taking into account the themes and areas that will be identified in the organisations’ capacity-building plans.</p>"
                "<p>The mentoring is expected to start at the end of February 2026 and will last until April 2028. Mentors will work with the organisations to define the objectives, results and timeframe of the mentoring in detail. Mentors will report on the work carried out and will be paid per mentoring hour. A mentoring hour includes preparation and direct mentoring and amounts to €75.00 gross. Work with each organisation takes 20 working hours on average.</p>"
                "<p>Before the mentoring begins, an introductory meeting will also be held at which we will agree on the whole process.</p>",
            ),
            ("heading", "Themes and areas of mentoring support"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Organisational structure and legal framework</b> (governing bodies of the organisation, mission, vision, values, governance and management, division of labour)</li>"
                "<li><b>Organisational capacities and resources</b> (preparing for strategic and operational planning, monitoring and evaluation, stakeholder needs, supporters, volunteers)</li>"
                "<li><b>Financial stability</b> (fundraising plans, diversification of funding, economic activity)</li>"
                "<li><b>Service provision</b> (defining services, working with users, sources of income)</li>"
                "<li><b>Advocacy</b> (setting goals, advocacy capacity, influencing policy, engaging supporters)</li>"
                "<li><b>Public image and transparency</b> (communication strategy, publishing data and reports, media relations)</li>"
                "<li><b>GESI – gender equality and social inclusion</b> (including women, gender minorities and other vulnerable groups in all aspects of the organisation’s work)</li>"
                "</ul>",
            ),
            ("heading", "What kind of mentors are we looking for?"),
            (
                "paragraph",
                "<p>Mentors can be trainers and consultants who are interested in passing on their knowledge and experience to other NGOs. Mentors are people with experience in mentoring, or practitioners – people who have worked in or led an NGO for many years and have experience that they can pass on to others in a structured and organised way. We are looking for mentors with experience of organisational and/or programme work in the field of EU values – promoting human rights, democracy, equality and the rule of law.</p>",
            ),
            ("heading", "How to apply"),
            (
                "paragraph",
                """<p>If you would like to join our mentor network, please complete the <a href="#apply">application form</a> and attach your CV by {deadline}. If there is more interest in particular areas than is needed, we will select mentors on the basis of their experience (more experience gives an advantage in the selection).</p>""",
            ),
            (
                "paragraph",
                """<p>Until the call closes, you can reach us at any time by e-mail at <a href="mailto:emilija.kastelic@cnvos.si">emilija.kastelic@cnvos.si</a> or by telephone on +386 1 542 14 22.</p>""",
            ),
            (
                "cta",
                {
                    "label": "More about the mentor network and the capacity-building programme",
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
            "search_description": "Impact4Values 2.0 strengthens NGOs in Slovenia and Croatia that promote and protect EU values and rights.",
            "intro": "Building on the experience of the previous programme, the Impact4Values 2.0 project continues and expands activities that strengthen communities and NGOs in Slovenia and Croatia.",
            "body": [
                ("heading", "Consortium"),
                (
                    "paragraph",
                    "<p>Impact4Values 2.0 is implemented by a Slovenian-Croatian consortium consisting of:</p>",
                ),
                ("partners", ["cnvos", "slagalica", "solidarna"]),
                ("heading", "Financial support and capacity building"),
                (
                    "paragraph",
                    "<p>The programme achieves its objectives through various models of financial support for NGOs that promote and protect EU values and rights.</p>"
                    "<p>The programme provides comprehensive support for strengthening the capacities of NGOs by fostering their organisational development and cross-border and transnational networking, strengthening their programme capacities to act in the community and at institutional level, and strengthening their impact in protecting EU values and rights.</p>"
                    "<p>Financial support will be available to more developed and small organisations alike, as well as to thematic support centres and networks. A total of €3.82 million has been secured for financial support. The project started in 2024 and runs until 2028.</p>",
                ),
                (
                    "key_figures",
                    [
                        {"value": "€3.82 million", "label": "for financial support to NGOs"},
                        {"value": "2024–2028", "label": "project duration"},
                        {"value": "60+", "label": "mentoring packages"},
                        {"value": "2", "label": "interlinked project strands"},
                    ],
                ),
                ("heading", "General objective"),
                (
                    "paragraph",
                    "<p>The general objective of Impact4Values 2.0 is to increase the capacities of NGOs so that they have a greater impact on communities and society by putting EU values into practice.</p>",
                ),
                ("heading", "Two project strands"),
                (
                    "paragraph",
                    "<p>The project has two uniquely strong and interlinked strands, designed in line with the needs assessment to achieve its specific objectives:</p>"
                    "<ul>"
                    "<li>To enable various impact-oriented models of financial support for local-level NGOs and other NGOs, including networks, working to promote and protect EU values and rights.</li>"
                    "<li>To provide comprehensive capacity building for local-level NGOs and other NGOs in order to foster their organisational development, their cross-border and transnational networking and their programme capacity to act both at community and at institutional level.</li>"
                    "</ul>",
                ),
                ("heading", "Virtual Classroom of EU Values and the mentoring programme"),
                (
                    "paragraph",
                    "<p>The existing Virtual Classroom of EU Values will be further upgraded in Impact4Values 2.0 and will serve as a multilingual online platform for sharing knowledge, exchanging good practice and supporting activists and organisations across the EU.</p>"
                    "<p>We will also continue and upgrade the mentoring programme, which will comprise more than 60 mentoring packages.</p>",
                ),
                ("heading", "An opportunity for lasting change"),
                (
                    "paragraph",
                    "<p>Impact4Values 2.0 is an opportunity to create lasting change in communities, as it strengthens NGOs so that they become initiators and drivers of positive social change in line with EU values.</p>"
                    "<p>Impact4Values 2.0 is implemented under the EU Citizens, Equality, Rights and Values (CERV) programme.</p>",
                ),
                ("cta", {"label": "About the CERV programme", "page": "cerv"}),
                (
                    "cta",
                    {
                        "label": "Impact4Values 2.0 on the CNVOS website",
                        "url": "https://www.cnvos.si/impact4values/",
                    },
                ),
                (
                    "cta",
                    {
                        "label": "Impact4Values 2.0 on the Solidarna website",
                        "url": "https://solidarna.hr/impact4values/",
                    },
                ),
            ],
        },
        {
            "key": "capacity-building",
            "title": "Mentor network and capacity building",
            "slug": "capacity-building",
            "search_description": "Mentoring support and a capacity-building programme for around 60 NGOs from Croatia and Slovenia under the Impact4Values 2.0 programme.",
            "intro": "In addition to project funding, the Impact4Values 2.0 programme offers its beneficiaries extensive support for strengthening their organisational capacities through training and mentoring support.",
            "body": [
                ("heading", "The mentor network of the Impact4Values 2.0 programme"),
                (
                    "paragraph",
                    "<p>Through the open calls for networks, for programme support and for small, so-called ‘grass-roots’ organisations, around 60 organisations from Croatia and Slovenia will receive mentoring support.</p>"
                    "<p>For each organisation, an assessment of its organisational development (an ‘organisational assessment’) has been carried out and the needs, or areas, in which the organisation will be strengthened during the project have been identified.</p>"
                    "<p>For each organisation, a capacity-building plan has been prepared that sets out the areas, the support methods, the desired results and the timeframe.</p>",
                ),
                ("heading", "The capacity-building programme"),
                (
                    "paragraph",
                    "<p>The capacity-building programme maintains diversity and innovation by combining different methods to create a dynamic, transnational learning environment. The focus will be on topical issues, e.g. upholding EU values and putting them into practice, resilience and burnout prevention in the NGO sector, advocacy … as well as on various thematic seminars that enable participants to work on key programme issues, for example so-called gender mainstreaming.</p>"
                    "<p>The complete capacity-building programme includes:</p>"
                    "<ul>"
                    "<li>introductory workshops for project/programme implementers;</li>"
                    "<li>an assessment of the capacities of organisations receiving financial support and the preparation of a capacity-building plan;</li>"
                    "<li>mentoring support to organisations in implementing their capacity-building plan;</li>"
                    "<li>meetings of thematic peer groups to encourage the exchange of experience (five meetings over the course of the programme);</li>"
                    "<li>access to e-learning through webinars on various topics, e.g. organisational development, advocacy, gender-sensitive policies, burnout prevention activities, responding to threats, etc.;</li>"
                    "<li>two five-day masterclasses: <i>Connecting local communities with EU institutions to protect EU values</i> and <i>Advanced skills in mobilising citizens for EU values</i>;</li>"
                    "<li>three cross-border thematic seminars.</li>"
                    "</ul>",
                ),
                (
                    "key_figures",
                    [
                        {"value": "~60", "label": "organisations receiving mentoring support"},
                        {"value": "5", "label": "thematic peer group meetings"},
                        {"value": "2", "label": "five-day masterclasses"},
                        {"value": "3", "label": "cross-border thematic seminars"},
                    ],
                ),
                ("cta", {"label": "Become a mentor", "page": "call"}),
            ],
        },
        {
            "key": "cerv",
            "title": "About the CERV programme",
            "slug": "cerv-programme",
            "search_description": "The EU Citizens, Equality, Rights and Values (CERV) programme protects and promotes EU rights and values and supports NGOs.",
            "intro": "The Citizens, Equality, Rights and Values (CERV) programme is a European programme worth around €1.55 billion through which the European Commission aims to protect and promote the rights and values enshrined in the EU Treaties and the Charter of Fundamental Rights of the European Union.",
            "body": [
                (
                    "key_figures",
                    [
                        {"value": "€1.55 billion", "label": "approximate value of the CERV programme"},
                    ],
                ),
                ("heading", "Origins of the programme"),
                (
                    "paragraph",
                    "<p>The programme covers the areas of the former Europe for Citizens, Rights, Equality and Citizenship and DAPHNE programmes.</p>"
                    "<p>The programme was created by merging the Europe for Citizens programme and the Rights, Equality and Citizenship programme.</p>",
                ),
                ("heading", "Rights and values"),
                (
                    "paragraph",
                    "<p>By supporting NGOs, the CERV programme strengthens the rights and values shared by all EU Member States. These rights and values are based on the principles of pluralism, non-discrimination, tolerance, justice, solidarity and gender equality. By encouraging civic and democratic participation, the programme supports the development of open, democratic, equal and inclusive societies based on the rule of law.</p>",
                ),
                ("heading", "Programme management"),
                (
                    "paragraph",
                    "<p>The CERV programme is managed by the European Education and Culture Executive Agency (EACEA), which at the end of 2021 published the first call for proposals to select organisations capable of distributing funds and building the capacities of NGOs in EU Member States.</p>",
                ),
                ("cta", {"label": "More about the Impact4Values 2.0 project", "page": "impact4values"}),
            ],
        },
    ],
    "thematic_areas": [
        {
            "key": "organisational-structure",
            "name": "Organisational structure and legal framework",
            "description": "Mentors support organisations with regard to their governing bodies, mission, vision, values, governance and management, and division of labour.",
            "subtopics": [
                "governing bodies of the organisation",
                "mission",
                "vision",
                "values",
                "governance and management",
                "division of labour",
            ],
        },
        {
            "key": "capacities-and-resources",
            "name": "Organisational capacities and resources",
            "description": "Mentors support organisations in preparing for strategic and operational planning, in monitoring and evaluation, and with regard to stakeholder needs, supporters and volunteers.",
            "subtopics": [
                "preparing for strategic and operational planning",
                "monitoring and evaluation",
                "stakeholder needs",
                "supporters",
                "volunteers",
            ],
        },
        {
            "key": "financial-stability",
            "name": "Financial stability",
            "description": "Mentors support organisations with fundraising plans, diversification of funding and economic activity.",
            "subtopics": ["fundraising plans", "diversification of funding", "economic activity"],
        },
        {
            "key": "service-provision",
            "name": "Service provision",
            "description": "Mentors support organisations in defining services, working with users and with regard to sources of income.",
            "subtopics": ["defining services", "working with users", "sources of income"],
        },
        {
            "key": "advocacy",
            "name": "Advocacy",
            "description": "Mentors support organisations in setting goals, strengthening their advocacy capacity, influencing policy and engaging supporters.",
            "subtopics": ["setting goals", "advocacy capacity", "influencing policy", "engaging supporters"],
        },
        {
            "key": "public-image-and-transparency",
            "name": "Public image and transparency",
            "description": "Mentors support organisations with their communication strategy, publishing data and reports, and media relations.",
            "subtopics": ["communication strategy", "publishing data and reports", "media relations"],
        },
        {
            "key": "gesi",
            "name": "GESI – gender equality and social inclusion",
            "description": "Mentors support organisations in including women, gender minorities and other vulnerable groups in all aspects of the organisation’s work.",
            "subtopics": [
                "including women, gender minorities and other vulnerable groups in all aspects of the organisation’s work"
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
            "description": "The Slovenian Centre for Information, Cooperation and Development of NGOs, the umbrella network of NGOs in Slovenia and a member of the Slovenian-Croatian consortium implementing Impact4Values 2.0.",
        },
        {
            "key": "slagalica",
            "name": "Slagalica – Zaklada za razvoj lokalne zajednice",
            "short_name": "Slagalica",
            "country": "HR",
            "website": "https://www.slagalica.hr/",
            "description": "A Croatian foundation for local community development and a member of the Slovenian-Croatian consortium implementing Impact4Values 2.0.",
        },
        {
            "key": "solidarna",
            "name": "Solidarna – Zaklada za ljudska prava i solidarnost",
            "short_name": "Solidarna",
            "country": "HR",
            "website": "https://solidarna.hr/",
            "description": "A Croatian foundation for human rights and solidarity and a member of the Slovenian-Croatian consortium implementing Impact4Values 2.0.",
        },
    ],
}
