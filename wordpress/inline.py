"""Markup the site's rich text has no feature for, rewritten into what it has.

Rich text keeps paragraphs, bold, italic, lists and links (home.blocks.RICH_TEXT_FEATURES);
anything else is unwrapped to its bare text. For some elements the bare text says
something else: H<sub>2</sub>O becomes "H2O", E=mc<sup>2</sup> "E=mc2", a quotation loses
its marks, a definition list runs its terms into their definitions, and a list that
starts at 8 restarts at 1. These are rewritten first:

- <sub> and <sup> → Unicode subscript and superscript characters (H₂O, E=mc², 1ˢᵗ) where
  every character has one, else the text in brackets when it would touch a word;
- <q> → the text between quotation marks;
- <dl> → one paragraph per term, the term in bold and its definitions on the next lines;
- <ol start="8"> (or reversed) → one paragraph per item, numbered as WordPress showed it.
"""

from bs4 import BeautifulSoup, NavigableString

SUPERSCRIPT = dict(
    zip(
        "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ",
        strict=True,
    )
)
SUBSCRIPT = dict(zip("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True))


def scripted(text, table):
    """`text` in sub- or superscript characters, or None if one has no such character."""
    if not text or any(char not in table for char in text):
        return None
    return "".join(table[char] for char in text)


def rewrite(soup):
    """Rewrite, in place, the elements of `soup` that rich text would lose the sense of."""
    for tag in soup.find_all(["sub", "sup"]):
        text = tag.get_text()
        converted = scripted(text.strip(), SUPERSCRIPT if tag.name == "sup" else SUBSCRIPT)
        if converted is None:
            before = tag.previous_sibling
            touching = isinstance(before, NavigableString) and before[-1:].isalnum()
            converted = f"({text.strip()})" if touching and text.strip() else text
        tag.replace_with(NavigableString(converted))
    for tag in soup.find_all("q"):
        tag.insert(0, NavigableString("“"))
        tag.append(NavigableString("”"))
        tag.unwrap()
    for tag in soup.find_all("dl"):
        tag.replace_with(definition_paragraphs(tag))
    for tag in soup.find_all("ol"):
        start, reverse = tag.get("start"), tag.has_attr("reversed")
        if (start and start.strip() not in ("", "1")) or reverse:
            tag.replace_with(numbered_paragraphs(tag, start, reverse))


def definition_paragraphs(tag):
    fragment = BeautifulSoup("", "html.parser")
    paragraph = None
    for child in tag.find_all(["dt", "dd"]):
        if child.name == "dt" or paragraph is None:
            paragraph = fragment.new_tag("p")
            fragment.append(paragraph)
        if child.name == "dt":
            bold = fragment.new_tag("b")
            bold.extend(list(child.contents))
            paragraph.append(bold)
        else:
            if paragraph.contents:
                paragraph.append(fragment.new_tag("br"))
            paragraph.extend(list(child.contents))
    return fragment


def numbered_paragraphs(tag, start, reverse):
    items = tag.find_all("li", recursive=False)
    try:
        number = int((start or "").strip())
    except ValueError:
        number = len(items) if reverse else 1
    fragment = BeautifulSoup("", "html.parser")
    for item in items:
        paragraph = fragment.new_tag("p")
        paragraph.append(NavigableString(f"{number}. "))
        paragraph.extend(list(item.contents))
        fragment.append(paragraph)
        number += -1 if reverse else 1
    return fragment
