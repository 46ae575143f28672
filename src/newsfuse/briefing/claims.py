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
from newsfuse.briefing.facts import SentenceFacts, is_headline
from newsfuse.cite import ClaimIndex
from newsfuse.options import Options
from newsfuse.select import is_caption, is_question, is_speech, leans_on_previous

#: Sentences shorter than this are headlines or fragments: they join no claim.
MIN_CLAIM_WORDS = 5


#: How a stated sentence ends: a full stop, "!" or "?" (then maybe a closing mark).
_STATED = re.compile(r"[.!?][”\"’')\]]*\s*$")


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
# A quote whose closing mark is in the next sentence: it runs to this one's end.
_QUOTE_TO_END = re.compile(r"[“\"]([^”\"]*)$")
QUOTE_WORDS = 6


def quotes_six_words(text: str) -> bool:
    """Whether ``text`` holds a closed direct quote of six words or more."""
    return any(len(span.split()) >= QUOTE_WORDS for span in _QUOTED.findall(text))


def has_quote(text: str) -> bool:
    """Whether a sentence holds a direct quote of six words or more, closed or running to the
    sentence's end."""
    if quotes_six_words(text):
        return True
    tail = _QUOTE_TO_END.search(_QUOTED.sub("", text))
    return bool(tail and len(tail.group(1).split()) >= QUOTE_WORDS)


#: A claim shown in Agreement has at least this many words: shorter ones are fragments.
AGREEMENT_WORDS = 8
#: Claims this similar (TF-IDF cosine of their wordings) say one thing: Agreement lists it once.
SAME_CLAIM = 0.5


def agreement(
    analysis: Analysis,
    facts: SentenceFacts,
    groups: list[list[int]],
    disputed: Collection[int],
    limit: int,
) -> list[tuple[int, int]]:
    """(group index, wording shown) of the claims two or more outlets state, most outlets
    first: not headlines, not quotes (Quotes shows them), no side of a dispute, each once, in
    a wording that stands alone."""
    disputed = set(disputed)
    kept = []
    for g, group in enumerate(groups):
        members = [i for i in group if not is_headline(analysis, i)]
        if len({analysis.sentences[i].doc_index for i in members}) < 2:
            continue
        if disputed.intersection(group):
            continue
        alone = [
            i
            for i in members
            if not leans_on_previous(analysis.sentences[i].text)
            and not is_question(analysis.sentences[i].text)
            and not is_speech(analysis.sentences[i].text)
            and not is_caption(analysis.sentences[i].text, photo_only=True)  # one photo, twice
            and analysis.sentences[i].words >= AGREEMENT_WORDS
            and analysis.sentences[i].text[:1].isupper()  # not a split's tail ("-Russian deal")
            # A sentence ends in its stop: a line without one is a link's or a teaser's title.
            and _STATED.search(analysis.sentences[i].text)
        ]
        if not alone:
            continue
        best = best_wording(analysis, alone)
        if has_quote(analysis.sentences[best].text):
            continue
        if any(figures_conflict(facts, i, j) for i in members for j in members if i < j):
            continue
        kept.append((g, members, best))
    centrality = analysis.centrality
    kept.sort(key=lambda k: (-len(k[1]), -max(float(centrality[i]) for i in k[1]), k[0]))
    chosen: list[tuple[int, int]] = []
    for g, _members, best in kept:
        if len(chosen) >= max(limit, 0):
            break
        if any(float(analysis.similarity(best, other)) >= SAME_CLAIM for _g, other in chosen):
            continue
        chosen.append((g, best))
    return chosen


#: Words (not names) two sentences must share, besides being about one event, to state one fact.
SAME_FACT_WORDS = 2


def same_fact(claims: ClaimIndex, i: int, j: int) -> bool:
    """Whether two sentences state the same fact: one claim, or about one event (their rarer
    words) and sharing two words that are not names ("clashed", "ceasefire")."""
    if claims.group_of.get(i) == claims.group_of.get(j):
        return True
    facts = claims.facts
    names = facts.names(i) | facts.names(j)
    shared = (facts.words(i) & facts.words(j)) - names
    return len(shared) >= SAME_FACT_WORDS and facts.related(i, j)
