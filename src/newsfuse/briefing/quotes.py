"""Quotes: direct speech with its speaker, merged across the outlets that print it.

A quote is found in the paragraph (so one that runs over several sentences stays whole, and one
left open at a paragraph's end continues into the next paragraph that opens with a quote mark).
Its speaker is resolved by ``newsfuse.briefing.speakers``. The same quote in several outlets is
merged when most of its words match in order, and gets one speaker by vote. Quotes shorter than
``MIN_QUOTE_WORDS`` words ("Says who?") are not key quotes and are left out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from newsfuse.briefing.entities import EntityIndex, Mention
from newsfuse.briefing.model import Quote, Wording
from newsfuse.briefing.speakers import Attribution, StoryPeople, attribute, is_title, vote
from newsfuse.domain import Sentence

#: Fewer words than this and a quote is not a key quote (still read for who speaks next).
MIN_QUOTE_WORDS = 6
#: Two quotes of one article are one quote only when the shorter has this share of the longer's
#: words.
SAME_LENGTH = 0.8
_OPENERS = {"“": "”", "‘": "’", '"': '"'}
_WORDS = re.compile(r"[a-z0-9]+")
# Some sites turn a TeX-style closing '' into two single marks: ’’ closes a “ quotation.
_DOUBLED_CLOSE = {"’’", "''"}
# Every character quote_spans acts on: the marks that open and close a quotation.
_MARKS = "".join(sorted({*_OPENERS, *_OPENERS.values(), *"".join(_DOUBLED_CLOSE)}))
_MARK = re.compile(f"[{re.escape(_MARKS)}]")


@dataclass
class _Found:
    doc_index: int
    start: int
    end: int
    text: str
    speaker: Attribution | None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages (inside the marks) in a document's text."""
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    open_at: int | None = None
    closer = ""
    for start, paragraph in paragraphs:
        i = 0
        if open_at is not None and not paragraph.lstrip().startswith(("“", '"', "‘")):
            # The quote left open did not continue here: it ended with the last paragraph.
            spans.append((open_at, start - 1))
            open_at = None
        elif open_at is not None:
            i = paragraph.index(paragraph.lstrip()[0]) + 1  # the continuation mark
        while i < len(paragraph):
            char = paragraph[i]
            if char not in _MARKS:  # only marks open or close a quote: on to the next one
                mark = _MARK.search(paragraph, i)
                i = mark.start() if mark else len(paragraph)
                continue
            if open_at is None and char in _OPENERS:
                previous = paragraph[i - 1] if i else " "
                if char == "‘" or char == '"' or char == "“":
                    if char == "‘" and previous.isalnum():
                        i += 1
                        continue
                    open_at, closer = start + i + 1, _OPENERS[char]
            elif open_at is not None and closer == "”" and paragraph[i : i + 2] in _DOUBLED_CLOSE:
                spans.append((open_at, start + i))  # “The Wolfman’’: two single marks close it
                open_at = None
                i += 1
            elif open_at is not None and char == closer:
                following = paragraph[i + 1] if i + 1 < len(paragraph) else " "
                if closer == "’" and following.isalpha():
                    i += 1  # an apostrophe inside the quote ("we’re")
                    continue
                spans.append((open_at, start + i))
                open_at = None
            i += 1
        if open_at is not None and closer == "’":
            open_at = None  # single quotes never run across paragraphs; that was an apostrophe
    if open_at is not None:
        spans.append((open_at, len(text)))
    return [(s, e) for s, e in spans if len(_WORDS.findall(text[s:e].lower())) >= 2]


def find_quotes(
    texts: list[str],
    mentions: list[Mention],
    entities: EntityIndex,
    people: StoryPeople | None = None,
) -> list[_Found]:
    spans = [quote_spans(text) for text in texts]
    speakers = attribute(texts, spans, mentions, entities, people)
    found: list[_Found] = []
    for doc_index, text in enumerate(texts):
        for (start, end), who in zip(spans[doc_index], speakers[doc_index], strict=True):
            quoted = text[start:end]
            for mark in '“”"':  # marks reopening a quote in its next paragraph
                quoted = quoted.replace(mark, " ")
            quoted = " ".join(quoted.split())
            found.append(_Found(doc_index, start, end, quoted, who))
    return found


