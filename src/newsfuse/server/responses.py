"""The response bodies of the API as pydantic models: the OpenAPI docs and docs/*.schema.json.

They describe the JSON that ``newsfuse summarize/brief --format json`` prints and the API
answers (the domain objects' ``to_dict``). Fields may be added at any time, so every object
allows more properties than it lists.

    python -m newsfuse.server.responses [DIR]   # writes DIR/summary.schema.json and
                                                # DIR/briefing.schema.json (DIR: docs)
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    """An object that may carry fields added after this version."""

    model_config = ConfigDict(extra="allow")


class ProblemOut(Open):
    """Something wrong with one input (or a skipped part) that did not stop the run."""

    where: str
    message: str


class SourceOut(Open):
    """An outlet of the story; ``number`` is the [n] its citations use (kept from the input)."""

    number: int
    name: str
    doc_index: int = Field(description="Index into the documents that were used.")
    url: str | None
    title: str | None
    published: datetime | None


class WordingOut(Open):
    """One outlet's sentence: behind a citation, a claim, a conflict side, a quote or an event."""

    source: int = Field(description="The outlet's number in 'sources'.")
    doc_index: int
    sentence_index: int
    text: str


class CitationOut(WordingOut):
    similarity: float = Field(description="How closely this sentence states the cited one (0-1).")


class SummarySentenceOut(Open):
    text: str
    doc_index: int
    sentence_index: int
    start: int = Field(description="Character offset of the sentence in its cleaned document.")
    end: int
    score: float
    sources: list[int]
    citations: list[CitationOut]
    status: Literal["extracted", "verified", "repaired", "replaced"]
    reasons: list[str]


class DocumentOut(Open):
    """A used document's cleaned text and its sentences' [start, end) offsets
    (with ``include_documents``)."""

    doc_index: int
    id: str
    source: str
    url: str | None
    title: str | None
    published: datetime | None
    author: str | None
    text: str
    sentences: list[tuple[int, int]]


class SummaryBody(Open):
    summary: str = Field(description="The summary's sentences joined.")
    words: int
    sentences: list[SummarySentenceOut]
    sources: list[SourceOut]
    problems: list[ProblemOut]


class Envelope(Open):
    newsfuse: int = Field(description="The JSON schema version (1).")
    cluster: str | None = Field(None, description="The story's id (command line output only).")
    documents: list[DocumentOut] | None = Field(None, description="With include_documents.")


class SummaryOut(Envelope, SummaryBody):
    """A cited summary: ``newsfuse summarize --format json`` and ``POST /v1/summarize``."""


class ClaimOut(Open):
    id: int
    text: str
    support: int = Field(description="How many outlets state it.")
    sources: list[int]
    members: list[WordingOut]


class ConflictSideOut(Open):
    value: str
    sources: list[int]
    wordings: list[WordingOut]


class ConflictOut(Open):
    kind: str = Field(description="figure, date, attribution or denial (a claim and its denial).")
    measure: str
    description: str
    sources: list[int]
    sides: list[ConflictSideOut]


class QuoteOut(Open):
    text: str
    speaker: str | None
    sources: list[int]
    wordings: list[WordingOut]


class MentionCount(Open):
    source: int
    count: int


class EntityOut(Open):
    name: str
    kind: str
    variants: list[str]
    total: int
    mentions: list[MentionCount]


class TimelineEventOut(Open):
    date: str | None = Field(
        description="The date at its precision: 2016 (year), 2016-07 (month) or 2016-07-14."
    )
    precision: str = Field(description="year, month, week or day.")
    inferred: bool = Field(
        False, description="Dated from the story's inferred date, the article having none."
    )
    when: str
    text: str
    sources: list[int]
    wordings: list[WordingOut]


class BriefingOut(Envelope):
    """A briefing: ``newsfuse brief --format json`` and ``POST /v1/brief``."""

    summary: SummaryBody
    claims: list[ClaimOut]
    agreement: list[ClaimOut] = Field(
        description="The top claims of two or more outlets (no headline, quote or disputed figure)."
    )
    conflicts: list[ConflictOut]
    quotes: list[QuoteOut]
    entities: list[EntityOut] = Field(
        description="The entities that matter to the story, most salient first "
        "(options.briefing_entities at most)."
    )
    other_entities: list[EntityOut] = Field(
        description="The other people, organisations and places the articles name."
    )
    timeline: list[TimelineEventOut]
    sources: list[SourceOut]
    problems: list[ProblemOut]


class HealthOut(BaseModel):
    status: Literal["ok"]
    version: str


class LimitsOut(BaseModel):
    max_body_bytes: int
    max_documents: int
    request_timeout: float


class ExampleOut(BaseModel):
    documents: list[dict] = Field(description="Documents ready to POST to /v1/summarize.")


#: File name -> the model whose JSON Schema it holds.
SCHEMAS = {"summary.schema.json": SummaryOut, "briefing.schema.json": BriefingOut}


def json_schema(model: type[BaseModel]) -> str:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **model.model_json_schema(mode="serialization"),
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> None:
    folder = Path(argv[0] if argv else "docs")
    folder.mkdir(parents=True, exist_ok=True)
    for name, model in SCHEMAS.items():
        (folder / name).write_text(json_schema(model), encoding="utf-8")
        print(folder / name)


if __name__ == "__main__":
    main(sys.argv[1:])
