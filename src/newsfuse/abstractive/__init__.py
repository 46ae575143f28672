"""Abstractive mode: a language model rewrites the selected facts, verified against the sources.

Needs the ``llm`` extra (``pip install newsfuse[llm]``: httpx and xllamacpp); the extractive mode
never imports this package.
"""

from newsfuse.abstractive.backends import (
    ChatBackend,
    GGUFBackend,
    ModelUnavailable,
    OpenAIChatBackend,
    open_backend,
)
from newsfuse.abstractive.facts import Fact
from newsfuse.abstractive.parse import DraftSentence, parse_draft
from newsfuse.abstractive.rewrite import summarize_abstractive
from newsfuse.abstractive.verify import Evidence, check_sentence

__all__ = [
    "ChatBackend",
    "DraftSentence",
    "Evidence",
    "Fact",
    "GGUFBackend",
    "ModelUnavailable",
    "OpenAIChatBackend",
    "check_sentence",
    "open_backend",
    "parse_draft",
    "summarize_abstractive",
]
