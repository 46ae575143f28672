"""Outlet names: from a URL's site, from a text file's front matter or a sidecar file, from
``NAME=PATH``.

A summary cites outlets by name, so "Reuters" beats "reuters.com", which beats a file stem.
What names a document, strongest last: the file's stem, the URL's site, the file's own metadata
(an HTML page's tags, a text file's front matter), its sidecar ``NAME.meta.json``, and
``--source NAME=PATH``.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

#: Sites whose name is not simply their domain. Keys are registrable domains.
KNOWN_SITES = {
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "theguardian.com": "The Guardian",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
    "bloomberg.com": "Bloomberg",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "npr.org": "NPR",
    "usatoday.com": "USA Today",
    "latimes.com": "Los Angeles Times",
    "politico.com": "Politico",
    "axios.com": "Axios",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "Deutsche Welle",
    "france24.com": "France 24",
    "lemonde.fr": "Le Monde",
    "lefigaro.fr": "Le Figaro",
    "spiegel.de": "Der Spiegel",
    "zeit.de": "Die Zeit",
    "elpais.com": "El País",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "thetimes.co.uk": "The Times",
    "skynews.com": "Sky News",
    "news.sky.com": "Sky News",
    "abc.net.au": "ABC News (Australia)",
    "smh.com.au": "The Sydney Morning Herald",
    "cbc.ca": "CBC News",
    "theglobeandmail.com": "The Globe and Mail",
    "hindustantimes.com": "Hindustan Times",
    "timesofindia.indiatimes.com": "The Times of India",
    "scmp.com": "South China Morning Post",
    "japantimes.co.jp": "The Japan Times",
}
#: Second-level labels under which registrable domains have three labels (bbc.co.uk, smh.com.au).
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"}


def registrable_domain(host: str) -> str:
    """``news.bbc.co.uk`` -> ``bbc.co.uk``; an IP address or a one-label host stays as it is."""
    host = host.lower().rstrip(".")
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    keep = 3 if labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def site_name(url: str | None) -> str | None:
    """The outlet a URL implies: a known site's name, else its registrable domain."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return None
    if not host:
        return None
    if host in KNOWN_SITES:  # a subdomain with a name of its own (news.sky.com)
        return KNOWN_SITES[host]
    domain = registrable_domain(host)
    return KNOWN_SITES.get(domain, domain)


# Front matter: a first line of ---, then "key: value" lines, then a line of ---.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
#: Metadata keys (front matter or sidecar) a text file may set, and the document field each fills.
FRONT_MATTER_FIELDS = {
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "title": "title",
    "url": "url",
    "link": "url",
    "published": "published",
    "date": "published",
    "author": "author",
}
#: A file ``story.meta.json`` beside ``story.txt`` (or ``story.html``) holds its metadata.
SIDECAR_SUFFIX = ".meta.json"
_KNOWN_KEYS = "source, title, url, published or author"


@dataclass
class FrontMatter:
    """What a text file's front matter says, and the text after it."""

    text: str
    fields: dict[str, str] = field(default_factory=dict)
    #: Every ``key: value`` of the block as written, unknown keys (a typo, another tool's) too.
    raw: dict[str, str] = field(default_factory=dict)


def split_front_matter(text: str) -> FrontMatter:
    """Read YAML-like ``key: value`` lines between ``---`` lines at the top of a text file.

    Only the simple ``key: value`` form is read (no nesting): that is what a person writes to
    name an outlet. Text that does not start with such a block, or whose block sets none of the
    known keys, is returned unchanged (a ``---`` divider in prose is not front matter).
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return FrontMatter(text)
    found: dict[str, str] = {}
    raw: dict[str, str] = {}
    for line in match.group(1).splitlines():
        item = _FIELD.match(line)
        if item is None:
            if line.strip() and not line.lstrip().startswith("#"):
                return FrontMatter(text)  # not front matter after all (a divider in prose)
            continue
        key = FRONT_MATTER_FIELDS.get(item.group(1).lower())
        value = item.group(2).strip().strip("\"'")
        raw.setdefault(item.group(1), value)
        if key and value:
            found.setdefault(key, value)
    if not found:
        return FrontMatter(text)
    return FrontMatter(text[match.end() :], found, raw)


@dataclass
class Metadata:
    """Document fields (``source``, ``title``, ``url``, ``published``, ``author``) read from
    front matter or a sidecar, and a message for each field that could not be used."""

    fields: dict[str, object] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def checked_metadata(raw: Mapping[str, object], origin: str) -> Metadata:
    """Map ``raw`` keys (aliases allowed: ``outlet``, ``date``…) to document fields, refusing
    unknown keys, values that are not text, dates that are not ISO 8601 and URLs that are not
    web addresses; each refusal is a message naming ``origin`` and the field."""
    from newsfuse.ingest.datasets import parse_published

    metadata = Metadata()
    for key, value in raw.items():
        target = FRONT_MATTER_FIELDS.get(str(key).lower())
        where = f"{origin} field {key!r}"
        if target is None:
            metadata.problems.append(f"{where} is not known (use {_KNOWN_KEYS}); it is ignored")
            continue
        if value is None or value == "" or target in metadata.fields:
            continue
        if not isinstance(value, str):
            metadata.problems.append(f"{where} must be text, got {type(value).__name__}")
            continue
        value = value.strip()
        if target == "published":
            try:
                metadata.fields[target] = parse_published(value)
            except ValueError:
                metadata.problems.append(
                    f"{where}: {value!r} is not an ISO 8601 date (like 2026-03-02); "
                    "the article is used without a date"
                )
            continue
        if target == "url" and urlsplit(value).scheme not in ("http", "https"):
            metadata.problems.append(f"{where}: {value!r} is not a web address (http or https)")
            continue
        metadata.fields[target] = value
    return metadata


def sidecar_of(path: Path) -> Path:
    """Where the article file ``path`` keeps its metadata: ``story.txt`` -> ``story.meta.json``."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> Metadata | None:
    """The metadata in ``path``'s sidecar, or None when it has none.

    A sidecar is a JSON object such as ``{"source": "Meridian Wire", "published": "2026-03-02"}``.
    """
    sidecar = sidecar_of(path)
    if not sidecar.is_file():
        return None
    try:
        raw = json.loads(sidecar.read_text("utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        return Metadata(problems=[f"cannot read {sidecar.name}: {error}"])
    except json.JSONDecodeError as error:
        return Metadata(
            problems=[f"{sidecar.name} is not valid JSON ({error.msg} at line {error.lineno})"]
        )
    if not isinstance(raw, dict):
        return Metadata(
            problems=[f"{sidecar.name} must hold a JSON object, got {type(raw).__name__}"]
        )
    return checked_metadata(raw, sidecar.name)


def parse_named_input(spec: str) -> tuple[str, str]:
    """``Reuters=path.txt`` -> (``Reuters``, ``path.txt``); raises ValueError otherwise."""
    name, sep, path = spec.partition("=")
    if not sep or not name.strip() or not path.strip():
        raise ValueError(f"expected NAME=PATH (e.g. Reuters=story.txt), got {spec!r}")
    return name.strip(), path.strip()
