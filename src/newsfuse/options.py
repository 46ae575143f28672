"""The one typed options object; every knob of the pipeline lives here with its default."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace


@dataclass(frozen=True)
class Options:
    """How to build a summary.

    Budget: exactly one of ``words``, ``sentences`` or ``characters`` limits the summary; when
    ``sentences`` or ``characters`` is set it wins over ``words``. Word and character budgets are
    hard limits: the summary never exceeds them (a last sentence that would not fit is skipped, or
    cut at a word boundary with an ellipsis only when nothing else fits).
    """

    #: Summary length in words (the Multi-News convention is 250).
    words: int | None = 250
    #: Summary length in sentences; overrides ``words`` when set.
    sentences: int | None = None
    #: Summary length in characters; overrides ``words`` when set.
    characters: int | None = None

    #: Weight of cross-outlet support: how many other outlets report the sentence's content.
    support_weight: float = 1.0
    #: Weight of centrality: similarity of the sentence to its whole cluster.
    centrality_weight: float = 1.0
    #: Weight of position: early sentences of an article carry its news (inverted pyramid).
    position_weight: float = 1.0
    #: A candidate whose similarity to an already chosen sentence exceeds this is redundant.
    redundancy: float = 0.4

    #: Similarity above which a sentence of another outlet counts as reporting the same content.
    support_threshold: float = 0.3
    #: Sentences shorter than this many words are not chosen (headlines, captions, fragments).
    min_sentence_words: int = 8
    #: Sentences longer than this many words are not chosen (run-on scrape artefacts).
    max_sentence_words: int = 80
    #: Two documents this similar (word-shingle overlap) are copies: the later one is dropped.
    duplicate_threshold: float = 0.8
    #: Documents with fewer words than this after cleaning hold no article and are dropped.
    min_document_words: int = 30
    #: Input files larger than this many bytes are refused (a news article is far smaller).
    max_file_bytes: int = 10_000_000

    def __post_init__(self) -> None:
        for name in ("words", "sentences", "characters"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"options.{name} must be a positive integer, got {value!r}")
        for name in ("redundancy", "support_threshold", "duplicate_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"options.{name} must lie between 0 and 1, got {value!r}")

    def with_(self, **changes) -> Options:
        """A copy with some fields changed."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
        return replace(self, **changes)

    def to_dict(self) -> dict:
        return asdict(self)
