"""The results table: per system mean scores, 95% intervals, length and speed."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from rich.table import Table

from newsfuse.evaluate.bootstrap import confidence_interval
from newsfuse.evaluate.rouge import MEASURES


@dataclass
class SystemResult:
    """One system's summary of one cluster, cut to the budget, with its scores."""

    cluster_id: str
    system: str
    sentences: list[str]
    seconds: float
    scores: dict[str, float]

    @property
    def words(self) -> int:
        return sum(len(s.split()) for s in self.sentences)

    def to_dict(self) -> dict:
        return {
            "cluster": self.cluster_id,
            "system": self.system,
            "summary": " ".join(self.sentences),
            "words": self.words,
            "seconds": round(self.seconds, 4),
            "scores": {k: round(v, 3) for k, v in self.scores.items()},
        }


@dataclass
class Row:
    """A system's line of the table."""

    system: str
    clusters: int
    means: dict[str, float]
    intervals: dict[str, tuple[float, float]]
    words: float
    seconds: float

    def to_dict(self) -> dict:
        return {
            "system": self.system,
            "clusters": self.clusters,
            "scores": {
                m: {
                    "mean": round(self.means[m], 2),
                    "ci95": [round(v, 2) for v in self.intervals[m]],
                }
                for m in MEASURES
            },
            "words": round(self.words, 1),
            "seconds_per_cluster": round(self.seconds, 4),
        }


def summarise(results: list[SystemResult], systems: list[str]) -> list[Row]:
    """One row per system, in the order given, from per-cluster results."""
    rows = []
    for system in systems:
        mine = [r for r in results if r.system == system]
        if not mine:
            continue
        rows.append(
            Row(
                system=system,
                clusters=len(mine),
                means={m: fmean(r.scores[m] for r in mine) for m in MEASURES},
                intervals={m: confidence_interval([r.scores[m] for r in mine]) for m in MEASURES},
                words=fmean(r.words for r in mine),
                seconds=fmean(r.seconds for r in mine),
            )
        )
    return rows


def _cells(row: Row) -> list[str]:
    scores = [
        f"{row.means[m]:.2f} ({row.intervals[m][0]:.1f}–{row.intervals[m][1]:.1f})"
        for m in MEASURES
    ]
    return [row.system, *scores, f"{row.words:.0f}", f"{row.seconds:.3f}"]


def _headers(recall: bool) -> list[str]:
    kind = "R" if recall else "F1"
    return ["system", *(f"{name} {kind}" for name in MEASURES.values()), "words", "s/cluster"]


def rich_table(rows: list[Row], title: str, recall: bool = False) -> Table:
    table = Table(title=title, caption="mean (95% bootstrap interval over clusters)")
    for index, header in enumerate(_headers(recall)):
        table.add_column(header, justify="left" if index == 0 else "right")
    for row in rows:
        table.add_row(*_cells(row))
    return table


def markdown_table(rows: list[Row], recall: bool = False) -> str:
    headers = _headers(recall)
    lines = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(headers) - 1)) + "|",
    ]
    lines += ["| " + " | ".join(_cells(row)) + " |" for row in rows]
    return "\n".join(lines)
