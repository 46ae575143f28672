"""The briefing's domain objects: what outlets agree on, where they differ, who said what, when.

Plain dataclasses with ``to_dict`` methods that define the stable JSON shape served by the HTTP
API and read by the abstractive mode. Outlets are named by their source number (the ``[n]`` of
the summary's citations); ``Briefing.sources`` maps numbers to names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from newsfuse.domain import Problem, Source, Summary, Wording


def iso_date(day: date, precision: str) -> str:
    """A date written at its precision: ``2016`` (year), ``2016-07`` (month), ``2016-07-14``."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


class Reported:
    """Something the outlets of its ``wordings`` report: their numbers and their words."""

    wordings: list[Wording]

    @property
    def sources(self) -> list[int]:
        return sorted({w.source for w in self.wordings})

    def reported(self) -> dict:
        return {"sources": self.sources, "wordings": [w.to_dict() for w in self.wordings]}


@dataclass
class Claim:
    """Sentences of several outlets that state the same thing; ``text`` is the best wording."""

    id: int
    text: str
    members: list[Wording]

    @property
    def sources(self) -> list[int]:
        return sorted({m.source for m in self.members})

    @property
    def support(self) -> int:
        """How many outlets state the claim."""
        return len(self.sources)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "text": self.text,
            "support": self.support,
            "sources": self.sources,
            "members": [m.to_dict() for m in self.members],
        }


@dataclass
class ConflictSide(Reported):
    """One position in a disagreement: what it says (``value``), who says it, in which words."""

    value: str
    wordings: list[Wording]

    def to_dict(self) -> dict:
        return {
            "value": self.value,
            **self.reported(),
        }


@dataclass
class Conflict:
    """Outlets that disagree on one thing.

    ``kind`` is ``"figure"`` (counts, amounts, durations, times), ``"date"`` (when the same
    event happened), ``"attribution"`` (who is to blame) or ``"denial"`` (a claim and its
    denial, rebuttal or dispute, or a word rejected); ``measure`` names what is disputed
    (``"deaths"``, ``"passengers on board"``, ``"blame for ..."``).
    """

    kind: str
    measure: str
    sides: list[ConflictSide]

    @property
    def sources(self) -> list[int]:
        return sorted({n for side in self.sides for n in side.sources})

    @property
    def description(self) -> str:
        # "whether X: Ann Voss: X vs ...": the claim is said once, in the measure.
        claim = self.measure.removeprefix("whether ") if self.measure.startswith("whether ") else ""
        values = []
        for side in self.sides:
            value = side.value
            said = value.find(": " + claim) if claim else -1
            if claim and value == claim:
                value = "reported"
            elif said > 0 and value[said + 2 + len(claim) :][:1] in {"", ";", ",", "."}:
                # "Ann Voss: X; it was in May" -> "Ann Voss says so; it was in May" (not "X
                # nothing": a claim that goes on says something else)
                value = value[:said] + " says so" + value[said + 2 + len(claim) :]
            values.append(value)
        return f"{self.measure}: {' vs '.join(values)}"

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "measure": self.measure,
            "description": self.description,
            "sources": self.sources,
            "sides": [s.to_dict() for s in self.sides],
        }


@dataclass
class Quote(Reported):
    """A direct quote, merged across the outlets that print it; ``speaker`` may be unknown."""

    text: str
    speaker: str | None
    wordings: list[Wording]

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "speaker": self.speaker,
            **self.reported(),
        }


@dataclass
class Entity:
    """A person, organisation or place, its merged name variants and mentions per outlet."""

    name: str
    kind: str  # "person" | "organisation" | "place" | "other" (events, works, products)
    variants: list[str]
    #: Source number → how many times that outlet mentions the entity.
    mentions: dict[int, int]

    @property
    def total(self) -> int:
        return sum(self.mentions.values())

    @property
    def sources(self) -> list[int]:
        return sorted(self.mentions)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "variants": self.variants,
            "total": self.total,
            "mentions": [{"source": n, "count": c} for n, c in sorted(self.mentions.items())],
        }


@dataclass
class TimelineEvent(Reported):
    """Something that happened (or will) on a date, merged across the outlets that report it.

    ``date`` is resolved against each article's publication date (or dateline, or the story's
    date inferred from the texts: then ``inferred`` is true); ``precision`` is ``"day"``,
    ``"week"`` (for "last week": the week's Monday), ``"month"`` or ``"year"``; ``date`` is None
    when it cannot be known, and then ``when`` (the expression as written) is all there is.
    """

    date: date | None
    precision: str
    when: str
    text: str
    wordings: list[Wording]
    inferred: bool = False

    @property
    def iso(self) -> str | None:
        """The date at its precision: ``2016``, ``2016-07`` or ``2016-07-14``."""
        return iso_date(self.date, self.precision) if self.date else None

    def to_dict(self) -> dict:
        return {
            "date": self.iso,
            "precision": self.precision,
            "inferred": self.inferred,
            "when": self.when,
            "text": self.text,
            **self.reported(),
        }


@dataclass
class Briefing:
    """The result of :func:`newsfuse.brief`: the cited summary and everything around it."""

    summary: Summary
    claims: list[Claim] = field(default_factory=list)
    #: The top claims two or more outlets state (``Options.agreement_claims``): no headline, no
    #: quote, nothing disputed; ``claims`` keeps them all.
    agreement: list[Claim] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    #: The entities that matter to the story, most salient first (``Options.briefing_entities``
    #: at most); ``other_entities`` holds the rest the articles name.
    entities: list[Entity] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    other_entities: list[Entity] = field(default_factory=list)

    @property
    def sources(self) -> list[Source]:
        return self.summary.sources

    def _repr_markdown_(self) -> str:
        from newsfuse.briefing.render import to_markdown

        return to_markdown(self)

    def _repr_html_(self) -> str:
        from newsfuse.briefing.render import to_html
        from newsfuse.htmlpage import notebook_html

        return notebook_html(to_html(self))

    def to_dict(self) -> dict:
        return {
            "summary": self.summary.to_dict(),
            "claims": [c.to_dict() for c in self.claims],
            "agreement": [c.to_dict() for c in self.agreement],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "other_entities": [e.to_dict() for e in self.other_entities],
            "timeline": [t.to_dict() for t in self.timeline],
            "sources": [s.to_dict() for s in self.sources],
            "problems": [{"where": p.where, "message": p.message} for p in self.problems],
        }
