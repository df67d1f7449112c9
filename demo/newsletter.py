"""Demo content: a contact form page, "Write to us", in every language.

Run by `load_demo_content` after demo/site.py (its DEMO_LOADERS);
like every loader it looks before it creates, so a second run changes nothing.
"""

from wagtail.models import Locale

from demo.site import add_to_main_menu, translate_all
from home.models import HomePage
from newsletter.models import ContactFormField, ContactPage

INTRODUCTION = (
    "Questions about our work, a partnership or a publication? Write to us here: the programme "
    "team reads every message and answers within a week."
)
THANK_YOU = "Thank you for writing. Your message has reached the programme team."
DESCRIPTION = "Send the Peace Centre a message; the programme team answers within a week."
FIELDS = [
    ("Your name", "singleline", True, ""),
    ("Your email address", "email", True, "We use it only to answer you."),
    ("What is it about?", "dropdown", True, ""),
    ("Your message", "multiline", True, ""),
]
TOPICS = "Our work\nPartnerships\nPublications\nSomething else"
# wagtail-localize offers a choices field to translators as one segment, lines joined by <br/>.
TOPICS_SEGMENT = TOPICS.replace("\n", "<br/>")


def topics(*names):
    return "<br/>".join(names)


TRANSLATIONS = {
    "fr": {
        "Write to us": "Écrivez-nous",
        "write-to-us": "ecrivez-nous",
        INTRODUCTION: (
            "Une question sur notre travail, un partenariat ou une publication ? Écrivez-nous ici : "
            "l’équipe des programmes lit chaque message et répond dans la semaine."
        ),
        THANK_YOU: "Merci de nous avoir écrit. Votre message est bien parvenu à l’équipe des programmes.",
        DESCRIPTION: (
            "Envoyez un message au Centre pour la paix ; l’équipe des programmes répond dans la semaine."
        ),
        "Your name": "Votre nom",
        "Your email address": "Votre adresse e-mail",
        "We use it only to answer you.": "Nous ne l’utilisons que pour vous répondre.",
        "What is it about?": "À quel sujet ?",
        "Your message": "Votre message",
        TOPICS_SEGMENT: topics("Notre travail", "Partenariats", "Publications", "Autre chose"),
    },
    "sw": {
        "Write to us": "Tuandikie",
        "write-to-us": "tuandikie",
        INTRODUCTION: (
            "Una swali kuhusu kazi yetu, ushirikiano au chapisho? Tuandikie hapa: timu ya programu "
            "husoma kila ujumbe na hujibu ndani ya wiki moja."
        ),
        THANK_YOU: "Asante kwa kutuandikia. Ujumbe wako umeifikia timu ya programu.",
        DESCRIPTION: "Tuma ujumbe kwa Kituo cha Amani; timu ya programu hujibu ndani ya wiki moja.",
        "Your name": "Jina lako",
        "Your email address": "Anwani yako ya barua pepe",
        "We use it only to answer you.": "Tunaitumia tu kukujibu.",
        "What is it about?": "Inahusu nini?",
        "Your message": "Ujumbe wako",
        TOPICS_SEGMENT: topics("Kazi yetu", "Ushirikiano", "Machapisho", "Jambo jingine"),
    },
    "ar": {
        "Write to us": "راسلنا",
        "write-to-us": "راسلنا",
        INTRODUCTION: (
            "هل لديك سؤال عن عملنا أو عن شراكة أو عن أحد منشوراتنا؟ راسلنا هنا: يقرأ فريق البرامج "
            "كل رسالة ويرد خلال أسبوع."
        ),
        THANK_YOU: "شكرًا لمراسلتنا. وصلت رسالتك إلى فريق البرامج.",
        DESCRIPTION: "أرسل رسالة إلى مركز السلام؛ يرد فريق البرامج خلال أسبوع.",
        "Your name": "اسمك",
        "Your email address": "عنوان بريدك الإلكتروني",
        "We use it only to answer you.": "نستخدمه للرد عليك فقط.",
        "What is it about?": "ما موضوع رسالتك؟",
        "Your message": "رسالتك",
        TOPICS_SEGMENT: topics("عملنا", "الشراكات", "المنشورات", "موضوع آخر"),
    },
}


def load(report):
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        return
    page = report.existing_child(home, ContactPage, "write-to-us")
    if page is None:
        page = ContactPage(
            title="Write to us",
            slug="write-to-us",
            introduction=f"<p>{INTRODUCTION}</p>",
            thank_you_text=f"<p>{THANK_YOU}</p>",
            search_description=DESCRIPTION,
        )
        page.form_fields = [
            ContactFormField(
                label=label,
                field_type=field_type,
                required=required,
                help_text=help_text,
                choices=TOPICS if field_type == "dropdown" else "",
                sort_order=position,
            )
            for position, (label, field_type, required, help_text) in enumerate(FIELDS)
        ]
        report.publish_child(home, page)
    add_to_main_menu(report, page, position=99)
    translate_all(report, [page], TRANSLATIONS)
