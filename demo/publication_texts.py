"""Demo publications: the Feminist Peace Series and reports of the kinds the Peace Centre
publishes. Dates and titles follow its real publications where known."""

from datetime import date

SERIES = {
    "title": "Feminist Peace Series",
    "slug": "feminist-peace-series",
    "description": (
        "<p>The Feminist Peace Series was born out of the continuous inquiry into what feminist peace means "
        "in practice. Each edition showcases transformative approaches to peacebuilding through articles, "
        "poems, artwork and profiles by women peacebuilders.</p>"
    ),
    "call": (
        "<p>We welcome articles, poems, artwork and profiles for the next edition, in any of our languages. "
        "Write to program@wipc.org.</p>"
    ),
}

EDITIONS = [
    {
        "number": 1,
        "title": "Feminist Peace: Voices from the Great Lakes",
        "slug": "feminist-peace-series-1",
        "date": date(2020, 11, 25),
        "launch_note": "Launched online during the 16 Days of Activism against Gender-Based Violence.",
        "summary": "The first edition asks what feminist peace means to women peacebuilders in Uganda, South "
        "Sudan, the DRC and Burundi.",
        "themes": ["feminist-leadership", "women-peace-security"],
        "countries": ["uganda", "south-sudan", "drc", "burundi"],
        "partners": [],
        "contents": [
            ("article", "What is feminist peace?", "Editorial team", "2–5"),
            ("poem", "Mother of peace", "A young poet from Gulu", "6"),
            ("profile", "A mediator in Kotido", "", "7–9"),
        ],
        "files": [("en", "full", 6)],
    },
    {
        "number": 2,
        "title": "Crisis as an Opportunity for Transformative Change",
        "slug": "feminist-peace-series-2",
        "date": date(2021, 10, 22),
        "launch_note": "Launched on 22 October 2021 in a virtual event co-hosted by the LSE Centre for Women, "
        "Peace and Security.",
        "summary": "The second edition looks at how the crises of recent years, from conflict to Covid-19, "
        "opened space for women to transform peacebuilding.",
        "themes": ["feminist-leadership", "women-peace-security", "peacebuilding"],
        "countries": ["uganda", "south-sudan"],
        "partners": ["LSE Centre for Women, Peace and Security"],
        "contents": [
            ("article", "Crisis as an opportunity", "Editorial team", "2–4"),
            ("interview", "Peacebuilding in lockdown", "Women peace mediators of Yumbe", "5–8"),
            ("artwork", "Hands that mend", "Artist collective, Juba", "9"),
            ("poem", "After the storm", "", "10"),
        ],
        "files": [("en", "full", 8), ("en", "light", 2), ("fr", "full", 8)],
    },
    {
        "number": 3,
        "title": "Healing and Justice",
        "slug": "feminist-peace-series-3",
        "date": date(2022, 12, 10),
        "launch_note": "Launched on Human Rights Day 2022.",
        "summary": "The third edition gathers stories of healing, memory and justice led by women survivors and "
        "defenders.",
        "themes": ["human-rights-defenders", "ending-violence-against-women"],
        "countries": ["uganda", "drc"],
        "partners": [],
        "contents": [
            ("article", "Justice that heals", "Editorial team", "2–6"),
            ("profile", "Defending defenders", "", "7–9"),
        ],
        "files": [("en", "full", 6), ("sw", "full", 6)],
    },
]

