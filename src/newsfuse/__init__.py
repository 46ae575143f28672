"""newsfuse: cited multi-document summaries and briefings from many news outlets.

The public names below are imported on first use (PEP 562), so ``import newsfuse`` stays cheap:
scikit-learn, spaCy and the briefing load only when a summary or briefing is asked for.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

#: Public name -> the module that defines it. Add new public functions and classes here.
_EXPORTS = {
    "NoDocumentsError": "newsfuse.api",
    "prepare": "newsfuse.api",
    "summarize": "newsfuse.api",
    "Briefing": "newsfuse.briefing",
    "brief": "newsfuse.briefing",
    "Citation": "newsfuse.domain",
    "Cluster": "newsfuse.domain",
    "Document": "newsfuse.domain",
    "Problem": "newsfuse.domain",
    "Sentence": "newsfuse.domain",
    "Source": "newsfuse.domain",
    "Summary": "newsfuse.domain",
    "SummarySentence": "newsfuse.domain",
    "Wording": "newsfuse.domain",
    "Options": "newsfuse.options",
    "Stories": "newsfuse.stories",
    "Story": "newsfuse.stories",
    "StoryArticle": "newsfuse.stories",
    "StoryStore": "newsfuse.stories",
    "cluster": "newsfuse.stories",
}

# Kept equal to the keys of _EXPORTS (tests/test_package.py checks it).
__all__ = [
    "Briefing",
    "Citation",
    "Cluster",
    "Document",
    "NoDocumentsError",
    "Options",
    "Problem",
    "Sentence",
    "Source",
    "Stories",
    "Story",
    "StoryArticle",
    "StoryStore",
    "Summary",
    "SummarySentence",
    "Wording",
    "brief",
    "cluster",
    "prepare",
    "summarize",
]

if TYPE_CHECKING:  # for type checkers and IDEs; at run time __getattr__ does the work
    from newsfuse.api import NoDocumentsError, prepare, summarize
    from newsfuse.briefing import Briefing, brief
    from newsfuse.domain import (
        Citation,
        Cluster,
        Document,
        Problem,
        Sentence,
        Source,
        Summary,
        SummarySentence,
        Wording,
    )
    from newsfuse.options import Options
    from newsfuse.stories import Stories, Story, StoryArticle, StoryStore, cluster


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsfuse' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
