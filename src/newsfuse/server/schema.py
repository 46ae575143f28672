"""The request bodies of the API, as pydantic models (they also make the OpenAPI docs).

The options model is built from :class:`newsfuse.options.Options` itself, so a knob added there
is accepted by the API at once, with the comment above its field as its description.
"""

from __future__ import annotations

import inspect
import re
import typing
from dataclasses import MISSING, fields
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator, model_validator

from newsfuse.daterange import check_year
from newsfuse.ingest.datasets import scrub_surrogates
from newsfuse.options import Options

#: Options a client may not set: the server's settings govern input size, fetching and caching,
#: and the language model (a client-chosen llm_url or llm_api_key_env would send the server's
#: key or environment to any address; llm_gguf would load any file on the server).
# Options a client may not set: they reach the server's disk, network, memory or model, or
# (mode) need a model only the operator can configure.
SERVER_ONLY_OPTIONS = {
    "max_file_bytes",
    "max_redirects",
    "use_cache",
    "allow_private_addresses",
    "max_sentences",
    "mode",
}
SERVER_ONLY_PREFIXES = ("fetch_", "cache_", "llm_")


def client_may_set(option: str) -> bool:
    return option not in SERVER_ONLY_OPTIONS and not option.startswith(SERVER_ONLY_PREFIXES)


def _option_comments() -> dict[str, str]:
    """The ``#:`` comment above each field of Options, joined into one line."""
    comments: dict[str, str] = {}
    pending: list[str] = []
    for line in inspect.getsource(Options).splitlines():
        stripped = line.strip()
        if stripped.startswith("#:"):
            pending.append(stripped[2:].strip())
            continue
        match = re.match(r"(\w+)\s*:", stripped)
        if match and pending:
            comments[match.group(1)] = " ".join(pending)
        pending = []
    return comments


def _options_model() -> type[BaseModel]:
    hints = typing.get_type_hints(Options)
    comments = _option_comments()
    definitions: dict[str, Any] = {}
    for option in fields(Options):
        if not client_may_set(option.name):
            continue
        default = None if option.default is MISSING else option.default
        description = comments.get(option.name, "")
        description += f" Default: {default}." if description else f"Default: {default}."
        hint = list[str] if hints[option.name] == tuple[str, ...] else hints[option.name]  # JSON
        definitions[option.name] = (hint | None, Field(None, description=description))
    return create_model(
        "OptionsIn",
        __config__=ConfigDict(extra="forbid", strict=True),
        __doc__="Fields of newsfuse.options.Options; an absent or null field keeps its default.",
        **definitions,
    )


OptionsIn = _options_model()


_JSON_KINDS = {int: "a number", float: "a number", bool: "a boolean", list: "an array"}
_JSON_KINDS[type(None)] = "null"


class DocumentIn(BaseModel):
    """One article: its ``text`` (or its page's ``html``) and, optionally, where it came from.

    A plain string is accepted in place of the object and read as ``{"text": ...}``.
    """

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The article as plain text.")
    html: str | None = Field(None, description="The article's web page; its text is extracted.")
    source: str | None = Field(None, description="The outlet, e.g. 'Harbour Gazette'.")
    title: str | None = None
    url: str | None = Field(None, description="Where the article was published (not fetched).")
    published: datetime | None = None
    author: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _plain_string(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"text": value}
        if not isinstance(value, dict):
            kind = _JSON_KINDS.get(type(value), type(value).__name__)
            raise ValueError(
                f"a document is a string or an object with 'text' or 'html', not {kind}"
            )
        return value

    @field_validator("published")
    @classmethod
    def _sane_year(cls, value: datetime | None) -> datetime | None:
        return value if value is None else check_year(value)

    @model_validator(mode="after")
    def _one_body(self) -> DocumentIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class FileIn(BaseModel):
    """A file as the user had it: read by its name's suffix like ``newsfuse summarize`` does."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(..., min_length=1, description="File name; its suffix picks the reader.")
    content: str = Field(..., description="The file's text.")


class SummarizeRequest(BaseModel):
    """Articles about one story, and how to summarize them."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(default_factory=list)
    files: list[FileIn] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list, description="Article addresses to fetch.")
    options: OptionsIn = Field(default_factory=OptionsIn)  # type: ignore[valid-type]
    include_documents: bool = Field(
        False,
        description="Add a 'documents' field: each used document's cleaned text and the "
        "[start, end) offsets of its sentences, which citations' sentence_index point into.",
    )

    @model_validator(mode="before")
    @classmethod
    def _no_lone_surrogates(cls, value: Any) -> Any:
        # JSON may escape a lone surrogate ("\ud800"), which no UTF-8 output can carry.
        return scrub_surrogates(value)

    def options_given(self) -> dict[str, Any]:
        return {k: v for k, v in self.options.model_dump().items() if v is not None}

    def input_count(self) -> int:
        return len(self.documents) + len(self.files) + len(self.urls)

    @classmethod
    def example(cls) -> dict:
        return {
            "documents": [
                {"source": "Harbour Gazette", "text": "Twelve people died when ..."},
                "A plain string is a document too ...",
            ],
            "options": {"words": 120},
        }


class BriefRequest(SummarizeRequest):
    """Articles about one story, for a briefing: summary, claims, conflicts, quotes and more."""