REPORTS = [
    {
        "title": "2020 Report of the Chairperson of the African Union Commission on the Implementation of the "
        "Women, Peace and Security Agenda in Africa",
        "slug": "au-commission-2020-report-women-peace-security",
        "type": "research_report",
        "date": date(2021, 9, 22),
        "authors": "",
        "by_us": False,
        "publishers": ["African Union Office of the Special Envoy on Women, Peace and Security"],
        "summary": "The second continental report on progress in the Women, Peace and Security agenda, based on "
        "reports from regional economic communities and member states using the Continental Results "
        "Framework.",
        "themes": ["women-peace-security"],
        "countries": ["uganda", "south-sudan", "drc", "burundi"],
        "partners": [],
        "findings": [
            ("finding", "More member states report on women's participation in peace processes."),
            (
                "recommendation",
                "Member states should fund national action plans on Women, Peace and Security.",
            ),
        ],
        "files": [("en", "full", 12), ("fr", "full", 12), ("en", "light", 3)],
        "isbn": "",
    },
    {
        "title": "Defend Her: Protecting Women Human Rights Defenders",
        "slug": "defend-her-policy-brief",
        "type": "policy_brief",
        "date": date(2021, 11, 29),
        "authors": "",
        "summary": "Recommendations for diplomatic missions on the physical, mental and economic safety of women "
        "human rights defenders.",
        "themes": ["human-rights-defenders"],
        "countries": ["uganda", "kenya"],
        "partners": [],
        "findings": [
            ("recommendation", "Provide safe travel and short-term shelter for defenders under threat."),
            (
                "recommendation",
                "Allocate rapid response funds and train mission staff to respond in emergencies.",
            ),
        ],
        "files": [("en", "full", 4), ("rn", "full", 4)],
        "isbn": "",
    },
    {
        "title": "Gender-Sensitive Conflict Early Warning: A Toolkit for Peace Committees",
        "slug": "early-warning-toolkit",
        "type": "toolkit",
        "date": date(2021, 6, 15),
        "authors": "",
        "publishers": ["Conflict Early Warning and Early Response Unit, Ministry of Internal Affairs"],
        "summary": "A practical guide for district peace committees and women peace mediators on collecting and "
        "acting on early warning information.",
        "themes": ["peacebuilding"],
        "countries": ["uganda"],
        "partners": [],
        "findings": [],
        "files": [("en", "full", 10), ("sw", "full", 10)],
        "isbn": "978-9970-0-0000-5",
    },
    {
        "title": "Annual Report 2021",
        "slug": "annual-report-2021",
        "type": "annual_report",
        "date": date(2022, 4, 30),
        "authors": "",
        "summary": "A year of trainings, exchanges and advocacy with women peacebuilders across the Great Lakes "
        "region.",
        "themes": ["women-peace-security", "feminist-leadership"],
        "countries": ["uganda", "south-sudan", "drc", "burundi"],
        "partners": ["UN Women", "Just Future Alliance"],
        "findings": [("finding", "92 conflict analysts and monitors were trained in three districts.")],
        "files": [("en", "full", 16)],
        "isbn": "",
    },
    {
        "title": "Statement on the International Day of Women Human Rights Defenders",
        "slug": "statement-whrd-day-2021",
        "type": "statement",
        "date": date(2021, 11, 29),
        "authors": "",
        "summary": "We stand with women human rights defenders and call on governments to end attacks against them.",
        "themes": ["human-rights-defenders"],
        "countries": [],
        "partners": [],
        "findings": [],
        "files": [("en", "full", 1), ("fr", "full", 1), ("ar", "full", 1)],
        "isbn": "",
    },
]

# Translations of the library, the series, its 2nd edition and one policy brief: {English segment: text}.
TRANSLATED_EDITION = "feminist-peace-series-2"
TRANSLATED_REPORT = "defend-her-policy-brief"

_LIBRARY_INTRO = "Research, policy briefs, toolkits and the Feminist Peace Series magazine, free to download."
_SERIES_DESCRIPTION = (
    "The Feminist Peace Series was born out of the continuous inquiry into what feminist peace means in practice. "
    "Each edition showcases transformative approaches to peacebuilding through articles, poems, artwork and "
    "profiles by women peacebuilders."
)
_SERIES_CALL = (
    "We welcome articles, poems, artwork and profiles for the next edition, in any of our languages. Write to "
    "program@wipc.org."
)
_EDITION_SUMMARY = (
    "The second edition looks at how the crises of recent years, from conflict to Covid-19, opened space for "
    "women to transform peacebuilding."
)
_BRIEF_TITLE = "Defend Her: Protecting Women Human Rights Defenders"
_BRIEF_SUMMARY = (
    "Recommendations for diplomatic missions on the physical, mental and economic safety of women human rights "
    "defenders."
)
_BRIEF_SHELTER = "Provide safe travel and short-term shelter for defenders under threat."
_BRIEF_FUNDS = "Allocate rapid response funds and train mission staff to respond in emergencies."
_EDITION_LAUNCH = "Launched on 22 October 2021 in a virtual event co-hosted by the LSE Centre for Women, Peace and Security."
# Names, page numbers and the series title stay as printed in every language.
_UNCHANGED = ["2–4", "5–8", "9", "10", "Feminist Peace Series", "feminist-peace-series"]

