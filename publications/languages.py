"""Languages a publication file can be in: any ISO 639 code, not only the site's locales.

The Peace Centre publishes in English, French, Kiswahili and Arabic, and also in the
languages of the communities it works with (Kirundi, Luganda, Acholi, Juba Arabic, Dinka…),
most of which have no ISO 639-1 code. Editors are offered every ISO 639-1 language plus the
ISO 639-2/3 languages of the Great Lakes, the Horn and South Sudan, so an editor never has to
mislabel a file because its language is missing. Which codes are offered is this module's
own choice; what they are called and which way they are written comes from Babel (CLDR).

- `reader_name`: the name in the reader's (active) language, e.g. "Kirundi", "Roundi" under
  French: Babel's names for the reader's locale, else the English one.
- `native_name`: the language's own name, e.g. "Ikirundi", so a Kirundi reader finds it
  whatever the page's language: Babel's name of the language in its own locale. Babel has
  no locale for a few languages; their own names are kept here (`OWN_NAMES`).
- `is_rtl`: Babel's text direction for the language's locale or, without one, for the
  script the language is most likely written in (Sudanese Arabic: Arabic script).
- `label` / `label_html`: how a file's language is labelled on the page, in the library's
  filters and, for the site's own languages, in the editor's picker: the reader's name,
  then the language's own name where it differs, "Kirundi (Ikirundi)".

The region's languages keep the names their speakers and the organisation use ("Ateso", not
CLDR's "Teso"/"Kiteso"), and in English the organisation's names win where they differ from
CLDR's ("Kiswahili", "Kirundi", "Luganda"). The English names are deliberately not marked
for translation: two hundred names would swamp the translators' catalogues.

Each language's own locale data is loaded only when its name or direction is first asked
for: loading all of them would take seconds and about 100 MB per process. For that reason
the editor's picker labels the site's languages (settings.WAGTAIL_CONTENT_LANGUAGES, listed
first) as readers see them, and every other language in the editor's language only.

Not a field `choices` list on purpose: the model validates against `CODES` and the admin
shows `editor_choices`, so adding a language needs no migration.
"""

from collections.abc import Mapping
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global, parse_locale
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, to_locale
from django.utils.translation import gettext_lazy as _

from core import typography

# ISO 639-1, complete (without "sh", withdrawn in 2000).
ISO_639_1_CODES = (
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm",
    "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz",
    "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl",
    "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii",
    "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr",
    "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi",
    "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv",
    "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw",
    "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv",
    "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk",
    "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
)  # fmt: skip

# Languages with only an ISO 639-2/3 code, spoken where the Peace Centre works: Uganda,
# South Sudan, the DRC, Burundi, Kenya, Tanzania, Ethiopia, Somalia, Sudan and Rwanda.
# (code, English name, name in the language itself), as their speakers write them.
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

# The organisation's English names where CLDR's differ ("Swahili", "Rundi", "Ganda").
ORGANISATION_ENGLISH_NAMES = {"sw": "Kiswahili", "rn": "Kirundi", "lg": "Luganda"} | {
    code: english for code, english, _own in REGIONAL
}
# Own names of the ISO 639-1 languages Babel has no locale for (Twi's is Akan's).
OWN_NAMES = {
    "ae": "Avesta",
    "av": "Авар мацӀ",
    "ay": "Aymar aru",
    "bi": "Bislama",
    "ch": "Chamoru",
    "cr": "ᓀᐦᐃᔭᐍᐏᐣ",
    "fj": "Vosa Vakaviti",
    "ho": "Hiri Motu",
    "hz": "Otjiherero",
    "ik": "Iñupiaq",
    "kg": "Kikongo",
    "kj": "Oshikwanyama",
    "kr": "Kanuri",
    "kv": "Коми кыв",
    "li": "Limburgs",
    "mh": "Kajin M̧ajeļ",
    "na": "Dorerin Naoero",
    "ng": "Owambo",
    "oj": "ᐊᓂᔑᓈᐯᒧᐎᓐ",
    "pi": "पाऴि",
    "sm": "Gagana Sāmoa",
    "tw": "Twi",
    "ty": "Reo Tahiti",
} | {code: own for code, _english, own in REGIONAL}

CODES = frozenset(ISO_639_1_CODES) | {code for code, _english, _own in REGIONAL}


def capitalised(name):
    """`name` as it starts a label: CLDR writes "français", a label shows "Français"."""
    return name[:1].upper() + name[1:]


def _babel_locale(language):
    """Babel's locale for a language code ("fr", "pt-br"), or None if it has none."""
    try:
        return Locale.parse(to_locale(language))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def _english_names():
    english = Locale("en").languages
    return {code: ORGANISATION_ENGLISH_NAMES.get(code) or english.get(code, code) for code in CODES}


