"""The greedy ROUGE oracle: the extractive ceiling that the other systems are measured against.

It looks at the references, which no real system can: it repeatedly adds the sentence that raises
ROUGE-1 F1 + ROUGE-2 F1 (mean over references) the most, while the sentence fits in the budget,
and stops when no sentence raises it. Counting is done here on rouge-score's own tokens, so the
objective is exactly what the scorer later reports for ROUGE-1 and ROUGE-2.
"""

from __future__ import annotations

from collections import Counter

from newsfuse.domain import Cluster
from newsfuse.evaluate.baselines import cluster_sentences
from newsfuse.evaluate.rouge import tokens


def _f1(overlap: int, predicted: int, target: int) -> float:
    if overlap == 0:
        return 0.0
    precision, recall = overlap / predicted, overlap / target
    return 2 * precision * recall / (precision + recall)


class _Reference:
    """One reference's n-gram counts and the running overlap with the summary so far."""

    def __init__(self, text: str) -> None:
        words = tokens(text)
        self.unigrams = Counter(words)
        self.bigrams = Counter(zip(words, words[1:], strict=False))
        self.overlap = [0, 0]

    def gained_overlap(self, summary: list[Counter], added: list[list]) -> list[int]:
        """Overlaps (unigram, bigram) if the n-grams ``added`` joined the summary's."""
        result = []
        for n, (target, have, new) in enumerate(
            zip((self.unigrams, self.bigrams), summary, added, strict=True)
        ):
            overlap = self.overlap[n]
            for gram, count in Counter(new).items():
                wanted = target.get(gram, 0)
                if wanted:
                    already = have.get(gram, 0)
                    overlap += min(wanted, already + count) - min(wanted, already)
            result.append(overlap)
        return result

    def objective(self, overlaps: list[int], sizes: list[int]) -> float:
        return _f1(overlaps[0], sizes[0], self.unigrams.total()) + _f1(
            overlaps[1], sizes[1], self.bigrams.total()
        )


def oracle(cluster: Cluster, words: int) -> list[str]:
    """The greedy oracle's sentences, in the order chosen, within ``words`` words."""
    references = [_Reference(r) for r in cluster.references if r.strip()]
    if not references:
        raise ValueError(f"cluster {cluster.id}: the oracle needs reference summaries")
    candidates = [
        (s.text, s.words, tokens(s.text)) for doc in cluster_sentences(cluster) for s in doc
    ]
    candidates = [c for c in candidates if c[2]]
    summary = [Counter(), Counter()]
    sizes = [0, 0]
    last_token: str | None = None
    chosen: list[str] = []
    used_words = 0
    best_value = 0.0
    while True:
        best = None
        for index, (_, length, toks) in enumerate(candidates):
            if used_words + length > words:
                continue
            # Bigrams span the join with the summary so far, as in the scored text.
            joined = ([last_token] if last_token else []) + toks
            added = [toks, list(zip(joined, joined[1:], strict=False))]
            new_sizes = [sizes[0] + len(added[0]), sizes[1] + len(added[1])]
            value = sum(
                r.objective(r.gained_overlap(summary, added), new_sizes) for r in references
            ) / len(references)
            if value > best_value + 1e-12:
                best_value, best = value, (index, added, new_sizes)
        if best is None:
            return chosen
        index, added, sizes = best
        for reference in references:
            reference.overlap = reference.gained_overlap(summary, added)
        for counts, grams in zip(summary, added, strict=True):
            counts.update(grams)
        text, length, toks = candidates.pop(index)
        chosen.append(text)
        used_words += length
        last_token = toks[-1]
