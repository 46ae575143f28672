"""The merger's name index: it compares each name only with the names that can match it, and
merges exactly as comparing every pair of names does (invented names)."""

from __future__ import annotations

import functools
import random

import pytest

from newsfuse.briefing import entities
from newsfuse.briefing.entities import Mention, merge_mentions

# Variants a story uses for one name, and names that only look alike.
VARIANTS = [
    ("Sergey Olenko", "person", False),
    ("Sergei Olenko", "person", False),
    ("Olenko", "", False),
    ("Olenko", "person", True),
    ("Andrew Tasker", "person", False),
    ("Andy Tasker", "person", False),
    ("Tasker", "", False),
    ("Heather Vantorp", "person", False),
    ("Heather Vantrop", "person", False),
    ("Vantrop", "", False),
    ("Ben van Beurden", "person", False),
    ("van Beurden", "person", False),
    ("Ban Ki-moon", "person", False),
    ("Ban Ki", "person", False),
    ("Harry Dreyfuss", "person", False),
    ("Harry", "", False),
    ("Marta Ilves", "organisation", False),
    ("Ilves", "person", True),
    ("United Nations Security Council", "organisation", False),
    ("UN Security Council", "organisation", False),
    ("Security Council", "organisation", False),
    ("Royal London Asset Management", "organisation", False),
    ("Royal London", "", False),
    ("Los Angeles", "place", False),
    ("Los Angles", "place", False),
    ("LA", "place", False),
    ("Los Angeles Police Department", "organisation", False),
    ("LAPD", "organisation", False),
    ("Northway Ferries", "organisation", False),
    ("Northway", "", False),
    ("Occupy Los Angeles", "organisation", False),
    ("Occupy L.A.", "organisation", False),
    ("Coty", "organisation", False),
    ("Coty Inc.", "organisation", False),
    ("Coty Professional Beauty", "person", False),
    ("Port Alder", "place", False),
    ("Port Alder Police Department", "organisation", False),
    ("Riverside Water Authority", "organisation", False),
    ("RWA", "organisation", False),
]
FIRST = ["Sergey", "Sergei", "Anna", "Ana", "Steve", "Stephen", "Maria", "Mario", "Jon", "John"]
LAST = ["Olenko", "Olenkov", "Vantorp", "Vantrop", "Keller", "Keler", "Brandt", "Brant", "Ilves"]
ORG = ["Velmar", "Velmer", "Northway", "Alder", "Meridian", "Meridan", "Coast", "River"]
ENDING = ["Ferries", "Authority", "Council", "Group", "Police Department", "Bank", ""]


def _mentions(seed: int, count: int) -> list[Mention]:
    """The variants above, then ``count`` names made of near-alike parts, over five articles."""
    rng = random.Random(seed)
    names = list(VARIANTS)
    for _ in range(count):
        shape = rng.random()
        if shape < 0.45:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            names.append((name, rng.choice(["person", "person", ""]), rng.random() < 0.2))
        elif shape < 0.6:
            names.append((rng.choice(LAST + FIRST), rng.choice(["", "person", "place"]), False))
        else:
            name = f"{rng.choice(ORG)} {rng.choice(ENDING)}".strip()
            if rng.random() < 0.2:
                name = "".join(word[0] for word in name.split()) + " " + rng.choice(ENDING)
            kind = rng.choice(["organisation", "place", "other", ""])
            names.append((name.strip(), kind, False))
    mentions = []
    for position, (text, kind, titled) in enumerate(names * 2):
        doc_index = rng.randrange(5)
        start = 40 * position + rng.randrange(20)
        mentions.append(Mention(doc_index, start, start + len(text), text, kind, titled))
    return mentions


def _merged(index) -> list[tuple]:
    return [(e.name, e.kind, e.variants, e.mentions) for e in index.entities]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_index_merges_exactly_as_comparing_every_pair(seed, monkeypatch):
    mentions = _mentions(seed, 300)
    sources = [1, 2, 3, 4, 5]
    indexed = merge_mentions(mentions, sources)
    every_pair = functools.partial(entities._NameIndex, exhaustive=True)
    monkeypatch.setattr(entities, "_NameIndex", every_pair)
    scanned = merge_mentions(mentions, sources)
    assert _merged(indexed) == _merged(scanned)
    assert indexed._lookup == scanned._lookup


def test_the_variants_are_merged():
    index = merge_mentions(_mentions(0, 0), [1, 2, 3, 4, 5])
    for variant, name in [
        ("Sergei Olenko", "Sergey Olenko"),
        ("Heather Vantrop", "Heather Vantorp"),
        ("van Beurden", "Ben van Beurden"),
        ("Ban Ki", "Ban Ki-moon"),
        ("UN Security Council", "United Nations Security Council"),
        ("Los Angles", "Los Angeles"),
        ("Royal London", "Royal London Asset Management"),
        ("Northway", "Northway Ferries"),
    ]:
        assert index.canonical(variant) == index.canonical(name) is not None
    assert index.canonical("LA") != index.canonical("LAPD")


def test_one_edit_apart_means_a_shared_deletion_key():
    near = entities._near_keys
    for a, b in [("olenko", "olenkov"), ("vantorp", "vantrop"), ("keller", "keler"), ("ab", "ba")]:
        assert near(a) & near(b)
    assert not near("olenko") & near("brandt")
