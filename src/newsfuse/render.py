"""Render: a Summary as plain text, Markdown or JSON.

The JSON shape is stable and documented in the README: ``{"newsfuse": <version>, "summary": ...}``.
"""

from __future__ import annotations

import json

from newsfuse.domain import Source, Summary

#: Bumped only when a field is removed or changes meaning; new fields may appear at any time.
JSON_SCHEMA_VERSION = 1


def cluster_json(cluster_id: str, payload: dict) -> dict:
    """One cluster's result as a JSON object: the schema version and the cluster id first."""
    return {"newsfuse": JSON_SCHEMA_VERSION, "cluster": cluster_id, **payload}


def citation_marks(sources: list[int]) -> str:
    return "".join(f"[{n}]" for n in sources)


def source_line(source: Source) -> str:
    """``Name, “Title”, 2025-10-15, url``: one entry of a source list."""
    parts = [source.name]
    if source.title:
        parts.append(f"“{source.title}”")
    if source.published:
        parts.append(source.published.date().isoformat())
    if source.url:
        parts.append(source.url)
    return ", ".join(parts)


def _used_sources(summary: Summary) -> list[Source]:
    used = {n for s in summary.sentences for n in s.sources}
    return [s for s in summary.sources if s.number in used]


def to_text(summary: Summary) -> str:
    lines = [f"{s.text} {citation_marks(s.sources)}" for s in summary.sentences]
    lines.append("")
    lines.append("Sources:")
    lines.extend(f"[{s.number}] {source_line(s)}" for s in _used_sources(summary))
    return "\n".join(lines)


def to_markdown(summary: Summary, title: str = "Summary") -> str:
    body = " ".join(f"{s.text} {citation_marks(s.sources)}" for s in summary.sentences)
    lines = [f"## {title}", "", body, "", "### Sources", ""]
    for source in _used_sources(summary):
        name = f"[{source.name}]({source.url})" if source.url else source.name
        details = [f"“{source.title}”"] if source.title else []
        if source.published:
            details.append(source.published.date().isoformat())
        lines.append(f"[{source.number}] {', '.join([name, *details])}  ")
    return "\n".join(lines)


def to_json(summary: Summary, indent: int | None = 2) -> str:
    payload = {"newsfuse": JSON_SCHEMA_VERSION, **summary.to_dict()}
    return json.dumps(payload, ensure_ascii=False, indent=indent)


def to_html(summary: Summary) -> str:
    """One self-contained HTML file (templates/summary.html.j2)."""
    from newsfuse.htmlpage import summary_html

    return summary_html(summary)


RENDERERS = {"text": to_text, "md": to_markdown, "json": to_json, "html": to_html}


def render(summary: Summary, fmt: str = "text") -> str:
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(RENDERERS)}")
    return renderer(summary)
