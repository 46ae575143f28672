"""Entity cues kept to their intent: what a reviewer's invented inputs showed them doing wrong."""

from __future__ import annotations

import pytest

from test_entity_cues import _named


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_renaming_a_road_or_naming_a_firm_in_a_suit_joins_no_names(engine):
    found = _named(
        "The Kell City Council renamed Harbour Road on Monday after a long campaign. Ann Voss"
        " said Harbour Road had carried the old name for a century.",
        "Kell Holdings also named Orr Shipping in the suit, saying its tanker leaked oil."
        " Orr Shipping said it would fight the claim.",
        engine=engine,
    )
    assert not [e for e in found.values() if len(e.variants) > 1 and "Harbour Road" in e.variants]
    assert not [e for e in found.values() if {"Kell Holdings", "Orr Shipping"} <= set(e.variants)]


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_word_and_a_comma_before_a_name_set_no_kind_unless_an_apposition(engine):
    found = _named(
        "The Velmar Bank reported record profits. For the bank, Tarrow is now its biggest"
        " market, chief executive Ann Voss said. Profits in Tarrow doubled.",
        "Velmar Bank's profits rose on strong lending in Tarrow, where the bank opened ten"
        " branches in central Tarrow last year.",
        engine=engine,
    )
    assert found["Tarrow"].kind == "place"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_match_a_subsidiary_a_job_title_and_a_list_of_winners_keep_their_kinds(engine):
    found = _named(
        "Police in Tarrow arrested twelve fans after the Tarrow game on Saturday. Fighting"
        " broke out in central Tarrow. Kell Holdings and its Orr Shipping arm will pay for"
        " the damage, said Tomas Brandt, Regional Director for the Kell Relief Fund (KRF).",
        "Fans clashed in Tarrow after the Tarrow game, officials said. The KRF sent aid.\n"
        "Medal winners at the games so far:\nAnn Voss\nLena Kovac\n\nThe games go on.",
        engine=engine,
    )
    assert found["Tarrow"].kind == "place"
    assert "Orr Shipping" not in found or found["Orr Shipping"].kind != "other"
    assert not [n for n in found if n.startswith("Regional Director for")], list(found)
    assert all(found[n].kind == "person" for n in ("Ann Voss", "Lena Kovac") if n in found)


def test_a_styled_noun_is_no_name_and_software_for_a_firm_is_no_product():
    found = _named(
        "The Government announced a housing plan on Monday. Minister Ann Voss said the"
        " Government would build homes in Kell. Critics said the Government had waited too"
        " long, and the Government promised more. Kell Soft has built booking software for"
        " Tarrow Air, the companies said.",
        "The Government's plan was welcomed in Kell, where the government owns most land."
        " Tarrow Air will use the new booking software from June, its chief said.",
    )
    assert "Government" not in found, list(found)
    assert "Tarrow Air" not in found or found["Tarrow Air"].kind != "other"
