"""Languages a publication file can be in: any ISO 639 code, not only the site's locales.

The organisation publishes in English, French, Kiswahili and Arabic, and also in languages
of the communities it works with (Kirundi, Luganda, Acholi, Juba Arabic…). Each entry is
(code, English name, name in the language itself).
"""

from django.utils.translation import get_language_info

LANGUAGES = [
    ("ach", "Acholi", "Lwo"),
    ("af", "Afrikaans", "Afrikaans"),
    ("am", "Amharic", "አማርኛ"),
    ("ar", "Arabic", "العربية"),
    ("bfa", "Bari", "Kutuk na Bari"),
    ("din", "Dinka", "Thuɔŋjäŋ"),
    ("en", "English", "English"),
    ("es", "Spanish", "Español"),
    ("ff", "Fula", "Fulfulde"),
    ("fr", "French", "Français"),
    ("ha", "Hausa", "Hausa"),
    ("ig", "Igbo", "Igbo"),
    ("kg", "Kongo", "Kikongo"),
    ("ki", "Kikuyu", "Gĩkũyũ"),
    ("lg", "Luganda", "Luganda"),
    ("lgg", "Lugbara", "Lugbarati"),
    ("ln", "Lingala", "Lingála"),
    ("luo", "Dholuo", "Dholuo"),
    ("mas", "Maasai", "Maa"),
    ("nus", "Nuer", "Thok Naath"),
    ("nyn", "Runyankole", "Runyankore"),
    ("om", "Oromo", "Afaan Oromoo"),
    ("pga", "Juba Arabic", "Arabi Juba"),
    ("pt", "Portuguese", "Português"),
    ("rn", "Kirundi", "Ikirundi"),
    ("rw", "Kinyarwanda", "Ikinyarwanda"),
    ("sn", "Shona", "chiShona"),
    ("so", "Somali", "Soomaali"),
    ("sw", "Kiswahili", "Kiswahili"),
    ("teo", "Ateso", "Ateso"),
    ("ti", "Tigrinya", "ትግርኛ"),
    ("xh", "Xhosa", "isiXhosa"),
    ("yo", "Yoruba", "Yorùbá"),
    ("zu", "Zulu", "isiZulu"),
]

NATIVE_NAMES = {code: native for code, _english, native in LANGUAGES}
ENGLISH_NAMES = {code: english for code, english, _native in LANGUAGES}
CHOICES = [
    (code, f"{english} ({native})" if native != english else english) for code, english, native in LANGUAGES
]

# Scripts written right to left, for the dir attribute of a language's name.
RTL_LANGUAGES = {"ar"}


def language_name(code):
    """The language's name in the reader's language where Django knows it, else in itself."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return NATIVE_NAMES.get(code, code)