TRANSLATIONS = {
    "fr": {
        "Publications": "Publications",
        "publications": "publications",
        _LIBRARY_INTRO: (
            "Recherches, notes de politique, boîtes à outils et le magazine Feminist Peace Series, à télécharger "
            "gratuitement."
        ),
        _SERIES_DESCRIPTION: (
            "La Feminist Peace Series est née d’une réflexion continue sur ce que signifie la paix féministe en "
            "pratique. Chaque numéro présente des approches transformatrices de la consolidation de la paix à "
            "travers des articles, des poèmes, des œuvres et des portraits de femmes artisanes de paix."
        ),
        _SERIES_CALL: (
            "Nous accueillons articles, poèmes, œuvres et portraits pour le prochain numéro, dans chacune de nos "
            "langues. Écrivez à program@wipc.org."
        ),
        "Crisis as an Opportunity for Transformative Change": "La crise, une occasion de changement transformateur",
        "feminist-peace-series-2": "feminist-peace-series-2",
        _EDITION_SUMMARY: (
            "Le deuxième numéro montre comment les crises de ces dernières années, des conflits au Covid-19, ont "
            "ouvert aux femmes un espace pour transformer la consolidation de la paix."
        ),
        _EDITION_LAUNCH: (
            "Lancé le 22 octobre 2021 lors d’un événement en ligne coorganisé avec le Centre Femmes, paix et "
            "sécurité de la LSE."
        ),
        "Crisis as an opportunity": "La crise comme occasion",
        "Editorial team": "Équipe éditoriale",
        "Peacebuilding in lockdown": "Construire la paix en confinement",
        "Women peace mediators of Yumbe": "Les médiatrices de paix de Yumbe",
        "Hands that mend": "Des mains qui réparent",
        "Artist collective, Juba": "Collectif d’artistes, Djouba",
        "After the storm": "Après la tempête",
        _BRIEF_TITLE: "Defend Her : protéger les femmes défenseures des droits humains",
        "defend-her-policy-brief": "defend-her-note-de-politique",
        _BRIEF_SUMMARY: (
            "Des recommandations aux missions diplomatiques pour la sécurité physique, psychologique et économique "
            "des femmes défenseures des droits humains."
        ),
        _BRIEF_SHELTER: "Assurer des déplacements sûrs et un abri temporaire aux défenseures menacées.",
        _BRIEF_FUNDS: (
            "Prévoir des fonds d’intervention rapide et former le personnel des missions à réagir en cas d’urgence."
        ),
    },
    "sw": {
        "Publications": "Machapisho",
        "publications": "machapisho",
        _LIBRARY_INTRO: (
            "Tafiti, muhtasari wa sera, vitabu vya mwongozo na jarida la Feminist Peace Series, bure kupakua."
        ),
        _SERIES_DESCRIPTION: (
            "Feminist Peace Series ilitokana na uchunguzi endelevu wa maana ya amani ya kifeministi kwa vitendo. "
            "Kila toleo linaonyesha njia za kuleta mabadiliko katika ujenzi wa amani kupitia makala, mashairi, "
            "kazi za sanaa na wasifu wa wanawake wajenzi wa amani."
        ),
        _SERIES_CALL: (
            "Tunakaribisha makala, mashairi, kazi za sanaa na wasifu kwa toleo lijalo, kwa lugha yoyote kati ya "
            "lugha zetu. Tuandikie program@wipc.org."
        ),
        "Crisis as an Opportunity for Transformative Change": "Mgogoro kama fursa ya mabadiliko",
        "feminist-peace-series-2": "feminist-peace-series-2",
        _EDITION_SUMMARY: (
            "Toleo la pili linaangalia jinsi migogoro ya miaka ya karibuni, kuanzia vita hadi Covid-19, ilivyofungua "
            "nafasi kwa wanawake kubadilisha ujenzi wa amani."
        ),
        _EDITION_LAUNCH: (
            "Lilizinduliwa tarehe 22 Oktoba 2021 katika tukio la mtandaoni lililoandaliwa pamoja na Kituo cha LSE "
            "cha Wanawake, Amani na Usalama."
        ),
        "Crisis as an opportunity": "Mgogoro kama fursa",
        "Editorial team": "Timu ya wahariri",
        "Peacebuilding in lockdown": "Kujenga amani wakati wa karantini",
        "Women peace mediators of Yumbe": "Wanawake wapatanishi wa amani wa Yumbe",
        "Hands that mend": "Mikono inayoponya",
        "Artist collective, Juba": "Kikundi cha wasanii, Juba",
        "After the storm": "Baada ya dhoruba",
        _BRIEF_TITLE: "Defend Her: Kuwalinda wanawake watetezi wa haki za binadamu",
        "defend-her-policy-brief": "defend-her-muhtasari-wa-sera",
        _BRIEF_SUMMARY: (
            "Mapendekezo kwa balozi kuhusu usalama wa kimwili, kiakili na kiuchumi wa wanawake watetezi wa haki za "
            "binadamu."
        ),
        _BRIEF_SHELTER: "Toa usafiri salama na makazi ya muda kwa watetezi walio hatarini.",
        _BRIEF_FUNDS: "Tenga fedha za dharura na uwafunze wafanyakazi wa balozi kuchukua hatua wakati wa dharura.",
    },
    "ar": {
        "Publications": "المنشورات",
        "publications": "المنشورات",
        _LIBRARY_INTRO: "أبحاث وموجزات سياسات وأدلة عمل ومجلة سلسلة السلام النسوي، متاحة للتنزيل مجانًا.",
        _SERIES_DESCRIPTION: (
            "وُلدت سلسلة السلام النسوي من تساؤل مستمر عن معنى السلام النسوي في الممارسة. ويعرض كل عدد مقاربات "
            "تحويلية لبناء السلام من خلال مقالات وقصائد وأعمال فنية وسير لنساء بانيات للسلام."
        ),
        _SERIES_CALL: (
            "نرحب بالمقالات والقصائد والأعمال الفنية والسير للعدد القادم، بأي لغة من لغاتنا. راسلونا على "
            "program@wipc.org."
        ),
        "Crisis as an Opportunity for Transformative Change": "الأزمة فرصة للتغيير التحويلي",
        "feminist-peace-series-2": "سلسلة-السلام-النسوي-2",
        _EDITION_SUMMARY: (
            "يتناول العدد الثاني كيف فتحت أزمات السنوات الأخيرة، من النزاعات إلى جائحة كوفيد-19، مجالًا للنساء "
            "لتحويل بناء السلام."
        ),
        _EDITION_LAUNCH: (
            "أُطلق في 22 أكتوبر 2021 في فعالية افتراضية نُظّمت بالشراكة مع مركز المرأة والسلام والأمن في كلية لندن "
            "للاقتصاد."
        ),
        "Crisis as an opportunity": "الأزمة بوصفها فرصة",
        "Editorial team": "فريق التحرير",
        "Peacebuilding in lockdown": "بناء السلام في زمن الإغلاق",
        "Women peace mediators of Yumbe": "وسيطات السلام في يومبي",
        "Hands that mend": "أيادٍ ترمّم",
        "Artist collective, Juba": "تجمّع فنانين، جوبا",
        "After the storm": "بعد العاصفة",
        _BRIEF_TITLE: "دافعوا عنها: حماية المدافعات عن حقوق الإنسان",
        "defend-her-policy-brief": "دافعوا-عنها",
        _BRIEF_SUMMARY: "توصيات للبعثات الدبلوماسية بشأن السلامة الجسدية والنفسية والاقتصادية للمدافعات عن حقوق الإنسان.",
        _BRIEF_SHELTER: "توفير تنقل آمن ومأوى مؤقت للمدافعات المهددات.",
        _BRIEF_FUNDS: "تخصيص أموال للاستجابة السريعة وتدريب موظفي البعثات على التصرف في حالات الطوارئ.",
    },
}
for _texts in TRANSLATIONS.values():
    _texts.update({text: text for text in _UNCHANGED})
