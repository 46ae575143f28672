"""Abstractive mode: the model rewrites the selected facts; every sentence is checked before use.

1. The extractive stage selects facts (sentences with every outlet that reports them).
2. The model is asked for a summary of those facts, each sentence ending in ``[n]`` marks.
3. Each sentence is verified against the facts it cites (verify.py): "verified" if it passes.
   One that fails only for want of the right marks is cited to the facts that hold it; one that
   still fails is sent back to the model once with the reasons. Either way, if it then passes it
   is "repaired". Otherwise the best source sentence stands in for it ("replaced"), followed by
   the other side when it gives one side of a disagreement.
4. The sentences are cut to the budget at a sentence boundary.

When the model is unreachable, too slow or writes nothing usable, the extractive summary is
returned with a Problem saying why.
"""

from __future__ import annotations

import re

from newsfuse.abstractive.backends import ChatBackend, ModelUnavailable, open_backend
from newsfuse.abstractive.facts import Fact, Material, gather
from newsfuse.abstractive.parse import DraftSentence, parse_draft
from newsfuse.abstractive.prompt import repair_messages, summary_messages
from newsfuse.abstractive.verify import (
    Evidence,
    check_sentence,
    conflict_reasons,
    numbers_in,
    one_sided,
    supporting_facts,
    unstated_sides,
)
from newsfuse.analyse import Analysis
from newsfuse.briefing.model import Conflict
from newsfuse.domain import Citation, Problem, Summary, SummarySentence
from newsfuse.options import Options

# The selector's own budget arithmetic, so that both modes count words and characters alike.
from newsfuse.select import _budget, _length

WHERE = "abstractive mode"
#: The reason line of a sentence the model wrote again, after the reasons it first failed.
REASKED = "the model was asked once more and rewrote it"


