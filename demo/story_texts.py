"""The nine stories of the Peace Centre's news page, as structured demo content.

Each body is a list of (block type, value) pairs for StoryStreamBlock. Text is the
reference page's, lightly edited into paragraphs and lists.
"""

from datetime import date

STORIES = [
    {
        "slug": "defend-her-whrd-recommendations-for-diplomatic-missions",
        "publications": ["defend-her-policy-brief"],
        "title": "Defend her! Women Human Rights Defenders’ Recommendations for Diplomatic Missions",
        "date": date(2021, 10, 28),
        "event_start": date(2021, 10, 27),
        "places": [],  # a virtual event
        "themes": ["human-rights-defenders", "women-peace-security"],
        "partners": [],  # the page names panellists, not co-organisers
        "tags": ["diplomatic missions", "protection"],
        "excerpt": (
            "Women human rights defenders presented their recommendations to diplomatic missions on "
            "protecting their work in a gender-responsive and transformative way. Over 180 defenders, "
            "mission staff and partners registered."
        ),
        "body": [
            (
                "paragraph",
                "<p>Women human rights defenders (WHRDs), peacebuilders, advocates for gender equality and "
                "other civil society leaders play a critical role in advancing peace, human rights and gender "
                "justice. Yet they are under attack for doing so.</p>"
                "<p>The Peace Centre joined WHRDs in presenting their key recommendations for diplomatic "
                "missions to better protect their work in a gender responsive and transformative manner, and "
                "the specific protection needs that WHRDs have. Mission leads, staff and policy makers gained "
                "insight into the gap between policy, protocols and practice, and concrete ideas on how to "
                "bridge it.</p>",
            ),
            (
                "participants",
                {
                    "heading": "Registered",
                    "total": 180,
                    "note": "(W)HRDs, mission staff, representatives of (I)NGOs, Member States "
                    "and multilateral organisations registered for the event",
                },
            ),
            (
                "paragraph",
                "<p>The discussion opened with the current situation of WHRDs and why they need specific "
                "protection measures, followed by a panel conversation.</p>",
            ),
            (
                "people",
                {
                    "heading": "Panellists",
                    "people": [
                        (
                            "Richard Arbeiter",
                            "Ambassador and Deputy Permanent Representative of Canada to the "
                            "United Nations in New York",
                            "",
                        ),
                        ("Caecilia Wijgers", "Ambassador of the Netherlands to Afghanistan", ""),
                        (
                            "Caroline Rucah",
                            "Executive Director",
                            "Lets Be Tested Queens (Western Kenya LGBTQI+ Feminist Forum)",
                        ),
                        (
                            "Sandra Tumwesigye",
                            "Communication & Advocacy coordinator",
                            "Women's International Peace Centre",
                        ),
                    ],
                },
            ),
            (
                "paragraph",
                "<p>The panel discussed key recommendations for gender responsive and transformative "
                "protection:</p>"
                "<ul><li>How diplomatic missions support individual WHRDs’ physical, mental and economic "
                "safety.</li>"
                "<li>How they strengthen women’s rights organisations’ operational space and resilience.</li>"
                "<li>How they enhance their understanding of, familiarity with and support for a diversity of "
                "women’s voices within the mission.</li></ul>",
            ),
            ("heading", "What defenders face"),
            (
                "paragraph",
                "<ul><li>Lack of physical, mental and economic safety of individual WHRDs.</li>"
                "<li>Limited or restricted travel and mobility, made worse by the Covid-19 pandemic and "
                "additional identification requirements.</li>"
                "<li>Psychological stress and trauma.</li></ul>",
            ),
            ("heading", "What defenders need"),
            (
                "paragraph",
                "<ul><li>Safe travel, so they do not have to use public transport.</li>"
                "<li>Short- and mid-term safe houses and shelters, including for their children and family "
                "members under threat, and support to relocate within or outside the country or region.</li>"
                "<li>Mental health and psychosocial support (MHPSS).</li>"
                "<li>Legal frameworks that criminalise violations against WHRDs.</li>"
                "<li>Rapid response funding.</li></ul>",
            ),
            ("heading", "What missions already do"),
            (
                "paragraph",
                "<ul><li>Temporary shelter through the Shelter City programme, and accompaniment by "
                "international organisations such as PBI.</li>"
                "<li>Advocacy for a victim-centred justice and a WHRD-led approach.</li>"
                "<li>Partnerships with (I)NGOs that provide gender-sensitive MHPSS for WHRDs.</li>"
                "<li>Monitoring attacks and restrictions, and speaking out when WHRDs’ offices and meetings "
                "are restricted or attacked.</li></ul>",
            ),
            ("heading", "How missions can close the gaps"),
            (
                "paragraph",
                "<p>Strengthen cooperation between EU countries to support humanitarian visas for relocation "
                "and temporary shelter in the region; learn from the Journalists in Distress Network and "
                "Protect Defenders; advocate for legal frameworks against violations; allocate a rapid "
                "response fund and train staff regularly to respond in emergencies.</p>",
            ),
        ],
    },
    {
        "slug": "launch-of-the-2nd-edition-of-the-feminist-peace-series",
        "publications": ["feminist-peace-series-2"],
        "hero_alt": "Speakers of the virtual launch on screen",
        "hero_credit": "Photo: Women's International Peace Centre",
        "title": "Launch of the 2nd Edition of the Feminist Peace Series: Crisis as an Opportunity for "
        "Transformative Change",
        "date": date(2021, 10, 22),
        "event_start": date(2021, 10, 22),
        "places": [("Kampala", "uganda")],
        "themes": ["feminist-leadership", "women-peace-security"],
        "partners": ["LSE Centre for Women, Peace and Security"],
        "tags": ["Feminist Peace Series", "launch"],
        "excerpt": (
            "The Peace Centre launched the 2nd edition of the Feminist Peace Series magazine in a virtual "
            "event co-hosted by the LSE Centre for Women, Peace and Security."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Peace Centre launched the 2nd Edition of The Feminist Peace Series Magazine in a virtual "
                "event co-hosted by the LSE Centre for Women Peace and Security on 22nd October 2021.</p>"
                "<p>The Feminist Peace Series was born out of the continuous inquiry into what feminist peace "
                "means in practice, intending to showcase the different transformative approaches to "
                "peacebuilding.</p>",
            ),
            (
                "quote",
                {
                    "text": "Crisis can be an opportunity for transformative change.",
                    "attribution": "Theme of the 2nd edition",
                    "role": "",
                },
            ),
        ],
    },
    {
        "slug": "national-feedback-meeting-conflict-resolution-uganda",
        "title": "National Feedback Meeting to Draw Actions and Recommendations for Conflict Resolution and "
        "Peacebuilding in Uganda",
        "date": date(2021, 10, 5),
        "event_start": date(2021, 9, 30),
        "event_end": date(2021, 10, 1),
        "places": [("Kampala", "uganda")],
        "themes": ["peacebuilding"],
        "partners": ["Conflict Early Warning and Early Response Unit, Ministry of Internal Affairs"],
        "tags": ["early warning", "CEWERU"],
        "excerpt": (
            "A two-day feedback meeting with the National Steering Committee reviewed early warning reports "
            "from ten districts, from Yumbe and Adjumani to Kampala."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Peace Centre in partnership with the Ministry of Internal Affairs’ Conflict Early "
                "Warning and Early Response system (CEWERU) holds routine quarterly feedback meetings with "
                "Members of the National Steering Committee to receive and respond to early warning reports "
                "from violence monitors, peace mediators and Members of the District Peace Committees, and "
                "to take action.</p>"
                "<p>Between 30th September and 1st October 2021, the Peace Centre held a 2-day feedback "
                "meeting with the National Steering Committee to review early warning reports compiled from "
                "Yumbe, Adjumani, Kotido, Arua, Kassanda, Kapelebyong, Lira, Soroti, Luwero and Kampala.</p>",
            ),
        ],
    },
    {
        "slug": "regional-learning-and-networking-exchange-visit",
        "title": "Regional Learning and Networking Exchange Visit on Peace, Security and Justice",
        "date": date(2021, 9, 27),
        "event_start": date(2021, 9, 20),
        "event_end": date(2021, 9, 23),
        "places": [("Kampala", "uganda"), ("Bujumbura", "burundi"), ("Goma", "drc"), ("Juba", "south-sudan")],
        "themes": ["peacebuilding", "women-peace-security"],
        "partners": ["Just Future Alliance"],
        "tags": ["Just Future", "Great Lakes", "exchange visit"],
        "excerpt": (
            "As a Just Future partner, the Peace Centre hosted a 4-day regional exchange for 22 delegates "
            "from Burundi, the DRC and South Sudan."
        ),
        "body": [
            (
                "paragraph",
                "<p>Women’s International Peace Centre, as a Just Future partner, organised and hosted a "
                "4-day Regional Learning and Networking Exchange for local partners from Burundi, DRC and "
                "South Sudan.</p>",
            ),
            (
                "participants",
                {
                    "heading": "Delegates",
                    "total": 22,
                    "note": "The exchange targeted 20 representatives: 4 from Burundi (Bujumbura), 7 from the "
                    "DRC (Kinshasa, Bukavu and Goma) and 5 from South Sudan (Juba) CSO partners, and 4 Peace "
                    "Centre staff",
                },
            ),
            (
                "paragraph",
                "<p>The practical learning space gave participants a first-hand account from similar "
                "organisations and time with experts on post-conflict peacebuilding, building strong "
                "networks, access to justice through legal clinics, security sector reform, and women, peace "
                "and security in the Great Lakes region. It also built relationships with civil society.</p>",
            ),
        ],
    },
    {
        "slug": "launch-of-the-2020-au-report-on-women-peace-and-security",
        "publications": ["au-commission-2020-report-women-peace-security"],
        "title": "Launch Of The 2020 Report of the Chairperson of the African Union Commission on the "
        "Implementation of the Women Peace and Security Agenda In Africa",
        "date": date(2021, 9, 24),
        "event_start": date(2021, 9, 22),
        "event_end": date(2021, 9, 23),
        "places": [],  # a virtual event
        "themes": ["women-peace-security"],
        "partners": ["African Union Office of the Special Envoy on Women, Peace and Security"],
        "tags": ["African Union", "launch"],
        "excerpt": (
            "The Peace Centre joined the virtual launch of the AU Commission Chairperson's 2020 report on the "
            "implementation of the Women, Peace and Security agenda in Africa."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Peace Centre joined the launch and dissemination of the 2020 report of the Chairperson "
                "of the African Union Commission on the implementation of the Women, Peace and Security "
                "Agenda in Africa. It was hosted virtually by the Office of the Special Envoy for Women, "
                "Peace and Security and attended by Member States and other stakeholders on 22nd and 23rd "
                "September 2021.</p>"
                "<p>This is the second report based on progress reports from regional economic communities "
                "and member states, developed using the Continental Results Framework (CRF). The meeting also "
                "launched the process of writing the 2021 Presidency Report on Women, Peace and Security.</p>"
                "<p>The two-day launch followed the December 2019 meeting in Dakar, Senegal, and was attended "
                "by high-level representatives of Member States, regional economic communities and "
                "mechanisms, the United Nations, civil society organisations, centres of excellence and "
                "gender networks.</p>",
            ),
        ],
    },
    {
        "slug": "youth-peace-ambassadors-shaping-peace-together-tweet-chat",
        "title": "Youth Peace Ambassadors Shaping Peace Together Tweet-Chat",
        "date": date(2021, 9, 21),
        "event_start": date(2021, 9, 21),
        "places": [("Kampala", "uganda")],
        "themes": ["youth-peace"],
        "partners": [],
        "tags": ["World Peace Day", "Twitter"],
        "excerpt": (
            "For World Peace Day 2021, the Peace Centre's Youth Peace Ambassadors hosted a Tweet-chat on "
            '"Shaping Peace Together".'
        ),
        "body": [
            (
                "paragraph",
                "<p>The Peace Centre’s trained Youth Peace Ambassadors, in commemoration of 2021’s World Peace "
                "Day, hosted a Tweet-chat under the theme “Shaping Peace Together”, in the belief that shaping "
                "peace is everyone’s responsibility.</p>"
                "<p>The chat explored opportunities for youth participation in peacebuilding in their "
                "communities and aimed to transform young people’s perspectives on shaping and ensuring "
                "peace and security.</p>",
            ),
            (
                "quote",
                {
                    "text": "Shaping peace is everyone’s responsibility.",
                    "attribution": "Youth Peace Ambassadors",
                    "role": "",
                },
            ),
        ],
    },
    {
        "slug": "community-peace-advocates-and-mediators-trained-south-sudan",
        "title": "Community Based Peace Advocates and Mediators in Juba, Yei, Bor and Mundri Trained on Conflict "
        "Prevention And Resolution",
        "date": date(2021, 9, 14),
        "event_start": date(2021, 9, 8),
        "event_end": date(2021, 9, 10),
        "places": [
            ("Juba", "south-sudan"),
            ("Yei", "south-sudan"),
            ("Bor", "south-sudan"),
            ("Mundri", "south-sudan"),
        ],
        "themes": ["peacebuilding"],
        "partners": ["Centre for Inclusive Governance, Peace and Justice"],
        "tags": ["mediation", "training"],
        "excerpt": (
            "A three-day training prepared community-based peace mediators in Mundri, Yei, Bor and Juba with "
            "conflict resolution skills and a gender perspective."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Peace Centre, in partnership with the Centre for Inclusive Governance, Peace and "
                "Justice (CIGPJ), conducted a three-day training from 8th to 10th September for women and men "
                "in Mundri, Yei, Bor and Juba.</p>"
                "<p>The training prepared and equipped community-based peace mediators with relevant skills "
                "and techniques, to localise conflict resolution within the community, and to increase "
                "knowledge of why integrating a gender perspective matters and how it strengthens "
                "peacebuilding and state building.</p>",
            ),
        ],
    },
    {
        "slug": "refresher-training-conflict-monitors-adjumani-yumbe-kotido",
        "title": "Refresher Training on Peacebuilding for Conflict Monitors and Analysts in Adjumani, Yumbe and "
        "Kotido",
        "date": date(2021, 9, 6),
        "event_start": date(2021, 8, 7),
        "event_end": date(2021, 9, 2),
        "places": [("Adjumani", "uganda"), ("Yumbe", "uganda"), ("Kotido", "uganda")],
        "themes": ["peacebuilding", "women-peace-security"],
        "partners": ["UN Women"],
        "tags": ["early warning", "refugees", "training"],
        "excerpt": (
            "92 conflict analysts and monitors from refugee and host communities in Yumbe, Adjumani and "
            "Kotido took part in three-day refresher trainings."
        ),
        "body": [
            (
                "paragraph",
                "<p>Between 7th August and 2nd September, the Peace Centre conducted a series of three-day "
                "refresher trainings on peacebuilding and conflict resolution for conflict analysts and "
                "conflict monitors from refugee and host communities in Yumbe, Adjumani and Kotido.</p>",
            ),
            (
                "participants",
                {
                    "heading": "Trained",
                    "total": 92,
                    "note": "Conflict analysts and conflict monitors from refugee and host communities",
                },
            ),
            (
                "paragraph",
                "<p>The Peace Centre works with District Peace Committees, Women Peace Mediators, Conflict "
                "Analysts and Conflict Monitors as the peace structures at district and community level, "
                "and the National Steering Committee at national level, to institutionalise a "
                "gender-sensitive conflict early warning and early response system.</p>"
                "<p>The training was supported by UN Women under the project promoting women’s effective "
                "participation in peacebuilding in Uganda.</p>",
            ),
        ],
    },
    {
        "slug": "community-activists-trained-to-prevent-violence-against-women",
        "hero_alt": "Community activists sitting in a circle during the training in Adjumani",
        "hero_credit": "Photo: Women's International Peace Centre",
        "title": "Community Activists Trained to take Action in Preventing Violence Against Women",
        "date": date(2021, 8, 25),
        "event_start": date(2021, 8, 20),
        "event_end": date(2021, 8, 22),
        "places": [("Adjumani", "uganda")],
        "themes": ["ending-violence-against-women"],
        "partners": [],
        "tags": ["SASA! Together", "refugees", "training"],
        "excerpt": (
            "30 community activists from Ciforo Sub County and Agojo Refugee Settlement learned to use their "
            "collective power to prevent violence against women."
        ),
        "body": [
            (
                "paragraph",
                "<p>To end the culture of violence against women in humanitarian contexts, the Peace Centre "
                "trained Community Activists from Ciforo Sub County and Agojo Refugee Settlement in Adjumani "
                "District from 20th to 22nd August 2021.</p>",
            ),
            ("participants", {"women": 25, "men": 5, "total": 30, "note": "Community activists"}),
            (
                "paragraph",
                "<p>The training engaged the activists on how to use their collective power to create and "
                "sustain positive change that prevents violence against women (VAW) through the Action "
                "phase: the fourth and last phase of the SASA! Together methodology, which addresses the root "
                "cause of VAW, the power imbalance between women and men, at individual and community "
                "levels.</p>",
            ),
        ],
    },
]

