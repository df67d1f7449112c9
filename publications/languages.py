"""Languages a publication file can be in: any ISO 639 code, not only the site's locales.

The Peace Centre publishes in English, French, Kiswahili and Arabic, and also in the
languages of the communities it works with (Kirundi, Luganda, Acholi, Juba Arabic, Dinka…),
most of which have no ISO 639-1 code. The list is every ISO 639-1 language plus the ISO
639-2/3 languages of the Great Lakes, the Horn and South Sudan, so an editor never has to
mislabel a file because its language is missing.

Each entry is (code, English name, name in the language itself). Readers see a language's
name in their own language where Django's catalogues have it (`reader_name`), else in
English, followed by its own name (`native_name`) marked with its `lang`, so a Kirundi
reader finds "Ikirundi" whatever the page's language. The English names are deliberately not
marked for translation: two hundred names would swamp the translators' catalogues.

Not a field `choices` list on purpose: the model validates against `CODES` and the admin
shows `CHOICES`, so adding a language needs no migration.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from core import typography

# ISO 639-1, complete.
ISO_639_1 = [
    ("aa", "Afar", "Qafaraf"),
    ("ab", "Abkhazian", "Аԥсуа бызшәа"),
    ("ae", "Avestan", "Avesta"),
    ("af", "Afrikaans", "Afrikaans"),
    ("ak", "Akan", "Akan"),
    ("am", "Amharic", "አማርኛ"),
    ("an", "Aragonese", "Aragonés"),
    ("ar", "Arabic", "العربية"),
    ("as", "Assamese", "অসমীয়া"),
    ("av", "Avaric", "Авар мацӀ"),
    ("ay", "Aymara", "Aymar aru"),
    ("az", "Azerbaijani", "Azərbaycan dili"),
    ("ba", "Bashkir", "Башҡорт теле"),
    ("be", "Belarusian", "Беларуская"),
    ("bg", "Bulgarian", "Български"),
    ("bi", "Bislama", "Bislama"),
    ("bm", "Bambara", "Bamanankan"),
    ("bn", "Bengali", "বাংলা"),
    ("bo", "Tibetan", "བོད་ཡིག"),
    ("br", "Breton", "Brezhoneg"),
    ("bs", "Bosnian", "Bosanski"),
    ("ca", "Catalan", "Català"),
    ("ce", "Chechen", "Нохчийн мотт"),
    ("ch", "Chamorro", "Chamoru"),
    ("co", "Corsican", "Corsu"),
    ("cr", "Cree", "ᓀᐦᐃᔭᐍᐏᐣ"),
    ("cs", "Czech", "Čeština"),
    ("cu", "Church Slavonic", "Ѩзыкъ словѣньскъ"),
    ("cv", "Chuvash", "Чӑваш чӗлхи"),
    ("cy", "Welsh", "Cymraeg"),
    ("da", "Danish", "Dansk"),
    ("de", "German", "Deutsch"),
    ("dv", "Divehi", "ދިވެހި"),
    ("dz", "Dzongkha", "རྫོང་ཁ"),
    ("ee", "Ewe", "Eʋegbe"),
    ("el", "Greek", "Ελληνικά"),
    ("en", "English", "English"),
    ("eo", "Esperanto", "Esperanto"),
    ("es", "Spanish", "Español"),
    ("et", "Estonian", "Eesti"),
    ("eu", "Basque", "Euskara"),
    ("fa", "Persian", "فارسی"),
    ("ff", "Fula", "Fulfulde"),
    ("fi", "Finnish", "Suomi"),
    ("fj", "Fijian", "Vosa Vakaviti"),
    ("fo", "Faroese", "Føroyskt"),
    ("fr", "French", "Français"),
    ("fy", "Western Frisian", "Frysk"),
    ("ga", "Irish", "Gaeilge"),
    ("gd", "Scottish Gaelic", "Gàidhlig"),
    ("gl", "Galician", "Galego"),
    ("gn", "Guarani", "Avañe'ẽ"),
    ("gu", "Gujarati", "ગુજરાતી"),
    ("gv", "Manx", "Gaelg"),
    ("ha", "Hausa", "Hausa"),
    ("he", "Hebrew", "עברית"),
    ("hi", "Hindi", "हिन्दी"),
    ("ho", "Hiri Motu", "Hiri Motu"),
    ("hr", "Croatian", "Hrvatski"),
    ("ht", "Haitian Creole", "Kreyòl ayisyen"),
    ("hu", "Hungarian", "Magyar"),
    ("hy", "Armenian", "Հայերեն"),
    ("hz", "Herero", "Otjiherero"),
    ("ia", "Interlingua", "Interlingua"),
    ("id", "Indonesian", "Bahasa Indonesia"),
    ("ie", "Interlingue", "Interlingue"),
    ("ig", "Igbo", "Asụsụ Igbo"),
    ("ii", "Sichuan Yi", "ꆈꌠꉙ"),
    ("ik", "Inupiaq", "Iñupiaq"),
    ("io", "Ido", "Ido"),
    ("is", "Icelandic", "Íslenska"),
    ("it", "Italian", "Italiano"),
    ("iu", "Inuktitut", "ᐃᓄᒃᑎᑐᑦ"),
    ("ja", "Japanese", "日本語"),
    ("jv", "Javanese", "Basa Jawa"),
    ("ka", "Georgian", "ქართული"),
    ("kg", "Kongo", "Kikongo"),
    ("ki", "Kikuyu", "Gĩkũyũ"),
    ("kj", "Kuanyama", "Oshikwanyama"),
    ("kk", "Kazakh", "Қазақ тілі"),
    ("kl", "Kalaallisut", "Kalaallisut"),
    ("km", "Khmer", "ភាសាខ្មែរ"),
    ("kn", "Kannada", "ಕನ್ನಡ"),
    ("ko", "Korean", "한국어"),
    ("kr", "Kanuri", "Kanuri"),
    ("ks", "Kashmiri", "कॉशुर"),
    ("ku", "Kurdish", "Kurdî"),
    ("kv", "Komi", "Коми кыв"),
    ("kw", "Cornish", "Kernewek"),
    ("ky", "Kyrgyz", "Кыргызча"),
    ("la", "Latin", "Latina"),
    ("lb", "Luxembourgish", "Lëtzebuergesch"),
    ("lg", "Luganda", "Luganda"),
    ("li", "Limburgish", "Limburgs"),
    ("ln", "Lingala", "Lingála"),
    ("lo", "Lao", "ພາສາລາວ"),
    ("lt", "Lithuanian", "Lietuvių"),
    ("lu", "Luba-Katanga", "Kiluba"),
    ("lv", "Latvian", "Latviešu"),
    ("mg", "Malagasy", "Malagasy"),
    ("mh", "Marshallese", "Kajin M̧ajeļ"),
    ("mi", "Māori", "Te reo Māori"),
    ("mk", "Macedonian", "Македонски"),
    ("ml", "Malayalam", "മലയാളം"),
    ("mn", "Mongolian", "Монгол хэл"),
    ("mr", "Marathi", "मराठी"),
    ("ms", "Malay", "Bahasa Melayu"),
    ("mt", "Maltese", "Malti"),
    ("my", "Burmese", "မြန်မာစာ"),
    ("na", "Nauru", "Dorerin Naoero"),
    ("nb", "Norwegian Bokmål", "Norsk bokmål"),
    ("nd", "North Ndebele", "isiNdebele"),
    ("ne", "Nepali", "नेपाली"),
    ("ng", "Ndonga", "Owambo"),
    ("nl", "Dutch", "Nederlands"),
    ("nn", "Norwegian Nynorsk", "Norsk nynorsk"),
    ("no", "Norwegian", "Norsk"),
    ("nr", "South Ndebele", "isiNdebele seSewula"),
    ("nv", "Navajo", "Diné bizaad"),
    ("ny", "Chichewa", "Chichewa"),
    ("oc", "Occitan", "Occitan"),
    ("oj", "Ojibwe", "ᐊᓂᔑᓈᐯᒧᐎᓐ"),
    ("om", "Oromo", "Afaan Oromoo"),
    ("or", "Odia", "ଓଡ଼ିଆ"),
    ("os", "Ossetian", "Ирон æвзаг"),
    ("pa", "Punjabi", "ਪੰਜਾਬੀ"),
    ("pi", "Pali", "पाऴि"),
    ("pl", "Polish", "Polski"),
    ("ps", "Pashto", "پښتو"),
    ("pt", "Portuguese", "Português"),
    ("qu", "Quechua", "Runa Simi"),
    ("rm", "Romansh", "Rumantsch"),
    ("rn", "Kirundi", "Ikirundi"),
    ("ro", "Romanian", "Română"),
    ("ru", "Russian", "Русский"),
    ("rw", "Kinyarwanda", "Ikinyarwanda"),
    ("sa", "Sanskrit", "संस्कृतम्"),
    ("sc", "Sardinian", "Sardu"),
    ("sd", "Sindhi", "سنڌي"),
    ("se", "Northern Sami", "Davvisámegiella"),
    ("sg", "Sango", "Sängö"),
    ("si", "Sinhala", "සිංහල"),
    ("sk", "Slovak", "Slovenčina"),
    ("sl", "Slovenian", "Slovenščina"),
    ("sm", "Samoan", "Gagana Sāmoa"),
    ("sn", "Shona", "chiShona"),
    ("so", "Somali", "Soomaali"),
    ("sq", "Albanian", "Shqip"),
    ("sr", "Serbian", "Српски"),
    ("ss", "Swati", "siSwati"),
    ("st", "Southern Sotho", "Sesotho"),
    ("su", "Sundanese", "Basa Sunda"),
    ("sv", "Swedish", "Svenska"),
    ("sw", "Kiswahili", "Kiswahili"),
    ("ta", "Tamil", "தமிழ்"),
    ("te", "Telugu", "తెలుగు"),
    ("tg", "Tajik", "Тоҷикӣ"),
    ("th", "Thai", "ไทย"),
    ("ti", "Tigrinya", "ትግርኛ"),
    ("tk", "Turkmen", "Türkmençe"),
    ("tl", "Tagalog", "Tagalog"),
    ("tn", "Tswana", "Setswana"),
    ("to", "Tongan", "Lea faka-Tonga"),
    ("tr", "Turkish", "Türkçe"),
    ("ts", "Tsonga", "Xitsonga"),
    ("tt", "Tatar", "Татар теле"),
    ("tw", "Twi", "Twi"),
    ("ty", "Tahitian", "Reo Tahiti"),
    ("ug", "Uyghur", "ئۇيغۇرچە"),
    ("uk", "Ukrainian", "Українська"),
    ("ur", "Urdu", "اردو"),
    ("uz", "Uzbek", "Oʻzbekcha"),
    ("ve", "Venda", "Tshivenḓa"),
    ("vi", "Vietnamese", "Tiếng Việt"),
    ("vo", "Volapük", "Volapük"),
    ("wa", "Walloon", "Walon"),
    ("wo", "Wolof", "Wolof"),
    ("xh", "Xhosa", "isiXhosa"),
    ("yi", "Yiddish", "ייִדיש"),
    ("yo", "Yoruba", "Èdè Yorùbá"),
    ("za", "Zhuang", "Vahcuengh"),
    ("zh", "Chinese", "中文"),
    ("zu", "Zulu", "isiZulu"),
]

# Languages with only an ISO 639-2/3 code, spoken where the Peace Centre works: Uganda,
# South Sudan, the DRC, Burundi, Kenya, Tanzania, Ethiopia, Somalia, Sudan and Rwanda.
REGIONAL = [
    ("ach", "Acholi", "Lwo"),
    ("alz", "Alur", "Dho Alur"),
    ("apd", "Sudanese Arabic", "عربي سوداني"),
    ("bfa", "Bari", "Kutuk na Bari"),
    ("cgg", "Rukiga", "Orukiga"),
    ("din", "Dinka", "Thuɔŋjäŋ"),
    ("guz", "Ekegusii", "Ekegusii"),
    ("kam", "Kamba", "Kikamba"),
    ("kdj", "Karamojong", "Ngakarimojong"),
    ("kln", "Kalenjin", "Kalenjin"),
    ("laj", "Lango", "Lëblaŋo"),
    ("lgg", "Lugbara", "Lugbarati"),
    ("lua", "Tshiluba", "Tshiluba"),
    ("luo", "Dholuo", "Dholuo"),
    ("luy", "Luhya", "Oluluhya"),
    ("mas", "Maasai", "Maa"),
    ("mer", "Kimeru", "Kĩmĩrũ"),
    ("mhi", "Ma'di", "Ma'di ti"),
    ("nus", "Nuer", "Thok Naath"),
    ("nyn", "Runyankole", "Runyankore"),
    ("nyo", "Runyoro", "Runyoro"),
    ("pga", "Juba Arabic", "Arabi Juba"),
    ("shk", "Shilluk", "Dhøg Cøllø"),
    ("suk", "Sukuma", "Kisukuma"),
    ("swc", "Congo Swahili", "Kingwana"),
    ("teo", "Ateso", "Ateso"),
    ("tig", "Tigre", "ትግረ"),
    ("tuv", "Turkana", "Ngaturkana"),
    ("ttj", "Rutooro", "Rutooro"),
    ("xog", "Lusoga", "Lusoga"),
    ("zne", "Zande", "Pazande"),
]

LANGUAGES = sorted(ISO_639_1 + REGIONAL, key=lambda entry: entry[1])

CODES = frozenset(code for code, _english, _native in LANGUAGES)
NATIVE_NAMES = {code: native for code, _english, native in LANGUAGES}
ENGLISH_NAMES = {code: english for code, english, _native in LANGUAGES}
# What an editor picks from: English name, then its own name where it differs, with the code.
CHOICES = [
    (code, f"{english} ({native}) · {code}" if native != english else f"{english} · {code}")
    for code, english, native in LANGUAGES
]

# Languages written right to left, for the dir attribute of a name shown in itself.
RTL_LANGUAGES = frozenset({"apd", "ar", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"})


def validate_language(code):
    if code not in CODES:
        raise ValidationError(
            _("“%(code)s” is not a language code this site knows. Pick a language from the list."),
            params={"code": code},
        )


def native_name(code):
    """The language's name in itself, e.g. "Ikirundi"; the code if it is unknown."""
    return NATIVE_NAMES.get(code, code)


def reader_name(code):
    """The language's name in the reader's (active) language where Django's catalogues
    have it, e.g. "swahili" under French; else its English name."""
    try:
        info = get_language_info(code)
    except KeyError:
        return ENGLISH_NAMES.get(code, code)
    # Django calls Kiswahili "Swahili"; the organisation's own name for it wins in English.
    if code == "sw":
        return str(info["name_translated"]).replace("Swahili", "Kiswahili")
    return str(info["name_translated"])


def sentence_name(code):
    """The language's name as the reader's language writes it inside a sentence
    ("anglais" in French); a language Django cannot name in the reader's language keeps
    its name in itself ("Ikirundi"), as the filters show it."""
    try:
        get_language_info(code)
    except KeyError:
        return native_name(code)
    return typography.language_name(code)


def is_rtl(code):
    return code in RTL_LANGUAGES
