"""Speakers: who said each quote, resolved as a careful reader would.

The words around a quote are read in order of how sure they make a reader:

1. an explicit speaker next to it: '..." said Kerry', '..., Kerry told the BBC', 'Kerry said:
   "..."', 'Kerry: "..."' (a transcript), 'According to Kerry, "..."', 'a BP spokesman said';
2. a pronoun ('he said', 'she added') resolved to the nearest person named before it whose gender
   fits (from the first name, or Mr / Ms), never a name inside a quote, a byline or a credit;
3. a role noun ('the mayor', 'the actor', 'the company', 'police', 'the spokesman') resolved to
   the person who carries that role in the story, or the organisation just named;
4. a quote that continues the one before it in the same paragraph, or opens the paragraph after
   an attributed one, has the same speaker (less sure).

When none of these applies the quote has no speaker: no speaker is better than a wrong one.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from newsfuse.briefing.entities import (
    ORGANISATION,
    PERSON,
    PLACE,
    ROLE_WORDS,
    EntityIndex,
    Mention,
    furniture_line,
    names_a_body,
)

SPEECH_VERBS = (
    r"said|says|say|saying|told|tells|telling|added|adds|adding|asked|asks|explained|insisted"
    r"|warned|stressed|noted|declared|suggested|argued|replied|replies|responded|wrote|writes"
    r"|tweeted|tweeting|posted|continued|urged|announced|acknowledged|claimed|recalled|admitted"
    r"|remarked|elaborated|yelled|shouted|joked|quipped|confirmed|concluded|fired back"
    r"|countered|testified|reported|stated|predicted|cautioned|conceded|boasted|began|reiterated"
    r"|captioned|reaffirmed|emphasized|emphasised|commented|complained|contended|asserted"
    r"|pointed out|observed|assured"
    # The present tense of the verbs above, as features and profiles write ("..., Bell explains").
    r"|explains|insists|warns|stresses|notes|declares|suggests|argues|responds|urges|announces"
    r"|acknowledges|recalls|admits|elaborates|jokes|quips|confirms|testifies|predicts|cautions"
    r"|concedes|boasts|reiterates|narrates|narrated|utters|uttered|opined|opines|reaffirms"
    r"|emphasizes|emphasises|complains|contends|asserts|points out|observes|assures"
    # and as a study's authors write it ("..., the authors write")
    r"|write|note|conclude|argue|explain|add"
    # "as he puts it, “...”", "Lee put it bluntly: “...”"; not "Lee put it to a vote".
    r"|puts it(?=\s*[,:]|\s+\w+ly\s*[,:])|put it(?=\s*[,:]|\s+\w+ly\s*[,:])"
    r"|mutters|muttered|murmurs|murmured|whispers|whispered"
    r"|snapped|snaps|pleaded|pleads|vowed|vows|answered|answers|shot back|retorted|retorts"
    r"|exclaimed|exclaims|interjected|complained|complains|lamented|laments|protested"
    r"|mused|muses|ruminated|sighed|recounted|observed|wondered"
    # "Sims agreed: “...”"; not "Sims agreed to pay".
    r"|agreed(?=\s*:)|agrees(?=\s*:)"
    # The plain form, after "went on to", "would", "did": "She went on to admit, “...”".
    r"|admit|explain|insist|recall|concede|reply|respond|acknowledge|declare|ask(?=\s*:)"
)
# Putting a statement out is saying it: "Lind released a statement:", "the club issued an
# apology".
#: How far back (characters) "It said:" looks for the statement it is.
_STATEMENT_REACH = 300
_STATEMENT = (
    r"\b(?:released|issued|put\s+out)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|apology)\b"
)
# A sign someone holds says what they say: "Bell held a sign that read, “...”".
_SIGN = (
    r"\b(?:sign|banner|placard|poster|t-shirt)s?\s+(?:that\s+|which\s+)?(?:read|reads|reading)\b"
)
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b|{_STATEMENT}|{_SIGN}")
# ... and before a quote, a demand that introduces its words: 'Maskhadov demands that "airstrikes
# be stopped"' (after a quote, "X demanded that ..." is a sentence of its own)
_INTRODUCING_VERB = re.compile(rf"{_VERB.pattern}|\bdemand(?:s|ed)?\s+that\b")
# A later word of a name: capitalised, or an Arabic one after its article ("Issa Abed
# al-Majid Mansour", "Ahmed el-Sayed").
_LATER_NAME_WORD = r"(?:[A-Z][\w.’'-]*|(?:al|el|ad|ash|as|at|az|ul)-[A-Z][\w’'-]*)"
# A name of up to four capitalised words: "Ann Bell", "Lt. Mark Gagan".
_SHORT_NAME = rf"[A-Z][\w.’'-]*(?:\s+{_LATER_NAME_WORD}){{0,3}}"
# A verb of saying and a colon right before a quote ("Courier said:\n“...").
_SAID_COLON = re.compile(rf"\b(?:{SPEECH_VERBS}):\s*[“\"‘]?\s*$")
_PRONOUN_SAID = re.compile(r"[\s,”\"’']*(?:he|she)\s+(?:said|says|added|adds)\b")
_SOMEONE_WHO = re.compile(
    r"\b(?:a|an|another|one)\s+[a-z][\w-]*(?:\s+(?!named\b|called\b)[\w-]+){0,5}?\s+who\b"
)
#: How far back (characters) a pronoun is followed through sentences that open with the same
#: he/she ("He said", "At the press conference, he said"), report the pronoun's words at their
#: end, or name no one.
_RETOLD_REACH = 2500
_FRONTED = r"\s*(?:(?:In|At|On|During|After|Before|Later|Then|Now|Again)\b[^,;.]{0,40},\s*)?"
# A sentence that opens with he/she, or reports its words at its end ("..., he said, adding").
_PRONOUN_OPENS = {p: re.compile(rf"{_FRONTED}{p}\b", re.I) for p in ("he", "she")}
_PRONOUN_REPORTS = {p: re.compile(rf",\s+{p}\s+(?:{SPEECH_VERBS})\b") for p in ("he", "she")}
# Two people who speak as one, the subject before the verb: "Ann Bell and Ivo Marsh,".
_JOINT_SUBJECT = re.compile(
    rf"(?:^|[,\s])(?P<both>(?P<first>{_SHORT_NAME})\s+(?:and|&)\s+{_SHORT_NAME})\s*,?\s*$"
)
_NAME_ONLY = re.compile(rf"\s*{_SHORT_NAME}\s*")
# The name after an inverted verb: "..., said Ann Bell, a professor".
_NAME_AFTER_VERB = re.compile(rf"\s+({_SHORT_NAME})")
_OPENING_NAME = re.compile(rf"\s*({_SHORT_NAME})\s*$")
# A sentence's opening name and a description set off by commas, before its verb.
_NAME_THEN_DESCRIPTION = re.compile(rf"\s*{_SHORT_NAME},\s+(?:who|a|an|the)\s+[^,;:]{{1,160}},\s*")
# A phrase set before the subject, then the subject pronoun: "In his review he said".
_FRONTED_PRONOUN = re.compile(
    r"\s*(?:In|At|On|During|After|Before|Later|Then|Now|Again)\b[^,;]{0,40}?\s+(?:he|she)\s*"
)
# A subject that opens with a preposition: the quote's own sentence, running on.
_PREPOSITION_FIRST = re.compile(r"\s*(?:to|for|from|at|in|on|with|of|by|about|against)\s")
# A verb with no subject of its own, one of a chain: "..., wished him success and asked".
_CHAINED_VERB = re.compile(r"\s*(?:[a-z]+ed|said|told)\b")
_CHAIN_SUBJECT = re.compile(
    rf"\s*(?P<name>(?![A-Z][a-z]+ing\b){_SHORT_NAME})\s+[a-z]+ed\b"
    r"(?!\s+by\b)"
)
# A body named by its place and its kind, then its verb: "The Kell government has agreed".
_BODY_SUBJECT = re.compile(
    r"\s*(?P<name>[Tt]he\s+(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]+)\s+(?:(?:has|have|had)\s+)?[a-z]+ed\b"
    r"(?!\s+by\b)"
)
# A sentence whose subject speaks for a body: "A spokeswoman for Kell Police told reporters".
_SPOKES_SUBJECT = re.compile(
    r"(?:^|[.!?][”\"’']?\s+|\n\s*)(?P<who>(?:A|An|The)\s+(?:[\w.’'&-]+\s+){0,4}?"
    r"spokes(?P<gender>woman|man|person)\b(?:\s+(?:for|of|at)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.’'&-]*\s*){1,5})?)"
)
_SPOKES_GENDER = {"f": "woman", "m": "man"}
# "..., with the hospital saying": the subject of the participle.
_TRAILING_TIME = re.compile(r"\s+(?:at\s+one\s+point|at\s+the\s+time|later|then|once)\s*$")
_WITH_SUBJECT = re.compile(r",\s+with\s+(?P<who>(?:[\w’'.&-]+\s+){1,6}?)$")
#: Verbs that introduce a quote only right before it: "As the talks began, Lind said".
_INTRODUCING_ONLY_LAST = {"began", "continued"}
_RELEASED_STATEMENT = re.compile(_STATEMENT)
# "In a statement, the station's owner, Kell Media, said": who spoke in the statement.
_TOLD_IN_STATEMENT = re.compile(
    r"\bIn\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?statement,\s+"
    r"(?P<subject>[^.\n]{3,120}?),?\s+(?:said|says|added|wrote)\b"
)
# '“...,” reads one Facebook post', '..., said a man who lives nearby': someone unnamed speaks.
_UNNAMED_AFTER = re.compile(
    r"^[\s,—–-]*(?:reads?|said|says|wrote|writes)\s+(?:one|a|an|another|some)\s+[A-Za-z]"
    # '“...,” a port spokesman said': someone unnamed, whoever spoke before
    r"|^[\s,—–-]*(?:one|a|an|another|some)\s+(?:[\w-]+\s+){0,3}?(?:said|says|wrote|writes|added)\b"
    # '“...,” the article read': a page's words, whoever spoke before
    r"|^[\s,—–-]*(?:the|this|that)\s+(?:article|story|website|page|headline|caption|sign)"
    r"\s+(?:reads?|said|says|states|stated)\b"
)
_NAME_RUN = re.compile(
    r"[A-Z][\w’'.&-]*(?:\s+(?:(?:de|del|da|al|bin|van|von|der|of|for)\s+)?"
    rf"(?:[A-Z][\w’'.&-]*|{_LATER_NAME_WORD}))*"
)
# Words that say what someone is rather than who ("anchor Brianna Keilar", "Cmdr. Andy Smith").
_ROLES = ROLE_WORDS | {
    "partner", "mother", "father", "wife", "husband", "son", "daughter", "friend",
    "teacher", "counselor", "counsellor", "principal", "nurse", "doctor", "pastor", "neighbor",
    "examiner", "coroner", "pathologist", "prosecutor", "psychologist", "psychiatrist",
    "neighbour",
}  # fmt: skip
# A title's short form before a name, and the role noun that later stands for the name.
_ROLE_OF_TITLE = {
    "gov": "governor", "sen": "senator", "supt": "superintendent",
    "det": "detective", "insp": "inspector", "sgt": "sergeant", "capt": "captain",
    "lt": "lieutenant", "gen": "general", "col": "colonel", "prof": "professor",
}  # fmt: skip
# Titles that a royal's name keeps ("Prince Charles"): the name's first word is their role.
_ROYAL_TITLES = {"prince", "princess", "king", "queen", "duke", "duchess", "pope", "emperor"}
_ROLES |= _ROYAL_TITLES
# A sentence that opens with a clause of its own, whose first verb is that clause's ("Noting that
# McSherry said ..., the judge added that “...”"; narrower than _FRONTED_CLAUSE: "When X told
# Y ..., Y said" is Y's own first verb).
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:[A-Z][a-z]+ing\s+(?:that|how|whether)|Although|Though|While|Because|If)\b"
)
# What a verb of saying reports after it: "said he had filed", "said that the ...".
_REPORTED_CLAUSE = re.compile(r"\s+(?:that|he|she|they|it|the|his|her|their)\s+\w")
# '“...,” the prosecutor said': a role the story gives no one named (else _after finds them),
# whoever spoke before.
_ROLE_AFTER = re.compile(
    r"^[\s,—–-]*the\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(_ROLES))})\s+(?:said|says|added|wrote|told|asked|argued)\b"
)
# "the Jewish student", "a Syrian doctor": a people's adjective before a noun.
_PEOPLES_ADJECTIVE = re.compile(
    # (-ish, -ese, -ian: "Vatican", "Taliban", "Sullivan" end in -an too)
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+[A-Z][a-z]+(?:ish|ese|ian)\s+[a-z]+"
)
# Last words of places whose people speak for them: "a Palace spokesman", "a hospital statement".
_SPEAKING_BUILDINGS = {"palace", "hospital", "school", "college", "museum", "academy"}
# Nouns for the organisation itself or its voice ("the company said", "a police statement").
_ORG_VOICES = {
    "company", "firm", "group", "statement", "spokesman", "spokeswoman", "spokesperson",
    "agency", "ministry", "department", "bank", "carrier", "airline", "club", "team", "union",
    "office", "organisation", "organization", "campaign", "government", "board", "council",
    # what it publishes: "the website continued", "the flyer says"
    "website", "flyer", "leaflet", "pamphlet", "newsletter",
}  # fmt: skip
_PUBLISHED = {"website", "flyer", "leaflet", "pamphlet", "newsletter"}
# Things that carry words and speak for no one: "one list that said:", "a sign which read"
# (a flyer or a leaflet is its body's voice: _PUBLISHED).
_CARRIER_THAT = re.compile(
    r"\b(?:lists?|signs?|banners?|posters?|placards?|ads?|advertisements?|brochures?|labels?"
    r"|slogans?|billboards?|stickers?|shirts?|headlines?|captions?)"
    r"\s+(?:that|which)\s+(?:[a-z]+ly\s+)?$"
)
# "the group", "the truck driver group": the one told of before (not "the hikers' group").
_THE_BEFORE = re.compile(r"\b(?i:the)\s+(?:[a-z-]+\s+){0,3}$")
# A company is named again and again, and "the company" is the one named last ("Orvik
# Motors said ... the company said", not the supplier introduced before as "a company based in
# Kell"); a group, a campaign or a union is "the group" from its introduction on.
_NAMED_AGAIN = {"company", "firm"}
#: How far back (characters) "the company said" looks for the company.
_ORGANISATION_REACH = 1200
# Nouns an article introduces a body with ("the group “X”", "X, a coalition of ..."), and that
# then stand for it ("the group said").
_INTRODUCING_NOUNS = {
    "group", "organisation", "organization", "campaign", "coalition", "movement", "charity",
    "nonprofit", "association", "alliance", "union", "company", "firm",
}  # fmt: skip
_ITS_SITE = re.compile(r"\bits\s+(?:own\s+)?(?:web\s?site|site|page|blog)\s*,?\s*$", re.I)
_MEDIA_AFTER = re.compile(
    r"\s+(?:page|account|post|feed|story|website|site|channel|video|profile|blog)\b"
)
# The mark first (a fast scan for it), then: at the start or after a space.
_QUOTED_TITLE = re.compile(r"[‘'“\"](?<!\S.)[A-Z][^‘“\"’”\n]{0,80}?[’'”\"](?=[\s,.;:]|$)")
# A word or two in quotation marks inside a sentence, after a word of it: "its “superb” system".
_SCARE_QUOTE = re.compile(r"(?<=[a-z,] )[“\"](?P<words>[\w’'-]+(?: [\w’'-]+)?)[”\"](?= [a-z])")
# Words before "spokesman" that name no particular organisation ("a company spokesman").
_GENERIC_MODIFIERS = _ORG_VOICES | {"official", "corporate", "press", "news", "senior", "chief"}
# "Kerry, the mayor," -> mayor; "Kerry said" with an adverb between ("Kerry later said").
# A time a sentence opens with before its subject ("On Tuesday the mayor said", "In November a
# spokesperson said"): no part of who speaks. A month needs its "in" ("May Bell said" is a name).
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
LEADING_TIME = re.compile(
    # Longer forms first; not "This year's winner" nor the "Sunday Times" (a name follows).
    r"^(?:(?:earlier|later)\s+this\s+(?:week|month|year)|(?:last|this|next)\s+(?:week|month"
    rf"|year|night)|(?:(?:on|late|early|by|last|this|next)\s+)?{_WEEKDAY}"
    r"(?:\s+(?:night|morning|afternoon|evening))?|yesterday|today|tonight|later|earlier)"
    r"(?=,|\s+(?-i:[a-z])|\s*$)"
    r"|^in\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)(?:\s+\d{4})?|\d{4})\b",
    re.I,
)
# A post embedded in a page, as scraped: its text, then "— Ann Lee (@annlee) May 4, 2017".
_EMBEDDED_POST = re.compile(
    r"^(?P<body>[^\n]{19,}?\S)\s+[—–-]\s+(?P<author>[A-Z][^()\n@—–]{1,60}?)\s+\(@\w+\)\s+"
    r"[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$",
    re.M,
)
#: A quote is a post's when this share of its runs of three words are in the post, in that
#: order (a reporter may quote part of it, or fix its typing), and it has at least
#: ``POST_QUOTE_WORDS`` words.
POST_SHARE = 0.8
POST_QUOTE_WORDS = 6


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9’']+", text.lower())


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[k : k + 3]) for k in range(len(words) - 2)}


# A verb of saying, or of holding a view that the quote after the sentence goes on to give
# ("Leary believes the purpose must have been status ... “...”").
_VERB_OR_VIEW = re.compile(
    rf"{_VERB.pattern}|\b(?:believes|believed|thinks|reckons|suspects|feels)\b"
)
# A verb before a name that makes it the one spoken to: "told Ada Vik", "asked Ann Bell".
_OBJECT_BEFORE = re.compile(r"\b(?:told|tells|tell|asked|asks|ask|thanked|thanks)\s+$", re.I)
# A nickname after a name: "Judith Martin, aka ``Miss Manners,'' told ..." is Judith Martin.
_AKA = re.compile(
    r",?\s*\b(?:aka|a\.k\.a\.?|also known as)\s+"
    r"(?:(?:``|[“\"‘'])[^“”\"`‘’]{1,40}?(?:''|[”\"’'])|" + _SHORT_NAME + r")"
    r"\s*,?"
)
#: Most characters between a speech verb and the quote it introduces ("said he was “...").
INTRODUCTION_GAP = 30
_CONJUNCTIONS = re.compile(r"\b(?:but|and|then|also|later|so|yet)\b", re.I)
# A speaker after a quote, named with a description: "Ann Bell, a scientist at ...," or
# "flood expert Ann Bell of Bevel, Gardner and Associates".
_DESCRIBED_NAME = re.compile(
    r"^[\s,—–-]*(?:(?!(?:for|of|to|with|by|and)\s)[a-z][\w-]*\s+){0,4}(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})"
    r"(?:,\s+(?:then\s+|now\s+|also\s+)?(?:a|an|the)\s|\s+of\s+(?:the\s+)?[A-Z])"
    # a surname alone, as the story names someone again: "Zhu, then a member of ..."
    r"|^[\s,—–-]*(?P<surname>[A-Z][a-z’'-]+),\s+(?:then\s+|now\s+|also\s+)?(?:a|an|the)\s"
)
_FULL_NAME = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Lt|Sgt|Capt|Adm|Gen|Col|Cmdr|Cdr|Brig|Rev)\.?\s+)?"
    rf"[A-Z][\w’'.-]*(?:\s+{_LATER_NAME_WORD})+"
)
# "said the lead author, Dr. Ann Bell, an associate professor", "wrote the chairman, Simon
# Glenhart": the full name after the comma is who the role noun before it is.
_ROLE_THEN_NAME = re.compile(
    r"^\s*(?:(?:the|a|an|another|[A-Z][\w’'.-]*[’']s)\s+)?(?:[\w’'-]+\s+){0,5}?[a-z]+"
    # "a top Russian commander in Chechnya, Col. Gen. Ivan Orlov.": where the role is held
    r"(?:\s+(?:in|of|at|for|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?,\s+"
    rf"(?P<name>{_FULL_NAME})\s*(?:,|$|(?<![\s.][A-Z])\.(?=\s|$))"
)
# '“...” the head of the Velmar Museum, Milen Dorov, explains': a description, then the name.
_DESCRIPTION_THEN_NAME = re.compile(rf",\s+(?:[a-z]+-)?(?P<name>{_FULL_NAME})\s*,\s*$")
_NAME_AFTER_DESCRIPTION = re.compile(
    rf",\s+(?:(?!(?:of|at|in|from|for|the|and|to|with|by)\b)[a-z]+\s+){{0,2}}"
    rf"(?P<name>{_FULL_NAME})\s*,?\s*$"  # ", police Lt. Mark Gagan"
)
# '“...” Ann Bell, vice president of food safety for Velmar Foods, said': a name, then its job
# (in lower case, or a title: "CEO of ...", "President of ...").
_NAME_BEFORE_DESCRIPTION = re.compile(
    rf"^\s*(?:the\s+)?(?:(?:late|former)\s+)?(?P<name>{_FULL_NAME}),\s+"
    r"(?:[a-z]|[A-Z]{2,5}\b|[A-Z][a-z]+\s+(?:of|at|for)\s)"
)
#: Words before a title that say its holder held it once ("former President X", "ex-Mayor Y").
_PAST_HOLDER = {"former", "late", "ex", "onetime", "erstwhile"}
_APPOSITIVE_ROLE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\b")
# A name, then "of" and where its bearer comes from: "Jan Gallagher of " San Antonio.
_NAME_OF = re.compile(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+of\s+$")
# "of Kellshire" after a name: where its bearer comes from.
_OF_PLACE = re.compile(r"(?<=[a-z])\s+of\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?=\s*,|\s*$)")
# Adverbs between a subject and its verb, a run of them too: "he so famously said".
_TRAILING_ADVERB = re.compile(
    r"(?:\s+(?:\w+ly|also|then|later|again|further|once|still|soon|even|so|very|has|had|have"
    r"|would|will))+\s*$"
)
_CLAUSE_OPENERS = {
    "though", "although", "while", "whereas", "but", "and", "as", "because", "when", "which",
    "who", "where", "if", "so", "since", "after", "before", "until", "or",
}  # fmt: skip
# A sentence ends at . ! ? (not after "Mr", "Cmdr", "U.S" or an initial) or at a line break.
_SENTENCE_END = re.compile(  # the lookahead first: the lookbehinds run only at . ! ?
    r"(?=[.!?])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bLt)(?<!\bMrs)(?<!\bGen)"
    r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bCol)(?<!\bSgt)(?<!\bInc)(?<!\bCmdr)(?<!\bCapt)(?<!\bAdm)"
    r"(?<!\bRev)(?<!\bProf)(?<!\bBrig)(?<!\bCdr)"
    r"(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)(?<!\bSep)(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\bNo)"
    r"(?<!\b[A-Z])[.!?][\"”’)]*\s+|\n"
)
# "Sullivan said" / "said Sullivan": the one named speaks.
# ("Udoto has said", "Bell had told reporters": the perfect tenses too; "quoted Bell as saying")
_SPEAKS_AFTER = re.compile(rf"\s*,?\s*(?:(?:has|have|had|as)\s+)?(?:\w+ly\s+)?(?:{SPEECH_VERBS})\b")
# A sentence's start, and a verb of speaking or describing someone after a name: "Ince called
# Kameron ...", "Ince wrote" (not "Rivers flooded three villages").
# "Barbara Allen, 39, of Jasper, Alberta, said": her age and home town between her and her verb.
_SPEAKS_AFTER_AGE = re.compile(
    r"\s*,\s*(?:\d{1,3}\s*,\s*(?:(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
    r"(?:\s*,\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?\s*,\s*)?"
    r"|(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:\s*,\s*[A-Z][\w.’'-]*)?\s*,\s*)"
    rf"(?:\w+ly\s+)?(?:{SPEECH_VERBS})\b"
)
_BY_CLAUSE = re.compile(
    r",\s*(?:first\s+|later\s+)?(?:obtained|seen|reviewed|published|released|cited|reported|"
    r"filed|written|signed|commissioned)\s+(?:\w+\s+)?by\s+[^,]+(?:,|$)"
)
_ASIDE_WORDS = re.compile(
    r"\b(?:on\s+the\s+other\s+hand|for\s+(?:his|her|their|its)\s+part|in\s+turn)\b"
)
_NOT_ROLE_WORDS = {
    "and", "or", "of", "for", "with", "at", "in", "on", "from", "the", "to", "by", "as", "but",
    "a", "an", "who", "which", "that", "whose", "says", "said", "told", "is", "was", "has",
}  # fmt: skip
_HOLDER_OF_ROLE = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+)+(?P<role>(?:[a-z-]+\s+)+)(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)"
)
# '..., the movement said in a statement.': a speech verb in the words after a quote's end.
# ('..., saying that ...' goes on with the subject's own words; a new sentence is no attribution.)
_SPOKEN_AFTER = re.compile(
    rf"[”\"’']*[ \t]*(?P<comma>,)?[ \t]*[^.!?“”\"\n]{{0,60}}?\b(?!\w+ing\b)(?:{SPEECH_VERBS})\b"
)
# "One of the alleged victims, retired teacher Dorothy Pembury, 81, sat ...": who she is, a
# comma and her role, then her name opens the sentence's subject.
_DESCRIBED_FIRST = re.compile(
    r"\s*(?:One|Some|Two|Three|Among|Another|A|An|The|His|Her|Their)\b[^,.;:!?“”\"]{0,60},"
    r"\s+(?:[a-z][\w-]*\s+){0,3}"
)
# (not "Maria Ruiz, the late senator's daughter,": someone of the dead man's)
_THE_LATE_AFTER = re.compile(r",\s+the\s+late\s+(?![\d-])[^,;.’']*(?:[,;.]|$)")
_THE_LATE_BEFORE = re.compile(r"\b[Tt]he\s+late\s+$")
_OPENS_SENTENCE = re.compile(r"(?:^|\n|[.!?][\"”’]? )$")
_VERB_AFTER = re.compile(rf" (?:{SPEECH_VERBS}|called|described|remembered|praised|spoke)\b")
# (not after an initial or a short title: "U.S. ", "Mr. ")
_SENTENCE_GAP = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!Mrs)[.!?][\"”’']?\s+|\n")
# A name, a description set off by commas, then "who": "Ann Bell, the man's daughter, who".
_NAME_DESCRIBED_WHO = re.compile(
    rf"(?P<name>{_FULL_NAME}),\s+(?:the|a|an|his|her|their)\s+[^,“”\"]{{1,80}},\s+who\s+"
    r"(?:[a-z]+ly\s+)?$"
)
# A group of a people described: "Four top Russian politicians", "Kenyan officials".
_PEOPLES_GROUP = re.compile(
    r"(?:[\w’'-]+\s+){0,4}?[A-Z][a-z]+(?:ian|ese|ish|an|i)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s"
)
# A past tense after a name: what its subject did ("Zyuganov spent", "Bell accused").
_PAST_VERB_AFTER = re.compile(
    rf" (?:{SPEECH_VERBS}|[a-z]{{2,}}ed|spent|went|made|took|gave|came|left|won|lost|ran|began"
    r"|sent|kept|met|held|led|got|saw|sought|brought|thought|felt|stood|wrote|spoke|knew)\b"
)
# '..." said X', not 'told X' (", told DeGeneres" names who hears it).
_SPEAKS_BEFORE = re.compile(
    rf"[,”\"’]\s*(?!(?:told|tells|telling)\b)(?:{SPEECH_VERBS})\s+$"
    # "..., according to Young.": the one the sentence's words are from.
    r"|,\s+according\s+to\s+$"
)
# The same with a description between the verb and the name: capitalised words and nouns, no
# verb and no preposition ("says a friend of Ann Bell", "said Bernthal of working alongside
# Spacey" are not Bell or Spacey speaking; "of" only inside a name: "University of Kell").
_FUNCTION_WORDS = (
    r"a|an|one|another|the|of|for|to|about|with|by|on|from|at|in|and|or|but|as|than|like|that"
    r"|who|which|while|when|alongside|against|after|before|during|toward|towards|into|over"
    r"|under|between|among|near|behind|beside|besides|despite|without|within|not|his|her|their"
)
_DESCRIPTION_WORD = (
    r"(?:[A-Z][\w.’'-]*|of(?=\s+[A-Z])"
    rf"|(?!(?:{_FUNCTION_WORDS})\s)[a-z][\w’'-]*(?<!ing)(?<!ed)(?<!ly))"
)
_SPEAKS_BEFORE_DESCRIBED = re.compile(
    rf"[,”\"’]\s*(?:{SPEECH_VERBS})\s+(?!the\s)(?:{_DESCRIPTION_WORD}\s+){{1,6}}$"
)
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er)\b")
# A verb right after a name: the name is the subject of a clause ("said Mr Wilson had been").
_REPORTED_SUBJECT = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|do|\w+ed)\b"
)
_BODIES = (ORGANISATION, PLACE)
# "a Microsoft employee", "one BP engineer": an unnamed person of a body, not the body's voice
# (which "a BP spokesman", "a Microsoft official" and "a BP representative" are).
_UNNAMED_MEMBER = re.compile(
    r"(?:an?|one|another)\s+(?:[a-z-]+\s+){0,2}?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*"
    r"(?:\s+[a-z-]+){0,2}?\s+(?P<noun>[a-z]+)"
)
_SPEAKS_FOR_BODY = {"official", "officials", "representative"}
# Places that speak as bodies do ("the hospital said"); not a town ("a port spokesman").
_INSTITUTIONS = {
    "hospital", "palace", "school", "university", "college", "museum", "embassy", "prison",
    "airport", "zoo", "church", "cathedral", "library", "clinic", "hotel", "academy",
}  # fmt: skip
_AGED = re.compile(r"the\s+(\d{1,3})-year-old")
# Who leads a study: "a team led by University of Kell researcher Ann Bell", "Bell's team",
# "Ann Bell and colleagues", "Bell and co.".
_NAME_TOKEN = r"[A-Z](?:\.|[\w’'-]+)"  # a word or an initial; a full stop ends a name
_NAME_WORDS = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}"
_STUDY_LEAD = re.compile(
    rf"\bled\s+by\s+(?P<led>(?:[\w’'-]+\s+){{0,6}}?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})+)"
    r"(?=\s+[a-z]|[,.;]|$)"
    rf"|(?P<team>{_NAME_WORDS})['’]s\s+(?:research\s+)?team\b"
    rf"|(?P<with>{_NAME_WORDS})\s+and\s+(?:(?:his|her|their)\s+)?(?:colleagues|co\.)"
)
# "Gierasch's group", "Bell's research team": a group named by the person who leads it.
_LEADS_GROUP = re.compile(
    rf"({_NAME_WORDS})['’]s\s+(?:research\s+)?(?:team|group|lab|laboratory|colleagues)"
)
# "..., it said, adding": who said so is who adds.
_SAID_THEN = re.compile(r",\s+(it|he|she|they)\s+(?:said|says)\s*,?\s*$")
#: How many sentences back "it said" follows a chain of "It said ..." to the body that spoke.
_IT_CHAIN = 3
_IT_SAID = re.compile(r"\s*It\s+(?:also\s+)?(?:said|says|added|stated)\b")
# A sentence a named body opens and speaks in: "The Kell Defence Ministry said on Monday ...".
_BODY_SAID = re.compile(
    r"\s*(?:[A-Z][A-Z.’' ,-]+(?:\([^()]{1,30}\)\s*)?(?:_|--|—|-)\s+)?"  # a dateline: "ORSK _"
    r"(?:[Tt]he\s+)?([A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,5})\s+(?:also\s+)?"
    r"(?:said|says|stated|announced|added)\b"
)
# "a palace spokesman", "the hospital's spokeswoman": who speaks for the body that noun names.
_BODY_VOICE = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<noun>[a-z]+)(?:['’]s)?\s+(?:spokes(?:man|woman|person)|representative)"
)
_AGENT_OF = re.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:spokes\w+|representative|rep|lawyer|attorney|aide"
    r"|adviser|advisor|agent|publicist|colleague|friend|neighbou?r|relative|cousin|associate"
    r"|acquaintance|classmate|ally)\s+(?:for|of|to)\s+(.+)$",
    re.IGNORECASE,
)
# What may open a sentence that is only a quote ('Still, "...'): no one speaks there.
_SENTENCE_OPENING = re.compile(
    r"\s*(?:(?:Still|But|And|Then|Yet|Also|However|Instead|So)\s*,?\s*)?"
)
_IT_OPENING = re.compile(r"\s*(?:It|That|This)\s*")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_APPOSITIVE_NAME = re.compile(
    r"(?<![\w’'.-])([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})\s*,"
    # Not a clause with a subject of its own: "made by Ann Voss, Ben Moss released a statement".
    r"(?!\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+(?:[a-z]+ed|wrote|told|made|gave|sent|took)\b)"
    # A lawmaker's party and state may come first: "Sen. Ann Voss, R-N.C., chairwoman of ...,".
    r"(?:\s*[RDI]-[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s*,)?"
    # The description may end in a place and its state: "..., at a clinic in Oakland, Calif.,".
    r"[^,]{1,220}(?:,\s+[A-Z][a-z]{1,12}\.)?,\s*$"
)
# Words right before a quote that make it a name, a title or a charge, not the subject's words.
_NOT_THEIR_WORDS = re.compile(
    r"\b(?:as|of|called|calling|dubbed|described|labell?ed|branded|termed|named|titled"
    r"|headlined|entitled|with|for|under|the|a|an|his|her|their|its)\s*[,:(]?\s*$",
    re.IGNORECASE,
)
# "His sister described him as “...”", "Mendes accused the minister of “...”": the subject's own
# words about someone (not a name or a title given to a thing: "dubbed", "called").
_CHARACTERISED = re.compile(
    r"\b(?:described|accused|praised|criticized|criticised|blamed|faulted|thanked)\b"
    r"[^“”\".;]{0,60}\b(?:as|of|for)\s*[,:]?\s*$"
)
_PREPOSITIONS = {"to", "with", "by", "for", "about", "of", "from", "at", "on", "in", "against"}
_SUBJECT_PRONOUN_AT = re.compile(r"\b([Hh]e|[Ss]he)\b")
_OWN_WORDS = re.compile(
    r"\b([Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+){0,3}?(?:quote|motto|mantra|saying|words)\b[^.]*:\s*$"
)
# A sentence about someone the story does not name: 'The journalist realized', '"John" told'.
_PEOPLE_NOUNS = _ROLES | {
    "journalist", "man", "woman", "boy", "girl", "teenager", "bartender", "victim", "accuser",
    "worker", "employee", "person", "source", "witness", "student", "fan", "neighbor",
    "neighbour", "relative", "survivor", "passenger", "resident", "pilot", "driver", "doctor",
    "nurse", "teacher", "engineer", "guard", "soldier", "farmer", "owner", "customer",
}  # fmt: skip
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n)(?:[“\"][A-Z][a-z]+[”\"]|(?:The|A|An)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(_PEOPLE_NOUNS))}))\s+(?!\w+ly\b)[a-z]+"
)
# Someone the story does not name, anywhere in a sentence: "a host", "the retired pilot".
_SOMEONE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(_PEOPLE_NOUNS))})\b"
)
# The authors of a study as a group: "the researchers wrote", "the study's authors said"; "the
# team", "the pair" only where the story names them with the study itself (a sports team is no
# study's authors).
_AUTHORS_NOUN = re.compile(
    r"(?:the|both|these|two|all\s+the)\s+(?:(?:study|paper|report|survey)[’']s\s+|[a-z-]+\s+){0,2}?"
    r"(?:researchers|scientists|authors|co-authors|scholars|investigators|(?P<generic>pair|duo|team))",
    re.IGNORECASE,
)
# A sentence that names people together as the ones behind a study, a paper or research: by
# their work (strong) or by their trades.
_STUDY_CUE = re.compile(
    r"\b(?:stud(?:y|ies)|paper|research\w*|analys[ie]s|journal|published|authors?|co-?authors?"
    r"|experiments?|findings)\b",
    re.IGNORECASE,
)
_SCIENTIST_CUE = re.compile(
    r"\b(?:scientists?|professors?|\w+(?:ologist|chemist|physicist|economist)s?)\b", re.IGNORECASE
)
# What may stand between two of them: "A and B", "A, of X, and B", "A of X and chemist B",
# "A conducted the analysis with B", "A, B and C" (a comma, then "and" before the last).
_JOINED = re.compile(
    r"(?:,?\s+(?:of|from|at)\s[^,;:“”\"()]{0,80}?|,\s+(?:a|an|the)\s[^,;:“”\"()]{0,80}?,)?"
    r"(?:,?\s+(?:[a-z]+\s+){0,4}?(?P<joint>and|&|with)\s+(?:[a-z][\w-]*\s+){0,3}|,\s+)"
)
# A clause opened by I, we, you or they that introduces a quote: "And I just remember thinking,
# “...”", "and they’d go, “...”". Someone voices a line there (the teller, or whoever they
# mean), not whoever was quoted just before.
_PRONOUN_INTRODUCTION = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:[Aa]nd|[Ss]o|[Tt]hen|[Bb]ut|[Nn]ow)\s+)"
    r"(?P<asking>(?:[Dd]o|[Dd]id|[Ww]ould|[Cc]ould|[Cc]an|[Ss]hould|[Ww]ill)\s+)?"  # "do you"
    r"(?P<who>I|[Ww]e|[Yy]ou|[Tt]hey)"
    r"(?:[’'][a-z]+)?\s+[^.!?“”\",;]*?(?P<verb>\w+)\s*[,:]\s*$"
)
# Verbs with which the one talking voices a line of their own ("I’d go, “...”").
_VOICING_VERBS = {
    "go", "goes", "going", "went", "say", "says", "saying", "said", "tell", "telling", "told",
    "think", "thinking", "thought", "ask", "asking", "asked", "like", "write", "wrote",
}  # fmt: skip
# A turn of an interview printed as a transcript: "Ann Bell: ..." or, by initials, "AB: ...".
_TURN_LABEL = re.compile(r"(?P<label>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}):\s+\S")
_LABELLED_QUOTE = re.compile(r"^[A-Z][A-Z &’'-]*:\s*[“\"]")
_QUOTE_LIST = re.compile(r"\b(?:quotes|quotations|sayings|mottos)\b[^.!?]*:$")
_POLICE = re.compile(r"\bpolice\b", re.IGNORECASE)
_PRONOUNS = {"he": "m", "she": "f"}
#: How far (characters) after a group's quote "they add" still goes on with it.
_THEY_REACH = 300
# Where an inverted speaker ends ("said Sen. Ann E. Bell, ..."): not at a title's or an
# initial's full stop.
_INVERTED_END = re.compile(
    r"[,;:!?]|(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bLt)"
    r"(?<!\bGen)(?<!\bCol)(?<!\bSgt)(?<!\bCapt)(?<!\bCmdr)(?<!\bSt)(?<!\b[A-Z])\."
)
# Capitalised words beside "said" that are no one's surname.
#: Words at most between a clause's comma and the speech verb for them to be the speaker.
_NAME_AFTER_COMMA_WORDS = 7
_LEADING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|Still|Meanwhile),?\s+(?=[A-Za-z])")
_NOT_SURNAMES = {
    "he", "she", "they", "it", "we", "you", "this", "that", "these", "those", "there", "one",
    "someone", "somebody", "everyone", "nobody", "others", "some", "many", "both", "all",
    "officials", "police", "authorities", "critics", "experts", "sources", "witnesses",
    "residents", "prosecutors", "investigators", "doctors", "researchers", "scientists",
    "analysts", "democrats", "republicans", "spokesman", "spokeswoman", "spokesperson",
    # "... Kuroyedov, said Tuesday.": the day, after an attribution read no further
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight",
}  # fmt: skip
# A clause a sentence opens with before its subject ("When I mention the cases, Orlov ...").
# Titles before a name, after a fronted clause's comma: "..., U.S. Secretary of State Ann Bell
# said": the main clause's subject all the same.
_TITLE_RUN = re.compile(r"(?:(?:the|former|visiting|of|for|[A-Z][\w.'’-]*)\s*)+")
_FRONTED_CLAUSE = re.compile(
    # ("Yet even as Putin spoke, Zyuganov ...": a conjunction and "even" may come first)
    r"\s*(?:(?:But|And|Yet|Still)\s+)?(?:[Ee]ven\s+)?"
    r"(?:When|While|As|Since|After|Before|If|Although|Though|Because|Unless|Once|Until"
    r"|when|while|as|since|after|before|if|although|though|because|unless|once|until"
    # "Like Sulaiman, Beresford sent ...": a comparison before the subject
    r"|Like|Unlike|Besides|Alongside"
    # "Speaking to reporters after meeting with Netanyahu, Indyk said": a participle's clause
    r"|Speaking|Talking|Addressing|Writing|Responding|Testifying|Appearing|Asked|Interviewed)\b"
    # ... and any other ("Holding up thumbs smudged with ink, voter Jose Luis Jimenez rushed")
    r"|(?!(?:Nothing|Something|Anything|Everything|Morning|Evening|During)\b)[A-Z][a-z]{2,}ing"
    r"(?=\s+[a-z])"
)
# Words a sentence gives as someone's, right before the quote: "ended with Cohen’s statement on
# the campaign: “...”", "Bell’s answer was blunt: “...”".
_OWNED_WORDS = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|words|response|answer|reply|remarks|comments?|message|verdict|explanation)"
    r"\b[^“”\"():;.!?,]{0,80}[:,]\s*$"
)
# Someone's charge (claim, warning ...) that the quote states, inside their sentence.
_OWNED_CLAIM = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:charge|claim|accusation|assertion|contention|argument|warning|complaint|insistence"
    r"|promise|pledge|boast)s?\s+that\b[^“”\"():;.!?]{0,80}$"
)
_ASIDE = re.compile(
    rf",\s*(?:(?!(?:told|tells|telling)\b)(?:{SPEECH_VERBS})\s+(?P<who>{_SHORT_NAME})"
    rf"|(?P<subject>{_SHORT_NAME}|he|she)\s+(?:{SPEECH_VERBS})),\s"
)
# "Smith said Ruiz told him in Spanish:", "Voss said the owner, Ruiz, had told her,": the words
# that follow are the teller's, reported by the one who heard them.
_TOLD_THEM = re.compile(
    rf"\b(?:{SPEECH_VERBS})\s+(?:that\s+)?(?:[\w’'-]+,?\s+){{0,4}}?(?P<name>{_FULL_NAME}|[A-Z][\w’'-]+)"
    r",?\s+(?:had\s+)?told\s+(?:him|her|them|us|me)"
    # (only where, when or how: "told him in Spanish:", not "told him nothing about it:")
    r"(?:\s+(?:in|on|at|by|over|during|last|this|earlier|later|after|before|when)\b"
    r"[^,:.;“\"]{0,35})?[,:]\s*$"
)
_QUOTED_BEFORE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|but)\s+)(?P<passive>[A-Z][^,;]{0,60}?)\s+(?:was|were|is|has\s+been)"
    r"\s+quoted\b[^“\"]*\bas\b|\bquoted\s+(?!by\b)(?P<name>.+?)\s+as\b"
)
_UNNAMED_TOLD_THEM = re.compile(
    rf"\b(?:{SPEECH_VERBS})\s+(?:that\s+)?(?:a|an|one|another|some)\s+[a-z][^“\"A-Z]*?"
    r"\btold\s+(?:him|her|them|us|me)\b[^,:.;“\"]{0,40}[,:]\s*$"
)
# '..." the Tidewire agency quoted Karl Stepan as saying': the one quoted, not the agency.
# ('"..." Howard was quoted by the ABC as saying': Howard, whoever quotes him.)
_QUOTED_AS_SAYING = re.compile(
    # (the one quoted may come with a description: "an export worker, Li Hua, was quoted")
    r"^[\s,]*(?:(?P<passive>[^,;]{1,60}?(?:,[^,;]{1,60}?,)?)\s+(?:was|were|is|has\s+been)\s+quoted\b"
    r"|(?:[\w’'.-]+\s+){0,5}?(?<!was\s)quoted\s+(?!by\b)(?P<name>.+?)\s+as\s+"
    r"(?:saying|telling|writing)\b)"
)
_MESSAGE = r"(?:e-?mail|letter|note|message|text|memo|card)"
# A message and who sent it: "an email allegedly from Gary Goddard", "a note from the mayor".
_MESSAGE_FROM = re.compile(
    rf"\b{_MESSAGE}s?\s+(?:[a-z]+\s+){{0,2}}?from\s+(?P<name>(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*){0,3})(?![\w’'])(?![’']s)[^“”\",;]*[:,]?\s*$"
)
# Someone sending a message: "Goddard allegedly sent the teen a disturbing email".
_SENT_MESSAGE = re.compile(
    rf"\b(?:sent|wrote|emailed|texted|mailed)\b[^.“”\"]{{0,80}}?\b{_MESSAGE}\b"
)
# Words someone wrote, introduced: "a Twitter thread from Ann Bell", "a statement by Kell Ferries"
# (any message, and the written words a story quotes at length).
_WORDS_FROM = re.compile(
    rf"\b(?:{_MESSAGE}|statement|thread|tweet|post|tribute)s?\s+"
    r"(?:[a-z]+\s+){0,2}?(?:from|by)\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    # The name ends there ("from Ann Bell of ...", "by Ann Bell,"): not "from Kelltown residents".
    r"(?=\s*(?:[,.;:)]|of\b|$))"
)
# "a statement from her agent", "a statement by Ann Bell": the words of whom it is from.
_ISSUED_BY = re.compile(r"^(?:an?|the)\s+(?:[a-z]+\s+){0,2}?statement\s+(?:from|by)\s+(.+)$")
# The message itself speaking: "the email said", "the letter, sent from Bell's address, read".
_MESSAGE_SPEAKS = re.compile(rf"^(?:the|that|this|an?|one)\s+(?:[a-z-]+\s+){{0,2}}?{_MESSAGE}\b")
# The reporter saying something: "I greeted him by saying: “", "I asked him, “".
_WRITER_SPEAKS = re.compile(
    rf"\bI\s+(?:[a-z’']+\s+){{0,5}}?(?:{SPEECH_VERBS}|greeted|wondered)\b[^.!?“”\"]{{0,12}}[“\"‘]?$"
)
_GOING_ON = re.compile(
    r"\s+(?:went|goes|go|would\s+go)\s+on\s+to\s*$|\s+(?:would|did|could|will|continued\s+to"
    r"|began\s+to|tried\s+to|wanted\s+to|had\s+to)\s*$"
)
_ADVERBS_ONLY = re.compile(r"\b(?:then|also|later|again|still|soon|\w+ly)\b|[\s,]")
_NEW_CLAUSE = re.compile(r"\b(?:although|though|but|while|whereas)\b|;")
_POSSESSIVE = re.compile(r"[’']s?\b")
_MALE_TITLES = {"mr", "sir", "lord", "king", "prince"}
_FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess"}


def _entity_of(entities: EntityIndex, text: str) -> str | None:
    """The entity a mention's text names: its canonical name, else the person the merger grouped
    it with ("Rep. Oskar King": a lookup that drops title words finds no "Oskar")."""
    found = entities.canonical(text)
    if found is None:
        grouped = entities.name_of(text)
        if grouped and entities.kind_of(grouped) == PERSON:
            return grouped
    return found


_gender_lock = threading.Lock()
_gender_detector = None


# Slavic surnames say their bearer's gender: "Zyuganov", "Sergeyev", "Petrovich" are men's;
# "Zyuganova", "Sergeyeva", "Petrovna" women's (not "-sky": "Lewinsky").
_MALE_SURNAME = re.compile(r"[a-z](?:ov|ev|yov|ovich|evich)$")
_FEMALE_SURNAME = re.compile(r"[a-z](?:ova|eva|yova|ovna|evna|skaya)$")


def surname_gender(surname: str) -> str | None:
    """'m', 'f' or None for a surname whose ending tells (for a first name no list knows)."""
    if _MALE_SURNAME.search(surname):
        return "m"
    if _FEMALE_SURNAME.search(surname):
        return "f"
    return None


def first_name_gender(name: str) -> str | None:
    """'m', 'f' or None for a first name, from gender-guesser's name lists (no model, offline)."""
    global _gender_detector
    with _gender_lock:
        if _gender_detector is None:
            import gender_guesser.detector

            _gender_detector = gender_guesser.detector.Detector(case_sensitive=False)
    guess = _gender_detector.get_gender(name)
    if guess in ("male", "mostly_male"):
        return "m"
    if guess in ("female", "mostly_female"):
        return "f"
    return None