# Translations of the story index and two stories, by locale: {English segment: text}.
TRANSLATED_SLUGS = [
    "community-activists-trained-to-prevent-violence-against-women",
    "launch-of-the-2nd-edition-of-the-feminist-peace-series",
]

_INDEX_INTRO = (
    "Trainings, meetings, launches and exchanges with women peacebuilders across Uganda, South Sudan, the DRC "
    "and Burundi."
)
_ACTIVISTS_TITLE = "Community Activists Trained to take Action in Preventing Violence Against Women"
_ACTIVISTS_EXCERPT = (
    "30 community activists from Ciforo Sub County and Agojo Refugee Settlement learned to use their collective "
    "power to prevent violence against women."
)
_ACTIVISTS_P1 = (
    "To end the culture of violence against women in humanitarian contexts, the Peace Centre trained Community "
    "Activists from Ciforo Sub County and Agojo Refugee Settlement in Adjumani District from 20th to 22nd August "
    "2021."
)
_ACTIVISTS_P2 = (
    "The training engaged the activists on how to use their collective power to create and sustain positive "
    "change that prevents violence against women (VAW) through the Action phase: the fourth and last phase of "
    "the SASA! Together methodology, which addresses the root cause of VAW, the power imbalance between women "
    "and men, at individual and community levels."
)
_LAUNCH_TITLE = "Launch of the 2nd Edition of the Feminist Peace Series: Crisis as an Opportunity for Transformative Change"
_LAUNCH_EXCERPT = (
    "The Peace Centre launched the 2nd edition of the Feminist Peace Series magazine in a virtual event co-hosted "
    "by the LSE Centre for Women, Peace and Security."
)
_LAUNCH_P1 = (
    "The Peace Centre launched the 2nd Edition of The Feminist Peace Series Magazine in a virtual event co-hosted "
    "by the LSE Centre for Women Peace and Security on 22nd October 2021."
)
_LAUNCH_P2 = (
    "The Feminist Peace Series was born out of the continuous inquiry into what feminist peace means in practice, "
    "intending to showcase the different transformative approaches to peacebuilding."
)
_QUOTE = "Crisis can be an opportunity for transformative change."

