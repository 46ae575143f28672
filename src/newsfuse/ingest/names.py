"""Outlet names: from a URL's site, from front matter in a text file, from ``NAME=PATH``.

A summary cites outlets by name, so "Reuters" beats "reuters.com", which beats a file stem.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
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
#: Front matter keys a text file may set, and the document field each one fills.
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


@dataclass
class FrontMatter:
    """What a text file's front matter says, and the text after it."""

    text: str
    fields: dict[str, str] = field(default_factory=dict)


def split_front_matter(text: str) -> FrontMatter:
    """Read YAML-like ``key: value`` lines between ``---`` lines at the top of a text file.

    Only the simple ``key: value`` form is read (no nesting): that is what a person writes to
    name an outlet. Text that does not start with such a block is returned unchanged.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return FrontMatter(text)
    found: dict[str, str] = {}
    for line in match.group(1).splitlines():
        item = _FIELD.match(line)
        if item is None:
            if line.strip() and not line.lstrip().startswith("#"):
                return FrontMatter(text)  # not front matter after all (a divider in prose)
            continue
        key = FRONT_MATTER_FIELDS.get(item.group(1).lower())
        value = item.group(2).strip().strip("\"'")
        if key and value:
            found.setdefault(key, value)
    if not found:
        return FrontMatter(text)
    return FrontMatter(text[match.end() :], found)


def parse_named_input(spec: str) -> tuple[str, str]:
    """``Reuters=path.txt`` -> (``Reuters``, ``path.txt``); raises ValueError otherwise."""
    name, sep, path = spec.partition("=")
    if not sep or not name.strip() or not path.strip():
        raise ValueError(f"expected NAME=PATH (e.g. Reuters=story.txt), got {spec!r}")
    return name.strip(), path.strip()
