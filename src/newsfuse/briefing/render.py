"""Render a Briefing as plain text, Markdown, JSON or one self-contained HTML page.

The HTML page carries its CSS inline and loads nothing, so it can be opened offline or mailed;
every piece of article text is escaped.
"""

from __future__ import annotations

import json
from html import escape

from newsfuse.briefing.model import Briefing
from newsfuse.render import JSON_SCHEMA_VERSION, citation_marks, source_line

#: How many entities and claims the readable formats show (JSON carries all of them).
SHOWN_ENTITIES = 30
SHOWN_CLAIMS = 15


def _source_names(briefing: Briefing) -> dict[int, str]:
    return {s.number: s.name for s in briefing.sources}


def _outlets(numbers: list[int], names: dict[int, str]) -> str:
    return ", ".join(f"{names.get(n, n)} [{n}]" for n in numbers)


def _claims(briefing: Briefing):
    return briefing.agreement[:SHOWN_CLAIMS]


def to_markdown(briefing: Briefing) -> str:
    names = _source_names(briefing)
    summary = " ".join(f"{s.text} {citation_marks(s.sources)}" for s in briefing.summary.sentences)
    lines = ["# Briefing", "", "## Summary", "", summary, "", "## Agreement", ""]
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
    for entity in briefing.entities[:SHOWN_ENTITIES]:
        counts = " | ".join(str(entity.mentions.get(s.number, 0)) for s in briefing.sources)
        lines.append(f"| {entity.name} | {entity.kind} | {counts} |")
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
    for entity in briefing.entities[:SHOWN_ENTITIES]:
        counts = ", ".join(f"[{n}] {c}" for n, c in sorted(entity.mentions.items()))
        lines.append(f"- {entity.name} ({entity.kind}): {counts}")
    lines += ["", "TIMELINE"]
    for event in briefing.timeline:
        when = event.iso if event.date else event.when
        lines.append(f"- {when}: {event.text} {citation_marks(event.sources)}")
    lines += ["", "SOURCES"] + [f"[{s.number}] {source_line(s)}" for s in briefing.sources]
    return "\n".join(lines)


def to_json(briefing: Briefing, indent: int | None = 2) -> str:
    payload = {"newsfuse": JSON_SCHEMA_VERSION, **briefing.to_dict()}
    return json.dumps(payload, ensure_ascii=False, indent=indent)


_CSS = """
body{font:16px/1.5 Georgia,serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif}h2{border-bottom:1px solid #ccc;margin-top:2rem}
.marks{color:#06c;font-size:.85em}.side{margin:.3rem 0}.value{font-weight:bold}
blockquote{margin:.4rem 0 .4rem 1rem;color:#444;font-style:italic}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
.conflict{background:#fff6e5;border-left:4px solid #e69500;padding:.5rem 1rem;margin:1rem 0}
"""


def _marks_html(numbers: list[int]) -> str:
    return f'<span class="marks">{escape(citation_marks(numbers))}</span>'


def to_html(briefing: Briefing) -> str:
    """One self-contained page: inline CSS, no scripts, no external assets, text escaped."""
    names = _source_names(briefing)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Briefing</title><style>{_CSS}</style></head><body>",
        "<h1>Briefing</h1><h2>Summary</h2><p>",
    ]
    out += [f"{escape(s.text)} {_marks_html(s.sources)} " for s in briefing.summary.sentences]
    out.append("</p><h2>Agreement</h2><ul>")
    for claim in _claims(briefing):
        out.append(
            f"<li>{escape(claim.text)} — {claim.support} outlets "
            f"{escape(_outlets(claim.sources, names))}</li>"
        )
    out.append("</ul><h2>Disagreements</h2>")
    if not briefing.conflicts:
        out.append("<p>No disagreements found.</p>")
    for conflict in briefing.conflicts:
        out.append(f'<div class="conflict"><h3>{escape(conflict.description)}</h3>')
        for side in conflict.sides:
            out.append(
                f'<div class="side"><span class="value">{escape(side.value)}</span> — '
                f"{escape(_outlets(side.sources, names))}"
            )
            out += [
                f"<blockquote>[{w.source}] {escape(w.text)}</blockquote>" for w in side.wordings
            ]
            out.append("</div>")
        out.append("</div>")
    out.append("<h2>Quotes</h2><ul>")
    for quote in briefing.quotes:
        out.append(
            f"<li>“{escape(quote.text)}” — <b>{escape(quote.speaker or 'unattributed')}</b> "
            f"{_marks_html(quote.sources)}</li>"
        )
    out.append("</ul><h2>Entities</h2><table><tr><th>entity</th><th>kind</th>")
    out += [f"<th>{escape(f'[{s.number}] {s.name}')}</th>" for s in briefing.sources]
    out.append("</tr>")
    for entity in briefing.entities[:SHOWN_ENTITIES]:
        cells = "".join(f"<td>{entity.mentions.get(s.number, 0)}</td>" for s in briefing.sources)
        out.append(f"<tr><td>{escape(entity.name)}</td><td>{entity.kind}</td>{cells}</tr>")
    out.append("</table><h2>Timeline</h2><ul>")
    for event in briefing.timeline:
        when = event.iso if event.date else event.when
        out.append(
            f"<li><b>{escape(when)}</b> — {escape(event.text)} {_marks_html(event.sources)}</li>"
        )
    out.append("</ul><h2>Sources</h2><ol>")
    for source in briefing.sources:
        title = f" “{escape(source.title)}”" if source.title else ""
        url = f" {escape(source.url)}" if source.url else ""
        out.append(f'<li value="{source.number}">{escape(source.name)}{title}{url}</li>')
    out.append("</ol></body></html>")
    return "\n".join(out)


RENDERERS = {"text": to_text, "md": to_markdown, "json": to_json, "html": to_html}


def render_briefing(briefing: Briefing, fmt: str = "text") -> str:
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(RENDERERS)}")
    return renderer(briefing)
