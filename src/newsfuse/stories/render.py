"""Stories as JSON lines, or as a front page in Markdown or HTML."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html import escape

from newsfuse.stories.model import Story, StoryArticle


def ranked(stories: list[Story]) -> list[Story]:
    """Front-page order: stories told by more outlets first, then the most recent."""
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(stories, key=lambda s: (len(s.sources), s.last_seen or oldest), reverse=True)


def _day(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment else "undated"


def _carried(article: StoryArticle, template: str, quote=str) -> str:
    """The "also carried by" note of an article with near copies, empty without."""
    if not article.also_carried_by:
        return ""
    return template.format(quote(", ".join(article.also_carried_by)))


def render_stories(stories: list[Story], fmt: str) -> str:
    """``jsonl`` (one story a line), ``md`` or ``html`` (a front page)."""
    stories = ranked(stories)
    if fmt == "jsonl":
        return "\n".join(json.dumps(s.to_dict(), ensure_ascii=False) for s in stories)
    if fmt == "md":
        lines = ["# Stories", ""]
        for story in stories:
            outlets = len(story.sources)
            lines.append(f"## {story.title}")
            lines.append(
                f"{outlets} outlet{'s' * (outlets != 1)}, {len(story.articles)} "
                f"article{'s' * (len(story.articles) != 1)}, "
                f"{_day(story.first_seen)} to {_day(story.last_seen)}"
            )
            lines.append("")
            for article in story.articles:
                name = article.title or article.id
                link = f"[{name}]({article.url})" if article.url else name
                carried = _carried(article, " (also carried by {})")
                lines.append(f"- {article.source}: {link}{carried}")
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"
    if fmt == "html":
        parts = [
            "<!doctype html>",
            '<html lang="en"><head><meta charset="utf-8"><title>Stories</title></head><body>',
            "<h1>Stories</h1>",
        ]
        for story in stories:
            parts.append(f'<section class="story" id="story-{story.id}">')
            parts.append(f"<h2>{escape(story.title)}</h2>")
            parts.append(
                f"<p>{len(story.sources)} outlets: {escape(', '.join(story.sources))}; "
                f"{_day(story.first_seen)} to {_day(story.last_seen)}</p><ul>"
            )
            for article in story.articles:
                name = escape(article.title or article.id)
                link = f'<a href="{escape(article.url)}">{name}</a>' if article.url else name
                carried = _carried(article, " <small>also carried by {}</small>", escape)
                parts.append(f"<li>{escape(article.source)}: {link}{carried}</li>")
            parts.append("</ul></section>")
        parts.append("</body></html>")
        return "\n".join(parts)
    raise ValueError(f"unknown stories format {fmt!r}: jsonl, md or html")