# A name, a role and a full name ("Heritage Trust head Irma Voss"): the role's word.
_HEADED_NAME = re.compile(
    r"^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s+"
    r"(?=[A-Z][\w’'-]+\s+[A-Z])"
)
# A label of a description and a full name before a colon, on a line of its own.
# Those who attack or doubt a study are not its authors ("Voss and Marsh attacked the study").
_CRITICISED = re.compile(
    r"\b(?:attack|criticis|criticiz|question|dismiss|slamm?|reject|disput|doubt|condemn|mock)\w*",
    re.IGNORECASE,
)
# A verb in a label: it is a sentence ("Voss told the Velmar Times:"), not a description.
_VERB_LIKE = re.compile(rf"\b(?:{SPEECH_VERBS}|\w+ed|told|asked|says|said)\b", re.IGNORECASE)
# Not after a word that makes the name someone spoken to or about ("A letter to Ann Voss:").
_DESCRIBED_LABEL = re.compile(
    r"^\s*[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}?"
    r"(?<!\bto)(?<!\bfor)(?<!\babout)(?<!\bagainst)(?<!\bon)(?<!\bof)(?<!\bwith)(?<!\band)"
    r"\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2})\s*:\s*$"
)


# Words a title leaves in lower case ("How I Killed Pluto and Why It Had It Coming").
_TITLE_SMALL = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "v", "vs", "into", "nor", "up", "is", "it",
}  # fmt: skip
_TITLE_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_SPOKEN_PRONOUN = re.compile(
    r"\b(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou|[Ii]t)['’](?:s|m|re|ve|ll|d)\b"
    r"|\b(?:he|she|we|they|you|my|our|your)\b"
)


