"""Claims: sentences of different outlets that state the same thing, grouped.

Sentence pairs of different outlets are joined most similar first (TF-IDF cosine from the
analysis). Two groups merge only if they share no outlet (a claim has one wording per outlet)
and their average similarity stays above the support threshold, so a chain of loosely related
sentences never snowballs into one claim.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import numpy as np

from newsfuse.analyse import Analysis
from newsfuse.briefing.conflicts import figures_conflict
from newsfuse.briefing.facts import SentenceFacts
from newsfuse.options import Options

#: Sentences shorter than this are headlines or fragments: they join no claim.
MIN_CLAIM_WORDS = 5


def group_sentences(analysis: Analysis, options: Options) -> list[list[int]]:
    """Groups of sentence indices (one per outlet at most), largest first; singletons included."""
    sentences = analysis.sentences
    n = len(sentences)
    if n == 0:
        return []
    docs = np.array([s.doc_index for s in sentences])
    usable = np.array([s.words >= MIN_CLAIM_WORDS for s in sentences])
    threshold = options.support_threshold
    rows, cols, values = analysis.similar_pairs(threshold)
    keep = usable[rows] & usable[cols]
    rows, cols, values = rows[keep], cols[keep], values[keep]
    # Most similar first; equal similarities in row-major order, as np.nonzero would list them.
    order = np.lexsort((cols, rows, -values))
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for k in order:
        a, b = group_of[rows[k]], group_of[cols[k]]
        if a == b:
            continue
        left, right = members[a], members[b]
        if {docs[i] for i in left} & {docs[j] for j in right}:
            continue
        if analysis.similarity(left, right).mean() < threshold:
            continue
        members[a] = left + right
        for j in right:
            group_of[j] = a
        del members[b]
    groups = [sorted(g) for g in members.values()]
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups


def best_wording(analysis: Analysis, group: list[int]) -> int:
    """The member closest to all the others (ties: the shorter sentence)."""
    if len(group) == 1:
        return group[0]
    block = analysis.similarity(group, group)
    scores = block.sum(axis=1)
    return max(
        group,
        key=lambda i: (round(float(scores[group.index(i)]), 6), -len(analysis.sentences[i].text)),
    )


# A direct quote: the Quotes section shows those of six words or more with their speaker. (One
# plain pass over the quoted spans; a pattern that counted words inside them backtracked
# exponentially on a long sentence whose quote never closes.)
_QUOTED = re.compile(r"[“\"]([^”\"]*)[”\"]")


def quotes_six_words(text: str) -> bool:
    """Whether ``text`` holds a direct quote of six words or more."""
    return any(len(span.split()) >= 6 for span in _QUOTED.findall(text))


_ENDS_SENTENCE = re.compile(r"[.!?”\"’')]\s*$")


def is_headline(analysis: Analysis, i: int) -> bool:
    """A title or standfirst: among an article's first lines, with no full stop at its end."""
    sentence = analysis.sentences[i]
    return sentence.index < 3 and not _ENDS_SENTENCE.search(sentence.text)


def agreement(
    analysis: Analysis,
    facts: SentenceFacts,
    groups: list[list[int]],
    disputed: Collection[int],
    limit: int,
) -> list[int]:
    """Indices into ``groups`` of the claims two or more outlets state, most outlets first:
    not headlines, not quotes (Quotes shows them), never a claim whose figure is disputed."""
    disputed = set(disputed)
    kept = []
    for g, group in enumerate(groups):
        members = [i for i in group if not is_headline(analysis, i)]
        if len({analysis.sentences[i].doc_index for i in members}) < 2:
            continue
        if disputed.intersection(group):
            continue
        text = analysis.sentences[best_wording(analysis, members)].text
        if quotes_six_words(text):
            continue
        if any(figures_conflict(facts, i, j) for i in members for j in members if i < j):
            continue
        kept.append((g, members))
    centrality = analysis.centrality
    kept.sort(key=lambda gm: (-len(gm[1]), -max(float(centrality[i]) for i in gm[1]), gm[0]))
    return [g for g, _members in kept[: max(limit, 0)]]
