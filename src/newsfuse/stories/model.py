"""The domain of stories: articles grouped by the event they report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


@dataclass
class StoryArticle:
    """One article of a story; copies of it carried by other outlets are kept as one."""

    id: str
    source: str
    title: str | None = None
    url: str | None = None
    published: datetime | None = None
    #: When the article was added to the store (the clock of the ``arrival`` window).
    arrived: datetime | None = None
    #: Outlets (or ids, when no outlet is known) that carried a near copy of this article.
    also_carried_by: list[str] = field(default_factory=list)
    #: Ids of those near copies.
    copies: list[str] = field(default_factory=list)

    @property
    def seen(self) -> datetime | None:
        """The article's time on a front page: published, else arrived."""
        return self.published or self.arrived

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "published": _iso(self.published),
            "also_carried_by": list(self.also_carried_by),
            "copies": list(self.copies),
        }


@dataclass
class Story:
    """Articles from one or more outlets about one event."""

    id: int
    title: str
    articles: list[StoryArticle]

    @property
    def sources(self) -> list[str]:
        """Every outlet that reported the story, copies included, in order of first mention."""
        names: dict[str, None] = {}
        for article in self.articles:
            names[article.source] = None
            names.update(dict.fromkeys(article.also_carried_by))
        return list(names)

    @property
    def first_seen(self) -> datetime | None:
        return min((a.seen for a in self.articles if a.seen), default=None)

    @property
    def last_seen(self) -> datetime | None:
        return max((a.seen for a in self.articles if a.seen), default=None)

    def to_dict(self) -> dict:
        return {
            "story": self.id,
            "title": self.title,
            "articles": [a.id for a in self.articles],
            "copies": {a.id: a.copies for a in self.articles if a.copies},
            "sources": self.sources,
            "first_seen": _iso(self.first_seen),
            "last_seen": _iso(self.last_seen),
        }