def is_title(text: str) -> bool:
    """Whether quoted words are a title or a name ("The People v. O.J. Simpson", "How I Killed
    Pluto and Why It Had It Coming"): most of their words capitalised, in one phrase. Nobody
    says a title; it is no quote."""
    words = _TITLE_WORD.findall(text)
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    if not 2 <= len(words) <= 16 or len(content) < 2 or text.isupper():
        return False
    if re.search(r"\b[a-z]{3,}[.!?]\s+[A-Z]", text.strip()):
        return False  # two sentences: speech
    if _SPOKEN_PRONOUN.search(text):
        return False  # "He's known as Officer Slam": someone talking
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised >= 0.75 * len(content)


@dataclass(frozen=True)
class Attribution:
    """Who said a quote; ``sure`` when the words around it name the speaker (not a guess)."""

    speaker: str
    sure: bool


@dataclass(frozen=True)
class _Referent:
    """Someone a pronoun or role noun may point back to: a name where it stands in the text."""

    start: int
    end: int
    name: str
    kind: str
    #: False for a role noun standing for a name ("the mayor").
    named: bool = True
    #: The first name of its sentence, with no pronoun before it: who the sentence is about.
    subject: bool = False


#: How many times the story must use one pronoun (and never the other) after naming someone by a
#: surname alone before a reader takes it as their gender.
PRONOUN_VOTES = 3
_NEXT_PRONOUN = re.compile(r"(?<![“\"‘])\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}

# A character and the actor who plays them: "The gypsy woman Maleva (Geraldine Chaplin)",
# "Geraldine Chaplin has been drafted to play the aged Gypsy woman Maleva".
_ROLE_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_CHARACTER_THEN_ACTOR = re.compile(
    rf"(?<![\w’'])(?P<character>{_ROLE_NAME})\s+\((?P<actor>{_ROLE_NAME})\)"
)
_ACTOR_PLAYS = re.compile(
    rf"(?P<actor>{_ROLE_NAME})\s+(?:[a-z]+\s+){{0,4}}?(?:plays|played|playing|to\s+play"
    rf"|stars\s+as|starring\s+as|cast\s+as)\s+(?!for\b|against\b|in\b|with\b|at\b|on\b)"
    rf"(?:the\s+)?(?:[\w-]+\s+){{0,4}}?"
    rf"(?P<character>{_ROLE_NAME})\b(?![’'])"
)
# Words after a film's line that say who says it by the actor: '..., mutters the creepy gypsy
# woman (a befossiled Geraldine Chaplin).'
_PLAYED_BY = re.compile(
    rf"\((?:an?\s+|the\s+)?(?:[a-z-]+\s+){{0,2}}(?P<actor>{_ROLE_NAME})\)\s*[.!?]?\s*$"
)
# A line the character speaks in the film: "to play the Gypsy woman Maleva, issuing dire
# warnings and asking Gwen, “...”".
_CHARACTER_LINE = re.compile(
    rf"\b(?:plays|played|playing|play|cast\s+as|stars\s+as|starring\s+as)\s+"
    rf"(?!for\b|against\b|in\b|with\b|at\b|on\b)(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,4}}?(?P<character>{_ROLE_NAME}),\s+[^.!?“”\"]*?\b(?:{SPEECH_VERBS}"
    r"|asking|warning|shouting|whispering|muttering|declaring)\b[^.!?“”\"]*[,:]\s*$"
)

#: A profile's subject: who spoke at least this many of the article's quotes so far, and at
#: least this share of them.
PROFILE_QUOTES = 4
PROFILE_SHARE = 0.6
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b|\bI[’'](?:m|ve|d|ll)\b")

#: How many times as often as any other holder of a role the one a bare role noun means is
#: named ("the president" in a story about President Trump that names a union president once).
DOMINANT = 3


class StoryPeople:
    """What the whole cluster says about its people: genders and roles, computed once."""

    def __init__(self, texts: list[str], mentions: list[Mention], entities: EntityIndex):
        self.entities = entities
        self.gender: dict[str, str] = {}
        # Who carries a role ("mayor"), per document (key: doc index) and in the whole story (-1).
        self.roles: dict[tuple[int, str], set[str]] = defaultdict(set)
        # Who carries a role as a title before the name ("President Ann Bell"), not only as a
        # description ("Ivo Marsh, the president of the ferry union").
        self.titles: dict[str, set[str]] = defaultdict(set)
        self._surnames: tuple[dict[str, str], re.Pattern | None] | None = None
        #: People whose first name is only mostly one gender's ("Robin", "Kyle"): either pronoun.
        self.uncertain: set[str] = set()
        # Every word the story writes in lower case (a name's first word there is a word).
        self._lower_words = {w for text in texts for w in re.findall(r"\b[a-z]+\b", text)}
        for entity in entities.entities:
            words = entity.name.split()
            if (
                len(words) >= 2
                and entity.kind in (PERSON, ORGANISATION, "")
                and not names_a_body(entity.name)  # "King Edward VII Hospital" has no gender
                or (entity.kind == PERSON)
            ):
                gender = first_name_gender(entity.name.split()[0])
                if gender is None and entity.kind == PERSON and len(words) >= 2:
                    gender = surname_gender(words[-1])  # "Gennady Zyuganov"
                if gender:
                    self.gender[entity.name] = gender
                    if _gender_detector.get_gender(entity.name.split()[0]).startswith("mostly"):
                        self.uncertain.add(entity.name)
        for mention in mentions:
            text = texts[mention.doc_index]
            canonical = _entity_of(entities, mention.text)
            if not canonical:
                continue
            window = text[max(0, mention.start - 40) : mention.start]
            before = re.findall(r"[A-Za-z]+", window)
            gap = window[window.rfind(before[-1]) + len(before[-1]) :] if before else ""
            if gap.strip(" ,") and not (gap.strip() == "." and len(before[-1]) <= 4):
                # "... said her agent. Dickson Wright died": a sentence ends between them
                # (only a short title's full stop, "Gov. Ann Bell", may stand there).
                before = []
            if before:
                word = before[-1].lower()
                if len(before) >= 3 and before[-2] == "of" and before[-3].lower() in _ROLES:
                    word = before[-3].lower()  # "Secretary of State John Kerry": a secretary
                if word in _MALE_TITLES | _FEMALE_TITLES and canonical in self.uncertain:
                    self.gender.pop(canonical)  # "Ms. Robin Roberts": the title says
                    self.uncertain.discard(canonical)
                if word in _MALE_TITLES:
                    self.gender.setdefault(canonical, "m")
                elif word in _FEMALE_TITLES:
                    self.gender.setdefault(canonical, "f")
                # "former President X", "the late Mayor Y": they carry the title no longer.
                # ("former U.S. President X" too: the words just before the title.)
                if word in {"dr", "prof"} and len(before) >= 2 and before[-2].lower() in _ROLES:
                    word = before[-2].lower()  # "Chief Medical Examiner Dr. Ann Bell": examiner
                former = any(w.lower() in _PAST_HOLDER for w in before[-4:-1])
                word = _ROLE_OF_TITLE.get(word, word)  # "Gov. Ann Voss" is "the governor"
                if word in _ROLES and self.is_person(canonical) and not former:
                    self._add_role(mention.doc_index, word, canonical)
                    self.titles[word].add(canonical)
            royal = canonical.split()[0].lower()
            if royal in _ROYAL_TITLES and len(canonical.split()) >= 2 and self.is_person(canonical):
                self._add_role(mention.doc_index, royal, canonical)  # "the prince" after it
            after = _APPOSITIVE_ROLE.match(text[mention.end : mention.end + 60])
            if after and after.group(1) in _ROLES and self.is_person(canonical):
                self._add_role(mention.doc_index, after.group(1), canonical)
        self._genders_from_pronouns(texts, mentions)
        self._texts = texts
        self._characters: dict[str, str] | None = None

    @property
    def characters(self) -> dict[str, str]:
        """Actor -> the character they play, where the story says so ("Maleva (Geraldine
        Chaplin)", "Geraldine Chaplin has been drafted to play the Gypsy woman Maleva"): a
        line of the film is the character's, not the actor's. Read when first asked."""
        if self._characters is not None:
            return self._characters
        characters: dict[str, str] = {}
        for text in self._texts:
            for pattern in (_CHARACTER_THEN_ACTOR, _ACTOR_PLAYS):
                for match in pattern.finditer(text):
                    actor = _entity_of(self.entities, match.group("actor"))
                    if actor and self.is_person(actor) and len(actor.split()) >= 2:
                        character = _entity_of(self.entities, match.group("character"))
                        characters.setdefault(actor, character or match.group("character"))
        self._characters = characters
        return characters

    def _genders_from_pronouns(self, texts: list[str], mentions: list[Mention]) -> None:
        """The gender of a person the story names by surname alone ("President Trump"), from the
        pronoun the story next uses after naming them as a sentence's subject: when it is the
        same every time ("Trump said ... He added"), a reader knows who "he" is."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for mention in mentions:
            canonical = _entity_of(self.entities, mention.text)
            if (
                not canonical
                or (canonical in self.gender and canonical not in self.uncertain)
                or not self.is_person(canonical)
            ):
                continue
            text = texts[mention.doc_index]
            sentence_start = max(
                text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)
            )
            if len(text[sentence_start + 1 : mention.start].split()) > 3:
                continue  # not the sentence's subject: a pronoun after it may be anyone's
            pronoun = _NEXT_PRONOUN.search(text, mention.end, mention.end + 250)
            if pronoun:
                votes[canonical][_PRONOUN_GENDER[pronoun.group(1).lower()]] += 1
        for name, counted in votes.items():
            (gender, count), *rest = counted.most_common()
            if count >= PRONOUN_VOTES and not rest:
                # (a first name only mostly one gender's, "Kameron": the story's pronouns say)
                self.gender[name] = gender
                self.uncertain.discard(name)

    def common_words(self, name: str) -> bool:
        """Whether a person's name opens with a word the story also writes in lower case and no
        one has as a first name ("Hummingbirds Fly", from a heading "See Hummingbirds Fly,
        Shake, Drink"): words, not a name anyone speaks under."""
        if not self.is_person(name) or len(name.split()) < 2:
            return False
        first = name.split()[0]
        lowered = first.lower()
        if lowered not in self._lower_words or lowered in _ROLES or not first.isalpha():
            return False
        return self.gender.get(name) is None and first_name_gender(first) is None

    def _add_role(self, doc_index: int, role: str, name: str) -> None:
        self.roles[doc_index, role].add(name)
        self.roles[-1, role].add(name)

    def is_person(self, name: str) -> bool:
        return self.entities.kind_of(name) == PERSON or name in self.gender

    def role_holder(self, role: str, doc_index: int) -> str | None:
        """The one person who carries ``role`` ("the mayor" -> the mayor's name) in the document,
        else in the whole story; None when several do."""
        for key in ((doc_index, role), (-1, role)):
            holders = self.roles.get(key, set())
            if holders:
                return next(iter(holders)) if len(holders) == 1 else None
        return None

    def titled_holder(self, role: str) -> str | None:
        """Whom a bare "the president" means where several carry the role: the one person the
        story calls by it as a title ("President Ann Bell"), else the one of them the story is
        about (named ``DOMINANT`` times as often as any other)."""
        holders = self.titles.get(role, set())
        if len(holders) == 1:
            return next(iter(holders))
        named = sorted(
            ((self._total(name), name) for name in holders or self.roles.get((-1, role), ())),
            reverse=True,
        )
        if len(named) >= 2 and named[0][0] >= DOMINANT * named[1][0]:
            return named[0][1]
        return None

    def _total(self, name: str) -> int:
        return next((e.total for e in self.entities.entities if e.name == name), 0)

    def roles_of(self, name: str, doc_index: int) -> set[str]:
        return {
            role for (doc, role), names in self.roles.items() if doc == doc_index and name in names
        }  # noqa: E501

    def surnames(self) -> tuple[dict[str, str], re.Pattern | None]:
        """The story's people by their surname, where one person alone has it, and a pattern
        finding those surnames (read once for all the documents)."""
        if self._surnames is None:
            by_surname: dict[str, set[str]] = defaultdict(set)
            for entity in self.entities.entities:
                words = entity.name.split()
                if len(words) >= 2 and self.is_person(entity.name) and words[-1][:1].isupper():
                    by_surname[words[-1]].add(entity.name)
            unique = {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1 and len(k) > 2}
            alternatives = "|".join(re.escape(k) for k in sorted(unique, key=len, reverse=True))
            pattern = re.compile(rf"\b({alternatives})\b") if unique else None
            self._surnames = (unique, pattern)
        return self._surnames

    def police(self) -> str | None:
        forces = [e.name for e in self.entities.entities if _POLICE.search(e.name)]
        return forces[0] if len(forces) == 1 else None


class DocumentSpeakers:
    """Attributes the quotes of one document, in order (a quote may continue the one before)."""

    def __init__(
        self,
        doc_index: int,
        text: str,
        mentions: list[Mention],
        quote_spans: list[tuple[int, int]],
        people: StoryPeople,
    ):
        self.doc_index = doc_index
        self.text = text
        self.people = people
        self.entities = people.entities
        inside = [(s, e) for s, e in quote_spans]
        self.quoted = inside
        self.referents: list[_Referent] = []
        for mention in sorted(mentions, key=lambda m: m.start):
            # A name in quotation marks (“Truckers for Fair Fuel”, the group's own name) is no
            # quotation: it names the group the later "the group said" is.
            quoted = any(
                s <= mention.start < e and text[s:e].strip("“”‘’\"' ,.") != mention.text
                for s, e in inside
            )
            if quoted or furniture_line(text, mention.start):
                continue
            canonical = _entity_of(self.entities, mention.text)
            if canonical and not people.common_words(canonical):
                kind = PERSON if people.is_person(canonical) else self.entities.kind_of(canonical)
                referent = _Referent(mention.start, mention.end, canonical, kind or "")
                self.referents.append(referent)
        self.referents += self._surnames_unmentioned(inside)
        # Role nouns as referents too: "The mayor complimented ... he added".
        for match in re.finditer(r"\b[Tt]he\s+([a-z]+)\b", text):
            role = match.group(1)
            holder = people.role_holder(role, doc_index) or (
                # "the president" where the story has several: the one it titles so.
                people.titled_holder(role) if role in _ROLES else None
            )
            if holder and not any(s <= match.start() < e for s, e in inside):
                self.referents.append(
                    _Referent(match.start(), match.end(), holder, PERSON, named=False)
                )
        self.referents.sort(key=lambda r: r.start)
        # Where each sentence of the text ends, read once (every quote asks where its own and
        # the sentences before it start).
        self.sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self._someone_in: dict[int, bool] = {}  # sentence start: names or tells of someone
        self.referents = self._mark_subjects(self.referents)
        self.author_groups = self._author_groups()
        self.study_leads = self._study_leads()
        #: The authors of the story's one study, when the outlets name one group with it.
        self.story_authors: str | None = None
        self.turns = self._transcript_turns()
        self.previous: tuple[int, int, Attribution] | None = None  # (paragraph, end, who)
        #: How many quotes of this document each speaker was named for so far (sure readings).
        self.spoken: Counter[str] = Counter()
        self.posts = [
            (m.start(), m.end(), _trigrams(_words(m.group("body"))), m.group("author").strip())
            for m in _EMBEDDED_POST.finditer(text)
        ]

    def _sentence_before(self, position: int) -> str:
        """The text of the sentence ``position`` is in, up to it (at most 300 back)."""
        floor = max(0, position - 300)
        ends = [m.end() for m in _SENTENCE_GAP.finditer(self.text, floor, position)]
        if not ends and floor:
            return ""  # a sentence longer than that: its opening unread
        return self.text[ends[-1] if ends else floor : position]

    def _possessive(self, referent: _Referent) -> bool:
        """Whether a name stands as an owner ("Bryan Singer’s lawyer"), not as someone acting."""
        return bool(
            re.search(r"[’']s?$", self.text[referent.start : referent.end])
            or _POSSESSIVE.match(self.text, referent.end)
        )

    def _surnames_unmentioned(self, inside: list[tuple[int, int]]) -> list[_Referent]:
        """A person's surname alone where the name finder saw no one ("Ince, the boy's teacher,
        said she ..."): a referent all the same, when one person of the story has that surname
        and it speaks or is described there."""
        unique, pattern = self.people.surnames()
        if pattern is None:
            return []
        taken = sorted([(r.start, r.end) for r in self.referents] + inside)
        starts = [s for s, _e in taken]
        found = []
        for match in pattern.finditer(self.text):
            start, end = match.span()
            # Only where it speaks or is described ("Ince, the boy's teacher,", "Ince said"):
            # a surname alone elsewhere may be a character, a place or a work.
            speaks = (
                _SPEAKS_AFTER.match(self.text, end)
                or _SPEAKS_BEFORE.search(self.text[max(0, start - 30) : start])
                # "Ince called Kameron ...": the subject of a sentence, before its verb
                or (
                    _OPENS_SENTENCE.search(self.text[max(0, start - 3) : start])
                    and _VERB_AFTER.match(self.text, end)
                )
                # "Yet even as Putin spoke, Zyuganov spent the day ...": the subject of the main
                # clause after a fronted one, before its verb
                or (
                    self.text[max(0, start - 2) : start] == ", "
                    and _PAST_VERB_AFTER.match(self.text, end)
                    and _FRONTED_CLAUSE.match(self._sentence_before(start))
                )
            )
            if not speaks and self.text[end : end + 1] != ",":
                continue
            # Not inside a name already read nor inside a quote (spans start before it).
            k = bisect_right(starts, start)
            if any(s <= start < e for s, e in taken[max(0, k - 20) : k]) or (
                k < len(starts) and starts[k] < end
            ):
                continue
            if not furniture_line(self.text, start):
                found.append(_Referent(start, end, unique[match.group(1)], PERSON))
        return found

    def _mark_subjects(self, referents: list[_Referent]) -> list[_Referent]:
        marked, seen_sentences = [], set()
        for referent in referents:
            window = self.text[max(0, referent.start - 300) : referent.start]
            ends = self._ends_between(referent.start - 300, referent.start)
            sentence = ends[-1] if ends else (0 if referent.start <= 300 else None)
            opening = self.text[sentence : referent.start] if sentence is not None else ""
            fronted = _FRONTED_CLAUSE.match(opening)
            if fronted:
                # "When I mention the cases, Orlov gives ...": after the fronted clause's comma
                # the main clause's subject; "Since Ann Bell is dead, ...": inside the clause,
                # no subject (and the sentence's subject is still to come).
                main = opening.rpartition(",")[2] if "," in opening else None
                if (
                    main is None
                    and len(opening.split()) <= 5
                    and _SPEAKS_AFTER.match(self.text, referent.end)
                ):
                    main = ""  # "After the vote Ann Bell told reporters": no comma, her verb
                if main is None or (
                    len(main.split()) > 2 and not _TITLE_RUN.fullmatch(main.strip())
                ):
                    marked.append(referent)
                    continue
                opening = main
            first_person = (
                referent.kind == PERSON
                and sentence is not None
                and sentence not in seen_sentences
                and not _SUBJECT_PRONOUN.search(opening)
                and not _VERB.search(opening)  # "The singer told Coast Radio": an object
                and (
                    len(opening.split()) <= 6
                    or _DESCRIBED_FIRST.fullmatch(opening)
                    # "U.S. Assistant Secretary of State for Near Eastern Affairs Martin Indyk"
                    or _TITLE_RUN.fullmatch(opening.strip())
                )
                # "Speaking on Harbour Hour, she said": a name a place, a show or a time
                # preposition heads is no subject ("Don't look for Ann Bell ..." may be).
                and not (opening.split() and opening.split()[-1].lower() in {"on", "at", "in"})
                # "Marsh’s attorney said": the attorney is the subject, not Marsh.
                and not self._possessive(referent)
            )
            # "He said Spacey asked him ...": whoever "he" is, Spacey is not the one speaking.
            # "..., said Mr Wilson had been using an app": the name opens what was said; an
            # inverted speaker ends the clause ("..., said Mr Wilson.").
            reported = _REPORTED_SUBJECT.match(self.text, referent.end)
            speaking = (
                (
                    _SPEAKS_AFTER.match(self.text, referent.end)
                    or _SPEAKS_AFTER_AGE.match(self.text, referent.end)
                )
                and not _SUBJECT_PRONOUN.match(opening.strip())
            ) or (_SPEAKS_BEFORE.search(window[-30:]) and not reported)
            # "..., notes University of Edinburgh paleontologist Steve Brusatte": described.
            if not speaking and not first_person and referent.kind == PERSON and not reported:
                speaking = _SPEAKS_BEFORE_DESCRIBED.search(window[-90:])
            subject = bool(first_person or (referent.kind == PERSON and speaking))
            if sentence is not None and referent.kind == PERSON:
                seen_sentences.add(sentence)
            marked.append(replace(referent, subject=subject))
        return marked

    def _author_groups(self) -> list[tuple[int, str, bool]]:
        """(where, "A and B") for the people a sentence names together as the ones behind a study
        ("a study by A and B", "A, of X, and B, of Y, published ..."), in text order."""
        groups: list[tuple[int, str, bool]] = []
        people = [r for r in self.referents if r.kind == PERSON and r.named]
        if not people:
            return groups
        run: list[_Referent] = people[:1]
        joint = False
        for previous, referent in zip(people, [*people[1:], None], strict=True):
            between = self.text[previous.end : referent.start] if referent else ""
            link = len(between) <= 160 and _JOINED.fullmatch(between)
            if link and not _VERB.search(between):
                run.append(referent)
                joint = bool(link.group("joint"))
                continue
            names = list(dict.fromkeys(r.name for r in run))
            if len(names) >= 2 and joint:
                paragraph_start = self.text.rfind("\n", 0, run[0].start) + 1
                sentence_start = self._sentence_start(run[0].start, paragraph_start)
                sentence_end = _SENTENCE_END.search(self.text, run[-1].end)
                sentence = self.text[
                    sentence_start : sentence_end.start() if sentence_end else len(self.text)
                ]
                study = bool(_STUDY_CUE.search(sentence))
                if (study or _SCIENTIST_CUE.search(sentence)) and not _CRITICISED.search(sentence):
                    joined = ", ".join(names[:-1]) + " and " + names[-1]
                    groups.append((run[0].start, joined, study))
            run, joint = ([referent] if referent else []), False
        return groups

    def _study_leads(self) -> list[tuple[int, str]]:
        """(where, who) for each person named as leading a study: "a team led by X", "X's
        team", "X and colleagues"."""
        leads = []
        for match in _STUDY_LEAD.finditer(self.text):
            group = next(g for g in ("led", "team", "with") if match.group(g))
            who = self._named(match.group(group), match.start(group))
            if who and self.people.is_person(who):
                leads.append((match.start(), who))
        return leads

    def _authors(self, position: int, generic: bool) -> str | None:
        """The authors a plural "the researchers" at ``position`` stands for: the group the
        document named last before it (for "the team", "the pair": named with their study)."""
        before = [g for g in self.author_groups if g[0] < position and (g[2] or not generic)]
        if before:
            return before[-1][1]
        # An outlet that never names them: the one study the other outlets name its authors of.
        return self.story_authors if not generic else None

    def _transcript_turns(self) -> list[tuple[int, int, str]]:
        """(start, end, speaker) of the turns of an interview printed as a transcript: a
        paragraph labelled "Ann Bell:" or "AB:" (the initials of one person the story names),
        and the unlabelled paragraphs after it, up to the next label or an editor's note."""
        labelled: list[tuple[int, str | None]] = []
        for paragraph in re.finditer(r"[^\n]+", self.text):
            label = _TURN_LABEL.match(paragraph.group())
            if label:
                labelled.append((paragraph.start(), self._turn_speaker(label.group("label"))))
            elif paragraph.group().lstrip().startswith("["):
                labelled.append((paragraph.start(), None))  # an editor's note ends a turn
        if sum(1 for _, who in labelled if who) < 2:
            return []  # one label is no transcript ("Photo: ...", a lone "Bell: “...”")
        ends = [start for start, _ in labelled[1:]] + [len(self.text)]
        return [(start, end, who) for (start, who), end in zip(labelled, ends, strict=True) if who]

    def _turn_speaker(self, label: str) -> str | None:
        if re.fullmatch(r"[A-Z]{2,3}", label):
            people = {
                r.name
                for r in self.referents
                if r.kind == PERSON and "".join(w[0] for w in r.name.split()) == label
            }
            return next(iter(people)) if len(people) == 1 else None
        canonical = self.entities.canonical(label)
        return canonical if canonical and self.people.is_person(canonical) else None

    def _voiced_in_turn(self, start: int, paragraph_start: int) -> Attribution | None:
        """'MD: ... I’d go, “I don’t want this out there.”': in a transcript turn, a line the
        one talking voices ("I’d go,", "we’re ... saying,", "do you ... say,") is theirs."""
        turn = next((who for s, e, who in self.turns if s <= start < e), None)
        if turn is None:
            return None
        before = self.text[self._sentence_start(start - 1, paragraph_start) : start - 1]
        voicing = _PRONOUN_INTRODUCTION.search(re.split(r"[“”\"]", before)[-1][-300:])
        if (
            voicing
            # ("do you try to talk to them and say, “...”": the one asking voices it too; "you
            # say, “...”" is someone else's line, voiced as an example)
            and (
                voicing.group("who").lower() in {"i", "we"}
                or (voicing.group("who").lower() == "you" and voicing.group("asking"))
            )
            and voicing.group("verb").lower() in _VOICING_VERBS
        ):
            return Attribution(turn, False)
        return None

    # ------------------------------------------------------------------ resolving a phrase

    def _named(self, phrase: str, position: int) -> str | None:
        """The speaker the first name in ``phrase`` stands for ("Jeffrey Stenger from Polson,
        Montana" is Stenger): a known entity, else the bare name."""
        # "TV3's Duncan Garner" is Garner: the name after a possessive is the speaker.
        # "Kell's lawyer Rita Vos" is Vos, and "Kell's lawyer" is not Kell.
        phrase = re.sub(r"^.*[’']s\s+(?:[a-z-]+\s+){0,3}(?=[A-Z])", "", phrase)
        # "Heritage Trust head Irma Voss" is Voss: a name, its role, then a full name.
        headed = _HEADED_NAME.match(phrase)
        if headed and headed.group(1).lower() in _ROLES | {"head", "boss"}:
            phrase = phrase[headed.end() :]
        # "Texans Right to Life spokeswoman Melissa Conway", "Spokane resident Jo Prettyman":
        # the full name after what they are (not after "of the": that is where they work).
        described = re.search(
            rf"\b(?P<what>[a-z][\w-]*)\s+(?P<name>[A-Z][\w’'.-]*(?:\s+{_LATER_NAME_WORD})+)\s*$",
            phrase,
        )
        if described and described.group("what") not in _PREPOSITIONS | {
            "and",
            "or",
            "the",
            "a",
            "an",
        }:
            phrase = described.group("name")
        # "And I said": a conjunction and a pronoun are no name.
        phrase = re.sub(r"^(?:(?:And|But|So|Then|Yet|Or|I|We|You|They)\b\s*)+", "", phrase)
        for run in _NAME_RUN.finditer(phrase):
            if re.search(r"[’']s$", run.group()):
                continue
            if re.search(
                r"\b(?:on|at|in|with|about|against|into)\s+(?:the\s+)?$",
                phrase[: run.start()],
            ):
                # "people who worked on House of Cards claimed": not who speaks ("a statement
                # attributed to the X Committee", "a letter from X" are X's).
                continue
            if _MEDIA_AFTER.match(phrase, run.end()):
                continue  # "Yellin's Instagram page explains": a page, no one speaking
            words = run.group().split()
            if len(words) == 1:
                if self._couples_name(words[0], position):
                    return None
                # A surname alone: the nearest full name before it that ends with it (a person's:
                # "Brick said" is Gail Brick, not her firm Alexander, Krakow & Brick).
                for referent in reversed(self.referents):
                    parts = referent.name.split()
                    if (
                        referent.start < position
                        and len(parts) >= 2
                        and parts[-1] == words[0]
                        and referent.kind == PERSON
                        and referent.named  # "the former ...": a role noun is no name
                        # "Marty Singer, Bryan Singer’s lawyer": "Singer said" is not the
                        # one whose lawyer he is.
                        and not self._possessive(referent)
                    ):
                        return referent.name
            for k in range(len(words)):
                candidate = " ".join(words[k:])
                canonical = _entity_of(self.entities, candidate)
                if canonical:
                    return canonical
            while words and words[0].lower().rstrip(".") in _ROLES | {"the", "a", "an"}:
                words = words[1:]
            if len(words) >= 2 and not any(w.lower().rstrip(".") in _ROLES for w in words):
                return " ".join(words)
        return None

    def _compatible(self, name: str, gender: str) -> bool:
        known = self.people.gender.get(name)
        if name in self.people.uncertain:
            known = None  # "Robin Roberts said she ...": Robin is only mostly a man's name
        return known == gender or (known is None and len(name.split()) >= 2)

    def _nearest(self, gender: str, position: int, floor: int, subjects_only: bool) -> str | None:
        for referent in reversed(self.referents):
            if referent.start >= position:
                continue
            if referent.start < floor:
                break
            if referent.kind != PERSON or (subjects_only and not referent.subject):
                continue
            if subjects_only and self._possessive(referent):
                continue  # "The prosecutor suggested that Christopher's family ...": no subject
            if self._compatible(referent.name, gender) and not self._late(referent):
                return referent.name
        return None

    def _late(self, referent: _Referent) -> bool:
        """Whether the text calls the person dead where it names them ("the late Bob Marley",
        "Bob Marley, the late reggae star"): no "he said" of today's news is theirs."""
        return bool(
            _THE_LATE_AFTER.match(self.text, referent.end)
            or _THE_LATE_BEFORE.search(self.text, max(0, referent.start - 12), referent.start)
            # the description itself read as the person ("the late" of "..., the late star")
            or _THE_LATE_BEFORE.match(self.text[referent.start : referent.end] + " ")
        )

    def _ends_between(self, low: int, high: int) -> list[int]:
        """The sentence ends after ``low`` and at or before ``high``, in order."""
        ends = self.sentence_ends
        return ends[bisect_right(ends, low) : bisect_right(ends, high)]

    def _someone_else_in(self, start: int, end: int) -> bool:
        """Whether the sentence from ``start`` to ``end`` names a person or tells of someone
        unnamed ("a host"); read once per sentence."""
        if start not in self._someone_in:
            self._someone_in[start] = bool(_SOMEONE.search(self.text, start, end)) or any(
                r.kind == PERSON and r.named and start <= r.start < end for r in self.referents
            )
        return self._someone_in[start]

    def _recent(self, position: int) -> int:
        """Where the sentence before the one at ``position`` starts (at most 600 back)."""
        ends = self._ends_between(position - 600, position)
        return ends[-2] if len(ends) >= 2 else max(0, position - 600)

    def _nearest_any_gender(self, position: int) -> str | None:
        """The subject person of this or the previous sentence, whatever their gender."""
        recent = self._recent(position)
        for referent in reversed(self.referents):
            if not (recent <= referent.start < position and referent.named):
                continue
            if referent.kind == PERSON and referent.subject:
                return referent.name
        return None

    def _pronoun(self, gender: str, position: int) -> str | None:
        """The person a he/she at ``position`` stands for, as a reader takes it: the subject of
        this or the previous sentence, else the speaker of the quotes just before, else the
        nearest subject a few paragraphs back, else the nearest person in the paragraph."""
        recent = self._recent(position)
        found = self._nearest(gender, position, recent, subjects_only=True)
        if found:
            return found
        spokes = list(_SPOKES_SUBJECT.finditer(self.text[recent:position]))
        if spokes and spokes[-1].group("gender") in (_SPOKES_GENDER[gender], "person"):
            # "A spokeswoman for Kell Police said ... She added that ...": the body she speaks
            # for, where the story names no one since ("A Lumora spokeswoman, Ines Carvalho,"
            # is Ines Carvalho).
            at = recent + spokes[-1].start("who")
            named = any(
                r.kind == PERSON and r.named and at <= r.start < position for r in self.referents
            )
            who = None if named else self._resolve(spokes[-1].group("who"), at)
            if who:
                return who.speaker
        # "Vikki Joseph isn't satisfied. She describes herself as ... “...,” she says": the
        # sentence before opens with the same pronoun, which goes back to the one before it,
        # and so on along a run of such sentences ("Mr Adams said ... He said ... He
        # questioned ... “...”, he said").
        # A sentence the same pronoun reports at its end ("Blight is ..., he said, adding"), or
        # one that names no one ("Figures showed that 25 percent ..."), keeps the run going:
        # a minister's speech retold over many sentences is still his.
        ends = self._ends_between(position - _RETOLD_REACH, position)
        pronoun = "she" if gender == "f" else "he"
        k = len(ends) - 2
        opens, reports = _PRONOUN_OPENS[pronoun], _PRONOUN_REPORTS[pronoun]
        while k >= 1:
            sentence = self.text[ends[k] : ends[k + 1]]
            if (
                not opens.match(sentence)
                and not reports.search(sentence)
                and self._someone_else_in(ends[k], ends[k + 1])
            ):
                break  # someone else, named or not ("after a host insulted a reporter")
            found = self._nearest(gender, ends[k], ends[k - 1], subjects_only=True)
            if found:
                return found
            k -= 1
        paragraph_start = self.text.rfind("\n", 0, position) + 1
        if _UNNAMED_SUBJECT.search(self.text[min(recent, paragraph_start) : position]):
            # "The journalist realized ... he said": someone the story does not name.
            return None
        if self.previous and position - self.previous[1] < 800:
            speaker = self.previous[2].speaker  # "he said" right after his own quotes
            # ... unless the story has named other people who could be "he" since then.
            others = any(
                r.kind == PERSON
                and r.named
                and r.name != speaker
                and self._compatible(r.name, gender)
                for r in self.referents
                if self.previous[1] < r.start < position
            )
            if self.people.is_person(speaker) and self._compatible(speaker, gender) and not others:
                return speaker
        # "... after Sandilands insulted a journalist. “...,” he said": the one person of that
        # gender the sentence before names, subject or not (a gender the lists know)
        # (not where a "he" opens that sentence before the name: "he turned to Matthew's
        # family" goes on with someone named earlier)
        own_kin = re.compile(
            rf"\b{'her' if gender == 'f' else 'his'}\s+(?:[\w-]+\s+){{0,3}}$", re.I
        )
        named = [
            r
            for r in self.referents
            if recent <= r.start < position
            and r.kind == PERSON
            and r.named
            and r.name in self.people.gender
            and self._compatible(r.name, gender)
            and not self._late(r)
            # (someone told or met is no one who speaks next: "told Ada Vik about her nights")
            and not _OBJECT_BEFORE.search(self.text, max(0, r.start - 20), r.start)
            # (nor one described by the pronoun's own owner: "after the death of her cooking
            # partner Paterson, she said" is not Paterson's)
            and not own_kin.search(self.text, max(0, r.start - 40), r.start)
        ]
        pronoun = re.compile(r"\bshe\b" if gender == "f" else r"\bhe\b", re.I)
        if len({r.name for r in named}) == 1 and not pronoun.search(
            self.text, recent, named[0].start
        ):
            return named[0].name
        # A few paragraphs back only someone the story gives that gender: a name it gives none
        # ("Jacintha Saldanha", unknown to the name lists) is no sure "he".
        far = self._nearest(gender, position, position - 1200, True)
        if far and far not in self.people.gender:
            far = None
        if far:
            # ... and no one else of that gender named since, before this sentence ("Wildmon
            # commented ... If any of this fazed Kolbe, 58, he didn't show it. “...,” he said":
            # Kolbe may be "he"): unsure, no one
            last = max(r.start for r in self.referents if r.name == far and r.start < position)
            ends = self._ends_between(position - 600, position)
            this_sentence = ends[-1] if ends else position
            if any(
                r.kind == PERSON
                and r.named
                and r.name != far
                and last < r.start < this_sentence
                and r.name in self.people.gender
                and self._compatible(r.name, gender)
                # (not "turned to Tomas Brandt's lawyer", "the late soul singer", "told Ada Vik")
                and not self._possessive(r)
                and not self._late(r)
                and not _OBJECT_BEFORE.search(self.text, max(0, r.start - 20), r.start)
                for r in self.referents
            ):
                return None
        return far or self._nearest(gender, position, paragraph_start, False)

    def _they(self, position: int) -> Attribution | None:
        """'“...,” the authors write. But, they add, “...”': "they" go on with the quote just
        before when a body or a study's authors spoke it, and no one is named since."""
        if not self.previous or position - self.previous[1] > _THEY_REACH:
            return None
        speaker = self.previous[2].speaker
        body = self.entities.kind_of(speaker) == ORGANISATION
        if not body and speaker not in {who for _at, who in self.study_leads}:
            return None
        # (its own name after the quote, "the Kell Wildlife Fund said", is no one else)
        if any(
            r.named and r.name != speaker and self.previous[1] <= r.start < position
            for r in self.referents
        ):
            return None
        return Attribution(speaker, False)

    def _organisation_before(self, position: int) -> str | None:
        floor = position - _ORGANISATION_REACH
        for referent in reversed(self.referents):
            if floor <= referent.start < position and referent.kind == ORGANISATION:
                if _ITS_SITE.search(self.text, max(0, referent.start - 30), referent.start):
                    continue  # "the group said on its website, FairFuel.org": the group's
                return referent.name
        return None

    def _introduced_as(self, noun: str, position: int) -> str | None:
        """The organisation the article introduced with this noun before ``position``, however
        far back: 'the group “Farmers for Fair Fuel”' or 'Farmers for Fair Fuel, a group formed
        in March' is who "the group said" is, paragraphs on, as long as every "group" since is
        "the group" (not "a group of hikers")."""
        if noun not in _INTRODUCING_NOUNS:
            return None
        before = re.compile(rf"\b{noun}\s+(?:(?:called|named|known\s+as)\s+)?[“\"‘']?$", re.I)
        after = re.compile(rf"^[”\"’']?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{noun}\b", re.I)
        introduced = {}  # where the noun stands in an introduction -> the body it introduces
        for referent in self.referents:
            if referent.start >= position or referent.kind != ORGANISATION:
                continue
            start, end = referent.start, referent.end
            ahead = before.search(self.text, max(0, start - 40), start)
            behind = after.match(self.text[end : end + 60])
            for found, offset in ((ahead, 0), (behind, end)):
                if found:  # filed by where its noun stands in the text, and how it was told
                    noun_at = re.search(rf"\b{noun}\b", found.group(), re.I)
                    at = offset + found.start() + noun_at.start()
                    introduced[at] = (referent.name, found is ahead)
        if not introduced:
            return None
        reach, far = position, False
        for word in reversed(list(re.finditer(rf"\b{noun}\b", self.text[:position], re.I))):
            if any(s <= word.start() < e for s, e in self.quoted):
                continue  # "if any group can help", in someone's words
            far = far or reach - word.start() > _ORGANISATION_REACH
            if word.start() in introduced:
                name, as_the_story_s = introduced[word.start()]
                # Paragraphs on, only the body the story is about ('the group “X”'), not one
                # told of in passing ('repairs paid for by X, a volunteer group')
                return name if as_the_story_s or not far else None
            if not _THE_BEFORE.search(self.text, max(0, word.start() - 40), word.start()):
                return None  # "a group of hikers", "the hikers' group": another group
            reach = word.start()
        return None

    def _organisation_voice(self, phrase: str, position: int) -> Attribution | None:
        """'the company said' is the organisation named just before; 'the Russian foreign
        ministry said' names its own, which no earlier organisation stands for."""
        modifiers = phrase.split()[1:-1]
        named = [w for w in modifiers if w[:1].isupper()]
        if not named and phrase.split()[-1].lower() == "statement":
            # "the statement said" is the statement's, that someone released just before.
            released = list(
                _RELEASED_STATEMENT.finditer(self.text, max(0, position - 1200), position)
            )
            told = list(_TOLD_IN_STATEMENT.finditer(self.text, max(0, position - 1200), position))
            if told and (not released or told[-1].start() > released[-1].start()):
                # "In a statement, the station's owner, Kell Media, said ...": its subject's
                # (not where "the union statement" says whose another statement is)
                subject = told[-1].group("subject")
                named_subject = self._named(subject, told[-1].start("subject"))
                if named_subject and all(
                    w.lower() in f"{named_subject} {subject}".lower() for w in modifiers
                ):
                    return Attribution(named_subject, False)
            if released:
                sentence = self._sentence_start(released[-1].start(), 0)
                subject = self.text[sentence : released[-1].start()]
                named_subject = self._named(subject, released[-1].start()) if subject else None
                return Attribution(named_subject, False) if named_subject else None
        if not named:
            noun = phrase.split()[-1].lower()
            if noun in _NAMED_AGAIN:
                organisation = self._organisation_before(position) or self._introduced_as(
                    noun, position
                )
            else:
                organisation = self._introduced_as(noun, position) or self._organisation_before(
                    position
                )
            # "a palace spokesman told the Meridian Wire": the palace's, which is no
            # organisation named before (the outlet told is not who speaks).
            specific = [w.lower() for w in modifiers if w.lower() not in _GENERIC_MODIFIERS]
            if organisation and specific and not any(w in organisation.lower() for w in specific):
                return None
            return Attribution(organisation, False) if organisation else None
        known = self.entities.canonical(" ".join(named))
        if known and (
            self.entities.kind_of(known) == ORGANISATION
            # "a St. James's Palace spokesman": the palace's household, which speaks
            or known.split()[-1].lower() in _SPEAKING_BUILDINGS
        ):
            return Attribution(known, True)  # "a BP spokesman said" is BP
        if phrase.split()[-1].lower().startswith("spokes"):
            return None  # "a Russian spokesman": someone, not an organisation we can name
        return Attribution(" ".join(phrase.split()[1:]), True)

    def _subject_before_fragment(self, pieces: list[str], start: int) -> Attribution | None:
        """'A spokesman for the university said it was “saddened”, adding that she had “...”':
        when a few quoted words inside the sentence come before, its subject is ahead of them."""
        if len(pieces) < 3 or len(pieces) % 2 == 0:
            return None  # no closed quote before, or the marks do not pair
        fragment, head = pieces[-2], pieces[-3]
        if len(fragment.split()) > 12 or re.search(r"[.!?]\s*$", fragment):
            return None  # a quote that ends its sentence: the sentence starts after it
        head = _SENTENCE_END.split(head)[-1]
        verb = _VERB.search(head)
        return self._resolve(head[: verb.start()], start) if verb else None

    def _it(self, position: int) -> Attribution | None:
        """'The hospital "had been supporting her," it said': the body the sentence opens with
        (named, or by the noun in its name); None for anything else "it" may be."""
        paragraph_start = self.text.rfind("\n", 0, position) + 1
        opening = self.text[self._sentence_start(position - 1, paragraph_start) : position]
        noun = re.match(r"\s*[Tt]he\s+([a-z]+)\b", opening)
        named = re.match(r"\s*([A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*)*)", opening)
        if noun:
            kinds = _BODIES if noun.group(1) in _INSTITUTIONS else (ORGANISATION,)
            body = self._body_called(f"the {noun.group(1)}", position, kinds)
            return Attribution(body, True) if body else None
        body = self._named(named.group(1), position) if named else None
        if body and self.entities.kind_of(body) == ORGANISATION:
            return Attribution(body, True)
        if opening.strip() in {"It", ""} and _RELEASED_STATEMENT.search(
            self.text, max(0, position - _STATEMENT_REACH), position
        ):
            # 'Ann Bell, the family's lawyer, released a short statement. It said, in part:
            # “...”': the statement's, which is who released it
            return self._organisation_voice("the statement", position)
        return self._body_said_before(position - len(opening))

    def _body_said_before(self, start: int) -> Attribution | None:
        """'The Defence Ministry said ... . It said ... . That must be cleared up, it said': the
        organisation that opened the last sentences and said so, where each sentence since
        goes on with "It said"; None when another sentence comes between."""
        for _ in range(_IT_CHAIN):
            if start <= 0:
                return None
            end = start
            paragraph_start = self.text.rfind("\n", 0, end - 1) + 1
            start = self._sentence_start(end - 1, paragraph_start)
            sentence = self.text[start:end]
            if _IT_SAID.match(sentence):
                continue
            opening = _BODY_SAID.match(sentence)
            if not opening:
                return None
            body = self._named(opening.group(1), start)
            if body and self.entities.kind_of(body) == ORGANISATION:
                return Attribution(body, True)
            return None
        return None

    def _body_called(
        self, phrase: str, position: int, kinds: tuple[str, ...] = (ORGANISATION,)
    ) -> str | None:
        """'a spokesman for the university': the one organisation named before whose name holds
        that noun ("the University of Kell"); None when none or two different ones do. (With
        PLACE in ``kinds``: a hospital or a palace, which speak as bodies do.)"""
        noun = re.fullmatch(r"the\s+([a-z]+)", phrase.strip())
        if not noun:
            return None
        word = re.compile(rf"\b{noun.group(1)}\b", re.IGNORECASE)
        bodies = {
            r.name
            for r in self.referents
            if r.start < position and r.kind in kinds and word.search(r.name)
        }
        return bodies.pop() if len(bodies) == 1 else None

    def _owner_of_words(self, start: int) -> Attribution | None:
        """'The exchange ended with Cohen’s statement: “...”': a quote that a sentence introduces
        as someone's words (statement, answer, remarks ...) is theirs."""
        paragraph_start = self.text.rfind("\n", 0, start) + 1
        before = self.text[self._sentence_start(start - 1, paragraph_start) : start - 1]
        if before.rstrip()[-1:] not in {":", ","}:
            # "This opens Bush to Gore's charge that his plan is “...”": the charge is Gore's
            claimed = _OWNED_CLAIM.search(before)
            name = self._named(claimed.group("name"), start) if claimed else None
            return Attribution(name, True) if name else None
        owned = _OWNED_WORDS.search(before)
        if not owned:
            return None
        name = self._named(owned.group("name"), start)
        return Attribution(name, True) if name else None

    def _message_sender(self, phrase: str, position: int) -> Attribution | None:
        """'the email said' is the words of who sent it: the one the phrase says it is from
        ("the email, sent from Goddard's address, stated"), else the subject of the last
        sentence before that tells of sending it ("Goddard allegedly sent the teen an email")."""
        sender = re.search(r"\bfrom\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})", phrase)
        if sender:
            named = self._named(sender.group(1), position)
            return Attribution(named, False) if named else None
        low = max(0, position - 1500)
        sent = [m.start() for m in _SENT_MESSAGE.finditer(self.text, low, position)]
        if not sent:
            return None
        sentence_start = self._sentence_start(sent[-1], low)
        for referent in self.referents:
            if sentence_start <= referent.start < sent[-1] and referent.kind == PERSON:
                return Attribution(referent.name, False) if referent.subject else None
        return None

    def _resolve(self, phrase: str, position: int) -> Attribution | None:
        """Who ``phrase`` (the subject of a speech verb) names, or None when unsure."""
        phrase = phrase.strip(" ,;:—–-\n")
        phrase = LEADING_TIME.sub("", phrase).lstrip(" ,")
        phrase = _LEADING_CONJUNCTION.sub("", phrase)  # "But a hospital spokesman said:"
        # "whose book, 'A Harbour Thing,' hit shelves": a quoted title names no one.
        phrase = _QUOTED_TITLE.sub(" ", phrase)
        # "the report, obtained by Cox Newspapers,": the report speaks, not who obtained it;
        # "Muxie on the other hand": an aside is no part of the name.
        phrase = _ASIDE_WORDS.sub(" ", _BY_CLAUSE.sub(" ", phrase)).strip(" ,")
        held = _HOLDER_OF_ROLE.fullmatch(phrase)
        if held and not set(held.group("role").split()) & _NOT_ROLE_WORDS:
            # "Melrose High senior Muxie": the person after the role, not the school before it
            who = self._resolve(held.group("name"), position)
            if who and self.entities.kind_of(who.speaker) != ORGANISATION:
                return who
        home = _OF_PLACE.search(phrase)
        if home and self.entities.kind_of(home.group(1)) == PLACE:
            # "Rep. Jennifer Dunn of Washington", "Jan Gallagher of San Antonio, president of
            # ...": the person, not the place she comes from
            who = self._resolve(phrase[: home.start()], position)
            if who and self.entities.kind_of(who.speaker) == PERSON:
                return who
        tail = phrase.rsplit(",", 1)[-1].strip()
        if "," in phrase and phrase[:1].islower() and re.match(r"(?:the|a|an)\s+[a-z]", tail):
            # '“...,” well-respected by co-workers, the hospital statement said': the words
            # after the last comma name who speaks (not after "Smith, a retired inspector,")
            phrase = tail
        if not phrase or len(phrase.split()) > 12:
            return None
        lowered = phrase.lower()
        words = re.findall(r"[a-z]+", lowered)
        if (
            words
            and words[-1] in _PRONOUNS
            and (len(words) <= 2 or _FRONTED_PRONOUN.fullmatch(phrase))
        ):
            owner = self._owner_of_words(position)
            if owner and self._compatible(owner.speaker, _PRONOUNS[words[-1]]):
                return owner  # 'ended with Cohen’s statement: “...,” he said'
            name = self._pronoun(_PRONOUNS[words[-1]], position)
            return Attribution(name, True) if name else None
        if words == ["they"]:
            return self._they(position)
        if _PEOPLES_GROUP.fullmatch(phrase):
            return None  # "Four top Russian politicians": people of a nation, not one named
        issued = _ISSUED_BY.match(phrase)
        if issued:
            return self._resolve(issued.group(1), position)  # "a statement from her agent"
        if _MESSAGE_SPEAKS.match(phrase):
            return self._message_sender(phrase, position)
        voice = _BODY_VOICE.fullmatch(phrase)
        if voice:
            # "a palace spokesman", "a hospital spokeswoman": the one body the story names so
            noun = voice.group("noun")
            kinds = _BODIES if noun in _INSTITUTIONS else (ORGANISATION,)
            body = self._body_called(f"the {noun}", position, kinds)
            if body:
                return Attribution(body, True)
        if len(words) == 2 and words[0] == "the" and words[1] in _SPEAKING_BUILDINGS:
            # "the hospital said": the one hospital the story names
            body = self._body_called(f"the {words[1]}", position, _BODIES)
            if body:
                return Attribution(body, False)
        if words == ["it"]:
            return self._it(position)
        member = _UNNAMED_MEMBER.fullmatch(phrase)
        if member and member.group("noun") not in _ORG_VOICES | _SPEAKS_FOR_BODY:
            return None  # "a Microsoft employee", "a DR-DOS adviser": someone the story won't name
        aged = _AGED.fullmatch(phrase)
        if aged:
            # "the 45-year-old told the Courier": the one the story gives that age, else the
            # person the last sentences are about ("Delia Okafor was on the picket line ...")
            given = re.compile(rf",\s+{aged.group(1)}\s*,|\b{aged.group(1)}-year-old\s+[A-Z]")
            for referent in reversed(self.referents):
                if (
                    referent.start < position
                    and referent.kind == PERSON
                    and (
                        given.match(self.text, referent.end)
                        or given.search(self.text, max(0, referent.start - 14), referent.start + 1)
                    )
                ):
                    return Attribution(referent.name, True)
            topic = self._nearest_any_gender(position)
            return Attribution(topic, False) if topic else None
        agent = _AGENT_OF.match(phrase)
        if agent:
            # "a spokesman for BP" speaks for BP; "a lawyer for Spacey" or "a representative
            # for the House of Cards star" is not who they work for.
            principal = re.sub(r"\s+(?:has|had|have|was|is)\s*$", "", agent.group(1).strip())
            if principal.split()[-1] in _ROLES or re.match(r"(?:an?|one)\s", principal):
                return None  # (nor "an aide to a high-ranking House Republican": unnamed)
            named = self._named(principal, position) or self._body_called(principal, position)
            kind = self.entities.kind_of(named) if named else None
            if named and kind == ORGANISATION and not self.people.is_person(named):
                return Attribution(named, True)
            return None
        led = _LEADS_GROUP.fullmatch(phrase)
        if led:
            # "Gierasch's group wrote": the words of the group its named lead speaks for
            lead = self._named(led.group(1), position)
            return Attribution(lead, True) if lead and self.people.is_person(lead) else None
        # "The Jewish student who was hurt told ...": a people's adjective describes someone
        # the story does not name
        described = _PEOPLES_ADJECTIVE.match(phrase)
        named = None if described else self._named(phrase, position)
        if (
            named
            and words
            and words[-1] in _ROLES
            and self.entities.kind_of(named) in (PLACE, None)
        ):
            named = None  # "the former South African president": a president, not a place
        if named:
            return Attribution(named, True)
        plural = _AUTHORS_NOUN.fullmatch(phrase)
        if plural:
            authors = self._authors(position, generic=bool(plural.group("generic")))
            if authors:
                return Attribution(authors, False)
            if words[-1] in {"authors", "co-authors"}:
                # "..., the authors write": a paper's words are its lead's where the article
                # names one person as leading the study (spoken words of "the researchers"
                # are more people's than the one named)
                leads = {who for at, who in self.study_leads if at < position}
                if len(leads) == 1:
                    return Attribution(leads.pop(), False)
        if len(words) == 2 and words[0] in {"his", "her", "their"} and words[1] in _ROLES:
            # "according to her agent": the one person the article gives that role, if any.
            holder = self.people.role_holder(words[1], self.doc_index)
            return Attribution(holder, False) if holder else None
        if not words or words[0] not in {"the", "a", "an", "police"} and words[-1] != "police":
            return None
        if "police" in words:
            force = self.people.police()
            return Attribution(force, True) if force else None
        head = words[-1]
        if "of" in words[2:] and words[words.index("of") - 1] in _ROLES:
            head = words[words.index("of") - 1]  # "the US Secretary of State": a secretary
        if head in _PUBLISHED and self.previous and position - self.previous[1] < 800:
            # '“...,” the group said on its website. “...,” the website continued': the site
            # of the body that spoke just before, not the last body named.
            body = self.previous[2].speaker
            own = re.search(
                rf"\bits\s+(?:own\s+)?{head}\b", self.text[max(0, position - 1500) : position]
            )
            if own and body and not self.people.is_person(body):
                return Attribution(body, self.previous[2].sure)
        if head in _ORG_VOICES:
            return self._organisation_voice(phrase, position)
        if head in _ROLES:
            # "One student ... says ...": "the student said" is that unnamed one, whoever spoke
            # before and whoever else the story calls a student.
            since = self.text[
                self.previous[1] if self.previous else max(0, position - 800) : position
            ]
            if re.search(rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+)?{head}\b", since):
                return None
            # "said the actor" right after the actor's own quotes is the same person.
            recent = self.previous and position - self.previous[1] < 800
            before = self.previous[2].speaker if recent else None
            # ("Mayor Ingrid Halvorsen" gives the role as a title)
            holder = self.people.role_holder(head, self.doc_index) or (
                self.people.titled_holder(head) if len(words) == 2 else None
            )
            # (not when the story gives that role to someone else: a teacher's "she said",
            # then "the sheriff said" of Sheriff Javier Salazar)
            roles = self.people.roles_of(before, self.doc_index) if before else set()
            if (
                before
                and self.people.is_person(before)
                # (not one the story gives another role: "said Ann Lee, a lawyer", then "the
                # prime minister snapped" is no lawyer's)
                and (holder == before or not roles or head in roles)
                # ... unless the one who holds the role was named since ("Mayor Ingrid
                # Halvorsen faced angry questions. ... the mayor replied")
                and not (
                    holder
                    and holder != before
                    and any(
                        r.name == holder and self.previous[1] < r.start < position
                        for r in self.referents
                    )
                )
                # ... nor when the sentence before is about someone named since ("voter Jose
                # Luis Jimenez rushed up to greet Carter. “...,” the high school teacher said")
                and not self._new_subject_since(before, self.previous[1], position)
                # ... nor after a sentence of narrative between ('“...,” Haney said. But many
                # officials see it differently. “...,” the prosecutor said'), unless they hold
                # the role
                and (holder == before or len(self._ends_between(self.previous[1], position)) < 2)
            ):
                return Attribution(before, False)
            # Else the person the last sentences are about ("Jon Bernthal says ... The actor
            # told"), unless the story gives them another role; not one this sentence is
            # about ('Jones "threatened him," the sheriff said').
            topic = self._nearest_any_gender(position)
            ends = self._ends_between(position - 600, position)
            this_sentence = ends[-1] if ends else max(0, position - 600)
            # (nor one the sentence goes on to speak of: "the prosecutor said of Christopher")
            later = self._ends_between(position, position + 400)
            sentence_end = later[0] if later else position + 400
            if (
                topic
                and (
                    topic == holder
                    or not (topic_roles := self.people.roles_of(topic, self.doc_index))
                    # (a role the story gives them, unless a bare "the President" is the one
                    # it titles so)
                    or (
                        head in topic_roles
                        and not (len(words) == 2 and self.people.titled_holder(head))
                    )
                )
                and not any(
                    r.name == topic and this_sentence <= r.start < sentence_end
                    for r in self.referents
                )
            ):
                return Attribution(topic, False)
            if holder:
                return Attribution(holder, True)
            # "the President declared" where the story has several presidents: the one it
            # calls President (or names far more often than the others).
            # ("the union president" is not the country's: only a bare role noun is read so.)
            titled = self.people.titled_holder(head) if len(words) == 2 else None
            if titled:
                return Attribution(titled, False)
        return None

    def _new_subject_since(self, speaker: str, since: int, position: int) -> bool:
        """Whether the subject of this or the previous sentence is a person other than
        ``speaker``, named after ``since``."""
        topic = self._nearest_any_gender(position)
        return bool(
            topic
            and topic != speaker
            and any(r.name == topic and since < r.start < position for r in self.referents)
        )

    # ------------------------------------------------------------------ reading around a quote

    def _after(self, start: int, end: int, paragraph_end: int) -> Attribution | None:
        """'...," said Kerry' / '...," Kerry told the BBC' / '...," the company said'. A pronoun
        there is read from where the quote starts: the quote's own words are no antecedents."""
        after = self.text[end + 1 : min(paragraph_end, end + 200)]
        played = self._played_by(after)
        if played:
            return played
        # (a quoted nickname, "Ann Bell, aka “the Iron Lady,” said", is no next quote)
        upto_quote = re.split(r"[“\"]", _AKA.sub(" ", after), maxsplit=1)
        after = _SENTENCE_END.split(upto_quote[0], maxsplit=1)[0]
        according = re.match(r"^[\s,]*according to\s+([^,;]+?)[\s.,;]*$", after)
        if according:
            return self._resolve(according.group(1), start)  # '“...,” according to her agent.'

        if not re.match(r"^[\s,.;:!?—–-]*[\w@]", after) or re.match(r"^\s*[.!?]", after):
            return None
        quoted = _QUOTED_AS_SAYING.match(after)
        if quoted:
            # '..." Tass quoted Ivanov as saying'
            phrase = quoted.group("passive") or quoted.group("name")
            described = _ROLE_THEN_NAME.match(phrase)
            return self._resolve(described.group("name") if described else phrase, start)
        verb = _VERB.search(after)
        if (
            verb
            and len(upto_quote) == 2
            and after == upto_quote[0]
            and len(after) - verb.end() <= INTRODUCTION_GAP
            and self.text[start:end].rstrip()[-1:] in {".", "!", "?"}
            # Not '“...?” asked Bell, “and why now?”' (inverted) nor '“...” Bell said, “and
            # ...”' (the same words going on, in lower case after a comma).
            and re.match(r"\s*[A-Z]", after)
            and not (
                after[verb.end() :].strip() in {",", ""}
                and re.match(r"[a-z]", upto_quote[1].lstrip())
            )
        ):
            # '“... at all.” Later a spokesperson said he was “...”': a finished quote, then a
            # sentence that introduces the next one: its subject speaks that one.
            return None
        if not verb:
            return None
        if (
            self.text[start:end].rstrip()[-1:] in {".", "!", "?"}
            and re.match(r"\s*[A-Z]", after)
            and _REPORTED_CLAUSE.match(after, verb.end())
        ):
            # '... the judge added that “... this assertion.” McSherry's lawyer, Diarmuid White,
            # said he had filed an appeal': a finished quote, then a new sentence that reports
            # what someone else said
            return None
        subject = after[: verb.start()]
        tag = _SAID_THEN.search(after, 0, verb.end())
        if tag and tag.group(1) in {"he", "she"} and not after[verb.end() :].strip(" ,.!?"):
            # '“It's heartbreaking,” yet the study is far too weak, he said.': the tag that
            # ends the sentence is the quote's too; the words between are the speaker's, told
            return self._resolve(tag.group(1), start)
        if subject.strip(" ,—–-"):
            opening = re.findall(r"[a-z]+", subject.lower())[:1]
            if opening and opening[0] in _CLAUSE_OPENERS:
                return None  # '..." though police said': another clause, not the attribution
            if len(subject.split()) > 8 or verb.start() > 90:
                # '..." Ann Bell, a scientist at the University of Kell, told ...', '...,"
                # flood expert Ann Bell of Bevel, Gardner and Associates Inc. told ...'.
                described = (
                    _DESCRIBED_NAME.match(subject)
                    or _NAME_AFTER_DESCRIPTION.search(subject)
                    or _NAME_BEFORE_DESCRIPTION.match(subject)
                )
                if described:
                    found = described.groupdict()
                    return self._resolve(found.get("surname") or found["name"], start)
                who = self._after_comma(subject, start, end)
                if who or not subject.rstrip().endswith(","):
                    return who
                # '“This is the first time” at the home since it opened in 1999, said Vallie':
                # the reporter's words run on after the quote, then the inverted attribution
            else:
                # '“...,” the navy commander, Adm. Ivan Orlov, said Tuesday.', '“...,” the Rev.
                # Ann Bell, of St. Mary's, told the crowd.': the name set off by commas speaks.
                described = _ROLE_THEN_NAME.match(subject) or _NAME_BEFORE_DESCRIPTION.match(
                    subject
                )
                run_on = _PREPOSITION_FIRST.match(subject) and subject.rstrip().endswith(",")
                who = self._resolve(described.group("name"), start) if described else None
                if not run_on:
                    # ('“...” to Ford, said Larry Senyard': the quote's sentence runs on, and
                    # the name after the verb speaks)
                    who = who or self._resolve(_TRAILING_ADVERB.sub("", subject), start)
                    who = who or self._after_comma(subject, start, end)
                if who or not subject.rstrip().endswith(","):
                    return who or self._lone_surname(subject, start)
                # '"... Australia" has a free-trade deal, began Key': the quote runs on in the
                # reporter's words, then the inverted attribution.
        # Inverted: 'said Kerry, who ...' / 'replied anchor Brianna Keilar'
        if re.match(r"\s*(?:that|how|whether)\b", after[verb.end() :]):
            # '“...,” saying that Marlow was “...”': what is said, about Marlow, not by him.
            return None
        described = _ROLE_THEN_NAME.match(after[verb.end() :])
        if described:
            who = self._resolve(described.group("name"), start)
            if who:
                return who
        rest = _INVERTED_END.split(after[verb.end() :], maxsplit=1)[0]
        rest = re.sub(r"^\s*(?:back|again|on\s+\w+)\s+", " ", rest)
        # "said Dr. Ann E. Bell of the University of Kell and ...": the name, not where from.
        named = re.match(
            r"\s*(?:[\w.-]+\s+){0,2}?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)+(?=\s+(?:of|from|at|in)\s)",
            rest,
        )
        rest = named.group() if named else rest
        return self._resolve(rest, start) or self._lone_surname(rest, start)

    def _played_by(self, after: str) -> Attribution | None:
        """'“...,” mutters the creepy gypsy woman (a befossiled Geraldine Chaplin).': a line of
        the film, said by the character the actor in brackets plays."""
        sentence = _SENTENCE_END.split(after, maxsplit=1)[0]
        played = _PLAYED_BY.search(sentence) if "(" in sentence else None
        if not played or not _VERB.search(sentence[: played.start()]):
            return None
        actor = _entity_of(self.entities, played.group("actor"))
        character = self.people.characters.get(actor or "")
        return Attribution(character, False) if character else None

    def _named_after(self, end: int) -> bool:
        """'“...,” J said.': the quote names a speaker of its own right after it (one we could
        not resolve), so it does not go on the quote before."""
        after = self.text[end + 1 : end + 60].split("\n", 1)[0]
        named = re.match(rf"[\s,—–-]*(?:[A-Z][\w.’'-]*\s+){{1,3}}(?:{SPEECH_VERBS})\b", after)
        if named and self.text[end - 1 : end] in {".", "!", "?"}:
            # '“... jamming together.” Poukkula said she found the photos ...': a sentence of
            # its own after a whole one, telling what else was said, names no one for the quote
            return not _REPORTED_CLAUSE.match(after, named.end())
        return bool(named) and not _SUBJECT_PRONOUN.match(after.strip(" ,—–-"))

    def _after_comma(self, subject: str, start: int, end: int) -> Attribution | None:
        """'they were “...” for years, Secretary of State Ann Bell told a briefing': the quote
        ends inside the reporter's clause; the name after its last comma speaks. (Not after
        a quote that ends its sentence: '“... pain.” The brain is complex, Smith said.')"""
        if self.text[start:end].rstrip()[-1:] in {".", "!", "?"}:
            return None
        head, comma, tail = subject.strip(" ,").rpartition(",")
        if not comma or not head or len(tail.split()) > _NAME_AFTER_COMMA_WORDS:
            return None
        if not re.match(r"\s*[A-Z]", tail):
            return None  # "..., chairman of the Kell Board, said", "..., he said": no name
        who = self._resolve(tail, start)
        if who and self.entities.kind_of(who.speaker) == PLACE:
            return None  # "..., a manager from Brisk, N.Y., said": where, not who
        return who

    def _couples_name(self, surname: str, position: int) -> bool:
        """Whether the text before ``position`` names a couple by this surname ("Guy and Tina
        Lindgren came ... “...,” Lindgren said"): the surname alone is either of the two."""
        couple = re.compile(rf"\b([A-Z][a-z]+) (?:and|&) [A-Z][a-z]+ {re.escape(surname)}\b")
        return any(first_name_gender(c.group(1)) for c in couple.finditer(self.text, 0, position))

    def _lone_surname(self, phrase: str, position: int) -> Attribution | None:
        """'“...,” Wakhungu said': a lone capitalised word right beside a quote's speech verb
        is a surname the story gives no first name for (not a word the story also writes in
        lower case, such as "Officials" or "Police", nor a place)."""
        lone = re.fullmatch(r"[\s,]*([A-Z][a-z’'-]+)\s*", phrase)
        if not lone or lone.group(1).lower() in _NOT_SURNAMES | _ROLES:
            return None
        if lone.group(1).endswith(("s", "men")) and not self.entities.canonical(lone.group(1)):
            return None  # "Fishermen said", "Residents said": a group, not a surname
        word = lone.group(1)
        if self._couples_name(word, position):
            return None
        known = self.entities.canonical(word)
        if (known and self.entities.kind_of(known) == PLACE) or re.search(
            rf"\b{word.lower()}\b", self.text
        ):
            return None
        return Attribution(known or word, True)

    def _before(self, start: int, paragraph_start: int) -> Attribution | None:
        """'Kerry said: "...' / 'Kerry, the mayor, told the BBC: "...' / 'According to Kerry'."""
        before = self.text[paragraph_start : max(paragraph_start, start - 1)]
        if not before.strip() and self.text[:paragraph_start].rstrip().endswith(":"):
            # A quote that opens its paragraph after one that ends in a colon ('Lind released
            # a statement:'): that one introduces it, when it names who speaks (a "she said:"
            # a paragraph away from its quote is read no further).
            introduction = self.text[:paragraph_start].rstrip()
            introduction = introduction[introduction.rfind("\n") + 1 :]
            who = self._introduced(introduction + " ", start, paragraph_start)
            return who if who and self._names(introduction, who.speaker) else None
        return self._introduced(before, start, paragraph_start)

    def _introduced(self, before: str, start: int, paragraph_start: int) -> Attribution | None:
        """Who the words ``before`` a quote say speaks it."""
        transcript = re.match(r"^\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*:\s*$", before)
        if transcript:
            # "Keilar: ..." is a transcript; "ON LEADERSHIP: ..." is a heading, not a speaker.
            label = transcript.group(1)
            if label.isupper():
                return self._quote_list_owner(paragraph_start)
            canonical = self.entities.canonical(label)
            return Attribution(canonical, True) if canonical else None
        described = _DESCRIBED_LABEL.match(before)
        if described and not _VERB_LIKE.search(before[: described.start(1)]):
            # "Port mayor Ann Voss: "..."" (a video's caption): the person the label ends with;
            # "Voss told the Velmar Times:" and "Voss praised Ben Marsh:" have a verb, read below.
            canonical = self.entities.canonical(described.group(1))
            if canonical and self.entities.kind_of(canonical) == "person":
                return Attribution(canonical, True)
        owner = self._owner_of_words(start)
        if owner:
            return owner
        # After the last quote of the paragraph; a title is no quote ('Christian told "A Current
        # Affair" the prank had become "..."').
        before = _QUOTED_TITLE.sub(
            lambda m: " " if is_title(m.group()[1:-1]) else m.group(), before
        )
        # 'Carter praised Mexico's “superb” new system and said that ...': a word or two in
        # quotation marks is no quote of its own; the sentence and its subject go on.
        before = _SCARE_QUOTE.sub(lambda m: m.group("words"), before)
        pieces = re.split(r"[”\"“]", before)
        before = pieces[-1]
        if re.search(r"[.!?]\s*$", before):
            return None  # the quote is a sentence of its own: nothing before it speaks it
        before = _SENTENCE_END.split(before)[-1]
        # '"Says who?" Cohen asked, to which Keilar replied, "...': the last clause speaks.
        before = re.split(r"\bto which\b", before)[-1]
        own = _OWN_WORDS.search(before)
        if own:
            # "His favourite quote was his own: "..."": the words of the one "his" stands for.
            name = self._pronoun("m" if own.group(1).lower() == "his" else "f", start)
            return Attribution(name, False) if name else None
        quoted = _QUOTED_BEFORE.search(before)
        if quoted:
            # "Tass quoted Ivanov as saying", "Ivanov was quoted by Tass as saying"
            return self._resolve(quoted.group("passive") or quoted.group("name"), start)
        if _UNNAMED_TOLD_THEM.search(before):
            return None  # "Mehta said a friend, whom he would not name, told him:": no one named
        told_them = _TOLD_THEM.search(before)
        if told_them:
            # "Smith said Ruiz told him in Spanish: "..."": Ruiz's words, as Smith tells them.
            return self._resolve(told_them.group("name"), start)
        asked = re.search(r"\b[Aa]sked by\s+([^,]+?)(?:\s+on)?(?:\s+[A-Z][a-z]+day)?,?\s*$", before)
        if asked:
            return self._resolve(asked.group(1), start)  # 'Asked by TV3's Garner, "...?"'
        according = re.search(r"\b[Aa]ccording to\s+([^,]+)", before)
        # "Asked what someone might say, Clarke said, “...”": the question is no one's saying.
        before = re.sub(r"^\s*(?:When\s+)?[Aa]sked\b[^,]*,", "", before)
        # "Herman’s suspension, said Singer, showed his “...”": a speaker set off by commas.
        aside = _ASIDE.search(before)
        if aside and not _SAID_COLON.search(before, aside.end()):
            # (not "Ultimately, Sallans said, Bush would ask: “...”": Bush's words, which
            # Sallans tells of)
            return self._resolve(aside.group("who") or aside.group("subject"), start)
        character = _CHARACTER_LINE.search(before)
        if character and self.people.characters:
            # "to play the Gypsy woman Maleva, ... asking Gwen, “...”": the character's line.
            name = character.group("character")
            return Attribution(_entity_of(self.entities, name) or name, False)
        sender = _MESSAGE_FROM.search(before)
        if sender:
            # "an email allegedly from Goddard with the subject line “...”": the sender's words.
            return self._resolve(sender.group("name"), start)
        # "As the talks began, Lind said ...": a verb that tells of no words introduces only
        # what comes right after it ('He began, “...”').
        verbs = [
            verb
            for verb in _INTRODUCING_VERB.finditer(before)
            if verb.group() not in _INTRODUCING_ONLY_LAST or not before[verb.end() :].strip(" ,:")
        ]
        if verbs:
            # The first verb is the sentence's own near its start, or after the name it opens
            # with and a description set off by commas ("Kerry, who chairs the U.S. Senate's
            # Foreign Relations Committee, said ..., but emphasized “...”").
            first_is_own = (
                verbs[0].start() < 60
                or _NAME_THEN_DESCRIPTION.fullmatch(before[: verbs[0].start()])
            ) and not _SUBORDINATE_OPENING.match(before)
            verb = verbs[0] if len(verbs) > 1 and first_is_own else verbs[-1]
            if _SAID_COLON.search(before, verbs[-1].start()) and before[verb.end() :].startswith(
                ","
            ):
                verb = verbs[-1]  # "X said, Bush would ask: “...”": the verb of the colon
            clauses = list(_NEW_CLAUSE.finditer(before, verb.end(), verbs[-1].start()))
            own_subject = clauses and _ADVERBS_ONLY.sub(
                "", before[clauses[-1].end() : verbs[-1].start()]
            )
            if own_subject:
                # "Lott said ..., although her attorney said that she “...”": the last clause,
                # which has a subject of its own ("He said ..., but then added, “...”" has none).
                verb = verbs[-1]
            with_who = _WITH_SUBJECT.search(before, 0, verb.start())
            if verb.group() in {"saying", "tweeting"} and with_who:
                # "News broke on Friday, with the hospital saying she “...”": the one after
                # "with" speaks, not the sentence's subject ("with President Barack Obama at
                # one point tweeting, “...”": a time of the participle is no part of the name).
                who = _TRAILING_TIME.sub("", with_who.group("who"))
                return self._resolve(who, start)
            if verb.group() in {"saying", "adding", "telling"}:
                said_then = _SAID_THEN.search(before, 0, verb.start())
                if said_then:
                    # '... must be cleared up, it said, adding: "..."': who said it adds it
                    who = self._resolve(said_then.group(1), start)
                    if who:
                        return who
                # '..., saying, "..."': the subject of the sentence speaks.
                # ("3) Trump also used ..., saying": a list's number is no part of it.)
                opening = re.match(
                    r"\s*(?:\d+[.)]\s+)?((?:[A-Z][\w’'.-]*\s*){1,4}|[Hh]e\b|[Ss]he\b)", before
                )
                who = self._resolve(opening.group(1), start) if opening else None
                if who:
                    return who
                who = self._subject_before_fragment(pieces, start)
                if who:
                    return who
            described_who = _NAME_DESCRIBED_WHO.search(before[: verbs[-1].start()])
            if described_who:
                # "testimony from Ann Bell, the man's oldest daughter, who said her father was
                # “...”": the name the description is set beside speaks
                who = self._resolve(described_who.group("name"), start)
                if who and self.people.is_person(who.speaker):
                    return who
            if _CARRIER_THAT.search(before, 0, verbs[-1].start()):
                # "the Courier reported on ... one list that said: “...”": a list's, a sign's or
                # a banner's words, no one's the story names
                return None
            if re.search(
                r"\b(?!one\b)[a-z][\w’'-]*,?\s+who\s+(?:[a-z]+ly\s+)?$", before[: verbs[-1].start()]
            ):  # (not "Marsh was the one who told them")
                # "Bell said a deputy found the suspect in a closet who allegedly told him,
                # “...”": someone the sentence describes speaks, not the one who tells of it
                return None
            subject = _QUOTED_TITLE.sub(" ", before[: verb.start()])
            appositive = _APPOSITIVE_NAME.search(subject)
            if appositive:
                # "Putin's mentor in St. Petersburg, ex-Mayor Anatoly Sobchak,": the person the
                # description ends with, not the place inside it.
                named = _DESCRIPTION_THEN_NAME.search(subject, appositive.end(1))
                who = self._resolve(named.group("name"), start) if named else None
                if who and self.entities.kind_of(who.speaker) == PERSON:
                    return who
                home = _NAME_OF.search(subject, 0, appositive.start(1))
                if home and self.entities.kind_of(appositive.group(1)) == PLACE:
                    # "Jan Gallagher of San Antonio, president of ...,": the person, not her town
                    who = self._resolve(home.group(1), start)
                    if who and self.entities.kind_of(who.speaker) == PERSON:
                        return who
                who = self._resolve(appositive.group(1), start)
                if who and self.entities.kind_of(who.speaker) == PLACE:
                    # "Henry Perkins, a physician in Newburyport, Massachusetts, observed": the
                    # town inside the description is no speaker (places put no statements out)
                    return None
                return who
            bracketed = re.search(
                r"(?P<name>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)?\s*\(\s*(?:which|that)\s+$",
                subject,
            )
            if bracketed:
                # "the Code's decency rule (which says “...”)": a text's words; "the Kell
                # Dockers Union (which says “...”)": the body's
                name = bracketed.group("name")
                known = self.entities.canonical(name) if name else None
                return Attribution(known, True) if known else None
            which = re.search(
                r"(?P<name>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)(?:\s+[a-z]+){0,3},\s*which\s+$",
                subject,
            )
            if which:
                # "... the Kell Rovers football club, which issued a statement:": the body named
                # ("which" is no person, and places put no statements out; "a piece with Ann
                # Bell, which suggested" is the piece's).
                known = self.entities.canonical(which.group("name"))
                if known and self.entities.kind_of(known) not in (PERSON, PLACE):
                    return Attribution(known, True)
                return None
            joint = _JOINT_SUBJECT.search(subject)
            together = self.entities.canonical(joint.group("both")) if joint else None
            if joint and self.entities.kind_of(together or "") in (PERSON, None):
                # "Her agents, Heather Holden-Brown and Elly James, said": words two people put
                # out together, the first named leads (not "Marsh and Bell LLP", a firm)
                who = self._resolve(joint.group("first"), start)
                if who and self.people.is_person(who.speaker):
                    return who
            joined_by_and = bool(re.search(r",\s*and\s*$", subject))
            subject = re.split(r"\b(?:while|whereas|but|and|as|that|when|which)\b|[;,]", subject)
            # "She went on to admit, “...”": the subject, not what she went on to do.
            phrase = _TRAILING_ADVERB.sub("", _GOING_ON.sub("", subject[-1]))
            if not phrase.strip() and len(subject) > 1:
                phrase = subject[-2]
                if joined_by_and and not phrase.strip() and len(subject) > 2:
                    phrase = subject[-3]  # "denied the charges, and said": the comma's split too
                # "Voss praised Ben Marsh and said “...”": the subject of the verb the speech
                # verb is joined to speaks, not the one it was done to.
                chain = _CHAIN_SUBJECT.match(phrase)
                who = self._resolve(chain.group("name"), start) if chain else None
                if who and self.people.is_person(who.speaker):
                    return who
                body = _BODY_SUBJECT.match(phrase)  # "The Kell government has agreed ..."
                who = self._resolve(body.group("name"), start) if body else None
                if who:
                    return who
                # "When he came out and said, “...”": the pronoun of the first verb speaks.
                clause = LEADING_TIME.sub("", phrase.strip()).lstrip(" ,")
                pronoun = re.match(
                    r"(?:(?:when|after|once|then|later|so)\s+)?(he|she)\s+(?!\w+ly\b)[a-z]+\b",
                    clause,
                    re.IGNORECASE,
                )
                phrase = pronoun.group(1) if pronoun else phrase
            if _CHAINED_VERB.match(phrase):
                # "Yeltsin congratulated Putin, wished him success and asked him to “...”": the
                # subject of the chain's first verb.
                for piece in subject:
                    chain = _CHAIN_SUBJECT.match(piece)
                    who = self._resolve(chain.group("name"), start) if chain else None
                    if who:
                        return who
                # "Kerry, who chairs ..., said he understood ..., but emphasized “...”": the
                # person the sentence opens with, set off by a comma
                opening = _OPENING_NAME.match(subject[0])
                who = self._resolve(opening.group(1), start) if opening else None
                if who and self.entities.kind_of(who.speaker) == PERSON:
                    return who
            if re.fullmatch(r"\s*who\s*", phrase) and len(subject) > 1:
                # "... the actor Ann Voss, who said: “...”": the name the clause is about.
                names = _NAME_RUN.findall(subject[-2])
                if names and subject[-2].rstrip().endswith(names[-1]):
                    phrase = names[-1]  # the name right before ", who"
            return self._resolve(phrase, start)
        if according:
            return self._resolve(according.group(1), start)
        return None

    def speaker(self, start: int, end: int) -> Attribution | None:
        who = self._read(start, end)
        post = self._post_author(start, end)
        if post is not None and (who is None or not self._named_beside(who.speaker, start, end)):
            # A reporter's "she wrote" after the post itself: the post's credit says who.
            who = post
            self.previous = (self.text.rfind("\n", 0, start) + 1, end, who)
        if who is not None and who.speaker[:1].islower():
            # A name the entity merger left with a word before it ("and Goddard"): the name.
            name = re.sub(r"^(?:[a-z]\S*\s+)+", "", who.speaker)
            who = replace(who, speaker=name) if name[:1].isupper() else None
        if who is not None and who.sure:
            self.spoken[who.speaker] += 1
        return who

    def _named_beside(self, name: str, start: int, end: int) -> bool:
        """Whether the quote's paragraph names ``name`` outside the quote."""
        paragraph_start = self.text.rfind("\n", 0, start) + 1
        paragraph_end = self.text.find("\n", end)
        paragraph_end = len(self.text) if paragraph_end < 0 else paragraph_end
        return self._names(self.text[paragraph_start:start] + self.text[end:paragraph_end], name)

    def _names(self, text: str, name: str) -> bool:
        """Whether ``text`` names ``name``: by surname, or by a role the story gives them ("the
        mayor said")."""
        words = [name.split()[-1]] if name.split() else []
        words += sorted(self.people.roles_of(name, self.doc_index))
        return any(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in words)

    def _read(self, start: int, end: int) -> Attribution | None:
        text = self.text
        if is_title(text[start:end]):
            return None  # nobody says a title ("The Beast With Five Fingers"): no one goes on
        paragraph_start = text.rfind("\n", 0, start) + 1
        paragraph_end = text.find("\n", end)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        who = None
        if _SAID_COLON.search(text, max(0, start - 40), start) and _PRONOUN_SAID.match(
            text, end, end + 40
        ):
            # "Jim Courier, who ..., said:" then the quote: the introduction names its speaker,
            # whoever the "he" of a "he said" after it may seem to be.
            who = self._before(start, paragraph_start)
        who = who or self._after(start, end, paragraph_end)
        if (
            who is None
            and not self.turns
            and _WRITER_SPEAKS.search(text[max(paragraph_start, start - 200) : start])
        ):
            return None  # "when I greeted him by saying: “...”": the reporter's own words
        who = (
            who
            or self._before(start, paragraph_start)
            or self._voiced_in_turn(start, paragraph_start)
        )
        if who is None and (
            _UNNAMED_AFTER.match(text[end + 1 : end + 80])
            or _ROLE_AFTER.match(text[end + 1 : end + 80])
        ):
            return None  # nobody the story names, and not the speaker before
        previous_paragraph, previous_end, previous_who = self.previous or (0, 0, None)
        between = text[previous_end + 1 : start - 1]
        # The sentence that opens this quote names a speaker of its own ("Later a spokesperson
        # for him said he was “...”"), not the one before ('..., but added, “...”').
        opening = _SENTENCE_END.split(between)[-1]
        verb = _VERB.search(opening)
        introduced = (
            (verb and re.search(r"[A-Za-z]{3,}", _CONJUNCTIONS.sub("", opening[: verb.start()])))
            or _PRONOUN_INTRODUCTION.search(opening[-300:])  # the cue stands just before it
            # A paragraph that ends in a colon introduces the quote opening the next one ("Rask's
            # lawyers sent a statement:"): its own speaker, whom _before names if anyone does.
            or between.rstrip().endswith(":")
        )
        if who is None and previous_who and not introduced and not self._named_after(end):
            opens_paragraph = not text[paragraph_start:start].strip(' “"‘')
            if previous_paragraph == paragraph_start and len(between) < 200:
                who = previous_who  # '"...," Smith said. "..."': the same speaker goes on
            elif (
                opens_paragraph
                and between.count("\n") <= 2
                and len(between) < 200
                and not re.search(r"[“\"]", between)
            ):
                # A paragraph that is only a quote, right after an attributed one: a reporter
                # names a new speaker, so the one before goes on.
                who = Attribution(previous_who.speaker, False)
        if who is None:
            who = self._speaker_of_sentence_before(start, end, paragraph_start)
        if who is None:
            who = self._speaker_of_paragraph_before(start, end, paragraph_start)
        if who is None:
            who = self._subject_of_sentence(start, end, paragraph_start)
        if who is None:
            who = self._profile_subject(start, end, paragraph_start)
        if who is not None:
            self.previous = (paragraph_start, end, who)
        return who

    def _profile_subject(self, start: int, end: int, paragraph_start: int) -> Attribution | None:
        """'Herman shakes his head. “I’m just saying go with your gut.”': in a profile, where
        one person speaks most of the article's quotes, a quote in the first person that
        stands as a sentence of its own, with no one else named or speaking around it, is
        theirs (a guess)."""
        if len(self.spoken) == 0:
            return None
        (subject, count), *others = self.spoken.most_common()
        if count < PROFILE_QUOTES or count < PROFILE_SHARE * sum(self.spoken.values()):
            return None
        if not _FIRST_PERSON.search(self.text[start:end]) or not self.people.is_person(subject):
            return None
        sentence_start = self._sentence_start(start - 1, paragraph_start)
        if not _SENTENCE_OPENING.fullmatch(self.text[sentence_start : start - 1]):
            return None  # words inside a sentence of the reporter's
        after = self.text[end + 1 : end + 120].split("\n", 1)[0]
        if self.text[start:end].rstrip()[-1:] in {".", "!", "?"}:
            after = ""  # the quote ends its sentence: what follows is the next one
        if _VERB.search(_SENTENCE_END.split(after, maxsplit=1)[0]):
            return None  # '“...,” a neighbour said': someone we could not name speaks
        # The sentence before: no one else named, no one unnamed, no one of the other gender.
        before_start = self._sentence_start(sentence_start - 1, max(0, sentence_start - 600))
        window = self.text[before_start:sentence_start]
        if re.search(r"[“”\"]", window) or _UNNAMED_SUBJECT.search(window):
            return None
        if re.search(rf"\b{_MESSAGE}s?\b|{_SIGN}|\b(?:sign|banner|poster)s?\b", window):
            return None  # "A note is taped to the wall. “Don't let me down.”": the note's words
        if any(
            r.kind == PERSON and r.name != subject
            for r in self.referents
            if before_start <= r.start < start
        ):
            return None
        gender = self.people.gender.get(subject)
        other = {"m": r"\b(?:[Ss]he|[Hh]er)\b", "f": r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b"}.get(gender)
        if other is None or re.search(other, window):
            return None
        return Attribution(subject, False)

    def _post_author(self, start: int, end: int) -> Attribution | None:
        """A quote of a post embedded in the page ("... — Ann Lee (@annlee) May 4, 2017") is
        its author's, whatever pronoun the reporter's sentence around it uses."""
        words = _words(self.text[start:end])
        if len(words) < POST_QUOTE_WORDS or not self.posts:
            return None
        for post_start, post_end, body, author in self.posts:
            if post_start <= start < post_end:
                return None  # words the post itself quotes are not the author's own
            runs = _trigrams(words)
            if len(runs & body) >= POST_SHARE * len(runs):
                return Attribution(self.entities.canonical(author) or author, True)
        return None

    # ------------------------------------------------------------------ less sure: the context

    def _sentence_start(self, position: int, paragraph_start: int) -> int:
        ends = self._ends_between(paragraph_start, position)
        return ends[-1] if ends else paragraph_start

    def _speaker_of_sentence_before(
        self, start: int, end: int, paragraph_start: int
    ) -> Attribution | None:
        """'Dawes said it was awkward. Still, "He knew I was in high school."': a quote that is a
        sentence of its own, right after a sentence in which someone speaks, is theirs; so is
        one that an "It" opens, in the first person ('Woolsey said she was not told. It "was a
        total surprise to me."')."""
        sentence_start = self._sentence_start(start - 1, paragraph_start)
        opening = self.text[sentence_start : start - 1]
        if not _SENTENCE_OPENING.fullmatch(opening) and not (
            _IT_OPENING.fullmatch(opening) and _FIRST_PERSON.search(self.text, start, end)
        ):
            return None
        return self._speaker_of_last_sentence(paragraph_start, sentence_start)

    def _speaker_of_last_sentence(self, low: int, high: int) -> Attribution | None:
        """Who speaks in the last sentence of ``text[low:high]`` ("Dawes said it was awkward."),
        read as a guess."""
        window = self.text[low:high]
        cuts = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() < len(window)]
        previous = window[cuts[-1] if cuts else 0 :]
        if not previous.strip():
            return None
        # The first verb whose subject names someone: "... after witnesses testified about an
        # affair, Little said he would ..." is Little's; "..., said Ann Bell, a professor" too.
        for k, verb in enumerate(_VERB_OR_VIEW.finditer(previous)):
            if re.search(r"[“”\"]", previous[: verb.start()]):
                return None
            subject = previous[: verb.start()]
            appositive = _APPOSITIVE_NAME.search(subject)
            phrase = appositive.group(1) if appositive else re.split(r"[;,]", subject)[-1]
            # A pronoun there is read from where it stands, not from the quote.
            where = low + (cuts[-1] if cuts else 0) + verb.start()
            if not phrase.strip() and (after := _NAME_AFTER_VERB.match(previous, verb.end())):
                phrase = after.group(1)
            elif k and not _NAME_ONLY.fullmatch(phrase):
                continue  # past the first verb, only a name speaks ("... said Kell officials")
            who = self._resolve(_TRAILING_ADVERB.sub("", phrase), where)
            if who and self.entities.kind_of(who.speaker) != PLACE:
                # (a place is no one: "Hong Kong officials had asked" names no speaker)
                return Attribution(who.speaker, False)
        return None

    def _speaker_of_paragraph_before(
        self, start: int, end: int, paragraph_start: int
    ) -> Attribution | None:
        """'Hartley says the family is sick over their loss. / “...”': a paragraph that is only
        a quote, right after a paragraph that ends telling what someone says, is theirs."""
        paragraph_end = self.text.find("\n", end)
        rest = self.text[end + 1 : len(self.text) if paragraph_end < 0 else paragraph_end]
        if self.text[paragraph_start:start].strip(' “"‘') or rest.strip(' ”"’.'):
            return None
        before = self.text[:paragraph_start].rstrip()
        previous_start = before.rfind("\n") + 1
        if paragraph_start - len(before) > 3 or re.search(r"[“”\"]", before[previous_start:]):
            return None  # a quote there has its own speaker, who may not be this one's
        return self._speaker_of_last_sentence(
            previous_start, len(before)
        ) or self._author_of_words_introduced(previous_start, len(before))

    def _author_of_words_introduced(self, low: int, high: int) -> Attribution | None:
        """'Cato highlighted a thread of posts from Ann Bell of the Kell Institute, calling ...
        / “...” / “...”': a paragraph that ends telling of someone's statement, thread or letter
        introduces the quotes that follow as theirs."""
        window = self.text[low:high]
        cuts = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() < len(window)]
        written = _WORDS_FROM.search(window[cuts[-1] if cuts else 0 :])
        if not written:
            return None
        who = self._resolve(written.group("name"), low)
        if not who or self.entities.kind_of(who.speaker) == PLACE:
            return None  # letters from a town are its people's, no one we can name
        return Attribution(who.speaker, False)

    def _subject_of_sentence(
        self, start: int, end: int, paragraph_start: int
    ) -> Attribution | None:
        """'Gianforte pledged $50,000 to the group, "in the hope that some good can come"': words
        quoted inside a sentence where no one else speaks are its subject's (a guess); not
        'Putin "has a historic chance ...," the movement said': someone else speaks them."""
        sentence_start = self._sentence_start(start - 1, paragraph_start)
        before = self.text[sentence_start : start - 1]
        spoken = _SPOKEN_AFTER.match(self.text, end)
        if (
            spoken
            and (spoken.group("comma") or self.text[start:end].rstrip().endswith(","))
            or not before.strip()
            or re.search(r"[“”\"]", before)
            or _VERB.search(before)
            # "Tapper mentioned a reporter who called out ... while also “...”": words of the
            # one the sentence describes, whom it does not name
            or _SOMEONE_WHO.search(before)
            or (_NOT_THEIR_WORDS.search(before) and not _CHARACTERISED.search(before))
        ):
            return None
        words_before = lambda position: len(self.text[sentence_start:position].split())  # noqa: E731
        pronoun = _SUBJECT_PRONOUN_AT.search(before)
        if pronoun and words_before(sentence_start + pronoun.start()) > 3:
            pronoun = None
        for referent in self.referents:
            if not sentence_start <= referent.start < start:
                continue
            if pronoun and sentence_start + pronoun.start() < referent.start:
                break  # "But then he would talk about Ann Bell: “...”": "he" opens it
            if words_before(referent.start) > 6 or referent.kind != PERSON:
                return None  # the sentence does not open with a person: it is about something
            fronted = _FRONTED_CLAUSE.match(self.text[sentence_start : referent.start])
            if fronted and not referent.subject:
                return None  # "Since Ann Bell is dead, ...": not the sentence's subject
            preceding = self.text[sentence_start : referent.start].split()[-1:]
            if preceding and preceding[0].lower() in _PREPOSITIONS:
                return None
            if re.match(r"[’']s\b", self.text[referent.end : referent.end + 3]):
                return None  # "Trump's critics call it ...": not Trump
            return Attribution(referent.name, False)
        if pronoun:
            name = self._pronoun(_PRONOUNS[pronoun.group(1).lower()], sentence_start)
            return Attribution(name, False) if name else None
        return None

    def _quote_list_owner(self, paragraph_start: int) -> Attribution | None:
        """'Some of our favourite Sementilli quotes:' then 'ON LEADERSHIP: "..."' paragraphs:
        each labelled quote of the list is the named person's (a heading alone names no one)."""
        position = paragraph_start - 1
        while position > 0:
            previous_start = self.text.rfind("\n", 0, position) + 1
            paragraph = self.text[previous_start:position].strip()
            if not paragraph or _LABELLED_QUOTE.match(paragraph):
                position = previous_start - 1
                continue
            if not _QUOTE_LIST.search(paragraph):
                return None
            for referent in self.referents:
                if previous_start <= referent.start < position and referent.kind == PERSON:
                    return Attribution(referent.name, False)
            return None
        return None


def attribute(
    texts: list[str],
    spans: list[list[tuple[int, int]]],
    mentions: list[Mention],
    entities: EntityIndex,
    people: StoryPeople | None = None,
) -> list[list[Attribution | None]]:
    """The speaker of every quote span, per document (``spans[d]`` in text order); ``people``
    when the caller has read them already."""
    people = people or StoryPeople(texts, mentions, entities)
    by_doc: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_doc[mention.doc_index].append(mention)
    readers = [
        DocumentSpeakers(doc_index, text, by_doc[doc_index], spans[doc_index], people)
        for doc_index, text in enumerate(texts)
    ]
    studies = {names for reader in readers for _, names, study in reader.author_groups if study}
    for reader in readers:
        reader.story_authors = next(iter(studies)) if len(studies) == 1 else None
    return [[reader.speaker(s, e) for s, e in spans[r]] for r, reader in enumerate(readers)]


def vote(attributions: list[Attribution | None]) -> str | None:
    """One speaker for a quote printed by several outlets: the majority of the sure readings
    (else of the guesses); a tie between different names gives no speaker."""
    for sure in (True, False):
        names = [a.speaker for a in attributions if a is not None and a.sure == sure]
        if names:
            counts = {n: names.count(n) for n in set(names)}
            best = max(counts.values())
            winners = [n for n, c in counts.items() if c == best]
            return winners[0] if len(winners) == 1 else None
    return None