TRANSLATIONS = {
    "fr": {
        "News and stories": "Actualités",
        "stories": "actualites",
        _INDEX_INTRO: (
            "Formations, réunions, lancements et échanges avec des femmes artisanes de paix en Ouganda, au Soudan "
            "du Sud, en RDC et au Burundi."
        ),
        _ACTIVISTS_TITLE: "Des militantes communautaires formées pour agir contre les violences faites aux femmes",
        "community-activists-trained-to-prevent-violence-against-women": "militantes-communautaires-formees",
        _ACTIVISTS_EXCERPT: (
            "30 militantes et militants communautaires du sous-comté de Ciforo et du camp de réfugiés d’Agojo ont "
            "appris à utiliser leur pouvoir collectif pour prévenir les violences faites aux femmes."
        ),
        _ACTIVISTS_P1: (
            "Pour mettre fin à la culture de la violence contre les femmes en contexte humanitaire, le Centre pour "
            "la paix a formé des militantes et militants communautaires du sous-comté de Ciforo et du camp de "
            "réfugiés d’Agojo, dans le district d’Adjumani, du 20 au 22 août 2021."
        ),
        "Community activists": "Militantes et militants communautaires",
        _ACTIVISTS_P2: (
            "La formation a montré comment utiliser le pouvoir collectif pour créer et maintenir un changement "
            "positif qui prévient les violences faites aux femmes, à travers la phase Action : la quatrième et "
            "dernière phase de la méthode SASA! Together, qui s’attaque à la cause profonde de ces violences, "
            "le déséquilibre de pouvoir entre femmes et hommes, au niveau individuel et communautaire."
        ),
        _LAUNCH_TITLE: (
            "Lancement du 2e numéro de la Feminist Peace Series : la crise, une occasion de changement "
            "transformateur"
        ),
        "launch-of-the-2nd-edition-of-the-feminist-peace-series": "lancement-feminist-peace-series-2",
        _LAUNCH_EXCERPT: (
            "Le Centre pour la paix a lancé le 2e numéro du magazine Feminist Peace Series lors d’un événement en "
            "ligne coorganisé avec le Centre Femmes, paix et sécurité de la LSE."
        ),
        _LAUNCH_P1: (
            "Le Centre pour la paix a lancé le 2e numéro du magazine Feminist Peace Series lors d’un événement en "
            "ligne coorganisé avec le Centre Femmes, paix et sécurité de la LSE, le 22 octobre 2021."
        ),
        _LAUNCH_P2: (
            "La Feminist Peace Series est née d’une réflexion continue sur ce que signifie la paix féministe en "
            "pratique, afin de montrer les différentes approches transformatrices de la consolidation de la paix."
        ),
        _QUOTE: "La crise peut être une occasion de changement transformateur.",
        "Theme of the 2nd edition": "Thème du 2e numéro",
        "Speakers of the virtual launch on screen": "Les intervenantes du lancement virtuel à l’écran",
        "Community activists sitting in a circle during the training in Adjumani": (
            "Des militantes et militants communautaires assis en cercle pendant la formation à Adjumani"
        ),
        "Photo: Women's International Peace Centre": "Photo\u00a0: Centre international pour la paix des femmes",
        "Adjumani": "Adjumani",
        "Kampala": "Kampala",
    },
    "sw": {
        "News and stories": "Habari",
        "stories": "habari",
        _INDEX_INTRO: (
            "Mafunzo, mikutano, uzinduzi na ziara za kubadilishana uzoefu na wanawake wajenzi wa amani nchini "
            "Uganda, Sudan Kusini, DRC na Burundi."
        ),
        _ACTIVISTS_TITLE: "Wanaharakati wa jamii wapata mafunzo ya kuzuia ukatili dhidi ya wanawake",
        "community-activists-trained-to-prevent-violence-against-women": "wanaharakati-wa-jamii-wapata-mafunzo",
        _ACTIVISTS_EXCERPT: (
            "Wanaharakati 30 wa jamii kutoka Kaunti Ndogo ya Ciforo na Makazi ya Wakimbizi ya Agojo walijifunza "
            "kutumia nguvu yao ya pamoja kuzuia ukatili dhidi ya wanawake."
        ),
        _ACTIVISTS_P1: (
            "Ili kukomesha utamaduni wa ukatili dhidi ya wanawake katika mazingira ya kibinadamu, Kituo cha Amani "
            "kiliwafunza wanaharakati wa jamii kutoka Kaunti Ndogo ya Ciforo na Makazi ya Wakimbizi ya Agojo, "
            "Wilaya ya Adjumani, kuanzia tarehe 20 hadi 22 Agosti 2021."
        ),
        "Community activists": "Wanaharakati wa jamii",
        _ACTIVISTS_P2: (
            "Mafunzo yaliwaonyesha wanaharakati jinsi ya kutumia nguvu yao ya pamoja kuleta na kudumisha "
            "mabadiliko chanya yanayozuia ukatili dhidi ya wanawake kupitia awamu ya Vitendo: awamu ya nne na ya "
            "mwisho ya mbinu ya SASA! Together, inayoshughulikia chanzo cha ukatili huo, yaani kukosekana kwa "
            "usawa wa mamlaka kati ya wanawake na wanaume, katika ngazi ya mtu binafsi na ya jamii."
        ),
        _LAUNCH_TITLE: "Uzinduzi wa toleo la 2 la Feminist Peace Series: Mgogoro kama fursa ya mabadiliko",
        "launch-of-the-2nd-edition-of-the-feminist-peace-series": "uzinduzi-feminist-peace-series-2",
        _LAUNCH_EXCERPT: (
            "Kituo cha Amani kilizindua toleo la 2 la jarida la Feminist Peace Series katika tukio la mtandaoni "
            "lililoandaliwa pamoja na Kituo cha LSE cha Wanawake, Amani na Usalama."
        ),
        _LAUNCH_P1: (
            "Kituo cha Amani kilizindua toleo la 2 la jarida la Feminist Peace Series katika tukio la mtandaoni "
            "lililoandaliwa pamoja na Kituo cha LSE cha Wanawake, Amani na Usalama tarehe 22 Oktoba 2021."
        ),
        _LAUNCH_P2: (
            "Feminist Peace Series ilitokana na uchunguzi endelevu wa maana ya amani ya kifeministi kwa vitendo, "
            "kwa lengo la kuonyesha njia mbalimbali za kuleta mabadiliko katika ujenzi wa amani."
        ),
        _QUOTE: "Mgogoro unaweza kuwa fursa ya mabadiliko makubwa.",
        "Theme of the 2nd edition": "Kaulimbiu ya toleo la 2",
        "Speakers of the virtual launch on screen": "Wazungumzaji wa uzinduzi wa mtandaoni wakionekana kwenye skrini",
        "Community activists sitting in a circle during the training in Adjumani": (
            "Wanaharakati wa jamii wakiwa wameketi kwa duara wakati wa mafunzo huko Adjumani"
        ),
        "Photo: Women's International Peace Centre": "Picha: Kituo cha Kimataifa cha Amani cha Wanawake",
        "Adjumani": "Adjumani",
        "Kampala": "Kampala",
    },
    "ar": {
        "News and stories": "الأخبار والقصص",
        "stories": "الأخبار",
        _INDEX_INTRO: (
            "تدريبات واجتماعات وإطلاقات وتبادلات مع نساء بانيات للسلام في أوغندا وجنوب السودان وجمهورية الكونغو "
            "الديمقراطية وبوروندي."
        ),
        _ACTIVISTS_TITLE: "تدريب ناشطات وناشطين مجتمعيين على العمل لمنع العنف ضد المرأة",
        "community-activists-trained-to-prevent-violence-against-women": "تدريب-ناشطين-مجتمعيين",
        _ACTIVISTS_EXCERPT: (
            "تعلّم 30 ناشطًا وناشطة من مقاطعة سيفورو الفرعية ومستوطنة أغوجو للاجئين كيف يستخدمون قوتهم الجماعية "
            "لمنع العنف ضد المرأة."
        ),
        _ACTIVISTS_P1: (
            "لإنهاء ثقافة العنف ضد المرأة في السياقات الإنسانية، درّب مركز السلام ناشطين وناشطات مجتمعيين من "
            "مقاطعة سيفورو الفرعية ومستوطنة أغوجو للاجئين في منطقة أدجوماني، من 20 إلى 22 أغسطس 2021."
        ),
        "Community activists": "ناشطات وناشطون مجتمعيون",
        _ACTIVISTS_P2: (
            "تناول التدريب كيفية استخدام القوة الجماعية لإحداث تغيير إيجابي مستدام يمنع العنف ضد المرأة، من خلال "
            "مرحلة العمل: المرحلة الرابعة والأخيرة من منهجية SASA! Together التي تعالج السبب الجذري لهذا العنف، "
            "أي اختلال موازين القوة بين النساء والرجال، على المستويين الفردي والمجتمعي."
        ),
        _LAUNCH_TITLE: "إطلاق العدد الثاني من سلسلة السلام النسوي: الأزمة فرصة للتغيير التحويلي",
        "launch-of-the-2nd-edition-of-the-feminist-peace-series": "إطلاق-العدد-الثاني",
        _LAUNCH_EXCERPT: (
            "أطلق مركز السلام العدد الثاني من مجلة سلسلة السلام النسوي في فعالية افتراضية نُظّمت بالشراكة مع مركز "
            "المرأة والسلام والأمن في كلية لندن للاقتصاد."
        ),
        _LAUNCH_P1: (
            "أطلق مركز السلام العدد الثاني من مجلة سلسلة السلام النسوي في فعالية افتراضية نُظّمت بالشراكة مع مركز "
            "المرأة والسلام والأمن في كلية لندن للاقتصاد في 22 أكتوبر 2021."
        ),
        _LAUNCH_P2: (
            "وُلدت سلسلة السلام النسوي من تساؤل مستمر عن معنى السلام النسوي في الممارسة، بهدف إبراز المقاربات "
            "التحويلية المختلفة لبناء السلام."
        ),
        _QUOTE: "يمكن للأزمة أن تكون فرصة للتغيير التحويلي.",
        "Theme of the 2nd edition": "موضوع العدد الثاني",
        "Speakers of the virtual launch on screen": "المتحدثات في حفل الإطلاق الافتراضي على الشاشة",
        "Community activists sitting in a circle during the training in Adjumani": (
            "ناشطات وناشطون مجتمعيون جالسون في حلقة خلال التدريب في أدجوماني"
        ),
        "Photo: Women's International Peace Centre": "الصورة: مركز السلام الدولي للنساء",
        "Adjumani": "أدجوماني",
        "Kampala": "كمبالا",
    },
}