def english_name(code):
    """The language's English name, the organisation's where it has one; the code if unknown."""
    return _english_names().get(code, code)


@lru_cache(maxsize=16)
def _names_in(language):
    locale = _babel_locale(language)
    return locale.languages if locale is not None else {}


def name_in(code, language):
    """The name of language `code` in `language`, as a label writes it; the English name
    where Babel cannot name it in that language."""
    if language.split("-")[0] == "en":
        return english_name(code)
    return capitalised(_names_in(language).get(code) or english_name(code))


def reader_name(code):
    """The language's name in the reader's (active) language, e.g. "Swahili" under French."""
    return name_in(code, get_language() or settings.LANGUAGE_CODE)


@lru_cache(maxsize=512)
def native_name(code):
    """The language's name in itself, e.g. "Ikirundi"; the code if it is unknown."""
    if code in OWN_NAMES:
        return OWN_NAMES[code]
    locale = _babel_locale(code) if code in CODES else None
    own = locale.languages.get(code) if locale is not None else None
    return capitalised(own) if own else code


class _NativeNames(Mapping):
    """Code → own name for every language offered, each looked up only when asked for."""

    def __getitem__(self, code):
        if code not in CODES:
            raise KeyError(code)
        return native_name(code)

    def __contains__(self, code):
        return code in CODES

    def __iter__(self):
        return iter(sorted(CODES))

    def __len__(self):
        return len(CODES)


NATIVE_NAMES = _NativeNames()
ENGLISH_NAMES = _english_names()
# (code, English name, own name) of each ISO 639-1 language; own names load when shown.
ISO_639_1 = [(code, english_name(code), lazy(native_name, str)(code)) for code in ISO_639_1_CODES]


def site_languages():
    """The codes of the site's content languages, in settings.WAGTAIL_CONTENT_LANGUAGES
    order ("pt-br" is Portuguese here: a file's language has no region)."""
    codes = (code.split("-")[0].lower() for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)
    return list(dict.fromkeys(code for code in codes if code in CODES))


def label(code):
    """The language as a label names it, in the reader's language and then in itself
    where that differs: "Kirundi (Ikirundi)", "Anglais (English)", "English"."""
    name, own = reader_name(code), native_name(code)
    return name if own == name else f"{name} ({own})"


def label_html(code):
    """`label` for a page: the own name marked with its language and direction, so
    screen readers say it and browsers lay it out in that language."""
    name, own = reader_name(code), native_name(code)
    if own == name:
        return name
    direction = mark_safe(' dir="rtl"') if is_rtl(code) else ""
    return format_html('{} (<span lang="{}"{}>{}</span>)', name, code, direction, own)


def editor_choices():
    """What an editor picks from, in the admin's language: the site's languages first,
    labelled as readers see them ("French (Français)"), then every other language by
    name with its code ("Kirundi · rn")."""
    language = get_language() or settings.LANGUAGE_CODE
    site = site_languages()
    named = [(code, name_in(code, language)) for code in CODES if code not in site]
    others = [
        (code, f"{name} · {code}") for code, name in sorted(named, key=lambda entry: entry[1].casefold())
    ]
    return [
        (_("The site’s languages"), [(code, label(code)) for code in site]),
        (_("Other languages"), others),
    ]


def validate_language(code):
    if code not in CODES:
        raise ValidationError(
            _("“%(code)s” is not a language code this site knows. Pick a language from the list."),
            params={"code": code},
        )


def sentence_name(code):
    """The language's name as the reader's language writes it inside a sentence
    ("anglais" in French); a language Django cannot name in the reader's language keeps
    its name in itself ("Ikirundi"), as the filters show it."""
    try:
        get_language_info(code)
    except KeyError:
        return native_name(code)
    return typography.language_name(code)


def _script_direction(script):
    """Babel's direction for a script, from the locale of the language most written in it."""
    try:
        locale = Locale.parse(f"und_{script}")
    except (UnknownLocaleError, ValueError):
        return None
    likely = get_global("likely_subtags").get(locale.language)
    # For a script whose language Babel has no locale for, Babel answers with English.
    if likely is None or parse_locale(likely)[2] != script:
        return None
    return locale.text_direction


@lru_cache(maxsize=512)
def is_rtl(code):
    """Whether the language is written right to left, as Babel's locale data says."""
    locale = _babel_locale(code)
    if locale is not None:
        return locale.text_direction == "rtl"
    likely = get_global("likely_subtags").get(code)
    script = parse_locale(likely)[2] if likely else None
    return script is not None and _script_direction(script) == "rtl"
