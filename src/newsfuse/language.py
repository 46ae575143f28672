"""Which language each article is written in, and what that rules out.

The figure, date, quote and speaker rules of the briefing read English only. On a story told in
another language they would not fail loudly, they would be wrong ("four dead" cited to an outlet
that says three), so those parts are skipped and the output says so. Detection is py3langid's
(langid.py's model, shipped inside the package; deterministic), asked only about texts that are
not plainly English by their function words.

Sentences are split by each article's language (sentencex, see :mod:`newsfuse.segment`), and the
similarities that pick the summary drop that language's stop words (:func:`cluster_stop_words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from runpy import run_path

from newsfuse.domain import Document, Problem

#: Briefing sections built by English-only rules, and what in them is English-only.
ENGLISH_ONLY = {
    "disagreements": "figures, dates and blame",
    "quotes": "quotes and their speakers",
    "timeline": "dates",
}
#: Language names for the messages (codes are ISO 639-1; others are shown as their code).
NAMES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "fi": "Finnish",
    "pl": "Polish",
    "cs": "Czech",
    "ru": "Russian",
    "uk": "Ukrainian",
    "tr": "Turkish",
    "ar": "Arabic",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
}
#: Shorter texts are too little to tell a language by; they are taken as English.
MIN_CHARACTERS = 40


# The commonest English function words: running English prose is a third of them or more, text in
# other languages a few per cent. A clear English text is taken as such without the model, whose
# loading costs half a second.
_ENGLISH_WORDS = frozenset(
    {
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "is",
        "was",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "said",
        "it",
        "he",
        "she",
        "his",
        "her",
        "has",
        "have",
        "were",
        "be",
        "are",
        "an",
        "which",
        "after",
        "had",
        "not",
        "but",
        "they",
        "their",
        "who",
        "will",
        "been",
        "this",
        "its",
        "would",
        "there",
    }
)
_WORD = re.compile(r"[^\W\d_]+")
#: Share of English function words above which a text is English without asking the model.
CLEARLY_ENGLISH = 0.25


def english_word_share(text: str) -> float:
    words = _WORD.findall(text.lower())
    return sum(w in _ENGLISH_WORDS for w in words) / (len(words) or 1)


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1024)  # asked again for the same texts by the analysis and the briefing
def detect(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in (its first 4,000 characters)."""
    sample = text[:4000]
    if len(sample.strip()) < MIN_CHARACTERS or english_word_share(sample) >= CLEARLY_ENGLISH:
        return "en"
    code, _probability = _identifier().classify(sample)
    return code


def name(code: str) -> str:
    return NAMES.get(code, code)


def languages(documents: list[Document]) -> list[str]:
    return [detect(d.text) for d in documents]


def non_english_share(documents: list[Document], codes: list[str]) -> float:
    """The share of the cluster's words written in a language other than English."""
    words = [len(d.text.split()) for d in documents]
    other = sum(w for w, code in zip(words, codes, strict=True) if code != "en")
    return other / (sum(words) or 1)


def document_problems(documents: list[Document], codes: list[str]) -> list[Problem]:
    """A warning for each article not in English."""
    return [
        Problem(
            d.source or d.id,
            f"written in {name(code)} ({code}); newsfuse's figure, date and quote rules read "
            "English only, so this article's figures, dates and quotes may be missed",
        )
        for d, code in zip(documents, codes, strict=True)
        if code != "en"
    ]


def skipped_parts(documents: list[Document], codes: list[str]) -> list[Problem]:
    """When most of the story is not in English: the English-only briefing parts, and why they
    are left empty (a problem each, ``where`` naming the section)."""
    if non_english_share(documents, codes) <= 0.5:
        return []
    others = sorted({name(code) for code in codes if code != "en"})
    told = " and ".join(others)
    return [
        Problem(
            section,
            f"skipped: the story is told in {told}, and {what} are read by rules for English only",
        )
        for section, what in ENGLISH_ONLY.items()
    ]


@cache
def stop_words(code: str) -> frozenset[str]:
    """The stop words of the language ``code``: scikit-learn's for English, else spaCy's list
    for that language (``spacy/lang/<code>/stop_words.py``, which needs no model); empty for a
    language spaCy does not know.

    The list's file is read on its own (it only defines ``STOP_WORDS``): importing spaCy to get
    it would cost a second or more.
    """
    if code == "en":
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        return frozenset(ENGLISH_STOP_WORDS)
    spacy = find_spec("spacy")  # finds the package without importing it
    if not code.isalpha() or spacy is None or spacy.origin is None:
        return frozenset()
    path = Path(spacy.origin).parent / "lang" / code / "stop_words.py"
    if not path.is_file():
        return frozenset()
    words = set(run_path(str(path))["STOP_WORDS"])
    # Elided forms ("qu'", "aujourd'hui") count by their parts too, as a tokenizer may split them.
    return frozenset(words | {part for word in words for part in _WORD.findall(word)})


def cluster_stop_words(codes: Iterable[str]) -> str | list[str]:
    """The stop words the summary's similarities leave out, for a story in these languages:
    ``"english"`` (scikit-learn's list, as TfidfVectorizer names it) for an English story, else
    the words of every language the story is told in."""
    found = set(codes)
    if found <= {"en"}:
        return "english"
    return sorted(frozenset().union(*(stop_words(code) for code in found)))
