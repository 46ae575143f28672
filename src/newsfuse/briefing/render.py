"""Render a Briefing as plain text, Markdown, JSON or one self-contained HTML page.

The HTML page carries its CSS inline and loads nothing, so it can be opened offline or mailed;
every piece of article text is escaped.
"""

from __future__ import annotations

import json

from newsfuse.briefing.model import Briefing
from newsfuse.htmlpage import headline
from newsfuse.render import JSON_SCHEMA_VERSION, citation_marks, source_line

#: How many claims the readable formats show (JSON carries all of them). Entities are sized by
#: ``Options.briefing_entities``; the others are named in one line.
SHOWN_CLAIMS = 15


def _source_names(briefing: Briefing) -> dict[int, str]:
    return {s.number: s.name for s in briefing.sources}


def _outlets(numbers: list[int], names: dict[int, str]) -> str:
    return ", ".join(f"{names.get(n, n)} [{n}]" for n in numbers)


def _names(briefing: Briefing) -> str:
    """The entities not listed, by name: the reader sees that the articles name them."""
    return ", ".join(e.name for e in briefing.other_entities)


def _claims(briefing: Briefing):
    return briefing.agreement[:SHOWN_CLAIMS]


def to_markdown(briefing: Briefing) -> str:
    names = _source_names(briefing)
    summary = " ".join(f"{s.text} {citation_marks(s.sources)}" for s in briefing.summary.sentences)
    title, date = headline(briefing.summary)
    lines = [f"# {title}" + (f" — {date}" if date else ""), "", "## Summary", "", summary]
    lines += ["", "## Agreement", ""]
    for claim in _claims(briefing):
        lines.append(f"- {claim.text} — {claim.support} outlets: {_outlets(claim.sources, names)}")
    lines += ["", "## Disagreements", ""]
    if not briefing.conflicts:
        lines.append("No disagreements found.")
    for conflict in briefing.conflicts:
        lines.append(f"### {conflict.kind.capitalize()}: {conflict.description}")
        lines.append("")
        for side in conflict.sides:
            lines.append(f"- **{side.value}** — {_outlets(side.sources, names)}")
            for wording in side.wordings:
                lines.append(f"  - [{wording.source}] “{wording.text}”")
        lines.append("")
    lines += ["## Quotes", ""]
    for quote in briefing.quotes:
        speaker = quote.speaker or "unattributed"
        lines.append(f"- “{quote.text}” — **{speaker}** {citation_marks(quote.sources)}")
    lines += ["", "## Entities", ""]
    header = "| entity | kind | " + " | ".join(f"[{s.number}]" for s in briefing.sources) + " |"
    lines += [header, "|" + "---|" * (2 + len(briefing.sources))]
    for entity in briefing.entities:
        counts = " | ".join(str(entity.mentions.get(s.number, 0)) for s in briefing.sources)
        lines.append(f"| {entity.name} | {entity.kind} | {counts} |")
    if briefing.other_entities:
        lines += ["", f"Also named: {_names(briefing)}"]
    lines += ["", "## Timeline", ""]
    for event in briefing.timeline:
        when = event.iso if event.date else f"({event.when})"
        if event.precision == "week" and event.date:
            when = f"week of {when}"
        lines.append(f"- **{when}** — {event.text} {citation_marks(event.sources)}")
    lines += ["", "## Sources", ""]
    lines += [f"[{s.number}] {source_line(s)}" + "  " for s in briefing.sources]
    return "\n".join(lines)


def to_text(briefing: Briefing) -> str:
    names = _source_names(briefing)
    lines = ["SUMMARY"]
    lines += [f"{s.text} {citation_marks(s.sources)}" for s in briefing.summary.sentences]
    lines += ["", "AGREEMENT"]
    lines += [
        f"- {c.text} ({c.support} outlets {citation_marks(c.sources)})" for c in _claims(briefing)
    ]
    lines += ["", "DISAGREEMENTS"]
    for conflict in briefing.conflicts:
        lines.append(f"* {conflict.description}")
        for side in conflict.sides:
            lines.append(f"    {side.value}: {_outlets(side.sources, names)}")
            lines += [f"      [{w.source}] {w.text}" for w in side.wordings]
    lines += ["", "QUOTES"]
    lines += [
        f'- "{q.text}" ({q.speaker or "unattributed"}) {citation_marks(q.sources)}'
        for q in briefing.quotes
    ]
    lines += ["", "ENTITIES"]
    for entity in briefing.entities:
        counts = ", ".join(f"[{n}] {c}" for n, c in sorted(entity.mentions.items()))
        lines.append(f"- {entity.name} ({entity.kind}): {counts}")
    if briefing.other_entities:
        lines.append(f"Also named: {_names(briefing)}")
    lines += ["", "TIMELINE"]
    for event in briefing.timeline:
        when = event.iso if event.date else event.when
        lines.append(f"- {when}: {event.text} {citation_marks(event.sources)}")
    lines += ["", "SOURCES"] + [f"[{s.number}] {source_line(s)}" for s in briefing.sources]
    return "\n".join(lines)


def to_json(briefing: Briefing, indent: int | None = 2) -> str:
    payload = {"newsfuse": JSON_SCHEMA_VERSION, **briefing.to_dict()}
    return json.dumps(payload, ensure_ascii=False, indent=indent)


def to_html(briefing: Briefing) -> str:
    """One self-contained page (templates/briefing.html.j2): inline CSS, no scripts, no external
    assets, every text escaped; citation marks link to their evidence."""
    from newsfuse.htmlpage import briefing_html

    return briefing_html(briefing, _claims(briefing), briefing.entities, skipped_sections(briefing))


def skipped_sections(briefing: Briefing) -> dict[str, str]:
    """Sections left empty on purpose (English-only rules on other languages), and why."""
    from newsfuse.language import ENGLISH_ONLY

    return {
        p.where: p.message[:1].upper() + p.message[1:]
        for p in briefing.problems
        if p.where in ENGLISH_ONLY and p.message.startswith("skipped")
    }


RENDERERS = {"text": to_text, "md": to_markdown, "json": to_json, "html": to_html}


def render_briefing(briefing: Briefing, fmt: str = "text") -> str:
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(RENDERERS)}")
    return renderer(briefing)
