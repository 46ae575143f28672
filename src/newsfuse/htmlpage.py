"""HTML from one Jinja2 template family: the shareable briefing and summary files, and the page.

The files are self-contained (inline CSS, no scripts, nothing loaded), so they open offline and
survive being mailed. Every citation mark links to its evidence (the outlet's own sentence) at the
foot of the file, and each evidence entry links back to the marks that cite it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from newsfuse.domain import Source, Summary, Wording

if TYPE_CHECKING:
    from newsfuse.briefing.model import Briefing


@dataclass
class Mark:
    """One citation mark: an outlet's number, linking to the sentence that backs it."""

    number: int
    name: str
    text: str
    href: str
    id: str


@dataclass
class EvidenceEntry:
    """An outlet's sentence cited somewhere in the file, and the marks that cite it."""

    id: str
    number: int
    name: str
    text: str
    url: str | None
    backlinks: list[str] = field(default_factory=list)


class Evidence:
    """Hands out citation marks while a template renders, and lists their evidence at the end."""

    def __init__(self, sources: list[Source]):
        self.sources = {s.number: s for s in sources}
        self.entries: dict[tuple[int, int], EvidenceEntry] = {}
        self.count = 0

    def name(self, number: int) -> str:
        source = self.sources.get(number)
        return source.name if source else f"source {number}"

    def names(self, numbers: list[int]) -> str:
        return ", ".join(self.name(n) for n in numbers)

    def marks(self, wordings: list[Wording]) -> list[Mark]:
        """One mark per outlet (its first wording), in source order."""
        first: dict[int, Wording] = {}
        for wording in wordings:
            first.setdefault(wording.source, wording)
        return [self._mark(first[number]) for number in sorted(first)]

    def _mark(self, wording: Wording) -> Mark:
        key = (wording.doc_index, wording.sentence_index)
        entry = self.entries.get(key)
        if entry is None:
            source = self.sources.get(wording.source)
            entry = EvidenceEntry(
                id=f"ev-{key[0]}-{key[1]}",
                number=wording.source,
                name=self.name(wording.source),
                text=wording.text,
                url=source.url if source else None,
            )
            self.entries[key] = entry
        self.count += 1
        mark_id = f"m-{self.count}"
        entry.backlinks.append(mark_id)
        return Mark(wording.source, entry.name, wording.text, f"#{entry.id}", mark_id)

    def listed(self) -> list[EvidenceEntry]:
        return sorted(self.entries.values(), key=lambda e: (e.number, e.id))


def headline(summary: Summary) -> tuple[str, str | None]:
    """The story's headline and date: the title of the outlet the summary cites most (else any
    title, else the summary's first words), and the latest publication date among the sources."""
    cited = Counter(c.source for s in summary.sentences for c in s.citations)
    titled = sorted(
        (s for s in summary.sources if s.title), key=lambda s: (-cited[s.number], s.number)
    )
    if titled:
        title = titled[0].title or ""
    else:
        words = summary.text.split()
        title = " ".join(words[:12]) + ("…" if len(words) > 12 else "") or "News briefing"
    dates = [s.published for s in summary.sources if s.published]
    return title, long_date(max(dates)) if dates else None


def long_date(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


@cache
def environment():
    """The Jinja2 environment over the package's templates (autoescaping every value)."""
    import jinja2  # imported on use: only HTML output and the web page need it

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsfuse", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["day"] = lambda moment: moment.date().isoformat() if moment else ""
    return env


def render_template(name: str, **context) -> str:
    return environment().get_template(name).render(**context)


def report_html(template: str, story: Summary, **context) -> str:
    """A summary or briefing file: titled by the headline and date of the ``story`` (its
    summary), marks linked to their evidence."""
    title, date = headline(story)
    evidence = Evidence(story.sources)
    return render_template(template, title=title, date=date, evidence=evidence, **context)


def summary_html(summary: Summary) -> str:
    """A summary as one self-contained HTML file."""
    return report_html("summary.html.j2", summary, summary=summary)


def briefing_html(
    briefing: Briefing, shown_claims: list, shown_entities: list, skipped: dict[str, str]
) -> str:
    """A briefing as one self-contained HTML file; ``skipped`` maps a section to why it is empty."""
    return report_html(
        "briefing.html.j2",
        briefing.summary,
        briefing=briefing,
        claims=shown_claims,
        entities=shown_entities,
        skipped=skipped,
    )


def notebook_html(page: str) -> str:
    """A file's body and its reading styles (all scoped to ``.report``), for a notebook cell: the
    page-wide rules of the file would restyle the notebook itself."""
    body = page[page.index("<body>") + len("<body>") : page.rindex("</body>")]
    css = environment().loader.get_source(environment(), "report.css")[0]
    return f"<style>{css}</style>{body}"
