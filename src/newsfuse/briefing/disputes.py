"""Disputes: a claim against the answer that denies, rebuts or disputes it.

An answer is read from one sentence: a denial ("X denied that P", "P, a claim X denied", "X
rejected Y's allegation"), a rebuttal ("X falsely said that P", "the claim that P is false",
"X called the report baseless"), a dispute ("X questioned who claimed P", "X balked at the
idea that P", a named speaker's "Says who?") or a reframing ("not a shake-up but a
change-up"). Each answer is linked to the claim it answers: the words it quotes of the claim,
else the claimant's statement a few sentences before in the same article (for "Says who?",
what another speaker said just before), else (a reframing) the sentences that use the word it
rejects. An answer with no claim found is no dispute. Each side is shown in its own words,
with its outlets and sentences; one dispute (one answerer, one claim) is listed once.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from newsfuse.analyse import Analysis
from newsfuse.briefing.conflicts import _in_two, _names, _subject, _wording
from newsfuse.briefing.entities import EntityIndex
from newsfuse.briefing.facts import SentenceFacts, content_words, same_event
from newsfuse.briefing.model import Conflict, ConflictSide, Wording
from newsfuse.briefing.speakers import LEADING_TIME, SPEECH_VERBS, StoryPeople

_DENY_VERB = (
    r"(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|refuted"
    r"|refutes|disputed|disputes)"
)
_CLAIM_NOUN = (
    r"(?:claims?|allegations?|accusations?|charges?|reports?|suggestions?|assertions?"
    r"|accounts?|stor(?:y|ies))"
)
# "X said P, a claim the Pentagon denied" / "..., something Russia has denied".
_DENIED_AFTER = re.compile(
    rf"^(?P<claim>.{{12,}}?),\s+(?:(?:a|an|the)\s+{_CLAIM_NOUN}|something|which)\s+(?:that\s+)?"
    rf"(?P<agent>[^,;]{{2,40}}?)\s+(?:has\s+|have\s+|had\s+|also\s+|quickly\s+)*{_DENY_VERB}\b"
)
# "P, something long denied by successive governments": the passive names who denies.
_DENIED_BY = re.compile(
    rf"^(?P<claim>.{{12,}}?),\s+(?:(?:a|an|the)\s+{_CLAIM_NOUN}|something|which\s+(?:was|is|has"
    rf"\s+been))\s+(?:\w+\s+)?{_DENY_VERB}\s+by\s+(?P<agent>[^,;.]{{2,60}})"
)
# Nouns that "that" points at in "rejected that idea" (no clause follows).
_BARE_NOUN = rf"(?:{_CLAIM_NOUN}|ideas?|possibility|notions?|arguments?|positions?|views?|theory)"
# Who tells a claim, in a word before it: "denied newspaper reports that P".
_REPORTERS = r"(?:newspaper|media|press|news|tabloid|television|local|foreign|earlier|recent)"
# "Moscow denies that P", "Assad rejected Washington's claim that P", "denied US claims that P".
_DENIES_THAT = re.compile(
    rf"\b{_DENY_VERB}\s+(?:(?:the|these|those|any)\s+)?(?:(?P<claimant>[\w.’'-]+(?:\s+[\w.’'-]+)"
    rf"{{0,2}}?)['’]s?\s+{_CLAIM_NOUN}\s+|(?P<named>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,5}})\s+"
    rf"{_CLAIM_NOUN}\s+|(?:{_REPORTERS}\s+)?{_CLAIM_NOUN}\s+)?that\s+(?!{_BARE_NOUN}\b)"
    rf"(?P<claim>[^;]{{12,}})"
)
# "Jackson denied allegations of misconduct": what is alleged, without who alleges it.
_DENIES_NOUN = re.compile(
    rf"\b{_DENY_VERB}\s+(?:the\s+|any\s+)?(?P<claim>{_CLAIM_NOUN}\s+(?:of|about)\s+[^;]{{6,}})"
)
# "rejecting Harry's allegation", "denies the allegations", "disputed that position": the
# claim is told elsewhere.
_DENIES_BARE = re.compile(
    rf"\b{_DENY_VERB}\s+(?:(?:the|these|those|such|his|her|their|all|that|this)\s+|(?P<claimant>"
    rf"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,5}})['’]s?\s+)(?:\w+\s+)?{_BARE_NOUN}\b"
    # "rejected the notion he would ...": a claim follows, unmarked; not read here.
    rf"(?!\s+(?:that|of|about|he|she|they|it|we|i|you|the|a|an|his|her|their)\b)"
)
# "The Pentagon denied it": the claim is the sentence before.
_DENIES_IT = re.compile(rf"\b{_DENY_VERB}\s+(?:it|this|that|them)(?=\s*[.,;]|\s+(?:on|in|at)\b)")
#: How far back "denied it" looks for what it denies (sentences).
IT_WINDOW = 2
# What may stand between "said" and "that": "said on Monday that", "said in a statement that".
_THAT = (
    r"(?:(?:(?:on|last|this|early|earlier|late|later)\s+\w+(?:\s+\w+)?|yesterday|today|tonight"
    r"|\w+day|in\s+an?\s+\w+(?:\s+\w+)?)\s*,?\s+that\s+|that\s+)?"
)
_SAYS = re.compile(
    r"^(?P<who>.{2,60}?)\s+(?:has\s+|have\s+)?(?:said|says|claimed|claims|believes|believe"
    rf"|alleged|alleges|insisted|insists|reported)\s+{_THAT}(?P<what>.{{12,}})$"
)
# Sentences that state a claim for someone (the claim side of a dispute across outlets).
_CLAIM_VERB = re.compile(
    r"\b(?:said|says|claimed|claims|alleged|alleges|allegations?|accused|accuses|believes)\b"
)
_DENY_RE = re.compile(rf"\b{_DENY_VERB}\b")
# "could not confirm or deny", "declined to deny", "has yet to deny", "did not deny": no denial;
# "was quick to deny" and "Pratt or his lawyer denied" are denials.
_NO_DENIAL = re.compile(
    r"(?:(?:\b(?:not|nor|neither|never)|n['’]t)\s+(?:\w+\s+){0,2}"
    # "declined to", "has yet to", "are expected to": no denial, unless eager ("quick to")
    r"|\b(?!(?:quick|swift|eager|keen|fast|rushed|moved|hastened|sought)\b)\w+\s+to\s+"
    r"|\bconfirm\s+or\s+)$",
    re.I,
)
# Where a claim ends: "... medications, but eventually withdrew", "; ...".
_CLAIM_END = re.compile(
    r",?\s+(?:but|while|although|though|and then)\s+|;|\s[–—]\s|\)|\.\s"
    r"|,\s+and\s+(?=(?:the|a|an|it|he|she|they|his|her|their)\s)"
    r"|,\s+(?:citing|saying|insisting|pointing|noting|adding|arguing|ruling)\b"
)

_FALSE = (
    r"(?:false|untrue|not true|baseless|unfounded|groundless|inaccurate|a lie|lies|fake news"
    r"|nonsense|fabricated|made up|a fabrication|without (?:any )?(?:basis|merit|foundation)"
    r"|unproven|unsubstantiated|meritless|frivolous)"
)
# "a student who claims Fields targeted them and falsely accused him": the "falsely" is in what
# the student claims, not the outlet's judgement.
_REPORTED_BEFORE = re.compile(
    r"\b(?:who|he|she|they|[A-Z][\w’'-]+)\s+(?:claims|claimed|alleges|alleged|contends|contended"
    r"|argues|argued)\s+[^.;:]*$"
)
# "The president falsely said that Democrats are supporting a caravan": the outlet rebuts.
_FALSELY = re.compile(
    r"\b(?:falsely|wrongly|incorrectly|inaccurately|baselessly)\s+(?P<verb>said|says|claimed"
    r"|claims|stated|states|asserted|asserts|suggested|suggests|insisted|insists|alleged"
    r"|alleges|accused|accuses)\s+(?:that\s+)?(?P<claim>.{12,})"
)
# "Y's claim that P is false", "the report that P was untrue".
_CLAIM_IS_FALSE = re.compile(
    rf"(?:(?P<claimant>\bthe\s+[\w’'-]+|(?<![\w.’'-])[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,5}})['’]s?\s+"
    rf"|\b(?:the|this|that|a)\s+)"
    rf"{_CLAIM_NOUN}\s+that\s+(?P<claim>.{{12,}}?)\s+(?:is|was|are|were)\s+(?:\w+ly\s+)?"
    rf"{_FALSE}\b"
    # "it was not true that P"
    rf"|\bit\s+(?:is|was)\s+(?:\w+ly\s+)?(?:not true|untrue|false)\s+that\s+(?P<said>.{{12,}})"
)
# "called the claim baseless", "called it a lie", "dismissed the report as fake news".
_CALLED_FALSE = re.compile(
    rf"\b(?:called|calls|branded|brands|labell?ed|labels|described|describes|dismissed|dismisses)"
    rf"\s+(?:(?:the|these|those|his|her|their|such|(?P<claimant>[A-Z][\w.’'-]*"
    rf"(?:\s+[A-Z][\w.’'-]*){{0,5}})"
    rf"['’]s?)\s+(?:\w+\s+)?{_CLAIM_NOUN}|it|them|this)\s+(?:as\s+)?(?:\w+ly\s+)?[“\"‘']?"
    rf"{_FALSE}\b"
)
# "X said the claim was untrue", "“That is simply not true,” X said".
_SAID_FALSE = re.compile(
    rf"\b(?:said|says|insisted|insists|added)\s+(?:that\s+)?(?:the\s+{_CLAIM_NOUN}|it|this|that)"
    rf"\s+(?:is|was|were|are)\s+(?:\w+ly\s+)?{_FALSE}\b"
)
_QUOTED_FALSE = re.compile(
    rf"^[“\"](?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:\w+ly\s+)?{_FALSE}\b[^”\"]*[”\"],?\s+"
    r"(?P<who>[^,]{2,60}?)\s+(?:said|says|told|added)\b",
    re.I,
)
# "Cohen questioned exactly who claimed P", "balked at the idea that P", "disputed that P".
_DISPUTE = re.compile(
    r"\b(?:questioned|questions|challenged|challenges|contested|contests|balked at|balks at"
    r"|pushed back (?:on|against)|took issue with|takes issue with|scoffed at|scoffs at"
    r"|contradicted|contradicts|contradicting)\s+"
    r"(?:(?:(?P<claimant>(?:the\s+[\w’'-]+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5}))['’]s?|the|any)"
    r"\s+(?:idea"
    r"|notion|suggestion|premise|claims?|assertions?|reports?|accounts?|statements?)\s+that"
    r"|(?:exactly\s+)?who\s+(?:had\s+)?(?:said|claimed|says|claims))\s+(?P<claim>.{12,})"
)
_ANSWER_HINT = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject|dismiss|refut|disput|false|untrue|not true|baseless"
    r"|unfounded|groundless|a lie|fake news|nonsense|question|challeng|contest|balk|pushed"
    r"|push back|issue with|scoff|not,?\s|fabricat|inaccurate|without (?:any )?(?:basis|merit)"
    r"|unproven|unsubstantiated|meritless|frivolous"
    r"|contradict|says who|who says|says whom|according to whom|since when|which \w+\?|prove it"
    r"|where is the)",
    re.I,
)
# A reframing: "the “change up” was not, in fact, “a shake up”", "not a sprint but a marathon".
_WAS_NOT = re.compile(
    r"[“\"‘](?P<instead>[^”\"’]{3,30})[”\"’]\s+(?:was|is)\s+not,?\s+(?:in fact,?\s+|really\s+)?"
    r"[“\"‘](?:[Aa]n?\s+)?(?P<label>[^”\"’]{3,30}?)[.,]?[”\"’]"
)
_NOT_BUT = re.compile(
    r"\b(?:is|was|it['’]s|this['’]s|that['’]s)\s+not\s+(?:a|an)\s+[“\"‘]?(?P<label>[a-z][\w-]*"
    r"(?:\s+up)?)[”\"’]?,?\s+(?:but|it['’]s)\s+(?:rather\s+)?(?:a|an)\s+[“\"‘]?"
    r"(?P<instead>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)[”\"’]?"
)
# "Cohen insisted that ...", "“...,” Cohen said": who speaks a sentence's reframing.
_SPEAKER_BEFORE = re.compile(
    r"(?<![\w.’'-])(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5})\s+(?:\w+ly\s+)?"
    r"(?:said|says|insisted|insists"
    r"|argued|argues|maintained|maintains|told\s+\w+|added|replied|countered)\s+(?:that\s+)?"
)
_SPEAKER_AFTER = re.compile(
    r"[”\"],?\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5})\s+(?:said|says|added|insisted|replied)"
)

# What someone states, in a sentence that reports it: "describing how P", "told X that P".
_REPORTED = re.compile(
    r"\b(?:describing how|described how|recounting how|recounted how|said|says|wrote that"
    r"|writes that|alleged|alleges|claimed|claims|accused\s+\w+(?:\s+\w+)?\s+of"
    r"|told\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5}|him|her|them|us|me|reporters|police)"
    rf"(?:\s+(?:in|on)\s+[^,]{{3,30}}?)?)\s+(?={_THAT}(?P<what>.{{12,}}))"
)
_QUESTION_WORD = re.compile(r"^[“\"‘']?(?:who|whom|what|why|how|which|where)\b", re.I)
# "details of alleged abuse", "the claimed record": the verb form used as an adjective.
_ADJECTIVE = re.compile(r"\b(?:of|the|a|an|his|her|their|its|these|those|any|new|for|in)\s+$", re.I)
_LEADING_PRONOUN = re.compile(r"^(?:it|this|that|they|he|she)\b", re.I)
_ARTICLES = {"the", "a", "an"}
# Words read before a verb that name nobody ("once said", "later claimed").
_NOT_WHO = {"once", "later", "then", "now", "still", "already", "never", "often", "also"}
_PRONOUNS = {"it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "this"}
# "Other parties have", "Microsoft later", "it fiercely": the words between a subject and
# its verb.
# Starts only after a non-space and takes spaces possessively: a long run of spaces is read once.
# An adverb is a lower-case word in -ly ("flatly", "vehemently"), not "Kelly" or "family".
_AUXILIARIES = re.compile(
    r"(?<!\s)(?:\s++(?:has|have|had|also|later|since|again|so far|not yet|long|all|both"
    r"|(?!(?:family|ally|rally|assembly|supply|only|early)\b)(?-i:[a-z]+ly)"
    # "Kelso Lines was quick to", "the ministry rushed to": the answer's subject is before.
    r"|(?:was|were|is|are|has been|have been)\s+(?:quick|swift|eager|keen|fast)\s+to"
    r"|(?:rushed|moved|hastened|sought)\s+to))+\s*$",
    re.I,
)
# "Bryan Freedman, one of Spacey's lawyers": the role, then the name.
_ROLE_APPOSITION = re.compile(
    r"^(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,5}),\s+(?:one of\s+|an?\s+|the\s+)?"
    r"(?P<owner>[A-Z][\w.’'-]*)(?:['’]s?)\s+(?P<role>lawyer|attorney|spokes(?:man|woman|person)"
    r"|representative|aide|adviser|advisor|publicist|agent)s?$"
)
# "Ivo Marsh or his lawyer": one of two who answer.
_OR_THEIR = re.compile(r"^(?P<name>.+?)\s+or\s+(?P<other>(?:his|her|their|its)\s+[a-z]+)$")
# The noun phrase a clause ends with: "after a white woman", "Mayor Ann Bell".
_LAST_PHRASE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+"
    r"|(?<![\w.’'-])[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5})$"
)
# "The board said it was not true ...": who speaks, without the verb.
_SAID_END = re.compile(r"\s+(?:said|says|told\s+\w+|added|insisted|insists)(?:\s+that)?\s*$")
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?P<who>.+?),?\s+as\s+$")
_REBUT = "rebuttal"
#: How far back in its article an answer looks for the claim it answers (sentences).
CLAIM_WINDOW = 8


@dataclass
class _Answer:
    """What one sentence says against a claim, and what it says of the claim."""

    agent: str | None  # who answers; None: the outlet itself ("X falsely said ...")
    claimant: str | None
    claim: str | None  # the claim as this sentence words it; None: told elsewhere
    value: str  # the answer in its own words
    sentence: int
    label: str | None = None  # a reframing: the word it rejects ("shake-up")
    how: str = "denial"  # denial, rebuttal, dispute or reframing: the measure's name
    near: int = CLAIM_WINDOW  # how far back its article may tell a claim it does not state
    challenge: bool = False  # "Says who?": it answers what another speaker said just before


def _who(text: str, entities: EntityIndex) -> str | None:
    """Who a short phrase names: the entity when the phrase is one ("the Pentagon", "Mr
    Kerry"), else the phrase itself ("a port official", "the Osk fishermen's guild"); for a
    longer phrase, the last name in it."""
    phrase = _AUXILIARIES.sub("", text.strip(" ,(")).strip(" ,(")
    phrase = re.sub(r"^(?:but|and|yet|so|however|still|also|then)\b[\s,]*", "", phrase, flags=re.I)
    phrase = LEADING_TIME.sub("", phrase).lstrip(" ,")  # "On Tuesday the mayor": the mayor
    if not phrase or phrase.lower() in _PRONOUNS or phrase.lower() in _NOT_WHO:
        return None  # "which it fiercely denies": whom "it" means is not read here
    either = _OR_THEIR.match(phrase)
    if either:  # "Ivo Marsh or his lawyer"
        name = _who(either.group("name"), entities)
        return f"{name} or {either.group('other')}" if name else None
    role = _ROLE_APPOSITION.match(phrase)
    if role:
        owner = entities.canonical(role.group("owner")) or role.group("owner")
        name = entities.canonical(role.group("name")) or role.group("name")
        return f"{owner.split()[-1]}'s {role.group('role')} {name}"
    bare = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    canonical = entities.canonical(bare)
    if canonical:
        return canonical if len(canonical.split()) <= 5 else None
    if len(phrase.split()) <= 5:
        return phrase[0].lower() + phrase[1:] if phrase.split()[0].lower() in _ARTICLES else phrase
    names = _names(phrase, entities)
    return names[-1][1] if names else None


def _clause(text: str) -> str:
    """A claim up to where the sentence goes on to something else (a quotation it opens is
    closed: 'called the allegations “unproven”')."""
    clause = _CLAIM_END.split(text)[0].strip().rstrip(' .,”"’')
    if clause.count("“") > clause.count("”"):
        clause += "”"
    elif clause.count('"') % 2:
        clause += '"'
    return clause


# "X, his attorney, has (also) called ...": the verb's helpers, no part of who answers; nor
# are how and when ("the council spokesman on Tuesday formally denied").
_HELPERS_END = re.compile(
    r"(?:\s+(?:has|have|had|also|since|previously|repeatedly|already|formally|flatly|strongly"
    r"|firmly|vehemently|categorically|immediately|quickly|swiftly|publicly|officially|angrily"
    r"|emphatically|again|later|today|yesterday|tonight|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri"
    r"|Satur|Sun)day))+\s*$"
)


def _agent_before(text: str, entities: EntityIndex) -> str | None:
    """Who does what the verb after ``text`` says ("Buzzfeed quoted X as rejecting": X)."""
    quoted = _QUOTED_AS.search(text)
    if quoted:
        return _who(quoted.group("who"), entities)
    text = _HELPERS_END.sub(" ", text)
    pieces = re.split(r"[,;:]\s+|\band\s+", text)
    before = _SAID_END.sub("", pieces[-1])
    if not before.strip() and text.rstrip().endswith(",") and len(pieces) > 2:
        # "Barney Frank, a Democrat who ..., challenged": the subject before the apposition.
        before = pieces[0]
    agent = _who(before, entities) or _subject(text, entities)
    return None if agent and len(agent.split()) > 6 else agent  # a headline read as a name


def _leading_subject(text: str, entities: EntityIndex) -> str | None:
    """The subject a sentence opens with ("The president spoke ... and falsely said")."""
    text = re.sub(r"^(?:But|And|Yet|So|However|Still|Also|Then)\b[\s,]*", "", text.strip())
    match = re.match(r"(?:(?:The|A|An)\s+[a-z]+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5})", text)
    return _who(match.group(), entities) if match else None


def _quoted_clause(text: str, after: int) -> str | None:
    """A quoted answer right after ``after`` (": “Let me be clear, Mr. X denies it.”"): its
    clause that holds the answering verb."""
    quote = re.match(r"\s*:\s*[“\"](?P<q>[^”\"]+)[”\"]?", text[after:])
    if not quote:
        return None
    for part in re.split(r"(?<=[a-z]{3}[.!?])\s+|,\s+", quote.group("q")):
        if _DENY_RE.search(part) or re.search(_FALSE, part):
            return part.strip().rstrip(".")
    return None


def _denial(text: str, index: int, entities: EntityIndex) -> _Answer | None:
    """The claim a sentence denies and who denies it, when the sentence says both; or a
    denial of "the allegations" / "Harry's allegation", whose claim is told before."""
    verb = _DENY_RE.search(text)
    if verb is None or _NO_DENIAL.search(text[: verb.start()]):
        return None
    after = _DENIED_BY.search(text) or _DENIED_AFTER.search(text)
    if after:
        agent = _who(after.group("agent"), entities)
        claim, claimant = after.group("claim"), None
        says = _SAYS.search(claim)
        if says:
            claimant = _who(says.group("who"), entities)
            claim = says.group("what")
        value = f"{agent} {_deny_verb(agent)} the claim" if agent else ""
        return _Answer(agent, claimant, claim, value, index) if agent else None
    for pattern in (_DENIES_THAT, _DENIES_NOUN, _DENIES_BARE, _DENIES_IT):
        match = pattern.search(text)
        if not match:
            continue
        agent = _agent_before(text[: match.start()], entities)
        if not agent:
            return None
        claimant = match.groupdict().get("claimant") or match.groupdict().get("named")
        if claimant and claimant[:1].islower():
            claimant = "the " + claimant
        claimant = _who(claimant, entities) if claimant else None
        if pattern in (_DENIES_BARE, _DENIES_IT):
            quoted = _quoted_clause(text, match.end())
            # "was quick to deny the claim": how it answers, in the article's words.
            lead = _AUXILIARIES.search(text[: match.start()])
            said = f"{lead.group().strip()} {match.group()}" if lead else match.group()
            written = f"“{quoted}”" if quoted else said
            value = f"{agent}: {written}" if quoted else f"{agent} {written}"
            near = IT_WINDOW if pattern is _DENIES_IT else CLAIM_WINDOW
            return _Answer(agent, claimant, None, value, index, near=near)
        claim = _clause(match.group("claim"))
        value = f"{agent} {_clause(text[match.start() :])}"
        return _Answer(agent, claimant, claim, value, index)
    return None


def _rebuttal(text: str, index: int, entities: EntityIndex) -> _Answer | None:
    """A claim called false: by the outlet ("falsely said that P") or by someone ("X said
    the claim that P was untrue", "X called the report baseless")."""
    falsely = _FALSELY.search(text)
    if falsely:
        before = text[: falsely.start()].rstrip(" ,")
        if _REPORTED_BEFORE.search(before):
            return None  # "a student who claims Fields ... falsely accused him": his word
        if re.search(r"\b(?:and|but|then)$", before):
            # "The mayor spoke ... and falsely said", "who claims Fields targeted them and
            # falsely accused him": the subject of the clause says it.
            clause = re.split(r"\b(?:that|which|who\s+\w+)\s+|[,;:]\s+", before)[-1]
            claimant = _leading_subject(clause, entities)
        else:
            phrase = _LAST_PHRASE.search(before)
            claimant = _who(phrase.group(), entities) if phrase else None
            claimant = claimant or _leading_subject(text, entities)
        if not claimant or claimant.split()[0].lower() in {"a", "an"}:
            return None  # "after a woman falsely accused him": a past event, not this story's
        claim = _clause(falsely.group("claim"))
        if falsely.group("verb").startswith("accus"):
            claim = "accuses " + claim  # shown as "X accuses him of ..."
        return _Answer(None, claimant, claim, "the outlet reports this as false", index, how=_REBUT)
    for pattern in (_CLAIM_IS_FALSE, _CALLED_FALSE, _SAID_FALSE):
        match = pattern.search(text)
        if not match or _NO_DENIAL.search(text[: match.start()]):
            continue
        said = _SPEAKER_BEFORE.search(text[: match.start() + 1] + " ")
        agent = _who(said.group("who"), entities) if said else None
        agent = agent or _agent_before(text[: match.start()], entities)
        claimant = match.groupdict().get("claimant")
        claimant = _who(claimant, entities) if claimant else None
        claim = match.groupdict().get("claim") or match.groupdict().get("said")
        written = _clause(text[match.start() :])
        # "the board called the claim baseless"; "the board says the claim that P is false".
        join = " " if pattern is not _CLAIM_IS_FALSE else " says "
        value = f"{agent or 'the outlet'}{join}{written}"
        claim = _clause(claim) if claim else None
        return _Answer(agent, claimant, claim, value, index, how=_REBUT)
    quoted = _QUOTED_FALSE.search(text)
    if quoted:
        agent = _who(quoted.group("who"), entities)
        if agent:
            words = re.split(r"[,”\"]", text[1:], maxsplit=1)[0].strip()
            value = f"{agent}: “{words}”"
            # "“That is not true,” X said": "that" is what was said just before.
            return _Answer(agent, None, None, value, index, how=_REBUT, near=IT_WINDOW)
    return None


def _dispute(text: str, index: int, entities: EntityIndex) -> _Answer | None:
    """ "X questioned who claimed P", "X balked at the idea that P": P disputed by X."""
    match = _DISPUTE.search(text)
    if not match or _NO_DENIAL.search(text[: match.start()]):
        return None
    agent = _agent_before(text[: match.start()], entities)
    if not agent:
        return None
    said = _clause(_AND_THEN.split(text[match.start() :])[0])
    claim = said[match.start("claim") - match.start() :]
    if not claim.strip():
        return None  # the clause ended before the claim began ("the idea that — as he put it")
    claimant = _who(match.group("claimant"), entities) if match.group("claimant") else None
    return _Answer(agent, claimant, claim, f"{agent} {said}", index, how="dispute")


# "... and interrupted Keilar": where a disputed claim ends and the answerer goes on.
_AND_THEN = re.compile(r"\s+and\s+(?:then\s+)?(?:\w+ed|said|asked|told|went)\b")


# A challenge: a quote that only asks who says so ("Says who?", "OK, which polls?").
_CHALLENGE_WORDS = (
    r"(?:(?:ok(?:ay)?|well|really)[.,!]?\s+)?(?:says who|who says(?: so)?|says whom|according to"
    r" whom|since when|which (?:\w+\s+)?\w+|where is the"
    r" (?:evidence|proof)|prove it)\?"
)
_CHALLENGE = re.compile(
    rf"^(?:(?P<pre>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})(?:\s+\w+){{0,2}}\s*:\s*)?"
    rf"[“\"‘](?P<q>{_CHALLENGE_WORDS}(?:\s*{_CHALLENGE_WORDS})*)[”\"’]?,?\s*(?P<post>.*)$",
    re.I,
)
_SPEAKS_AFTER = re.compile(
    r"^(?:(?:said|asked|replied|countered)\s+(?P<who1>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"|(?P<who2>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:\w+\s+)?(?:said|asked|replied"
    r"|countered|fired back|shot back|pushed back))\b"
)
# 'Keilar: "You say ..., but you guys are down"', '"We are ahead," Keilar said': one speaker's
# words, told as a transcript line or a quote with its speaker.
_SPOKEN = re.compile(
    r"^(?:(?P<who1>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}):\s*[“\"‘](?P<q1>[^”\"]{8,})"
    r"|[“\"‘](?P<q2>[^”\"]{8,})[”\"’],?\s+(?:said\s+)?(?P<who2>[A-Z][\w.’'-]*"
    r"(?:\s+[A-Z][\w.’'-]*){0,3})(?:\s+said)?)"
)
#: How far back a challenge looks for the words it challenges (sentences).
CHALLENGE_WINDOW = 2


def _challenge(text: str, index: int, entities: EntityIndex) -> _Answer | None:
    """ "Cohen: “Says who?”", "“Says who?” said Cohen": a named speaker asks who says so."""
    match = _CHALLENGE.match(text.strip())
    if not match:
        return None
    said = _SPEAKS_AFTER.match(match.group("post"))
    who = match.group("pre") or (said and (said.group("who1") or said.group("who2")))
    agent = _who(who, entities) if who else None
    if not agent:
        return None  # an unattributed "Says who?" (a joke, a headline) answers no one known
    value = f"{agent}: “{match.group('q').strip()}”"
    return _Answer(
        agent, None, None, value, index, how="dispute", near=CHALLENGE_WINDOW, challenge=True
    )


def _spoken_before(
    analysis: Analysis, answer: _Answer, entities: EntityIndex
) -> tuple[str, str | None, list[int]] | None:
    """The words a challenge answers: the last thing another named speaker said just before
    it in its article, not a question."""
    answering = analysis.sentences[answer.sentence]
    for back in range(1, answer.near + 1):
        k = answer.sentence - back
        if k < 0 or analysis.sentences[k].doc_index != answering.doc_index:
            return None
        spoken = _SPOKEN.match(analysis.sentences[k].text.strip())
        if not spoken:
            continue
        speaker = _who(spoken.group("who1") or spoken.group("who2"), entities)
        words = (spoken.group("q1") or spoken.group("q2")).strip(' —–-”"')
        if not speaker or speaker == answer.agent or words.endswith("?"):
            continue
        # "You say it's not a shake-up, but you guys are down": what is claimed comes last.
        claim = re.split(r",?\s+but\s+|;\s+|\s+[—–]\s*", words)[-1].strip(" ,.—–")
        if len(claim.split()) >= 3:
            return claim, speaker, [k]
    return None


def _reframing(text: str, index: int, entities: EntityIndex) -> _Answer | None:
    """ "X insisted that the “change up” was not “a shake up”": X rejects the word others
    use for what happened."""
    match = _WAS_NOT.search(text) or _NOT_BUT.search(text)
    if not match:
        return None
    label = re.sub(r"^(?:a|an)\s+", "", match.group("label").strip(), flags=re.I)
    instead = re.sub(r"^(?:the|a|an)\s+", "", match.group("instead").strip(), flags=re.I)
    if (
        len(instead.split()) > 3
        or len(label.split()) > 3
        or {w.lower() for w in instead.split()} & _PRONOUNS
        or re.search(r"\byou\s+say\b", text[: match.start()], re.I)
    ):
        return None  # "You say it's not a shake-up, but you guys are down": a question
    said = _SPEAKER_AFTER.search(text, match.end()) or _SPEAKER_BEFORE.search(text[: match.start()])
    if said is None:
        return None
    agent = _who(said.group("who"), entities)
    if not agent:
        return None
    value = f"{agent}: not “{label}” but “{instead}”"
    return _Answer(agent, None, None, value, index, label=label, how="dispute")


# Word parts one of which every answer holds: most sentences are passed over by this plain
# search of their lower-cased text before any pattern runs.
_HINT_PARTS = re.compile(
    "deny|deni|reject|dismiss|refut|disput|false|untrue|not|baseless|unfounded|groundless|lie"
    "|fake|nonsense|question|challeng|contest|balk|push|issue with|scoff|fabricat|inaccurate"
    "|without|contradict|says who|who says|whom|which|since when|prove it|is the"
    "|unproven|unsubstantiat|meritless|frivolous"
)


def _answer(text: str, index: int, entities: EntityIndex) -> _Answer | None:
    if not _HINT_PARTS.search(text.lower()) or not _ANSWER_HINT.search(text):
        return None
    for read in (_denial, _rebuttal, _dispute, _reframing, _challenge):
        found = read(text, index, entities)
        if found is not None:
            return found
    return None


def _told_before(
    analysis: Analysis, answer: _Answer, entities: EntityIndex
) -> tuple[str, str | None, list[int]] | None:
    """The claim an answer refers to without stating it ("denies the allegations"): the
    nearest statement before it in its article by the claimant (or naming the one who denies),
    with the claimant's next words on it ("Harry said it happened in 2008")."""
    answering = analysis.sentences[answer.sentence]
    who = answer.claimant
    named = [answer.agent] if answer.agent else []
    named += re.findall(r"\b[A-Z][a-z]{2,}\b", answer.value)
    keys = {n.split()[-1].lower().removesuffix("'s") for n in named if n}
    claimant_keys = {w.lower() for w in (who or "").split() if w[:1].isupper()}
    follow_ups: list[tuple[int, str]] = []
    for back in range(1, answer.near + 1):
        k = answer.sentence - back
        if k < 0 or analysis.sentences[k].doc_index != answering.doc_index:
            break
        text = analysis.sentences[k].text
        if claimant_keys and not claimant_keys & {w.lower() for w in re.findall(r"\w+", text)}:
            continue
        reported = _statement(text)
        if not reported or _DENY_RE.search(text):
            continue
        what = _clause(reported.group("what"))
        if _LEADING_PRONOUN.match(what):
            follow_ups.append((k, re.split(r"\s+(?:when|while|as|because|where)\s+|,\s+", what)[0]))
            continue
        # Far back, a claim must name the one who denies it ("Mr. Pratt denies the
        # allegations"); "X denied it" answers the sentence right before it.
        named_there = keys & {w.lower() for w in re.findall(r"\w+", what)}
        if not claimant_keys and not named_there and answer.near > IT_WINDOW:
            continue
        claimant = who or _agent_before(text[: reported.start()], entities)
        # "Harry Dreyfuss: The son of ... wrote": a heading names who speaks.
        heading = re.match(
            r"^(?:\d+\.\s+)?(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,5}):\s", text
        )
        if heading and (not who or who.split()[-1] in heading.group("who")):
            claimant = _who(heading.group("who"), entities) or claimant
        claim = what + "".join(f"; {more}" for _k, more in reversed(follow_ups))
        return claim, claimant, [k] + [f for f, _m in reversed(follow_ups)]
    return None


def _statement(text: str) -> re.Match | None:
    """Where a sentence says what someone states ("Harry said that P", "describing how P"):
    not a verb used as an adjective ("alleged abuse"), nor one inside a quotation ("says
    who?"), nor a question ("said who ...")."""
    for reported in _REPORTED.finditer(text):
        before = text[: reported.start()]
        if _ADJECTIVE.search(before) or before.count("“") > before.count("”"):
            continue
        if before.rstrip()[-1:] in {'"', "‘", "'"} or _QUESTION_WORD.match(reported.group("what")):
            continue
        if len(_clause(reported.group("what")).split()) >= 4:
            return reported
    return None


def _label_pattern(label: str) -> re.Pattern:
    """ "shake up", "shake-up" and "shakeup" are one word."""
    parts = [re.escape(p) for p in re.split(r"[\s-]+", label.lower()) if p]
    return re.compile(r"\b" + r"[\s-]*".join(parts) + r"\b", re.I)


def _using_label(analysis: Analysis, answer: _Answer) -> list[int]:
    """Sentences that call what happened by the word an answer rejects (not negated, not the
    answerer's own)."""
    pattern = _label_pattern(answer.label or "")
    surname = (answer.agent or "").split()[-1].lower() if answer.agent else ""
    found = []
    for k, sentence in enumerate(analysis.sentences):
        if k == answer.sentence:
            continue
        for match in pattern.finditer(sentence.text):
            before = sentence.text[max(0, match.start() - 40) : match.start()].lower()
            if re.search(r"\b(?:not|n['’]t|no|any kind of|if not)\b", before):
                continue
            if surname and surname in sentence.text[: match.start()].lower():
                continue
            found.append(k)
            break
    return found


def _label_clause(text: str, label: str) -> str:
    """The clause of a sentence that uses a word: "the news broke that X had undergone a
    major shake-up ..." → "X had undergone a major shake-up ..."."""
    at = _label_pattern(label).search(text)
    start = 0
    for mark in re.finditer(r"\bthat\s+|,\s+|:\s+|;\s+", text):
        if at and mark.end() <= at.start():
            start = mark.end()
    return _clause(text[start:])


def denial_conflicts(
    analysis: Analysis,
    facts: SentenceFacts,
    entities: EntityIndex,
    sources: list[int],
    disputes: list[Conflict],
    people: StoryPeople | None = None,
) -> list[Conflict]:
    """A claim against its denial, rebuttal or dispute ("a Russian spokesman said a US drone
    was there, a claim the Pentagon denied"; "Trump falsely said that P"; "Cohen questioned
    who claimed P").

    The claim side holds the sentence that reports both and the other outlets' sentences that
    state the claim (said, claimed, alleged ...; about the same thing). A denial of something
    an accusation already in ``disputes`` is about (the accused denies it) joins that dispute
    instead: one dispute is listed once. "The president" on either side is the one person the
    story gives that role (``people``).
    """
    accused = {}
    for conflict in disputes:
        if conflict.kind == "attribution":
            for side in conflict.sides[1::2]:
                accused[side.value.split(" denies")[0].lower()] = side
    listed = {
        (w.doc_index, w.sentence_index)
        for conflict in disputes
        for side in conflict.sides
        for w in side.wordings
    }
    conflicts: list[Conflict] = []
    common: set[str] | None = None  # the story's topic words, read once an answer is found
    by_word: dict[str, list[int]] = {}  # sentences by content word, built with ``common``
    # Per dispute: who answers, the claim's content words, the word a reframing rejects, how
    # it answers, and who claims (None: no one named yet).
    keys: list[tuple[str | None, set[str], str | None, str, str | None]] = []
    for index, sentence in enumerate(analysis.sentences):
        if (sentence.doc_index, sentence.index) in listed:
            continue  # already a side of an accusation it denies
        answer = _answer(sentence.text, index, entities)
        if answer is None or (answer.agent and answer.agent == answer.claimant):
            continue
        wording = _wording(analysis, index, sources)
        if answer.claim is not None and answer.label is None:
            about = [answer.agent or ""] + re.findall(r"\b[A-Z][a-z]{3,}", answer.claim)
            joined = next(
                (s for name, s in accused.items() if any(_same_name(name, a) for a in about)),
                None,
            )
            if joined is not None and _DENY_RE.search(sentence.text):
                if wording not in joined.wordings:
                    joined.wordings.append(wording)
                continue
        if common is None:
            common = _topic_words(analysis, facts)
            by_word = _sentences_by_word(analysis, facts)
        claims = _claim_sentences(analysis, facts, entities, answer, common, by_word)
        if claims is None:
            continue
        claim, claimant, members = claims
        claimant = _role_holder(claimant, people, sentence.doc_index)
        answerer = _role_holder(answer.agent, people, sentence.doc_index)
        if claimant and claimant in (answer.agent, answerer):
            continue  # "Clinton said he believed ..." / "the mayor denied it": no dispute
        claimed = content_words(claim)
        claim_wordings = [_wording(analysis, k, sources) for k in members]
        # A claim no other sentence states is shown with the answer that words it, and with
        # the claimant's own words on it close by ("“They wanted that caravan,” Trump said").
        claim_evidence = claim_wordings or [wording]
        if all(k == index for k in members):
            claim_evidence = claim_evidence + [
                _wording(analysis, k, sources)
                for k in _own_words(analysis, facts, index, claimant, claimed - (common or set()))
            ]
        sides = [
            # A challenge answers spoken words: they are shown as spoken.
            ConflictSide(
                _claim_value(claimant, f"“{claim}”" if answer.challenge else claim), claim_evidence
            ),
            ConflictSide(
                _spoken_by(
                    answer.agent,
                    _answer_value(answer, claim),
                    answerer,
                ),
                [wording],
            ),
        ]
        same_at = next(
            (
                at
                for at, (c, (agent, words, label, how, _claimant)) in enumerate(
                    zip(conflicts, keys, strict=True)
                )
                if agent == answer.agent
                and (
                    _overlap(c, claim_wordings)
                    or same_event(words, claimed, 0.4, 2)
                    or (label and answer.label and label.lower() == answer.label.lower())
                    # A reframing and a dispute of a claim that uses the word it rejects.
                    or bool(label and _label_pattern(label).search(claim))
                    or bool(answer.label and _label_pattern(answer.label).search(c.sides[0].value))
                    # "Says who?" again, in an exchange: the same speaker's one dispute.
                    or answer.challenge
                    and how == "dispute"
                    and not label
                    and (bool(words & claimed) or _in_exchange(c, sentence))
                )
            ),
            None,
        )
        if same_at is not None:
            same = conflicts[same_at]
            if claimant and not keys[same_at][4] and not answer.label:
                # "Cohen questioned who claimed P", then the exchange shows who did: each
                # side in its speaker's own words, and the sentence that only tells of the
                # exchange is the answer's evidence alone.
                same.sides[0].value, same.sides[1].value = sides[0].value, sides[1].value
                told = same.sides[1].wordings
                same.sides[0].wordings[:] = [w for w in same.sides[0].wordings if w not in told]
                keys[same_at] = (*keys[same_at][:4], claimant)
            if wording not in same.sides[1].wordings:
                same.sides[1].wordings.append(wording)
            known = same.sides[0].wordings
            known.extend(w for w in claim_wordings if w not in known)
            if answer.label:
                # A reframing's claim side is in the words of those who use the rejected word.
                same.sides[0].value, same.sides[1].value = sides[0].value, sides[1].value
                known[:] = [w for w in known if w not in same.sides[1].wordings]
                same.measure = _measure(answer, claim)
                keys[same_at] = (*keys[same_at][:2], answer.label, *keys[same_at][3:])
            continue
        # "denied allegations of misconduct": the answer names the matter best.
        named = answer.claim if answer.claim and re.match(_CLAIM_NOUN, answer.claim) else None
        conflicts.append(Conflict("denial", _measure(answer, named or claim), sides))
        keys.append((answer.agent, claimed, answer.label, answer.how, claimant))
    return conflicts


#: How far from a claim reported by the outlet its claimant's own words on it may be
#: (sentences of the same article).
OWN_WORDS_WINDOW = 3


def _own_words(
    analysis: Analysis, facts: SentenceFacts, index: int, claimant: str | None, words: set[str]
) -> list[int]:
    """Sentences near ``index`` in its article that quote ``claimant`` on the claim (a quote
    given to their surname, sharing a word of ``words``, the claim's less common words)."""
    if not claimant or not claimant[:1].isupper() or not words:
        return []
    surname = claimant.split()[-1]
    said = re.compile(
        rf"[”\"],?\s+(?:\w+\s+)?{re.escape(surname)}\s+(?:{SPEECH_VERBS})\b"
        rf"|[”\"],?\s+(?:{SPEECH_VERBS})\s+(?:\w+\s+)?{re.escape(surname)}\b"
    )
    doc = analysis.sentences[index].doc_index
    found = []
    for k in range(index - OWN_WORDS_WINDOW, index + OWN_WORDS_WINDOW + 1):
        if k == index or not 0 <= k < len(analysis.sentences):
            continue
        sentence = analysis.sentences[k]
        if sentence.doc_index == doc and facts.words(k) & words and said.search(sentence.text):
            found.append(k)
    return found


def _claim_value(claimant: str | None, claim: str) -> str:
    """Who claims what: "Lena Ross: the city is short of money", "the mayor accuses him of
    ..."; the claim alone when no one is named for it."""
    if not claimant:
        return claim
    return f"{claimant} {claim}" if claim.startswith("accuses ") else f"{claimant}: {claim}"


# "says", "said that": the verb a value opens with after its speaker, shown as a colon.
_OPENING_SAYS = re.compile(rf"^(?:says|said|say)\s+{_THAT}")


def _spoken_by(agent: str | None, value: str, named: str | None = None) -> str:
    """An answer as who answers (``named`` where the story names the role) and what: "Ronny
    Jackson: denied allegations of ...", "the board: it was not true"."""
    if not agent or not value.startswith(agent + " "):
        return value
    return f"{named or agent}: {_OPENING_SAYS.sub('', value[len(agent) + 1 :])}"


_ROLE_NOUN = re.compile(r"^the\s+(?P<role>[a-z]+)$")


def _role_holder(who: str | None, people: StoryPeople | None, doc_index: int) -> str | None:
    """ "the president" as the one person the story gives that role, or else the one it calls
    by it as a title ("President Ann Bell", not "X, president of the union"); anyone else, or
    a role several carry alike, as written."""
    role = _ROLE_NOUN.match(who or "")
    if role is None or people is None:
        return who
    holder = people.role_holder(role.group("role"), doc_index)
    return holder or people.titled_holder(role.group("role")) or who


def _answer_value(answer: _Answer, claim: str) -> str:
    """The answer as shown beside the claim: not the claim a second time ("Assad rejected
    Washington's claim that P" beside "Washington says P": "Assad rejected Washington's
    claim")."""
    value = answer.value
    noun = re.match(_CLAIM_NOUN, claim)  # "denied allegations of misconduct": keep it whole
    if answer.claim and claim == answer.claim and value.endswith(claim) and not noun:
        short = re.sub(r"\s+that$", "", value[: -len(claim)].rstrip())
        last = short.split()[-1] if short.split() else ""
        if _DENY_RE.search(last) or last in {"said", "says", "claimed", "alleged", "reported"}:
            short += " it"  # "Moscow denies that P": "Moscow denies it"; "who claimed it"
        return short if len(short.split()) >= 2 else value
    return value


#: Words a measure opens with that need no capital ("whether the city ...").
_PLAIN_OPENING = {
    "the", "a", "an", "it", "this", "that", "these", "those", "there", "he", "she", "they",
    "critics", "officials", "residents", "police", "witnesses", "experts", "analysts",
    "scientists", "researchers", "investigators", "opponents", "supporters", "some", "many",
    "several", "most", "few", "people",
}  # fmt: skip
#: The longest claim a measure repeats in full (words); a longer one is cut at a clause.
MEASURE_WORDS = 16


def _article(noun: str) -> str:
    """ "a shake-up", "an invasion", "a U-turn", "a union deal", "an upgrade": the indefinite
    article a noun phrase takes, by how its first letters sound."""
    lower = noun.lower()
    vowel = bool(re.match(r"[aio]|e(?!u)|u[nmpglrst][^aeiouy]", lower)) and not lower.startswith(
        ("one", "once")
    )
    return f"{'an' if vowel else 'a'} {noun}" if noun else noun


def _measure(answer: _Answer, claim: str) -> str:
    """The disputed matter: "whether the city is short of money", "the allegations of
    misconduct", "whether it was a shake-up or a refresh"."""
    if answer.label:
        instead = answer.value.rsplit("“", 1)[-1].rstrip("”")
        return f"whether it was {_article(answer.label)} or {_article(instead)}"
    matter = re.split(r";\s+|,\s+(?:and|but|while)\s+", claim)[0].strip(' ,.“”"')
    words = matter.split()
    if not words or claim.startswith("accuses ") or len(words) > MEASURE_WORDS:
        return f"claim and {answer.how}"
    if words[0].lower() in _PLAIN_OPENING:
        matter = matter[0].lower() + matter[1:]
    if re.match(_CLAIM_NOUN, matter):
        return f"the {matter}"  # "allegations of misconduct": the matter is named already
    return f"whether {matter}"


# A sentence that says who states what ("said", "according to", "alleged"): it reports a claim.
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|claim(?:s|ed)?|alleg\w*|accus\w*|blam\w*|according to|reported"
    r"|describ\w*|wrote|writes|insist\w*|argu\w*|believes?|thinks?|suggest\w*|asked|asks)\b"
    r"|[“\"]",
    re.I,
)


def stated_as_settled(text: str) -> bool:
    """Whether a sentence states a claim as fact, not as what someone says or asks: a
    summary may report a disputed claim, never settle it."""
    return not _REPORTING.search(text) and not _ANSWER_HINT.search(text)


def _claim_sentences(
    analysis: Analysis,
    facts: SentenceFacts,
    entities: EntityIndex,
    answer: _Answer,
    common: set[str],
    by_word: dict[str, list[int]],
) -> tuple[str, str | None, list[int]] | None:
    """The claim an answer answers, who claims it, and the sentences that state it; None when
    no claim is found (then there is no dispute)."""
    index = answer.sentence
    sentence = analysis.sentences[index]
    if answer.label is not None:
        using = _using_label(analysis, answer)
        if not using:
            return None
        first = min(using, key=lambda k: (analysis.sentences[k].doc_index, k))
        return _label_clause(analysis.sentences[first].text, answer.label), None, using[:4]
    if answer.challenge:
        return _spoken_before(analysis, answer, entities)
    if answer.claim is None:
        told = _told_before(analysis, answer, entities)
        if told is None:
            return None
        return told
    # The answer's own sentence states the claim when it names who claims it ("a port official
    # said P, a claim Kelso denied"); "X denied that P" alone is the answer's evidence only.
    members = [index] if answer.claimant else []
    claimed = content_words(answer.claim)
    answering = facts.words(index)
    # Only sentences with two words of the claim's or the answer's: too few in common for
    # any test below otherwise.
    near = _in_two(by_word, list(claimed)) | _in_two(by_word, list(answering))
    for other in sorted(near):
        candidate = analysis.sentences[other]
        if (
            # Said, claimed, or stated flat by the outlet itself (then the summary must not
            # repeat it as settled).
            candidate.doc_index != sentence.doc_index
            and not _DENY_RE.search(candidate.text)
            and not _ANSWER_HINT.search(candidate.text)
            and _NEGATED.search(candidate.text) is None
            and (
                _same_claim(claimed, facts.words(other), common)
                # Said by someone, in words about the same thing (their rarer words).
                or bool(_CLAIM_VERB.search(candidate.text))
                and (
                    facts.related(index, other)
                    or same_event(claimed - common, facts.words(other) - common, 0.4, 2)
                )
            )
        ):
            members.append(other)
    if not answer.claimant and not members and re.match(_CLAIM_NOUN, answer.claim):
        # "Jackson denied allegations of misconduct": who made them is told just before.
        made = _alleged_before(analysis, answer, facts, entities)
        if made is not None:
            return made
    if not answer.claimant:
        # "The Pentagon denied that P" answers "Russia said P'" in another outlet: the claim
        # in its claimant's words.
        stated = []
        for k in members:
            text = analysis.sentences[k].text
            reported = _statement(text)
            if not reported:
                continue
            what = _clause(reported.group("what"))
            claimant = _agent_before(text[: reported.start()], entities)
            words = content_words(what)
            if claimant and _same_claim(words, claimed, common):
                stated.append((len(words & claimed) / len(words | claimed), -k, what, claimant))
        if stated:
            _share, _k, what, claimant = max(stated)
            return what, claimant, members
    return answer.claim, answer.claimant, members


# "Tester, whose office released information about alleged misconduct": who made allegations
# public, and what about.
_MADE_PUBLIC = re.compile(
    r"\b(?:released|published|made public|leaked|revealed|detailed|aired|raised|made|brought)"
    r"\s+(?:the\s+|new\s+|a\s+)?(?:information|details|documents|evidence|claims|allegations"
    r"|accusations|charges|reports?|complaints?|dossier)\s+(?:about|of|on|over|detailing|that)\s+"
    r"(?P<what>.{6,})"
)
_WHOSE = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}),\s+whose\s+(?P<part>[a-z]+)$"
)


