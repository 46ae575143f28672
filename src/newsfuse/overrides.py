"""Keyword overrides of :class:`~newsfuse.options.Options`, typed for editors and type checkers.

``newsfuse.summarize(docs, words=120)`` takes any ``Options`` field as a keyword. The functions
annotate ``**overrides: Unpack[OptionOverrides]``, so mypy, pyright and editors complete the names
and check the types; at run time an unknown keyword is a TypeError naming it.
``tests/test_data_api.py`` keeps this class field for field equal to ``Options``.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import fields
from typing import TypedDict

from newsfuse.options import Options


class OptionOverrides(TypedDict, total=False):
    """Every field of :class:`~newsfuse.options.Options` (see there for what each does), as a
    keyword argument; lists are accepted where ``Options`` holds tuples."""

    words: int | None
    sentences: int | None
    characters: int | None
    support_weight: float
    outlet_weight: float
    centrality_weight: float
    position_weight: float
    relative_position_weight: float
    shared_concepts_weight: float
    reported_concepts_weight: float
    quote_weight: float
    redundancy: float
    support_threshold: float
    min_sentence_words: int
    max_sentence_words: int
    standalone_sentences: bool
    duplicate_threshold: float
    min_document_words: int
    max_sentences: int
    max_file_bytes: int
    query: str | None
    seen: Sequence[str]
    selector: str
    relevance_weight: float
    seen_weight: float
    seen_redundancy: float
    concept_min_documents: int
    concept_bonus: float
    concept_min_sentence_words: int
    fetch_timeout: float
    fetch_max_bytes: int
    fetch_concurrency: int
    max_redirects: int
    use_cache: bool
    cache_dir: str | None
    cache_fresh_seconds: float
    allow_private_addresses: bool
    fetch_allowed_networks: Sequence[str]
    entity_model: str
    timeline_events: int
    agreement_claims: int
    briefing_entities: int
    story_threshold: float
    story_neighbours: int
    story_window_days: float
    story_window_by: str
    mode: str
    llm_url: str | None
    llm_model: str
    llm_api_key_env: str
    llm_gguf: str | None
    llm_threads: int
    llm_context: int
    llm_timeout: float
    llm_retries: int
    llm_backoff: float
    llm_temperature: float


def options_with(options: Options | None, overrides: Mapping[str, object], caller: str) -> Options:
    """``options`` (or the defaults) with ``overrides`` applied; an unknown keyword is a
    TypeError naming it and ``caller``, with the nearest option name when there is one."""
    options = options or Options()
    if not overrides:
        return options
    known = [f.name for f in fields(Options)]
    for name in overrides:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else " (see newsfuse.Options)"
            raise TypeError(f"{caller}() got an unknown option keyword {name!r}{hint}")
    return options.with_(**overrides)
