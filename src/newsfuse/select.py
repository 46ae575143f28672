"""Select: choose the sentences of the summary within the budget, and order them.

Score = agreement across outlets + agreement of the sentence's outlet + centrality + position
(its rank in the article, and how far into the article it stands) + concepts + quotation,
each weighted by Options (docs/method.md gives the reasons and the measured effect of each).
Candidates are taken greedily by score; one that repeats an already chosen sentence (similarity
above ``options.redundancy``, or the same event in other words: newsfuse.sameevent) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from newsfuse.analyse import Analysis
from newsfuse.options import Options
from newsfuse.sameevent import same_event
from newsfuse.segment import with_quotes_balanced

# A sentence proper ends in punctuation; headlines, standfirsts and captions usually do not.
_TERMINATED = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")
#: A teaser cut short ("The deputy chief has ordered the military to..."): no sentence.
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*$")


@dataclass
class Selection:
    """Indices into ``analysis.sentences``, in reading order, with their scores."""

    indices: list[int]
    scores: list[float]
    #: When nothing fitted the budget whole: the text of the cut first sentence.
    truncated_text: str | None = None


def _scaled(values: np.ndarray) -> np.ndarray:
    top = values.max() if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def score(analysis: Analysis, options: Options) -> np.ndarray:
    """One salience score per sentence."""
    from newsfuse.concepts import concept_support

    sentences = analysis.sentences
    reported, shared = concept_support(
        [s.text for s in sentences], [s.doc_index for s in sentences], options.concept_min_documents
    )
    quoted = np.array([_QUOTES.search(s.text) is not None for s in sentences], dtype=float)
    return (
        options.support_weight * analysis.agreement
        + options.outlet_weight * analysis.outlet_agreement
        + options.centrality_weight * _scaled(analysis.centrality)
        + options.position_weight * _lead_position(analysis, options)
        + options.relative_position_weight * _relative_position(analysis)
        + options.reported_concepts_weight * reported
        + options.shared_concepts_weight * shared
        + options.quote_weight * quoted
    )


#: A sentence quoting someone (news summaries often carry the key quote).
_QUOTES = re.compile('["\u201c\u201d]')


# Words that open a sentence leaning on the one before it ("But he said...", "It was...").
_LEANING_TEXT = (
    "but and or so yet also then still he she it they this these that those his her its "
    "their him them there here such meanwhile however instead otherwise besides moreover"
)
_LEANING = frozenset(_LEANING_TEXT.split())
_FIRST_WORD = re.compile(r"[\w’']+")


def _starts_as_sentence(text: str) -> bool:
    """A capital, a digit or a quotation mark first: not a fragment the splitter cut off."""
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘`'")


def _leans_back(text: str) -> bool:
    """Whether a sentence opens with a word that points back to the one before it.

    The concept selector, which picks sentences from anywhere in an article, skips these
    (measured: DUC 2006 R-2 +0.3); the greedy selector, which favours leads, loses by it.
    """
    first = _FIRST_WORD.search(text)
    return first is not None and first.group(0).lower() in _LEANING


# A sentence that starts with a pronoun leans on the one before: it does not stand alone. So does
# a bare quotation that opens with one (“But we are ...”): its speaker is in the sentence before.
_LEAN_WORDS = r"(?:He|She|They|It|This|These|Those|His|Her|Their|Its|And|But|So|Yet|Also|However)\b"
_LEANS = re.compile("^" + _LEAN_WORDS)
# A sentence that is all one quotation with no speaker, opening with such a word.
_BARE_QUOTE_LEANS = re.compile('^[“"]' + _LEAN_WORDS + r"[^“”\"]*[”\"][.!?]?$")
# A question ("Does that rule out a 2016 run?") waits for its answer: it states no fact.
_QUESTION_END = re.compile(r"\?[”\"’']?\)?$")
# "In one, on Monday, ...", "In another case": one of something the sentence before named.
_ONE_OF = re.compile(r"^In (?:one|another|both|the other|each)\b")
# A quotation given to "he" or "she" only: its speaker is named in an earlier sentence.
_PRONOUN_SPEAKER = re.compile(
    r"[,”\"’]\s*(?:he|she|they)\s+(?:said|says|added|adds|told|continued|explained|noted|"
    r"argued|insisted|warned|wrote|replied|asked)\b",
    re.IGNORECASE,
)


#: A sentence's opening in the first person ("I would ...", "We're ...", "Our team ..."); a
#: capital after the word makes it a name ("Our Lady of Lourdes Hospital", "Us Weekly").
_FIRST_PERSON_OPENING = r"(?:I|We|My|Our|Us)(?:['’](?:m|ve|re|ll|d))?\s+[a-z]"


def leans_on_previous(text: str) -> bool:
    """Whether a sentence needs the one before it to be understood ("He said ...", "In one,
    ...", "But ...", a quotation that only "he said")."""
    return bool(
        _LEANS.match(text)
        or _ONE_OF.match(text)
        or _PRONOUN_SPEAKER.search(text)
        or _BARE_QUOTE_LEANS.match(text)
        or _TRANSCRIPT_TURN.match(text)
        or _SPEECH.match(text)
        or _SPOKEN_OPENING.match(text)
        or _shouted(text)
    )


def _shouted(text: str) -> bool:
    """A sentence in capitals ("NEW AT 5:00, A MOM IS ACCUSED ..."): a broadcast's captions,
    written for the screen, with the anchor's asides in them."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 5 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


# A turn of an interview's transcript ("Ricks: I also had to ...", "ANN BELL: Well, ..."): the
# speaker's label, then what they say in the first person.
_TRANSCRIPT_TURN = re.compile(
    r"^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}:\s+[\"“]?"
    rf"(?:{_FIRST_PERSON_OPENING}|(?:Well|Yes|No|Yeah|So|Oh|Look),)"
)
# Talk, not report: "You know, ...", "Well, ...".
_SPOKEN_OPENING = re.compile(
    r"^(?:(?:You know|Well|Yeah|Oh|Look|Listen),\s|Here(?:['’]s| is| are)\s+(?:what|how|why|the)\b)"
)


# "We are closely monitoring ...", "I am thankful ...", with no quotation marks: a statement or a
# post the page copied in, whose author the sentence does not name. ("Our Lady of Lourdes
# Hospital", "Us Weekly": a capital after the word makes it a name.)
_SPEECH = re.compile(rf"^{_FIRST_PERSON_OPENING}")


def is_speech(text: str) -> bool:
    """Whether a sentence is someone's own words without quotation marks: it opens in the first
    person."""
    return bool(_SPEECH.match(text))


def is_question(text: str) -> bool:
    """Whether a sentence asks rather than states. Agreement lists no questions; the summary may
    keep one (measured: leaving them out costs ROUGE on every dev set, DUC 2007 R-1 -0.4)."""
    return bool(_QUESTION_END.search(text))


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: Wording only photo captions use ("FILE - In this May 4, 2001, file photo, ...", "... is seen
#: during ...", "(AP Photo/...)", agency credits).
_PHOTO_WORDS = (
    r"\bfile photo\b|\bAP Photo\b|\bphoto (?:provided|released|taken|courtesy|by)\b"
    r"|\b(?:booking|undated|handout) photo\b|\b(?:is|are) pictured\b(?! as)"
    r"|\bnot pictured\b|\bGetty Images\b|\bBuy Photo\b|\bView (?:Photos|Images)\b|^FILE\s*[-–—]"
    r"|^(?:View Images\s+)?An artist['’]s (?:depiction|rendering|impression|conception)\b"
    r"|^(?:Hide\s+|Show\s+)?Caption\s"
    r"|(?<!who )\b(?:stands?|poses?|posing) for a (?:portrait|photo)(?:graph)?\b(?! shoot)"
)
_PHOTO = re.compile(_PHOTO_WORDS, re.IGNORECASE)
#: "... is seen during ...": a caption to the summary, but a video's account too (Agreement).
_CAPTION_WORDS = re.compile(_PHOTO_WORDS + r"|\b(?:is|are) (?:seen|shown)\b(?! as)", re.I)
#: A wire caption ends with its place and date: "... in Manama, Bahrain, Saturday, Feb. 19, 2011."
_CAPTION_DATE = re.compile(
    r"(\S+)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    + _MONTH
    + r"\s+\d{1,2},\s+\d{4}\.$"
)
#: How far from a sentence's end a caption's closing place and date can start.
_CAPTION_TAIL = 120
#: Words before a closing date that make it part of a sentence ("... on March 25, 2015.").
_DATE_PREPOSITIONS_TEXT = (
    "on since until by before after in of from through to till between and or than at as for "
    "last next early late mid"
)
_DATE_PREPOSITIONS = frozenset(_DATE_PREPOSITIONS_TEXT.split())


#: Every caption word holds one of these (lower case): a cheap test before the patterns.
_CAPTION_HINTS = (
    "photo", "portrait", "pictured", "getty", "seen", "shown", "file", "view images", "artist",
    "caption",
)  # fmt: skip
# "... speaks during a news conference, Thursday, Feb. 16, 2017, in the East Room ...": a
# weekday and a full date between commas is how a news agency dates its photos.
_PAST_TENSE = re.compile(
    r"\b(?:\w{2,}ed|was|were|had|went|said|told|took|made|came|left|won|lost|fell|ran|began)\b"
)
_AGENCY_PHOTO_DATE = re.compile(
    r",\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+" + _MONTH + r"\s+\d{1,2},\s+\d{4},\s"
)


def is_caption(text: str, photo_only: bool = False) -> bool:
    """Whether a sentence is a photo caption: these stand above an article's first paragraph, so
    the position prior would favour them (Multi-News tuning half R-Lsum +0.2). ``photo_only``:
    only a photo's own words count, not "is seen ..." (a video's account says that too)."""
    lower = text.lower()
    if any(hint in lower for hint in _CAPTION_HINTS) and (
        (_PHOTO if photo_only else _CAPTION_WORDS).search(text)
    ):
        return True
    agency = _AGENCY_PHOTO_DATE.search(text) if "day, " in text else None
    if agency and not _PAST_TENSE.search(text, 0, agency.start()):
        return True  # a caption is in the present tense; "... went down ..., Sunday, ..." tells
    if not (text.endswith(".") and text[-5:-1].isdigit()):
        return False  # no closing year: spare the date pattern its scan of the whole sentence
    dated = _CAPTION_DATE.search(text[-_CAPTION_TAIL:])
    return dated is not None and dated.group(1).lower().strip(",") not in _DATE_PREPOSITIONS


def _is_candidate(text: str, words: int, options: Options, shortest: int | None = None) -> bool:
    """A sentence proper, of a length the summary may take (``shortest`` words at least, by
    default ``options.min_sentence_words``), and no photo caption."""
    shortest = options.min_sentence_words if shortest is None else shortest
    return (
        shortest <= words <= options.max_sentence_words
        and _TERMINATED.search(text) is not None
        and _CUT_SHORT.search(text) is None
        and _starts_as_sentence(text)
        and not is_caption(text)
    )


def _lead_position(analysis: Analysis, options: Options) -> np.ndarray:
    """Position prior counted over candidate sentences only: 1, 1/√2, 1/√3… in each article.

    A headline, a photo caption or a dateline before the first paragraph is no candidate, so it
    does not push the article's real first sentence down the prior.
    """
    seen: dict[int, int] = {}
    prior = np.zeros(len(analysis.sentences))
    for i, sentence in enumerate(analysis.sentences):
        rank = seen.get(sentence.doc_index, 0)
        prior[i] = 1.0 / np.sqrt(1.0 + rank)
        if _is_candidate(sentence.text, sentence.words, options):
            seen[sentence.doc_index] = rank + 1
    return prior


def _relative_position(analysis: Analysis) -> np.ndarray:
    """How early in its article each sentence stands, as a share of the article: 1 for the
    first sentence, falling linearly towards 0 for the last.

    The rank prior above says the first sentences are the news; this one says how far into the
    article a sentence stands, which differs between a 60-sentence feature and an 8-sentence
    brief (Multi-News dev, both halves: +0.5 to +0.8 R-1).
    """
    totals: dict[int, int] = {}
    for sentence in analysis.sentences:
        totals[sentence.doc_index] = totals.get(sentence.doc_index, 0) + 1
    return np.array([1.0 - s.index / totals[s.doc_index] for s in analysis.sentences])


def _length(text: str, options: Options) -> int:
    if options.characters is not None:
        return len(with_quotes_balanced(text)) + 1  # as shown
    if options.sentences is not None:
        return 1
    return len(text.split())


def _budget(options: Options) -> int:
    if options.characters is not None:
        return options.characters + 1  # no space after the last sentence
    if options.sentences is not None:
        return options.sentences
    return options.words or 250


def select(
    analysis: Analysis, options: Options | None = None, avoid: Collection[int] = ()
) -> Selection:
    """Pick sentences by score under the budget, skipping redundant ones; never empty.

    Sentences in ``avoid`` (indices into ``analysis.sentences``) are not chosen unless nothing
    else is left: the briefing passes the sentences that state one side of a disagreement.
    """
    options = options or Options()
    sentences = analysis.sentences
    if not sentences:
        return Selection([], [])
    concepts = _uses_concepts(analysis, options)
    shortest = options.concept_min_sentence_words if concepts else options.min_sentence_words
    scores, eligible, leaning = _selection_inputs(analysis, options, shortest)
    allowed = [i for i in eligible if i not in avoid]
    eligible = allowed or eligible
    if options.standalone_sentences:
        eligible = [i for i in eligible if i not in leaning] or eligible
    if analysis.seen:  # an update: a sentence that restates what was read is no candidate
        new = [i for i in eligible if analysis.seen_similarity[i] <= options.seen_redundancy]
        eligible = new or eligible
    order = sorted(eligible, key=lambda i: (-scores[i], i))
    budget = _budget(options)
    if concepts:
        chosen = _concept_selection(analysis, options, eligible, scores, budget)
        if chosen:
            chosen.sort(key=lambda i: _reading_key(analysis, i))
            return Selection(chosen, [float(scores[i]) for i in chosen])
    chosen: list[int] = []
    used = 0
    for i in order:
        cost = _length(sentences[i].text, options)
        if used + cost > budget:
            continue
        if chosen and _repeats(analysis, i, chosen, options.redundancy):
            continue
        chosen.append(i)
        used += cost
        if used >= budget:
            break
    if not chosen:
        best = order[0]
        return Selection([best], [float(scores[best])], _cut(sentences[best].text, options))
    chosen.sort(key=lambda i: _reading_key(analysis, i))
    return Selection(chosen, [float(scores[i]) for i in chosen])


def _selection_inputs(
    analysis: Analysis, options: Options, shortest: int
) -> tuple[np.ndarray, list[int], frozenset[int]]:
    """Scores, candidate sentences and the candidates that lean on the sentence before, computed
    once per analysis and options (the briefing selects again to drop a repeated fact)."""
    key = (options, shortest)
    if key not in analysis.selection_inputs:
        sentences = analysis.sentences
        eligible = [
            i for i, s in enumerate(sentences) if _is_candidate(s.text, s.words, options, shortest)
        ]
        if not eligible:  # short input: any sentence may serve
            eligible = list(range(len(sentences)))
        leaning = frozenset(i for i in eligible if leans_on_previous(sentences[i].text))
        analysis.selection_inputs[key] = (score(analysis, options), eligible, leaning)
    return analysis.selection_inputs[key]


def _repeats(analysis: Analysis, i: int, chosen: list[int], limit: float) -> bool:
    """Whether sentence ``i`` says what a chosen one says: in the same words (similarity above
    ``limit``) or the same event in other words."""
    if analysis.similarity(i, chosen).max() > limit:
        return True
    text = analysis.sentences[i].text
    return any(same_event(text, analysis.sentences[j].text) for j in chosen)


def _uses_concepts(analysis: Analysis, options: Options) -> bool:
    if options.selector == "auto":
        return bool(analysis.query or analysis.seen)
    return options.selector == "concepts"


def _concept_selection(
    analysis: Analysis, options: Options, eligible: list[int], scores: np.ndarray, budget: int
) -> list[int]:
    """The eligible sentences covering the most weighted concepts (see newsfuse.concepts)."""
    from newsfuse.concepts import Weighting, select_concepts  # loads scipy.optimize only when used

    sentences = analysis.sentences
    eligible = [i for i in eligible if not _leans_back(sentences[i].text)] or eligible
    top = scores[eligible].max() if eligible else 0.0
    bonus = options.concept_bonus * scores / top if top > 0 else np.zeros(len(sentences))
    return select_concepts(
        [s.text for s in sentences],
        [s.doc_index for s in sentences],
        eligible,
        [_length(sentences[i].text, options) for i in eligible],
        [float(bonus[i]) for i in eligible],
        budget,
        Weighting(
            options.concept_min_documents,
            analysis.query,
            analysis.seen,
            options.relevance_weight,
            options.seen_weight,
            analysis.relevance,
        ),
        lambda chosen: _repeating_pairs(analysis, chosen, options.redundancy),
    )


def _repeating_pairs(analysis: Analysis, indices: list[int], limit: float) -> list[tuple[int, int]]:
    """Pairs of ``indices`` that say the same thing: similarity above ``limit``, or the same
    event in other words."""
    if len(indices) < 2:
        return []
    block = analysis.similarity(indices, indices) > limit
    texts = [analysis.sentences[i].text for i in indices]
    for r, c in zip(*np.triu_indices(len(indices), k=1), strict=True):
        if not block[r, c] and same_event(texts[r], texts[c]):
            block[r, c] = True
    rows, cols = np.nonzero(np.triu(block, k=1))
    return [(indices[r], indices[c]) for r, c in zip(rows.tolist(), cols.tolist(), strict=True)]


def _reading_key(analysis: Analysis, i: int) -> tuple[float, int]:
    """Order: by relative position in its article, so leads come first, then document order."""
    sentence = analysis.sentences[i]
    total = sum(1 for s in analysis.sentences if s.doc_index == sentence.doc_index)
    return (sentence.index / max(total, 1), sentence.doc_index)


def _cut(text: str, options: Options) -> str:
    """Cut ``text`` at a word boundary to fit a budget smaller than any sentence."""
    if options.characters is not None:
        limit = max(options.characters - 1, 1)
        cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
        return cut + "…"
    words = text.split()
    return " ".join(words[: max(options.words or 1, 1)]) + "…"
