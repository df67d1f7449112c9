"""Which language each item is in, and which items translate each other.

WordPress has no languages of its own; the plugins that add them export differently:

- Polylang puts a term of the "language" taxonomy on each item
  (`<category domain="language" nicename="fr">`) and groups translations under a shared
  "post_translations" term (`<category domain="post_translations" nicename="pll_...">`).
- WPML's exports carry post meta: the language in `_wpml_language` (or `wpml_language`,
  `_icl_lang`) and either the id of the item translated (`_wpml_translation_of`,
  `_icl_lang_duplicate_of`) or a translation group id (`_wpml_trid`, `wpml_trid`, `trid`).

In each group one item is the source: the one in the import's language, else the first.
Its page is made first; the others become its translations (same translation_key).
"""

from dataclasses import dataclass, field

LANGUAGE_META = ("_wpml_language", "wpml_language", "_icl_lang", "_icl_language")
SOURCE_META = ("_wpml_translation_of", "_icl_lang_duplicate_of")
GROUP_META = ("_wpml_trid", "wpml_trid", "trid", "_icl_trid")


@dataclass
class LanguagePlan:
    default: str
    language: dict = field(default_factory=dict)  # wp id → site language code
    source_of: dict = field(default_factory=dict)  # wp id of a translation → wp id of its source
    problems: dict = field(default_factory=dict)  # wp id → why its language was not used

    def language_of(self, item):
        return self.language.get(item.wp_id, self.default)

    def is_translation(self, item):
        return item.wp_id in self.source_of


def site_language(code, site_codes):
    """The site's language for a plugin's code: 'fr', 'fr_FR', 'fr-be' → 'fr'; None if
    the site does not offer it."""
    code = (code or "").strip().lower().replace("_", "-")
    if not code:
        return None
    if code in site_codes:
        return code
    prefix = code.split("-")[0]
    return prefix if prefix in site_codes else None


def declared_language(item):
    for term in item.terms_of("language"):
        if term.slug or term.name:
            return term.slug or term.name
    for key in LANGUAGE_META:
        if item.meta.get(key, "").strip():
            return item.meta[key].strip()
    return ""


def group_key(item):
    for term in item.terms_of("post_translations"):
        if term.slug:
            return f"polylang:{term.slug}"
    for key in SOURCE_META:
        value = item.meta.get(key, "").strip()
        if value.isdigit() and int(value) != item.wp_id:
            return f"source:{value}"
    for key in GROUP_META:
        value = item.meta.get(key, "").strip()
        if value:
            return f"trid:{value}"
    return None


def plan_languages(items, default, site_codes):
    """A LanguagePlan for `items` (posts and pages) imported with `default` as the
    language of anything that does not say."""
    plan = LanguagePlan(default=default)
    by_id = {item.wp_id: item for item in items if item.wp_id is not None}
    groups = {}
    for item in by_id.values():
        declared = declared_language(item)
        if declared:
            code = site_language(declared, site_codes)
            if code is None:
                plan.problems[item.wp_id] = (
                    f"language '{declared}' is not one of the site's ({', '.join(site_codes)}); "
                    f"imported as {default} without translation links"
                )
                continue
            plan.language[item.wp_id] = code
        key = group_key(item)
        if key is not None:
            if key.startswith("source:") and int(key[7:]) in by_id:
                # The source belongs to the group it names.
                groups.setdefault(key, [by_id[int(key[7:])]])
            groups.setdefault(key, [])
            if item not in groups[key]:
                groups[key].append(item)
    for key, members in groups.items():
        members = [member for member in members if member.wp_id not in plan.problems]
        if len(members) < 2:
            continue
        if key.startswith("source:") and members[0].wp_id == int(key[7:]):
            source = members[0]
        else:
            source = next((m for m in members if plan.language_of(m) == default), members[0])
        seen = {plan.language_of(source)}
        for member in members:
            if member is source or member.wp_id in plan.source_of:
                continue
            code = plan.language_of(member)
            if code in seen:
                plan.problems[member.wp_id] = (
                    f"a second {code} version of item {source.wp_id}; imported on its own, not as a translation"
                )
                continue
            seen.add(code)
            plan.source_of[member.wp_id] = source.wp_id
    return plan
