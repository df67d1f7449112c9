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
        "authors": "Office of the Special Envoy on Women, Peace and Security",
        "summary": "The second continental report on progress in the Women, Peace and Security agenda, based on "
        "reports from regional economic communities and member states using the Continental Results "
        "Framework.",
        "themes": ["women-peace-security"],
        "countries": ["uganda", "south-sudan", "drc", "burundi"],
        "partners": ["African Union Office of the Special Envoy on Women, Peace and Security"],
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
        "authors": "Women's International Peace Centre",
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
        "authors": "Women's International Peace Centre\nCEWERU",
        "summary": "A practical guide for district peace committees and women peace mediators on collecting and "
        "acting on early warning information.",
        "themes": ["peacebuilding"],
        "countries": ["uganda"],
        "partners": ["Conflict Early Warning and Early Response Unit, Ministry of Internal Affairs"],
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
