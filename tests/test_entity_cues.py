"""Entities on held-out kinds of story: acronyms introduced in brackets, lists that say what
their items are, product and cast cues, plurals of a people (invented stories)."""

from __future__ import annotations

import pytest

import newsfuse


def _brief(*texts: str, engine: str = "spacy"):
    documents = [newsfuse.Document(text=t, source=f"Outlet {k}") for k, t in enumerate(texts, 1)]
    return newsfuse.brief(documents, entity_model=engine)


def _listed(briefing) -> dict[str, object]:
    return {e.name: e for e in briefing.entities}


def _all(briefing) -> dict[str, object]:
    return {e.name: e for e in briefing.entities + briefing.other_entities}


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_an_acronym_introduced_in_brackets_is_the_name_before_it(engine):
    briefing = _brief(
        "Rebels take Orrin\n\nFighters of the Movement for the Defence of Kell Harbour (MDKH)"
        " took the port of Orrin on Sunday. The MDKH said it would hold Orrin until the army"
        " left, and an MDKH commander said the fighters would not harm residents.",
        "Army pulls out of Orrin\n\nThe army left Orrin on Monday after the Movement for the"
        " Defence of the Kell Harbour took the port, officials said. The Velmar Bureau of"
        " Investigation said the VBI had opened an inquiry into the attack.",
        engine=engine,
    )
    found = _all(briefing)
    movement = [e for e in found.values() if "MDKH" in e.variants]
    assert len(movement) == 1, found
    assert movement[0].name.startswith("Movement for the Defence of"), movement[0].name
    assert movement[0].kind == "organisation"
    assert "MDKH" not in found
    bureau = found.get("Velmar Bureau of Investigation")
    assert bureau is not None and "VBI" in bureau.variants, found
