"""ROUGE scoring with rouge-score, the way every system in the evaluation is scored.

Every summary is cut to the word budget first, so a system cannot win by writing more. ROUGE-Lsum
needs one sentence per line on both sides; both sides are split with newsfuse's own splitter so
that no system gains from a different notion of sentence.
"""

from __future__ import annotations

import functools

from nltk.stem import porter
from rouge_score import rouge_scorer, tokenize, tokenizers

from newsfuse.segment import sentence_texts

#: The measures reported, in table order, with their display names.
MEASURES = {
    "rouge1": "ROUGE-1",
    "rouge2": "ROUGE-2",
    "rougeL": "ROUGE-L",
    "rougeLsum": "ROUGE-Lsum",
}


class StemmingTokenizer(tokenizers.Tokenizer):
    """rouge-score's own tokenization with its Porter stemmer, remembering stems.

    Identical tokens to ``DefaultTokenizer(use_stemmer=True)``; the cache only saves the stemmer's
    time, which dominates scoring and the oracle's search.
    """

    def __init__(self) -> None:
        self.stem = functools.lru_cache(maxsize=200_000)(porter.PorterStemmer().stem)

    def tokenize(self, text: str) -> list[str]:
        return tokenize.tokenize(text, self)


@functools.cache
def _tokenizer() -> StemmingTokenizer:
    return StemmingTokenizer()


@functools.cache
def _scorer() -> rouge_scorer.RougeScorer:
    return rouge_scorer.RougeScorer(list(MEASURES), tokenizer=_tokenizer())


def tokens(text: str) -> list[str]:
    """Text as the ROUGE scorer sees it: lower-cased, alphanumeric, stemmed tokens."""
    return _tokenizer().tokenize(text)


def cut_to_words(sentences: list[str], words: int) -> list[str]:
    """The sentences, cut to at most ``words`` whitespace-separated words.

    Whole sentences are kept in order while they fit; the first that does not is cut short.
    """
    kept: list[str] = []
    left = words
    for sentence in sentences:
        parts = sentence.split()
        if not parts:
            continue
        if left <= 0:
            break
        kept.append(" ".join(parts[:left]))
        left -= min(len(parts), left)
    return kept


def one_per_line(text: str) -> str:
    """``text`` with one sentence per line, as rouge-score's ROUGE-Lsum expects."""
    return "\n".join(sentence_texts(text))


def score(sentences: list[str], references: list[str], recall: bool = False) -> dict[str, float]:
    """Mean ROUGE F1 (or recall) of a summary against each reference, in percent.

    ``sentences`` is the summary as a list of sentences, already cut to the budget.
    """
    if not references:
        raise ValueError("a cluster needs at least one reference summary to be scored")
    prediction = one_per_line("\n".join(sentences))
    totals = dict.fromkeys(MEASURES, 0.0)
    for reference in references:
        result = _scorer().score(one_per_line(reference), prediction)
        for measure in MEASURES:
            value = result[measure].recall if recall else result[measure].fmeasure
            totals[measure] += 100.0 * value
    return {measure: total / len(references) for measure, total in totals.items()}
