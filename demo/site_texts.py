"""Real translations of the home app's demo content, by locale: {English segment: text}.

Segments are what wagtail-localize extracts (titles, slugs, text fields, snippet names);
`demo.translation.translate` fills a translation's PO file from these tables.
"""

TRANSLATIONS = {
    "fr": {
        # Home page
        "Women's International Peace Centre": "Centre international des femmes pour la paix",
        "home": "accueil",
        "We work with women in conflict and post-conflict settings across Uganda, South Sudan, the DRC "
        "and Burundi to build peace, defend rights and lead change.": (
            "Nous travaillons avec les femmes dans les contextes de conflit et d’après-conflit en Ouganda, "
            "au Soudan du Sud, en RDC et au Burundi pour construire la paix, défendre les droits et mener "
            "le changement."
        ),
        # Standard pages
        "About us": "Qui sommes-nous",
        "about": "a-propos",
        "Women's International Peace Centre is a feminist organisation that amplifies women's voices and "
        "strengthens their leadership in peace and security.": (
            "Le Centre international des femmes pour la paix est une organisation féministe qui amplifie la "
            "voix des femmes et renforce leur leadership dans la paix et la sécurité."
        ),
        "Contact": "Contact",
        "contact": "contact",
        "Write, call or visit us in Kira, Wakiso. We answer in English, French and Kiswahili.": (
            "Écrivez-nous, appelez-nous ou rendez-nous visite à Kira, Wakiso. Nous répondons en anglais, "
            "en français et en kiswahili."
        ),
        # Themes
        "Women, peace and security": "Femmes, paix et sécurité",
        "Peacebuilding and conflict resolution": "Consolidation de la paix et résolution des conflits",
        "Women human rights defenders": "Défenseuses des droits humains",
        "Ending violence against women": "Mettre fin aux violences faites aux femmes",
        "Youth and peace": "Jeunesse et paix",
        "Feminist leadership": "Leadership féministe",
        # Countries
        "Uganda": "Ouganda",
        "South Sudan": "Soudan du Sud",
        "Democratic Republic of the Congo": "République démocratique du Congo",
        "Burundi": "Burundi",
        "Kenya": "Kenya",
        # Partners
        "Peace Centre": "Centre pour la paix",
        "Conflict Early Warning and Early Response Unit, Ministry of Internal Affairs": (
            "Unité d’alerte précoce et de réponse rapide aux conflits, ministère de l’Intérieur"
        ),
        "CEWERU": "CEWERU",
        "LSE Centre for Women, Peace and Security": "Centre Femmes, paix et sécurité de la LSE",
        "LSE WPS": "LSE WPS",
        "Centre for Inclusive Governance, Peace and Justice": (
            "Centre pour la gouvernance inclusive, la paix et la justice"
        ),
        "CIGPJ": "CIGPJ",
        "UN Women": "ONU Femmes",
        "Just Future Alliance": "Alliance Just Future",
        "Just Future": "Just Future",
        "African Union Office of the Special Envoy on Women, Peace and Security": (
            "Bureau de l’Envoyée spéciale de l’Union africaine pour les femmes, la paix et la sécurité"
        ),
        "AU OSE-WPS": "UA BES-FPS",
        # Navigation
        "Main menu": "Menu principal",
        "Home": "Accueil",
    },
    "sw": {
        "Women's International Peace Centre": "Kituo cha Kimataifa cha Wanawake cha Amani",
        "home": "mwanzo",
        "We work with women in conflict and post-conflict settings across Uganda, South Sudan, the DRC "
        "and Burundi to build peace, defend rights and lead change.": (
            "Tunafanya kazi na wanawake katika maeneo ya migogoro na baada ya migogoro nchini Uganda, "
            "Sudan Kusini, DRC na Burundi ili kujenga amani, kutetea haki na kuongoza mabadiliko."
        ),
        "About us": "Kuhusu sisi",
        "about": "kuhusu-sisi",
        "Women's International Peace Centre is a feminist organisation that amplifies women's voices and "
        "strengthens their leadership in peace and security.": (
            "Kituo cha Kimataifa cha Wanawake cha Amani ni shirika la kifeministi linalopaza sauti za "
            "wanawake na kuimarisha uongozi wao katika amani na usalama."
        ),
        "Contact": "Mawasiliano",
        "contact": "mawasiliano",
        "Write, call or visit us in Kira, Wakiso. We answer in English, French and Kiswahili.": (
            "Tuandikie, tupigie simu au tutembelee Kira, Wakiso. Tunajibu kwa Kiingereza, Kifaransa na "
            "Kiswahili."
        ),
        "Women, peace and security": "Wanawake, amani na usalama",
        "Peacebuilding and conflict resolution": "Ujenzi wa amani na utatuzi wa migogoro",
        "Women human rights defenders": "Watetezi wanawake wa haki za binadamu",
        "Ending violence against women": "Kukomesha ukatili dhidi ya wanawake",
        "Youth and peace": "Vijana na amani",
        "Feminist leadership": "Uongozi wa kifeministi",
        "Uganda": "Uganda",
        "South Sudan": "Sudan Kusini",
        "Democratic Republic of the Congo": "Jamhuri ya Kidemokrasia ya Kongo",
        "Burundi": "Burundi",
        "Kenya": "Kenya",
        "Peace Centre": "Kituo cha Amani",
        "Conflict Early Warning and Early Response Unit, Ministry of Internal Affairs": (
            "Kitengo cha Tahadhari ya Mapema na Mwitikio wa Haraka kwa Migogoro, Wizara ya Mambo ya Ndani"
        ),
        "CEWERU": "CEWERU",
        "LSE Centre for Women, Peace and Security": "Kituo cha LSE cha Wanawake, Amani na Usalama",
        "LSE WPS": "LSE WPS",
        "Centre for Inclusive Governance, Peace and Justice": "Kituo cha Utawala Jumuishi, Amani na Haki",
        "CIGPJ": "CIGPJ",
        "UN Women": "UN Women",
        "Just Future Alliance": "Muungano wa Just Future",
        "Just Future": "Just Future",
        "African Union Office of the Special Envoy on Women, Peace and Security": (
            "Ofisi ya Mjumbe Maalum wa Umoja wa Afrika kuhusu Wanawake, Amani na Usalama"
        ),
        "AU OSE-WPS": "AU OSE-WPS",
        "Main menu": "Menyu kuu",
        "Home": "Mwanzo",
    },
    "ar": {
        "Women's International Peace Centre": "المركز الدولي للمرأة من أجل السلام",
        "home": "الرئيسية",
        "We work with women in conflict and post-conflict settings across Uganda, South Sudan, the DRC "
        "and Burundi to build peace, defend rights and lead change.": (
            "نعمل مع النساء في أوضاع النزاع وما بعد النزاع في أوغندا وجنوب السودان وجمهورية الكونغو "
            "الديمقراطية وبوروندي لبناء السلام والدفاع عن الحقوق وقيادة التغيير."
        ),
        "About us": "من نحن",
        "about": "من-نحن",
        "Women's International Peace Centre is a feminist organisation that amplifies women's voices and "
        "strengthens their leadership in peace and security.": (
            "المركز الدولي للمرأة من أجل السلام منظمة نسوية ترفع أصوات النساء وتعزز قيادتهن في مجالَي "
            "السلام والأمن."
        ),
        "Contact": "اتصل بنا",
        "contact": "اتصل-بنا",
        "Write, call or visit us in Kira, Wakiso. We answer in English, French and Kiswahili.": (
            "راسلونا أو اتصلوا بنا أو زورونا في كيرا، واكيسو. نجيب بالإنجليزية والفرنسية والسواحيلية."
        ),
        "Women, peace and security": "المرأة والسلام والأمن",
        "Peacebuilding and conflict resolution": "بناء السلام وحل النزاعات",
        "Women human rights defenders": "المدافعات عن حقوق الإنسان",
        "Ending violence against women": "إنهاء العنف ضد المرأة",
        "Youth and peace": "الشباب والسلام",
        "Feminist leadership": "القيادة النسوية",
        "Uganda": "أوغندا",
        "South Sudan": "جنوب السودان",
        "Democratic Republic of the Congo": "جمهورية الكونغو الديمقراطية",
        "Burundi": "بوروندي",
        "Kenya": "كينيا",
        "Peace Centre": "مركز السلام",
        "Conflict Early Warning and Early Response Unit, Ministry of Internal Affairs": (
            "وحدة الإنذار المبكر والاستجابة المبكرة للنزاعات، وزارة الداخلية"
        ),
        "CEWERU": "CEWERU",
        "LSE Centre for Women, Peace and Security": "مركز المرأة والسلام والأمن في كلية لندن للاقتصاد",
        "LSE WPS": "LSE WPS",
        "Centre for Inclusive Governance, Peace and Justice": "مركز الحوكمة الشاملة والسلام والعدالة",
        "CIGPJ": "CIGPJ",
        "UN Women": "هيئة الأمم المتحدة للمرأة",
        "Just Future Alliance": "تحالف جست فيوتشر",
        "Just Future": "جست فيوتشر",
        "African Union Office of the Special Envoy on Women, Peace and Security": (
            "مكتب المبعوثة الخاصة للاتحاد الأفريقي المعنية بالمرأة والسلام والأمن"
        ),
        "AU OSE-WPS": "مكتب المبعوثة الخاصة",
        "Main menu": "القائمة الرئيسية",
        "Home": "الرئيسية",
    },
}