def target_words(options: Options) -> int:
    """The length to ask the model for, in words, whatever unit the budget is in."""
    if options.characters is not None:
        return max(options.characters // 6, 5)  # ~6 characters per English word with its space
    if options.sentences is not None:
        return options.sentences * 25
    return options.words or 250


def max_tokens_for(words: int) -> int:
    # ~1.4 tokens a word, the [n] marks, and a margin for the end of the last sentence.
    return int(words * 1.6) + 48


def within_budget(sentences: list[SummarySentence], options: Options) -> list[SummarySentence]:
    """The leading sentences that fit the budget: a hard cut at a sentence boundary."""
    budget = _budget(options)
    kept, used = [], 0
    for sentence in sentences:
        used += _length(sentence.text, options)
        if used > budget:
            break
        kept.append(sentence)
    return kept


def _merged_citations(facts: list[Fact]) -> list[Citation]:
    seen: dict[tuple[int, int], Citation] = {}
    for fact in facts:
        for citation in fact.citations:
            key = (citation.doc_index, citation.sentence_index)
            if key not in seen or citation.similarity > seen[key].similarity:
                seen[key] = citation
    return sorted(seen.values(), key=lambda c: (c.source, -c.similarity))


def _generated(text: str, facts: list[Fact], status: str, reasons: list[str]) -> SummarySentence:
    origin = facts[0].origin
    return SummarySentence(
        text=text,
        doc_index=origin.doc_index,
        sentence_index=origin.sentence_index,
        start=origin.start,
        end=origin.end,
        score=max(f.origin.score for f in facts),
        citations=_merged_citations(facts),
        status=status,
        reasons=reasons,
    )


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


class Rewriter:
    """One cluster's rewriting: the facts, the evidence, and the model to ask."""

    def __init__(self, material: Material, cluster: Evidence, backend: ChatBackend):
        self.facts = material.facts
        self.conflicts: list[Conflict] = material.conflicts
        self.cluster = cluster
        self.backend = backend
        self.problems: list[Problem] = []
        #: Set when a repair request failed: later sentences are replaced without asking.
        self.unavailable = False

    def cited(self, draft: DraftSentence) -> list[Fact]:
        return [self.facts[n - 1] for n in draft.marks]

    def reasons(self, draft: DraftSentence) -> list[str]:
        facts = self.cited(draft)
        evidence = Evidence.of(t for f in facts for t in f.support) if facts else None
        sources = {s for f in facts for s in f.sources}
        reasons = [f"cites [{n}], which is no fact it was given" for n in draft.unknown_marks]
        reasons += check_sentence(draft.text, evidence, self.cluster, sources, self.conflicts)
        return reasons

    def attempt(self, draft: DraftSentence) -> tuple[DraftSentence, list[str], str | None]:
        """Check a draft; if what it says is held by other facts, cite those too.

        Small models drop marks or cite a neighbouring fact for a sentence that is otherwise
        right. newsfuse then adds the facts that hold its figures, names and words, and accepts
        it only if it passes every check against the citations it ends with. A sentence that
        gives only one side's figure of a disagreement gets no extra citations: that is the
        model's to fix (one that gives every side's figure may be cited to each side).
        Returns the draft as finally cited, why it fails (empty if it passes), and a note when
        newsfuse added citations.
        """
        reasons = self.reasons(draft)
        if not reasons or one_sided(draft.text, self.conflicts):
            return draft, reasons, None
        extra = supporting_facts(draft.text, self.facts, self.cluster)
        marks = [*draft.marks, *(f.number for f in extra if f.number not in draft.marks)]
        cited = DraftSentence(draft.text, marks)
        if len(marks) > len(draft.marks) and not self.reasons(cited):
            added = "".join(f"[{n}]" for n in marks[len(draft.marks) :])
            return cited, reasons, f"newsfuse added the citations {added}, which hold it"
        return draft, reasons, None

    def settle(self, draft: DraftSentence) -> tuple[SummarySentence, list[int]] | list[str]:
        """A verified or repaired sentence with the facts it cites, or why it failed."""
        cited, reasons, note = self.attempt(draft)
        if note:
            return _generated(
                cited.text, self.cited(cited), "repaired", [*reasons, note]
            ), cited.marks
        if not reasons:
            return _generated(cited.text, self.cited(cited), "verified", []), cited.marks
        if self.unavailable:
            return [*reasons, "not repaired: the model stopped answering"]
        try:
            reply = self.backend.chat(
                repair_messages(draft.text, reasons, self.repair_facts(draft, reasons)),
                max_tokens_for(max(len(draft.text.split()), 20)),
                stop=["\n"],  # one sentence is asked for; the rest would be thrown away
            )
        except ModelUnavailable as error:
            self.unavailable = True  # do not wait out the timeout once per sentence
            self.problems.append(Problem(WHERE, f"repairs stopped: {error}"))
            return [*reasons, "not repaired: the model did not answer"]
        repaired = parse_draft(reply, len(self.facts))
        if not repaired:
            return [*reasons, "the repair gave no usable sentence"]
        cited, again, note = self.attempt(repaired[0])
        if not again or note:
            why = [*reasons, REASKED, *([note] if note else [])]
            return _generated(cited.text, self.cited(cited), "repaired", why), cited.marks
        return [*reasons, *(f"after repair: {r}" for r in again)]

    def _stand_in(self, fact: Fact, reasons: list[str]) -> SummarySentence:
        origin = fact.origin
        return SummarySentence(
            text=origin.text,
            doc_index=origin.doc_index,
            sentence_index=origin.sentence_index,
            start=origin.start,
            end=origin.end,
            score=origin.score,
            citations=list(fact.citations),
            status="replaced",
            reasons=reasons,
        )

    def other_sides(self, fact: Fact) -> list[tuple[Fact, Conflict]]:
        """Facts giving the sides of a disagreement that ``fact`` leaves out."""
        others: list[tuple[Fact, Conflict]] = []
        stated = numbers_in(fact.text)
        for conflict in self.conflicts:
            for k in unstated_sides(stated, conflict):
                told = [f for f, _ in others]
                for other in self.facts:
                    if other not in told and any(
                        other.cites(w) for w in conflict.sides[k].wordings
                    ):
                        others.append((other, conflict))
                        break
        return others

    def replacement(
        self, text: str, reasons: list[str], draft: DraftSentence, covered: set[int]
    ) -> list[SummarySentence]:
        """The best source sentence not yet in the summary, standing in for a failed one; when
        it states one side of a disagreement, the other side's sentence follows it."""
        candidates = [f for f in self.cited(draft) if f.number not in covered] or [
            f for f in self.facts if f.number not in covered
        ]
        if not candidates:
            return []  # everything it could stand for is already said
        words = _words(text)
        best = max(candidates, key=lambda f: (len(words & _words(f.text)), -f.number))
        covered.add(best.number)
        flagged = conflict_reasons(numbers_in(best.text), set(best.sources), self.conflicts)
        stand_ins = [self._stand_in(best, [*reasons, *(f"flagged: {r}" for r in flagged)])]
        for other, conflict in self.other_sides(best):
            covered.add(other.number)
            note = f"added: the other side of a disagreement ({conflict.description})"
            stand_ins.append(self._stand_in(other, [note]))
        return stand_ins

    def repair_facts(self, draft: DraftSentence, reasons: list[str]) -> list[Fact]:
        """The facts shown with a repair request: those cited, and every side of a disagreement
        the sentence took one side of."""
        shown = self.cited(draft) or list(self.facts)
        if any("disagreement" in r for r in reasons):
            for conflict in self.conflicts:
                for side in conflict.sides:
                    shown += [
                        f
                        for f in self.facts
                        if f not in shown and any(f.cites(w) for w in side.wordings)
                    ]
        return sorted(shown, key=lambda f: f.number)

    def rewrite(self, drafts: list[DraftSentence], options: Options) -> list[SummarySentence]:
        """Settle each draft in order until the budget is full (later ones would be cut)."""
        sentences: list[SummarySentence] = []
        covered: set[int] = set()  # facts already told: a replacement does not tell them again
        seen: set[str] = set()
        asked: set[str] = set()
        for draft in drafts:
            if len(within_budget(sentences, options)) < len(sentences):
                break
            if draft.text.lower() in asked:
                continue  # small models repeat themselves; one answer per sentence is enough
            asked.add(draft.text.lower())
            result = self.settle(draft)
            if isinstance(result, tuple):
                covered.update(result[1])
                settled = [result[0]]
            else:
                settled = self.replacement(draft.text, result, draft, covered)
            for sentence in settled:
                if sentence.text.lower() not in seen:
                    seen.add(sentence.text.lower())
                    sentences.append(sentence)
        return within_budget(sentences, options)


def fallback(extractive: Summary, message: str) -> Summary:
    """The extractive summary, with a warning saying why it stands in for the model's."""
    problems = [*extractive.problems, Problem(WHERE, f"{message}; the extractive summary is given")]
    return Summary(extractive.sentences, extractive.sources, problems)


def summarize_abstractive(
    analysis: Analysis, options: Options, backend: ChatBackend | None = None
) -> Summary:
    """A verified abstractive summary of a prepared cluster (extractive when the model fails)."""
    from newsfuse.briefing import brief_analysis  # the briefing builds on the API module

    briefing = brief_analysis(analysis, options)
    extractive = briefing.summary
    material = gather(analysis, briefing)
    if not material.facts:
        return extractive
    try:
        opened = backend or open_backend(options)
    except ModelUnavailable as error:
        return fallback(extractive, str(error))
    try:
        return _rewrite(analysis, options, extractive, material, opened)
    finally:
        if backend is None and hasattr(opened, "close"):
            opened.close()  # an HTTP client opened for this call


def _rewrite(
    analysis: Analysis,
    options: Options,
    extractive: Summary,
    material: Material,
    backend: ChatBackend,
) -> Summary:
    words = target_words(options)
    messages = summary_messages(material.facts, material.conflicts, words)
    try:
        output = backend.chat(messages, max_tokens_for(words))
    except ModelUnavailable as error:
        return fallback(extractive, str(error))
    drafts = parse_draft(output, len(material.facts))
    if not drafts:
        return fallback(extractive, f"{backend.label} wrote no usable sentence")
    cluster = Evidence.of(s.text for s in analysis.sentences)
    rewriter = Rewriter(material, cluster, backend)
    sentences = rewriter.rewrite(drafts, options)
    if not sentences:
        return fallback(extractive, "no generated sentence fits the budget")
    return Summary(sentences, extractive.sources, [*extractive.problems, *rewriter.problems])
