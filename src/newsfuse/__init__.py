"""newsfuse: cited multi-document summaries and briefings from many news outlets."""

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

__version__ = "0.1.0"

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
    "Summary",
    "SummarySentence",
    "Wording",
    "brief",
    "prepare",
    "summarize",
]
