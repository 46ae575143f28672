"""Segment: cleaned text into sentences with character offsets.

Lines are split first, because in news text a line break ends a headline, a bullet or a caption
even without a full stop; each line is then split by sentencex (Wikimedia's splitter, which handles
abbreviations such as Mr., U.S. and Sept., decimals and quoted sentences).
"""

from __future__ import annotations

import re

import sentencex

from newsfuse.domain import Sentence

_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*–—-]|\d{1,2}[.)])\s+")
# A wire dateline before an article's first sentence: "WASHINGTON (AP) -- ", "BRUSSELS, January
# 22 (Xinhua) -- ", "LONDON — ". It is no part of the sentence: a summary that quotes it spends
# words on it, and it hides the sentence's real start from the selector's filters.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]*(?:[ ,/]+[A-Z][A-Za-z.'’-]*)*"  # the place, in capitals
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # an optional date
    r"\s*(?:\([A-Za-z][\w .&-]{0,30}\))?\s*(?:--|—|–|_)\s+)(?=[A-Z0-9\"“‘`'])"
)
# sentencex occasionally keeps a closing quote's sentence glued to the next one when the quote
# ends in punctuation: '..." He said' stays whole, which is right; nothing more to patch here.


def split_sentences(text: str, doc_index: int = 0, language: str = "en") -> list[Sentence]:
    """Split one document's text into sentences, keeping offsets into ``text``; ``language``
    (ISO 639-1) picks sentencex's abbreviation rules."""
    sentences: list[Sentence] = []
    paragraph = -1
    position = 0
    for line in text.splitlines(keepends=True):
        line_start = position
        position += len(line)
        if not line.strip():
            continue
        paragraph += 1
        bullet = _BULLET.match(line)
        body_start = bullet.end() if bullet else 0
        cursor = body_start
        for piece in sentencex.segment(language, line[body_start:]):
            stripped = piece.strip()
            if not stripped:
                continue
            found = line.find(stripped, cursor)
            if found < 0:  # the splitter normalised something; fall back to the running cursor
                found = cursor
            cursor = found + len(stripped)
            if not sentences:
                dateline = _DATELINE.match(stripped)
                if dateline and dateline.end() < len(stripped):
                    stripped = stripped[dateline.end() :]
                    found += dateline.end()
            sentences.append(
                Sentence(
                    text=stripped,
                    doc_index=doc_index,
                    index=len(sentences),
                    start=line_start + found,
                    end=line_start + found + len(stripped),
                    paragraph=paragraph,
                )
            )
    return sentences


def sentence_texts(text: str) -> list[str]:
    """Just the sentence strings of ``text``; the splitter every system shares in evaluation."""
    return [s.text for s in split_sentences(text)]
