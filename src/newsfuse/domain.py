"""The domain objects that flow through the pipeline.

Plain dataclasses: every stage takes some of these and returns others, so a stage can be tested,
replaced or reused on its own. ``to_dict`` methods define the stable JSON shape (see README).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property


@dataclass
class Document:
    """One article from one outlet."""

    text: str
    source: str = ""
    url: str | None = None
    title: str | None = None
    published: datetime | None = None
    author: str | None = None
    id: str = ""
    #: The ``[n]`` its outlet is cited by, given at input so that dropping another input (empty,
    #: a copy) renumbers nothing; None until then (the position in its cluster is used).
    number: int | None = None
    #: The year the page's copyright line states ("Copyright 2017 by KSAT"), kept by cleaning
    #: where the page prints no date of its own: the year its weekdays fall in.
    year: int | None = None
    #: The latest day a news photo's caption on the page states ("... in Puebla, Wednesday, May
    #: 10, 2017. (AP Photo/...)"), kept by cleaning where the page prints no date of its own:
    #: the article was written on that day or just after.
    pictured: date | None = None
    #: The openings of near copies dropped in this text's favour (another outlet's print of the
    #: same wire story), kept by cleaning: a dateline that one of them prints dates this text too.
    copy_leads: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "author": self.author,
        }


@dataclass
class Cluster:
    """Documents about one story, as read from input; ``references`` are human summaries, if any."""

    id: str
    documents: list[Document]
    references: list[str] = field(default_factory=list)
    #: A question the summary should answer (JSONL ``query``), if any.
    query: str | None = None
    #: Texts the reader has already read (JSONL ``seen``): the summary covers what is new.
    seen: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input that did not stop the run."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Sentence:
    """A sentence of a cleaned document, with where it came from."""

    text: str
    doc_index: int
    index: int
    start: int
    end: int
    paragraph: int = 0

    @cached_property  # asked for a thousand times a briefing; a sentence's text never changes
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Source:
    """An entry of a summary's source list; ``number`` is the ``[n]`` used in citations."""

    number: int
    name: str
    doc_index: int
    url: str | None = None
    title: str | None = None
    published: datetime | None = None

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "name": self.name,
            "doc_index": self.doc_index,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass
class Wording:
    """One outlet's sentence (or quoted passage): behind a citation, a claim, a conflict side or
    a quote."""

    source: int
    doc_index: int
    sentence_index: int
    text: str

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "doc_index": self.doc_index,
            "sentence_index": self.sentence_index,
            "text": self.text,
        }


@dataclass
class Citation(Wording):
    """An outlet that reports a summary sentence's content, and the sentence where it does."""

    similarity: float

    def to_dict(self) -> dict:
        return {**super().to_dict(), "similarity": round(self.similarity, 4)}


@dataclass
class SummarySentence:
    """A chosen sentence with its origin, its score and every outlet that supports it."""

    text: str
    doc_index: int
    sentence_index: int
    start: int
    end: int
    score: float
    citations: list[Citation] = field(default_factory=list)
    #: "extracted" (a source sentence), or for abstractive mode "verified" (a generated sentence
    #: that passed the checks), "repaired" (passed after the model was asked once more) or
    #: "replaced" (failed, and the best source sentence stands in its place). A generated
    #: sentence's offsets are those of the first source sentence it cites.
    status: str = "extracted"
    #: Why a generated sentence failed its checks (empty when it passed at once).
    reasons: list[str] = field(default_factory=list)

    @property
    def sources(self) -> list[int]:
        return sorted({c.source for c in self.citations})

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "doc_index": self.doc_index,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "sources": self.sources,
            "citations": [c.to_dict() for c in self.citations],
            "status": self.status,
            "reasons": list(self.reasons),
        }


@dataclass
class Summary:
    """The result of :func:`newsfuse.summarize`."""

    sentences: list[SummarySentence]
    sources: list[Source]
    problems: list[Problem] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)

    def _repr_markdown_(self) -> str:
        from newsfuse.render import to_markdown

        return to_markdown(self)

    def _repr_html_(self) -> str:
        from newsfuse.htmlpage import notebook_html, summary_html

        return notebook_html(summary_html(self))

    def to_dict(self) -> dict:
        return {
            "summary": self.text,
            "words": self.words,
            "sentences": [s.to_dict() for s in self.sentences],
            "sources": [s.to_dict() for s in self.sources],
            "problems": [{"where": p.where, "message": p.message} for p in self.problems],
        }
