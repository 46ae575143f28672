"""Same event: two sentences that report one event in other words.

The selector's TF-IDF redundancy test misses paraphrases: "Kerry and Lavrov clashed at the UN"
and "the United States and Russia exchanged barbs at the Security Council" share almost no
words. Two sentences report the same event here when they name at least ``SHARED_NAMES`` of the
same actors (name variants mapped: U.S. / USA / United States, Russian / Russia) and hold an
event word of the same kind (clashed / butt heads / exchanged barbs / heated words).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Names two sentences must share (besides an event kind) to report the same event.
SHARED_NAMES = 3

#: Kinds of news event, each with the words and phrases that report it. Only kinds whose
#: paraphrases outlets vary (a row, an accusation, a killing) and that a story rarely has twice
#: between the same actors.
_EVENT_KINDS = {
    "dispute": (
        r"clash\w*|spar(?:s|red|ring)?|butt\w* heads|lock\w* horns|at loggerheads|at odds"
        r"|(?:exchang|trad)\w* (?:\w+ )?(?:barbs|insults|accusations|blows|jabs|words)"
        r"|heated (?:words|exchanges?|debate)|war of words|feud\w*|quarrel\w*|squabbl\w*"
        r"|spat|showdown|face-?off|row(?:ed)? over"
    ),
    "accusation": r"accus\w*|blam\w*",
    "denial": r"den(?:y|ies|ied|ying)|dismiss\w*|reject\w*|rebuff\w*",
    "arrest": r"arrest\w*|detain\w*|in custody",
    "resignation": r"resign\w*|step(?:s|ped)? down|quit(?:s|ting)?",
}
# One scan for all kinds: each kind is a named group.
_KINDS = re.compile("|".join(rf"(?P<{k}>\b(?:{words})\b)" for k, words in _EVENT_KINDS.items()))

# A run of capitalised words (a name), allowing "U.S." and hyphens.
_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
_NO_NAMES_TEXT = (
    "the a an in on at but and he she it they we this that these those his her its their "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december mr mrs ms dr"
)
_NO_NAMES = frozenset(_NO_NAMES_TEXT.split())


@lru_cache(maxsize=1)
def _roles_and_aliases() -> tuple[frozenset[str], dict[str, str]]:
    from newsfuse.briefing.entities import ROLE_WORDS, alias_table

    return frozenset(ROLE_WORDS), {k: v.lower() for k, v in alias_table().items()}


def _plain(word: str) -> str:
    return word.replace(".", "").replace("’", "'").lower().removesuffix("'s")


@lru_cache(maxsize=50_000)
def event_kinds(text: str) -> frozenset[str]:
    """The kinds of event ``text`` reports (see ``_EVENT_KINDS``)."""
    return frozenset(match.lastgroup for match in _KINDS.finditer(text.lower()))


@lru_cache(maxsize=50_000)
def names(text: str) -> frozenset[str]:
    """The names ``text`` mentions, as keys: a known variant as its canonical name ("U.S." and
    "United States" alike), otherwise the name's last word ("Sergey Lavrov" is "lavrov");
    titles and role words are dropped and split a run ("US Secretary" is "us")."""
    roles, aliases = _roles_and_aliases()
    found = set()
    for run in _NAME_RUN.findall(text):
        words = [_plain(w) for w in run.split()]
        whole = aliases.get(" ".join(words))
        if whole:
            found.add(whole)
            continue
        part: list[str] = []
        for word in [*words, ""]:
            if word and word not in roles and word not in _NO_NAMES:
                part.append(word)
                continue
            if part:  # "Senate Democrats" is one name: the Democratic Party
                known = [aliases[w] for w in part if w in aliases]
                found.add(aliases.get(" ".join(part)) or (known[-1] if known else part[-1]))
                found.update(known)
            part = []
    return frozenset(found)


def _same_name(a: str, b: str) -> bool:
    """Equal, or one the people's name of the other's place ("russian" of "russia")."""
    if a == b:
        return True
    from newsfuse.briefing.salience import is_demonym

    short, long = sorted((a, b), key=len)
    return is_demonym(long, short)


def same_event(first: str, second: str) -> bool:
    """Whether two sentences report one event: an event kind in common and at least
    ``SHARED_NAMES`` names in common."""
    if not event_kinds(first) & event_kinds(second):
        return False
    ours, theirs = names(first), names(second)
    matched_ours = {a for a in ours for b in theirs if _same_name(a, b)}
    matched_theirs = {b for b in theirs for a in matched_ours if _same_name(a, b)}
    # Counted on both sides, so "Malaysia" and "Malaysian" together are one name, not two.
    return min(len(matched_ours), len(matched_theirs)) >= SHARED_NAMES
