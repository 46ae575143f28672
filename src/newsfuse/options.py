"""The one typed options object; every knob of the pipeline lives here with its default."""

from __future__ import annotations

import ipaddress
import math
from dataclasses import asdict, dataclass, fields, replace

#: The summary modes: sentences of the sources, or a language model's verified rewriting of them.
MODES = ("extractive", "abstractive")


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

    # The selector's knobs; docs/method.md explains each and gives the measurements behind it.
    # The weights below were fitted together (ridge regression on the tuning half of Multi-News
    # dev, predicting each candidate's bigram precision against the references), rounded, then
    # retuned together by coordinate ascent once relative position was added (docs/method.md,
    # "Selector 4").
    #: Weight of cross-outlet support: how closely the other outlets report the sentence's content
    #: (for each other outlet its most similar sentence, averaged over outlets).
    support_weight: float = 0.3
    #: Weight of outlet agreement: how much the sentence's whole article agrees with the others;
    #: keeps an off-topic or junk document out of the summary.
    outlet_weight: float = 0.3
    #: Weight of centrality: similarity of the sentence to its whole cluster.
    centrality_weight: float = 0.7
    #: Weight of position: early sentences of an article carry its news (inverted pyramid).
    position_weight: float = 1.0
    #: Weight of relative position: 1 - (the sentence's index / its article's sentence count), so
    #: the tenth sentence of a long feature still counts as early and that of a short brief does
    #: not (added after the fit; Multi-News dev +0.7 R-1 / +0.6 R-2 on both halves).
    relative_position_weight: float = 1.0
    #: Weight of reported concepts: the mean share of documents stating each of the sentence's
    #: concepts (stemmed bigrams; newsfuse.concepts.concept_support).
    reported_concepts_weight: float = 0.5
    #: Weight of shared concepts: the share of the sentence's concepts that 2+ documents state.
    shared_concepts_weight: float = 0.6
    #: Weight of a quotation mark in the sentence.
    quote_weight: float = 0.45
    #: A candidate whose similarity to an already chosen sentence exceeds this is redundant.
    redundancy: float = 0.4

    #: Similarity above which a sentence of another outlet counts as reporting the same content.
    support_threshold: float = 0.3
    #: Sentences shorter than this many words are not chosen (headlines, captions, fragments).
    min_sentence_words: int = 12
    #: Sentences longer than this many words are not chosen (run-on scrape artefacts).
    max_sentence_words: int = 80
    #: Every summary sentence stands alone: none that leans on the sentence before it ("He
    #: recited ...", "In one, ...", "But ...", a quotation given only to "he said"). Off, the
    #: summary may take them (Multi-News dev R-2 +0.06, and a reader is left asking who "he" is).
    standalone_sentences: bool = True
    #: Two documents this similar (word-shingle overlap) are copies: the later one is dropped.
    duplicate_threshold: float = 0.8
    #: Documents with fewer words than this after cleaning hold no article and are dropped.
    min_document_words: int = 30
    #: Safety bound only: at most this many sentences are analysed (similarity is computed in
    #: sparse blocks, so memory grows linearly); beyond it, each article keeps its first
    #: sentences, round-robin, and a problem says so.
    max_sentences: int = 200_000
    #: Input files larger than this many bytes are refused (a news article is far smaller).
    max_file_bytes: int = 10_000_000

    # Question and update summaries, and the concept selector (newsfuse.concepts).
    #: A question the summary should answer (query-focused summary); None for a generic summary.
    query: str | None = None
    #: Texts the reader has already read (update summary): the summary covers only what is new.
    seen: tuple[str, ...] = ()
    #: "auto" (concept coverage solved exactly when there is a query or seen text, else the
    #: scored greedy selector), "concepts" (always the integer program) or "greedy" (never).
    selector: str = "auto"
    #: How much a concept sharing a word with ``query`` gains: its weight is multiplied by
    #: 1 + relevance_weight.
    relevance_weight: float = 4.0
    #: Weight kept by a concept that a ``seen`` text already states (0: it is worth nothing).
    seen_weight: float = 0.3
    #: A sentence this similar (TF-IDF cosine) to a sentence of a ``seen`` text restates it and
    #: is not chosen.
    seen_redundancy: float = 0.5
    #: Concepts (stemmed content bigrams) must occur in at least this many documents to count;
    #: a cluster with fewer documents counts every bigram it has.
    concept_min_documents: int = 2
    #: The concept program's shortest candidate sentence. It values a sentence by its concepts,
    #: so a short fragment without any is never worth its words; the scored greedy selector
    #: needs ``min_sentence_words`` to keep such fragments out (DUC 2006 and 2007 tuning halves
    #: R-2 +0.1 and +0.4 at 10 words; Multi-News's greedy selector -0.4 at 10).
    concept_min_sentence_words: int = 10
    #: What the best-scored sentence (outlet agreement, centrality, position) adds to the
    #: integer program's objective, in units of one concept stated by one document; others
    #: add in proportion to their score.
    concept_bonus: float = 1.0

    # Fetching web pages and feeds (newsfuse.ingest.fetch).
    #: Seconds one URL may take in all (connecting, redirects and reading the body).
    fetch_timeout: float = 20.0
    #: Responses larger than this many bytes are refused (a news page is far smaller).
    fetch_max_bytes: int = 5_000_000
    #: How many URLs are fetched at the same time (also the connection pool's size).
    fetch_concurrency: int = 8
    #: Redirects followed per URL before giving up.
    max_redirects: int = 5
    #: Keep fetched pages on disk and revalidate them (ETag/Last-Modified) instead of re-fetching.
    use_cache: bool = True
    #: Where the fetch cache lives; None means $XDG_CACHE_HOME/newsfuse or ~/.cache/newsfuse.
    cache_dir: str | None = None
    #: A cached page younger than this many seconds is used without asking the server at all.
    cache_fresh_seconds: float = 900.0
    #: Fetch URLs whose host resolves to loopback, private, link-local or reserved addresses.
    #: True suits the CLI (users read their own intranet); a server must set False so that its
    #: callers cannot reach the machines behind it (every redirect hop is checked too).
    allow_private_addresses: bool = True
    #: Networks (CIDR) fetched even when ``allow_private_addresses`` is False: an operator's own
    #: news sources on an internal network.
    fetch_allowed_networks: tuple[str, ...] = ()
    #: Entity finder of the briefing: ``"auto"`` (spaCy's small English model when installed,
    #: else rules), ``"spacy"`` (fail if the model is missing) or ``"rules"`` (no model, fastest).
    entity_model: str = "auto"
    #: Briefing sizes: key events in the timeline, claims under "Agreement" (JSON keeps all claims).
    timeline_events: int = 10
    agreement_claims: int = 8
    #: At most this many entities under "Entities": those that matter to the story (named in
    #: its narrative, see ``briefing.salience``), which sizes the list by the story, 15-25 for
    #: most; the others the articles name stay in the briefing's ``other_entities``.
    briefing_entities: int = 40

    # Stories from a stream (newsfuse.stories); bench/stream.py measured these defaults.
    #: Two groups of articles form one story when their average similarity reaches this.
    story_threshold: float = 0.105
    #: How many most similar articles each article is compared with when grouping.
    story_neighbours: int = 30
    #: A stored story stays open for new articles this many days after its last article.
    story_window_days: float = 3.0
    #: Which time the window counts: "arrival" (when the article was added) or "published".
    story_window_by: str = "arrival"

    #: "extractive" (sentences of the sources, the default) or "abstractive": a language model
    #: rewrites the facts the extractive stage selected, and every sentence it writes is checked
    #: against its sources (needs ``llm_url`` or ``llm_gguf`` and ``pip install newsfuse[llm]``).
    mode: str = "extractive"
    #: An OpenAI-compatible chat endpoint, e.g. ``http://127.0.0.1:11434/v1`` (Ollama, vLLM,
    #: llama.cpp's server, a hosted API); ``/chat/completions`` is appended unless present.
    llm_url: str | None = None
    #: The model name sent to the endpoint.
    llm_model: str = "default"
    #: The environment variable that holds the endpoint's API key (keys never live in options).
    llm_api_key_env: str = "NEWSFUSE_LLM_API_KEY"
    #: A GGUF model file run in process by xllamacpp, used when ``llm_url`` is not set.
    llm_gguf: str | None = None
    #: CPU threads of the in-process model. 1 by default: on a shared 2-core machine, 2 threads
    #: collapsed to under 1 token/s whenever another process held a core.
    llm_threads: int = 1
    #: Context window of the in-process model, in tokens.
    llm_context: int = 4096
    #: Seconds one model request may take; a slower model is abandoned (extractive fallback).
    llm_timeout: float = 120.0
    #: Further attempts after an endpoint connection failure or a 429/5xx reply, with doubling
    #: back-off from ``llm_backoff`` seconds. A request that timed out is not repeated.
    llm_retries: int = 2
    #: First back-off pause between endpoint attempts, in seconds.
    llm_backoff: float = 0.5
    #: Sampling temperature; 0 keeps the rewriting as literal and repeatable as the model allows.
    llm_temperature: float = 0.0

    def __post_init__(self) -> None:
        for option in fields(self):
            value = getattr(self, option.name)
            # NaN passes every comparison below unnoticed, and infinity overflows timers.
            if isinstance(value, float) and not math.isfinite(value):
                raise ValueError(f"options.{option.name} must be a finite number, got {value!r}")
        if self.max_sentences < 1:
            raise ValueError(f"options.max_sentences must be positive, got {self.max_sentences!r}")
        for name in ("words", "sentences", "characters"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"options.{name} must be a positive integer, got {value!r}")
        for name in ("timeline_events", "agreement_claims", "briefing_entities"):
            if getattr(self, name) < 0:
                raise ValueError(f"options.{name} must be 0 or more, got {getattr(self, name)!r}")
        for name in ("fetch_timeout", "fetch_max_bytes", "fetch_concurrency"):
            if getattr(self, name) <= 0:
                raise ValueError(f"options.{name} must be positive, got {getattr(self, name)!r}")
        if self.max_redirects < 0:
            raise ValueError(f"options.max_redirects must be 0 or more, got {self.max_redirects!r}")
        for network in self.fetch_allowed_networks:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ValueError(
                    f"options.fetch_allowed_networks: {network!r} is not a network like 10.0.0.0/8"
                ) from None
        if self.entity_model not in ("auto", "spacy", "rules"):
            raise ValueError(
                f"options.entity_model must be auto, spacy or rules, got {self.entity_model!r}"
            )
        if self.selector not in ("auto", "concepts", "greedy"):
            raise ValueError(
                f"options.selector must be auto, concepts or greedy, got {self.selector!r}"
            )
        if isinstance(self.seen, list):  # the API and JSON give lists; the options hold tuples
            object.__setattr__(self, "seen", tuple(self.seen))
        if isinstance(self.seen, str) or not all(isinstance(t, str) for t in self.seen):
            raise ValueError("options.seen must be a list of texts")
        if self.relevance_weight < 0 or self.concept_min_documents < 1:
            raise ValueError("options.relevance_weight must be >= 0, concept_min_documents >= 1")
        for name in (
            "redundancy",
            "support_threshold",
            "duplicate_threshold",
            "seen_weight",
            "seen_redundancy",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"options.{name} must lie between 0 and 1, got {value!r}")
        if not 0.0 < self.story_threshold <= 1.0 or self.story_neighbours < 1:
            raise ValueError("options.story_threshold must lie in (0, 1], story_neighbours >= 1")
        if self.story_window_days <= 0 or self.story_window_by not in ("arrival", "published"):
            raise ValueError(
                "options.story_window_days must be positive, story_window_by arrival or published"
            )
        if self.mode not in MODES:
            raise ValueError(f"options.mode must be one of {', '.join(MODES)}, got {self.mode!r}")
        if self.mode == "abstractive" and not (self.llm_url or self.llm_gguf):
            raise ValueError("options.mode 'abstractive' needs llm_url or llm_gguf")
        if self.llm_url and self.llm_gguf:
            raise ValueError("options.llm_url and options.llm_gguf exclude each other; give one")
        for name in ("llm_threads", "llm_context"):
            if getattr(self, name) < 1:
                raise ValueError(f"options.{name} must be a positive integer")
        if self.llm_timeout <= 0 or self.llm_retries < 0 or self.llm_backoff < 0:
            raise ValueError("options.llm_timeout must be positive, llm_retries/llm_backoff >= 0")

    def with_(self, **changes) -> Options:
        """A copy with some fields changed."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
        return replace(self, **changes)

    def to_dict(self) -> dict:
        return asdict(self)
