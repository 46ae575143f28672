"""Baselines a reviewer accepts: lead, LexRank and TextRank (through sumy).

Every baseline sees the documents split by newsfuse's splitter and fills the same word budget; the
runner cuts every summary to the budget before scoring.
"""

from __future__ import annotations

import functools
from itertools import groupby

from newsfuse.domain import Cluster, Sentence
from newsfuse.segment import split_sentences


def cluster_sentences(cluster: Cluster) -> list[list[Sentence]]:
    """Each document's sentences, by newsfuse's splitter: the input every system shares."""
    return [split_sentences(d.text, i) for i, d in enumerate(cluster.documents)]


def lead(cluster: Cluster, words: int) -> list[str]:
    """First sentences round-robin over the documents (first of each, then second of each...)."""
    documents = cluster_sentences(cluster)
    chosen: list[str] = []
    total = 0
    for position in range(max((len(d) for d in documents), default=0)):
        for sentences in documents:
            if total >= words:
                return chosen
            if position < len(sentences):
                chosen.append(sentences[position].text)
                total += sentences[position].words
    return chosen


class _SumyWords:
    """Sumy's English word tokenization without punkt.

    sumy's ``Tokenizer("english")`` loads NLTK's punkt sentence model (a download) even though we
    never let it split sentences; its word tokenizer is NLTK's Treebank-style tokenizer applied
    after punkt. We hand sumy whole sentences, so the Treebank tokenizer alone gives the same words.
    """

    def __init__(self) -> None:
        from nltk.tokenize import NLTKWordTokenizer
        from sumy.nlp.tokenizers import Tokenizer

        self._tokenize = NLTKWordTokenizer().tokenize
        self._is_word = Tokenizer._is_word  # sumy's own filter: keep words, drop punctuation

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._tokenize(sentence) if self._is_word(w))


@functools.cache
def _sumy_parts():
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    return _SumyWords(), Stemmer("english"), get_stop_words("english")


def sumy_document(cluster: Cluster):
    """A sumy document built from newsfuse's sentences: one sumy paragraph per paragraph."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    words, _, _ = _sumy_parts()
    paragraphs = [
        Paragraph([SumySentence(s.text, words) for s in group])
        for sentences in cluster_sentences(cluster)
        for _, group in groupby(sentences, key=lambda s: s.paragraph)
    ]
    return ObjectDocumentModel(paragraphs)


def _until_budget(words: int):
    """A sumy ``sentences_count`` that takes best-rated sentences until ``words`` are reached."""

    def take(ranked):
        chosen, total = [], 0
        for info in ranked:
            if total >= words:
                break
            chosen.append(info)
            total += len(str(info.sentence).split())
        return chosen

    return take


def _sumy(summarizer_class, cluster: Cluster, words: int) -> list[str]:
    _, stemmer, stop_words = _sumy_parts()
    summarizer = summarizer_class(stemmer)
    summarizer.stop_words = stop_words
    return [str(s) for s in summarizer(sumy_document(cluster), _until_budget(words))]


def lexrank(cluster: Cluster, words: int) -> list[str]:
    """sumy's LexRank (Erkan & Radev 2004) with its English stemmer and stop words."""
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return _sumy(LexRankSummarizer, cluster, words)


def textrank(cluster: Cluster, words: int) -> list[str]:
    """sumy's TextRank (Mihalcea & Tarau 2004) with its English stemmer and stop words."""
    from sumy.summarizers.text_rank import TextRankSummarizer

    return _sumy(TextRankSummarizer, cluster, words)
