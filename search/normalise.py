"""One spelling per word, for the search index and for what readers type.

Readers write a word the way their keyboard lets them: `egalite` for `égalité`, `d’Afrique`
with a typographic apostrophe, `سلام` for `السلام`, `امن` for `أمن`, with or without harakat
or tatweel. SQLite's FTS5 has no stemmer and PostgreSQL's configurations keep accents, so
each spelling would find only itself. `normalise` gives every spelling the same form; the
search backend (`search/backend.py`) applies it to the text it indexes and to the query it
sends, on every database, so both sides always agree. It knows no language: each rule only
touches the script it is about, so a page that mixes languages is read right.

What it does, in order:

- case folded (`Amani` → `amani`), compatibility forms unfolded (ligatures, Arabic
  presentation forms, full-width letters), `œ`/`æ` written out;
- combining marks dropped: Latin accents (`é` → `e`), Arabic harakat, shadda and
  superscript alef, and the hamza written above or below a letter (`أ إ آ` → `ا`,
  `ؤ` → `و`, `ئ` → `ي`), but not the marks other scripts spell with; then `ٱ` → `ا`,
  `ى` → `ي`, `ة` → `ه`, tatweel dropped, Arabic-Indic digits as 0–9;
- apostrophes (straight, typographic and modifier letters alike): a French elided word is
  dropped (`l'eau` → `eau`, `d'Afrique` → `afrique`, `qu'elle` → `elle`), the Kiswahili
  `ng'` before a vowel is kept in its word (`ng'ombe` → `ngombe`), any other apostrophe
  separates words (`women's` → `women s`, the same as the databases' own parsers);
- every Arabic word of two letters or more written with the definite article, whether it
  had one, one of its prefixed forms (`وال بال كال فال لل`: "and the", "with the", "like
  the", "so the", "for the") or none: `سلام`, `والسلام` and `للسلام` are all `السلام`. The
  prefixes come off as in Larkey's "light10" stemmer, the usual one for Arabic search (when
  two letters or more remain). The article is then put back rather than left off because
  PostgreSQL's Arabic stemmer reads a word with it as a noun and takes off its plural and
  feminine endings (`المدربات` → `مدرب`), while the bare word may be read as a verb
  (`مدربات` → `مدربا`); on SQLite, which does not stem, either way would do.

Everything else (spaces, punctuation, word order) is left where it was, so the databases'
parsers see the same words at the same positions.
"""

import re
import unicodedata

# Combining marks dropped from words: the Latin, Greek and Cyrillic accents (as they are once
# decomposed) and the Arabic harakat, shadda, superscript alef, hamza above and below and
# Quranic marks. Marks of other scripts (Indic vowel signs) are letters there and stay.
_MARKS = (
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
)
_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\uff07"
# A word as a reader writes it: letters and digits, the marks and tatweel written on them,
# apostrophes inside it.
WORD = re.compile(f"[\\w\u0640{_MARKS}]+(?:[{_APOSTROPHES}][\\w\u0640{_MARKS}]+)*")

_MARK = re.compile(f"[{_MARKS}]")
_CHARACTERS = str.maketrans(
    {
        "œ": "oe",
        "æ": "ae",
        "\u0671": "\u0627",  # alef wasla → alef
        "\u0649": "\u064a",  # alef maksura → yeh
        "\u0629": "\u0647",  # taa marbuta → heh
        "\u0640": None,  # tatweel
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},  # their Persian forms
        **dict.fromkeys(_APOSTROPHES, "'"),
    }
)
_FRENCH_ELISION = re.compile(r"\b(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[cdjlmnst])'(?=\w)")
_KISWAHILI_NG = re.compile(r"(?<=ng)'(?=[aeiou])")
# An Arabic word once normalised: Arabic letters (the Persian and Urdu ones included).
_ARABIC_WORD = re.compile("[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]{2,}")
# وال بال كال فال لل ال, longest first, when two letters or more follow.
_ARABIC_ARTICLE = re.compile(
    "^(?:\u0648\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0641\u0627\u0644|\u0644\u0644|\u0627\u0644)(?=..)"
)
THE = "\u0627\u0644"


def _with_the_article(match):
    return THE + _ARABIC_ARTICLE.sub("", match.group(0))


def normalise(text):
    """`text` with every spelling of a word written the same way (see the module's rules)."""
    if not text:
        return ""
    text = text.casefold()
    if not text.isascii():
        decomposed = _MARK.sub("", unicodedata.normalize("NFKD", text))
        text = unicodedata.normalize("NFC", decomposed)
    text = text.translate(_CHARACTERS)
    if not text.isascii():
        text = _ARABIC_WORD.sub(_with_the_article, text)
    if "'" in text:
        text = _KISWAHILI_NG.sub("", _FRENCH_ELISION.sub("", text)).replace("'", " ")
    return text


def normalise_value(value):
    """A search field's value with its text normalised, whatever shape Wagtail gives it
    (a string, or lists and dicts of them from StreamFields and related objects)."""
    if isinstance(value, str):
        return normalise(value)
    if isinstance(value, (list, tuple)):
        return [normalise_value(item) for item in value]
    if isinstance(value, dict):
        return {key: normalise_value(item) for key, item in value.items()}
    return value


def word_forms(word):
    """The normalised words a written word stands for (`d'Afrique` → ["afrique"])."""
    return normalise(word).split()
