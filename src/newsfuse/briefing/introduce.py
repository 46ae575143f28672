"""People introduced in the briefing's summary: a surname met first gets its first name.

A summary is cut from several articles, so its first "Haskel said" may come from an article that
named Jack Haskel sentences earlier, and the reader never met him. The first time a person is
named by surname alone, before the summary names them in full, the rest of the name the cluster
gives them is put before it in square brackets, as an editor marks words added to a quotation:
"[Jack] Haskel said". Nothing changes inside quotation marks, after a title or a first name
("President Obama", "Jane Wilson"), where the surname describes something else ("the Clinton
administration") or where two people of the cluster share it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsfuse.briefing.model import Entity
from newsfuse.briefing.quotes import quote_spans
from newsfuse.domain import Summary

# A capitalised word (a title, a first name, a rank: "Sen.", "DC") right before the surname.
_NAMED_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")
# After the surname: another capitalised word (a longer name, "Clinton Foundation"), or a noun
# that the surname only describes.
_DESCRIBES = re.compile(
    r"^(?:\s+[A-Z]|-|\s+(?:administration|campaign|government|family|era|camp|presidency|team"
    r"|years|foundation|estate|case|trial|doctrine|clan|brothers|sisters)\b)"
)


def people_by_surname(entities: list[Entity]) -> dict[str, str]:
    """Surname → full name, for the people of the cluster that the articles also name by
    surname alone, when no other person, place or body of the cluster goes by that word."""
    claimed: dict[str, set[str]] = {}
    for entity in entities:
        for variant in entity.variants:
            for word in variant.split():
                claimed.setdefault(word, set()).add(entity.name)
    found: dict[str, str] = {}
    for entity in entities:
        words = entity.name.split()
        if entity.kind != "person" or len(words) < 2:
            continue
        surname = words[-1]
        if surname in entity.variants and claimed.get(surname) == {entity.name}:
            found[surname] = entity.name
    return found


def with_people_introduced(summary: Summary, entities: list[Entity]) -> Summary:
    """The summary with the first name put before each person's first mention by surname alone
    (see the module's docstring); the sentences' offsets still point at their source."""
    full_names = people_by_surname(entities)
    if not full_names:
        return summary
    longer = {
        entity.name: [v for v in entity.variants if " " in v] + [entity.name]
        for entity in entities
        if entity.name in full_names.values()
    }
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(full_names))) + r")\b")
    introduced: set[str] = set()
    sentences = []
    for sentence in summary.sentences:
        text = sentence.text
        named = {name for name, forms in longer.items() if any(f in text for f in forms)}
        quoted = quote_spans(text)
        given_at: list[tuple[int, str]] = []
        for match in pattern.finditer(text):
            name = full_names[match.group(1)]
            if name in introduced or name in named:
                continue
            introduced.add(name)  # met once, however named, is met
            if not (
                any(start <= match.start() < end for start, end in quoted)
                or _titled(text, match.start())
                or _DESCRIBES.match(text[match.end() :])
            ):
                given_at.append((match.start(), name[: -len(match.group(1))].strip()))
        introduced |= named
        for at, given in reversed(given_at):
            text = f"{text[:at]}[{given}] {text[at:]}"
        sentences.append(replace(sentence, text=text) if given_at else sentence)
    return replace(summary, sentences=sentences)


def _titled(text: str, at: int) -> bool:
    """Whether a capitalised word stands right before the surname: a title, a rank or a first
    name ("Sen. Voss", "DC Bird", "Jane Wilson"), not a sentence's opening "But" or "When"."""
    before = _NAMED_BEFORE.search(text, 0, at)
    return bool(before) and before.group().strip().lower() not in ENGLISH_STOP_WORDS
