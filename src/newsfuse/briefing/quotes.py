"""Quotes: direct speech with its speaker, merged across the outlets that print it.

A quote is found in the paragraph (so one that runs over several sentences stays whole, and one
left open at a paragraph's end continues into the next paragraph that opens with a quote mark).
Its speaker comes from the words around it: '..., said Kerry', '... Kerry told the council',
'According to Kerry, "..."', 'He said: "..."' (a pronoun means the last named speaker, or else
the last person named before it). The same quote in several outlets is merged when most of its
words match in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from newsfuse.briefing.entities import _TITLES, PERSON, EntityIndex, Mention
from newsfuse.briefing.model import Quote, Wording
from newsfuse.domain import Sentence

_OPENERS = {"“": "”", "‘": "’", '"': '"'}
_SPEECH_VERBS = (
    r"said|says|told|tells|added|adds|asked|explained|insisted|warned|stressed|noted|declared"
    r"|suggested|argued|replied|wrote|tweeted|continued|urged|described|called|accused"
    r"|announced|acknowledged|claimed|recalled|admitted|remarked|felt"
)
_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS})\b")
_NAME = re.compile(r"(?:[A-Z][\w’'.-]*)(?:\s+(?:(?:de|al|bin|van|von)\s+)?[A-Z][\w’'.-]*)*")
# "Kerry told", "Kerry, the mayor, said", "Kerry appeared to suggest"; not "X had been warned".
_SPEAKING_AFTER = re.compile(
    r"^[\w’'-]*,?\s+(?:(?!been\b|was\b|were\b|is\b|be\b)\w+,?\s+){0,2}?"
    rf"(?:{_SPEECH_VERBS}|suggest)\b"
)
# '..." said Kerry': the inverted order only follows a quote or a comma.
_SPEAKING_BEFORE = re.compile(rf"[,”\"’]\s*(?:{_SPEECH_VERBS})\s+$")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
_WORDS = re.compile(r"[a-z0-9]+")


@dataclass
class _Found:
    doc_index: int
    start: int
    end: int
    text: str
    speaker: str | None


def _quote_spans(text: str) -> list[tuple[int, int]]:
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
            if open_at is None and char in _OPENERS:
                previous = paragraph[i - 1] if i else " "
                if char == "‘" or char == '"' or char == "“":
                    if char == "‘" and previous.isalnum():
                        i += 1
                        continue
                    open_at, closer = start + i + 1, _OPENERS[char]
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


def _name_in(phrase: str, entities: EntityIndex) -> str | None:
    """The person named in ``phrase`` (the last such name), resolved to its merged entity."""
    best = None
    for match in _NAME.finditer(phrase):
        if all(
            w.lower() in _TITLES or w.lower() in {"of", "state", "foreign"}
            for w in match.group().split()
        ):
            continue
        canonical = entities.canonical(match.group())
        if canonical and entities.kind_of(canonical) == PERSON:
            best = canonical
        elif canonical is None and best is None and len(match.group().split()) >= 2:
            words = match.group().split()
            if words[0] not in {"The", "A", "An"}:
                best = match.group()
    return best


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    return line_start, len(text) if line_end < 0 else line_end


class _SpeakerFinder:
    """Attributes quotes of one document, remembering speakers for pronouns and continuations."""

    def __init__(self, text: str, mentions: list[Mention], entities: EntityIndex):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.entities = entities
        self.last_speaker: tuple[int, str] | None = None  # (paragraph start, name)

    def _last_person_before(
        self, position: int, not_before: int, speaking: bool = False
    ) -> str | None:
        """The last person named in [not_before, position); with ``speaking``, only one who
        is the subject of a speech verb ("Kerry told", "said Kerry")."""
        for mention in reversed(self.mentions):
            if speaking:
                after = self.text[mention.end : mention.end + 40]
                before = self.text[max(0, mention.start - 12) : mention.start]
                if not (_SPEAKING_AFTER.match(after) or _SPEAKING_BEFORE.search(before)):
                    continue
            if not_before <= mention.start and mention.end <= position:
                canonical = self.entities.canonical(mention.text)
                if canonical and self.entities.kind_of(canonical) == PERSON:
                    return canonical
        return None

    def _resolve(self, phrase: str, position: int) -> str | None:
        name = _name_in(phrase, self.entities)
        if name:
            return name
        if _PRONOUN.search(phrase):
            # He/she: the last named speaker of this paragraph or the one before, else the
            # last person named there.
            paragraph_start = _sentence_bounds(self.text, position)[0]
            previous_end = len(self.text[:paragraph_start].rstrip())  # skip blank lines
            previous_start = _sentence_bounds(self.text, max(previous_end - 1, 0))[0]
            return (
                self._last_person_before(position, paragraph_start, speaking=True)
                or self._last_person_before(paragraph_start, previous_start, speaking=True)
                or (self.last_speaker[1] if self.last_speaker else None)
                or self._last_person_before(position, previous_start)
            )
        return None

    def speaker(self, start: int, end: int) -> str | None:
        text = self.text
        paragraph_start = _sentence_bounds(text, start)[0]
        paragraph_end = _sentence_bounds(text, end)[1]  # the quote may end paragraphs later
        after = text[end + 1 : min(paragraph_end, end + 160)]
        after = re.split(r"(?<=[.!?])\s+(?=[\"“A-Z])|[“\"]", after, maxsplit=1)[0]
        verb = _VERB.search(after)
        speaker = None
        if verb and verb.start() < 80:
            # ', said Kerry' / ', Kerry said' / ', a spokesman, Jonas Hale, said'
            # Pronouns are resolved from where the quote starts (it may span paragraphs).
            speaker = self._resolve(after[: verb.start()], start) or self._resolve(
                re.split(r"[,.;]", after[verb.end() :], maxsplit=1)[0], start
            )
            if speaker is None:
                speaker = self._resolve(after[verb.end() : verb.end() + 60], start)
        if speaker is None:
            before = text[paragraph_start : start - 1]
            before = re.split(r"(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+", before)[-1]
            before = re.split(r"[”\"“]", before)[-1]  # after the last quote of the sentence
            according = _ACCORDING.search(before)
            verbs = list(_VERB.finditer(before))
            if verbs:
                # The subject of the last speech verb: the words since the previous clause.
                subject = before[: verbs[-1].start()]
                subject = re.split(r"\b(?:while|whereas|but|and|as)\b|[;,]", subject)[-1] or subject
                speaker = self._resolve(subject, start)
                if speaker is None:
                    return None  # someone unnamed speaks ("the foreign minister said")
            elif according:
                speaker = self._resolve(according.group(1), start)
        if speaker is None and self.last_speaker and self.last_speaker[0] >= paragraph_start - 1:
            speaker = self.last_speaker[1]  # another quote of the same paragraph or run
        opens_paragraph = not text[paragraph_start:start].strip(' “"‘')
        recent = self.last_speaker and paragraph_start - self.last_speaker[0] < 600
        if speaker is None and opens_paragraph and recent:
            # A paragraph opening with a quote continues the speaker of the paragraph before.
            speaker = self.last_speaker[1]
        if speaker:
            self.last_speaker = (paragraph_start, speaker)
        return speaker


def find_quotes(texts: list[str], mentions: list[Mention], entities: EntityIndex) -> list[_Found]:
    found: list[_Found] = []
    for doc_index, text in enumerate(texts):
        finder = _SpeakerFinder(text, [m for m in mentions if m.doc_index == doc_index], entities)
        for start, end in _quote_spans(text):
            quoted = text[start:end]
            for mark in '“”"':  # marks reopening a quote in its next paragraph
                quoted = quoted.replace(mark, " ")
            quoted = " ".join(quoted.split())
            found.append(_Found(doc_index, start, end, quoted, finder.speaker(start, end)))
    return found


def _same_quote(a: list[str], b: list[str]) -> bool:
    shorter = min(len(a), len(b))
    if shorter == 0:
        return False
    matched = sum(block.size for block in SequenceMatcher(None, a, b).get_matching_blocks())
    return matched / shorter >= 0.7


def _sentence_index(sentences: list[Sentence], doc_index: int, position: int) -> int:
    for sentence in sentences:
        if sentence.doc_index == doc_index and sentence.start <= position < sentence.end + 1:
            return sentence.index
    return -1


def merge_quotes(found: list[_Found], sentences: list[Sentence], sources: list[int]) -> list[Quote]:
    """One Quote per distinct quote; the longest wording stands for it, speakers by vote."""
    groups: list[list[_Found]] = []
    words_of = {id(f): _WORDS.findall(f.text.lower()) for f in found}
    for item in sorted(found, key=lambda f: -len(words_of[id(f)])):
        for group in groups:
            speakers = {g.speaker for g in group if g.speaker}
            if item.speaker and speakers and item.speaker not in speakers:
                continue
            if _same_quote(words_of[id(item)], words_of[id(group[0])]):
                group.append(item)
                break
        else:
            groups.append([item])
    quotes: list[Quote] = []
    for group in groups:
        speakers = [g.speaker for g in group if g.speaker]
        speaker = max(set(speakers), key=speakers.count) if speakers else None
        wordings = [
            Wording(
                sources[g.doc_index],
                g.doc_index,
                _sentence_index(sentences, g.doc_index, g.start),
                g.text,
            )
            for g in sorted(group, key=lambda g: (g.doc_index, g.start))
        ]
        quotes.append(Quote(group[0].text, speaker, wordings))
    # Quotes carried by more outlets first, then longer ones; attributed before anonymous.
    quotes.sort(key=lambda q: (-len(q.sources), q.speaker is None, -len(q.text)))
    return quotes