def _alleged_before(
    analysis: Analysis, answer: _Answer, facts: SentenceFacts, entities: EntityIndex
) -> tuple[str, str | None, list[int]] | None:
    """Who made public what an answer denies ("Tester, whose office released information
    about alleged misconduct ... Jackson denied allegations of misconduct"): the nearest
    sentence before it in its article that says so about the same thing."""
    answering = analysis.sentences[answer.sentence]
    denied = content_words(answer.claim or "") - {"allegation", "accusation", "claim", "charge"}
    for back in range(1, IT_WINDOW + 1):
        k = answer.sentence - back
        if k < 0 or analysis.sentences[k].doc_index != answering.doc_index:
            return None
        text = analysis.sentences[k].text
        made = _MADE_PUBLIC.search(text)
        if not made or not content_words(made.group("what")) & denied:
            continue
        before = _AUXILIARIES.sub("", text[: made.start()].rstrip())
        whose = _WHOSE.search(before)
        if whose:
            name = entities.canonical(whose.group("name")) or whose.group("name")
            claimant = f"{name}'s {whose.group('part')}"
        else:
            claimant = _agent_before(before, entities)
        if claimant:
            # "... about alleged misconduct that led to ...": what was alleged, not its outcome.
            said = re.split(r"\s+(?:that|which|who)\s+", text[made.start() :])[0]
            return _clause(said), claimant, [k]
    return None