def _same_quote(a: list[str], b: list[str], share: float = 0.7) -> bool:
    shorter = min(len(a), len(b))
    if shorter == 0 or sum((Counter(a) & Counter(b)).values()) < share * shorter:
        return False  # too few words in common for 70% in order: no need to align them
    matched = sum(block.size for block in SequenceMatcher(None, a, b).get_matching_blocks())
    return matched / shorter >= share


#: Two outlets' quotes given to two different speakers are one quote only if this much of the
#: shorter is the longer's, in order: "The West Nile virus is so new" (a mother) is not "The
#: chance of humans becoming ill from West Nile virus is very small" (a group).
SAME_WORDS_OTHER_SPEAKER = 0.9


def _may_join(item: _Found, group: list[_Found], words_of: dict[int, list[str]]) -> bool:
    """Whether ``item`` may join a group of the same words: a short quote is part of another
    outlet's longer one, but two quotes of one article are two things said ("What do you mean I
    didn't win?" is not the same as a long answer that also asks "What do you mean, you
    knew?"), unless they are the same words told twice."""
    mine, theirs = words_of[id(item)], words_of[id(group[0])]
    # (only speakers the words around each quote name: a guess may be wrong)
    named = {m.speaker.speaker for m in group if m.speaker is not None and m.speaker.sure}
    mine_named = item.speaker.speaker if item.speaker is not None and item.speaker.sure else None
    if (
        mine_named
        and named
        and mine_named not in named
        and not _same_quote(mine, theirs, SAME_WORDS_OTHER_SPEAKER)
    ):
        return False
    if all(member.doc_index != item.doc_index for member in group):
        return True
    if len(mine) >= SAME_LENGTH * len(theirs):
        return True
    # A piece of the article's own quote repeated word for word ("Marsh repeated that the bridge
    # would stay shut “until the engineers are sure”") is that quote.
    return any(theirs[k : k + len(mine)] == mine for k in range(len(theirs) - len(mine) + 1))


def _sentence_index(of_doc: list[Sentence], position: int) -> int:
    """The index of the sentence of a document (``of_doc``, its sentences) at ``position``."""
    for sentence in of_doc:
        if sentence.start <= position < sentence.end + 1:
            return sentence.index
    return -1


def merge_quotes(found: list[_Found], sentences: list[Sentence], sources: list[int]) -> list[Quote]:
    """One Quote per distinct key quote (``MIN_QUOTE_WORDS`` or more); the longest wording stands
    for it, and its speaker is the vote of the outlets' attributions."""
    groups: list[list[_Found]] = []
    words_of = {id(f): _WORDS.findall(f.text.lower()) for f in found}
    key_quotes = [
        f for f in found if len(words_of[id(f)]) >= MIN_QUOTE_WORDS and not is_title(f.text)
    ]
    # Groups by the words of their first quote: a quote is compared only with the groups it
    # shares a word with (``_same_quote`` needs most of them), first group first.
    by_word: dict[str, list[int]] = defaultdict(list)
    for item in sorted(key_quotes, key=lambda f: -len(words_of[id(f)])):
        words = words_of[id(item)]
        near = sorted({g for word in set(words) for g in by_word.get(word, ())})
        chosen = next(
            (
                g
                for g in near
                if _same_quote(words, words_of[id(groups[g][0])])
                and _may_join(item, groups[g], words_of)
            ),
            None,
        )
        if chosen is None:
            for word in set(words):
                by_word[word].append(len(groups))
            groups.append([item])
        else:
            groups[chosen].append(item)
    of_doc: dict[int, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        of_doc[sentence.doc_index].append(sentence)
    quotes: list[Quote] = []
    for group in groups:
        wordings = [
            Wording(
                sources[g.doc_index],
                g.doc_index,
                _sentence_index(of_doc[g.doc_index], g.start),
                g.text,
            )
            for g in sorted(group, key=lambda g: (g.doc_index, g.start))
        ]
        quotes.append(Quote(group[0].text, vote([g.speaker for g in group]), wordings))
    # Quotes carried by more outlets first, then longer ones; attributed before anonymous.
    quotes.sort(key=lambda q: (-len(q.sources), q.speaker is None, -len(q.text)))
    return quotes
