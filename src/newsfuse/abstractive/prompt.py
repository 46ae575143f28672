"""Prompts: rewrite numbered facts into a cited summary, and repair one failed sentence."""

from __future__ import annotations

from newsfuse.abstractive.facts import Fact
from newsfuse.briefing.model import Conflict

SYSTEM = (
    "You are a careful news editor. You write short, fluent news summaries using only the "
    "numbered facts you are given. You never add names, numbers, places, dates or quotes that "
    "are not in the facts. Every sentence you write ends with the numbers of the facts it uses "
    "in square brackets, like [2] or [1][3]."
)

# An invented example of the answer's shape: marks after every sentence, facts merged.
EXAMPLE = (
    "Example (a different story):\n"
    "Facts:\n"
    "[1] The town council of Orvel approved a new footbridge on Monday, the mayor said.\n"
    "[2] The footbridge will cost 3 million euros, council officials said.\n"
    "[3] Work on the bridge starts in May.\n"
    "Summary:\n"
    "Orvel's town council approved a new footbridge costing 3 million euros on Monday [1][2]. "
    "Work starts in May [3]."
)


def _fact_lines(facts: list[Fact]) -> str:
    return "\n".join(f"[{f.number}] {f.text}" for f in facts)


def _conflict_lines(conflicts: list[Conflict], facts: list[Fact]) -> str:
    lines = []
    for conflict in conflicts:
        sides = []
        for side in conflict.sides:
            marks = "".join(
                f"[{f.number}]" for f in facts if any(f.cites(w) for w in side.wordings)
            )
            sides.append(f"{side.value} {marks}".strip())
        lines.append(f"- {conflict.measure}: " + " versus ".join(sides))
    return "\n".join(lines)


def summary_messages(facts: list[Fact], conflicts: list[Conflict], words: int) -> list[dict]:
    """Chat messages asking for a summary of at most ``words`` words with ``[n]`` marks."""
    parts = [EXAMPLE, f"Now this story.\nFacts:\n{_fact_lines(facts)}"]
    if conflicts:
        parts.append(
            "The outlets disagree on these points. Never state one version as fact: give each "
            "version with the numbers of the facts that report it.\n"
            + _conflict_lines(conflicts, facts)
        )
    parts.append(
        f"Write a news summary of about {words} words (never more) that covers all these "
        "facts, most important first. Merge facts that overlap. Use only what the facts say, "
        "and keep names, numbers and quotes exactly as written. End every sentence with the "
        "numbers of the facts it uses, before the full stop, like [1] or [2][4]: a sentence "
        "without them is thrown away.\nSummary:"
    )
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": "\n\n".join(parts)},
    ]


def repair_messages(sentence: str, reasons: list[str], facts: list[Fact]) -> list[dict]:
    """Ask once more for one sentence, saying what was wrong with it."""
    problems = "\n".join(f"- {r}" for r in reasons)
    user = (
        f"Facts:\n{_fact_lines(facts)}\n\n"
        f"This sentence is not supported by the facts:\n{sentence}\n"
        f"What is wrong:\n{problems}\n\n"
        "Rewrite it as one sentence that says only what the facts say, and end it with the "
        "numbers of the facts it uses, like [1]."
        + (
            " The facts disagree: give both versions in the one sentence, saying who reports "
            "which, and cite the facts of both."
            if any("disagreement" in r for r in reasons)
            else ""
        )
        + " Answer with the sentence only."
    )
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]