# "had no sexual relationship": a sentence that says the opposite does not state the claim.
_NEGATED = re.compile(r"\b(?:no|not|never|nothing|none|neither|nor)\b|n['’]t\b", re.I)
#: Content words two wordings of one claim share (at least, and as a share of the shorter).
SAME_CLAIM_WORDS, SAME_CLAIM_SHARE = 3, 0.5


#: A word in more than this share of a story's sentences is its topic ("Kursk", "submarine"):
#: sharing it says nothing of which claim two sentences state.
TOPIC_SHARE = 0.2


def _topic_words(analysis: Analysis, facts: SentenceFacts) -> set[str]:
    counts: Counter[str] = Counter()
    for i in range(len(analysis.sentences)):
        counts.update(facts.words(i))
    # More than four sentences: in a short story few words are the topic's alone.
    least = max(4.0, TOPIC_SHARE * len(analysis.sentences))
    return {w for w, n in counts.items() if n > least}


def _sentences_by_word(analysis: Analysis, facts: SentenceFacts) -> dict[str, list[int]]:
    by_word: dict[str, list[int]] = defaultdict(list)
    for i in range(len(analysis.sentences)):
        for word in facts.words(i):
            by_word[word].append(i)
    return dict(by_word)


def _same_claim(a: set[str], b: set[str], common: set[str] = frozenset()) -> bool:
    """Whether two wordings state one claim: three content words shared besides the story's
    topic words, and half of the shorter wording's."""
    shared = len((a & b) - common)
    return shared >= SAME_CLAIM_WORDS and shared >= SAME_CLAIM_SHARE * min(len(a), len(b))


def _deny_verb(agent: str) -> str:
    """ "Kelso Lines denies", "other political parties deny": plural only for a common noun."""
    last = agent.split()[-1]
    return "deny" if last.islower() and last.endswith("s") and not last.endswith("ss") else "denies"


def _same_name(accused: str, name: str) -> bool:
    """ "russia" and "Russian", "syria" and "Syrian": one name and the word made from it."""
    name = name.lower()
    return len(accused) >= 4 and (
        name == accused or name.startswith(accused) and len(name) - len(accused) <= 3
    )


#: Sentences within which one speaker's challenges are one exchange ("Says who?" ... "Which
#: report?").
EXCHANGE = 6


def _in_exchange(conflict: Conflict, sentence) -> bool:
    """Whether the answer side holds a sentence of the same article shortly before."""
    return any(
        w.doc_index == sentence.doc_index and 0 < sentence.index - w.sentence_index <= EXCHANGE
        for w in conflict.sides[1].wordings
    )


def _overlap(conflict: Conflict, wordings: list[Wording]) -> bool:
    return any(w in conflict.sides[0].wordings for w in wordings)
