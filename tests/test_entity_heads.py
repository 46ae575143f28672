"""Entities on fresh kinds of story: a place by its head word, a body by a common noun's
possessive, a science story's figures, terms and species, two names a finder ran together
(invented stories)."""

from __future__ import annotations

import pytest

from test_entity_cues import _all, _brief, _listed

TRAIL = (
    "Hikers crowd the Kestrel Trail\n\nMore hikers than ever set out on the Kestrel Trail this"
    " spring, the Kestrel Trail Association said. The KT runs 900 miles from the desert to the"
    " Orrin Wilderness, and crosses the Velmar Springs and the Sierra Tarn mountains on the way."
    " Walkers on the KT said the trail was crowded near Velmar Springs."
)
TRAIL_TOO = (
    "A long walk\n\nThe KT is the country's longest footpath. Ann Voss of the Kestrel Trail"
    " Association said permits for the KT ran out in March, and that rangers in the Orrin"
    " Wilderness would close camps. The trail ends at the Orrin Wilderness."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_name_ending_in_a_trail_or_a_wilderness_is_a_place_and_so_is_its_acronym(engine):
    found = _all(_brief(TRAIL, TRAIL_TOO, engine=engine))
    trail = next(e for e in found.values() if "KT" in e.variants)
    assert trail.kind == "place" and "Kestrel Trail" in trail.variants, trail
    assert "Kestrel Trail" not in found["Kestrel Trail Association"].variants
    assert found["Kestrel Trail Association"].kind == "organisation"
    assert found["Orrin Wilderness"].kind == "place"
    assert found["Velmar Springs"].kind == "place"
    assert found["Sierra Tarn"].kind == "place"  # "Sierra" is a first name, "mountains" says no


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_body_named_with_a_common_noun_s_possessive_is_listed(engine):
    listed = _listed(
        _brief(
            "Day care worker charged\n\nA worker at the Children’s Harbour Centre in Kell was"
            " charged on Monday, according to Kell County Sheriff’s Office records. The"
            " Children’s Harbour Centre said it had fired the worker after two children were"
            " hurt, and the Kell Tribune"
            " reports that the Kell County Sheriff’s Office is investigating.",
            "Worker held\n\nThe Children’s Harbour Centre in Kell fired two workers, the Kell"
            " Tribune reports. Ann Voss, 31, is held by the Kell County Sheriff’s Office.",
            engine=engine,
        )
    )
    assert listed["Children’s Harbour Centre"].kind in ("organisation", "place"), listed
    assert listed["Kell County Sheriff’s Office"].kind == "organisation"
    assert listed["Kell Tribune"].kind == "organisation"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_channel_written_with_and_without_a_space_is_one_broadcaster(engine):
    found = _all(
        _brief(
            "Fire at the pier\n\nA fire broke out at Granby Pier on Sunday, according to ABC 7"
            " Velmar. ABC7 said three people were hurt, and ABC7 later showed the pier.",
            "Pier fire\n\nThree people were hurt when a fire swept Granby Pier, ABC7 reported."
            " The city said the pier would reopen in May.",
            engine=engine,
        )
    )
    channel = [e for e in found.values() if "ABC7" in e.variants]
    assert len(channel) == 1 and {"ABC 7", "ABC 7 Velmar"} & set(channel[0].variants), found
    assert channel[0].kind == "organisation"


SCIENCE = (
    "A rainbow dinosaur\n\nScientists described Kellia orri, a feathered dinosaur from the Tarn"
    " Formation, in the journal Velmar Letters. Kellia orri lived 160 million years ago, and"
    " its feathers were iridescent, like those of the feathered dinosaur Brennia. Kellia had a"
    " skull like that of Velociraptor, said Ann Voss of the University of Orr.\n"
    "Scanning electron microscope (SEM) images show the feathers (Supplementary Fig. 4a;"
    " Supplementary Fig. 5). SEM data show the pigments in Kellia (Fig. 2). Manual phalanx"
    " III-2 is short in Kellia, as in Brennia (Supplementary Figs. 6, 7).\n"
    "Kellia orri differs from Brennia in its crest (Supplementary Fig. 8), Voss said. The"
    " Tarn Formation also gave Brennia."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_science_story_lists_species_as_things_and_no_figures_or_terms(engine):
    found = _all(_brief(SCIENCE, engine=engine))
    assert not [n for n in found if "Fig" in n or n in ("SEM", "III-2", "III")], found
    kellia = [e for e in found.values() if "Kellia" in e.variants]
    assert len(kellia) == 1 and "Kellia orri" in kellia[0].variants, found
    assert kellia[0].kind == "other"
    assert found["Brennia"].kind == "other"  # "the feathered dinosaur Brennia"
    assert found["Velociraptor"].kind == "other"  # a genus by its ending
    assert found["Tarn Formation"].kind == "place"
    assert found["Velmar Letters"].kind == "other"  # "the journal Velmar Letters"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_two_surnames_joined_by_and_or_a_headline_verb_are_two_people(engine):
    found = _all(
        _brief(
            "Director sued\n\nA lawsuit accuses director Tomas Brandt and producer Ivo Marsh"
            " of fraud. Both Brandt and Marsh have denied the claims, and lawyers for Brandt"
            " and Marsh said the suit was false. Brandt said he would fight it.\n"
            "Related: Producer Ivo Marsh Denies Ana Kovac Claim Of Fraud In Harbour Deal\n"
            "Marsh said the suit was a lie, and Brandt said so too.",
            engine=engine,
        )
    )
    assert not [n for n in found if n.startswith("and ") or " and " in n], found
    assert {"Brandt", "Tomas Brandt"} <= set(found["Tomas Brandt"].variants)
    assert not [n for n in found if "Denies" in n], found
    assert "Ivo Marsh" in found


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_plaintiff_known_by_a_number_keeps_the_number(engine):
    found = _all(
        _brief(
            "New suit filed\n\nThe lawsuit identifies the man only as John Doe No. 117, and"
            " lawyer Ann Voss said John Doe No. 117 would testify. “John Doe No. 117 is ready,”"
            " she said.",
            engine=engine,
        )
    )
    assert "John Doe No. 117" in found and "John Doe No" not in found, found
    assert found["John Doe No. 117"].kind == "person"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_firm_named_for_a_person_of_the_story_is_an_organisation(engine):
    found = _all(
        _brief(
            "Lawyer files suit\n\nLawyer Jeff Orrin filed a new suit on Monday. Jeff Orrin said"
            " his client was 14. Orrin has filed four such suits, and Orrin said more would"
            " come. Orrin Law is a bland office building by a highway, and Orrin Law says the"
            " delay is an administrative matter. Orrin has practised law for 20 years.",
            engine=engine,
        )
    )
    assert found["Orrin Law"].kind == "organisation", found["Orrin Law"]
    assert found["Jeff Orrin"].kind == "person"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_title_ending_in_a_place_word_stays_a_work(engine):
    found = _all(
        _brief(
            "Hiking films\n\nThe book “A Walk in the Kell Woods” sold well, and the film of “A"
            " Walk in the Kell Woods” comes out this year, the studio said.",
            engine=engine,
        )
    )
    assert found["A Walk in the Kell Woods"].kind == "other", found


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_company_named_before_nouns_is_no_person_and_adjectives_are_no_names(engine):
    found = _all(
        _brief(
            "Shooting at a warehouse\n\nA worker at a Tarrow Mart distribution centre in Kell"
            " shot three co-workers on Thursday. Tarrow Mart spokeswoman Ann Voss said the"
            " Tarrow Mart warehouse would stay closed. Peruvian police and a Jewish charity"
            " sent help, the Northbound traffic was stopped, and Tarrow Mart employs 1,000"
            " people in Kell.",
            "Three killed\n\nThree people died at a Tarrow Mart warehouse in Kell, where the"
            " Peruvian consul and Tarrow Mart staff met the families. The RSVP-ed guests left.",
            engine=engine,
        )
    )
    assert found["Tarrow Mart"].kind == "organisation", found["Tarrow Mart"]
    assert not {"Peruvian", "Jewish", "Northbound", "RSVP-ed"} & set(found), found


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_family_name_alone_is_the_person_with_the_hyphenated_given_name(engine):
    found = _all(
        _brief(
            "Leaders meet\n\nSouth Korean President Ryu Tae-sun met the envoy on Monday in"
            " Seoul. Ryu said the talks went well, and Ryu will travel to Kell next week.",
            engine=engine,
        )
    )
    ryu = [e for e in found.values() if "Ryu" in e.variants]
    assert len(ryu) == 1 and ryu[0].name == "Ryu Tae-sun", found


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_an_area_s_first_word_a_month_s_short_form_and_a_state_called_so(engine):
    found = _all(
        _brief(
            "Fossil find\n\nWei Jan, a local farmer, found the fossil in the Tarn Formation in"
            " 2014, and Wei Jan gave it to the museum. The museum holds two Tarn theropods,"
            " and Tarn rocks are 160 million years old. Rebels want an independent state called"
            " Orrland, and the state of Orrland would take in the north.",
            engine=engine,
        )
    )
    assert "Wei Jan" in found and "Wei" not in found, found
    assert "Tarn" not in found and found["Tarn Formation"].kind == "place", found
    if engine == "spacy":  # the rules keep a bare name only with a place's preposition
        assert found["Orrland"].kind == "place"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_term_several_outlets_use_is_the_story_s_thing(engine):
    found = _all(
        _brief(
            "Illness spreads\n\nFifty children have acute kell fever (AKF), doctors said. AKF"
            " weakens the legs, and AKF cases doubled this year.",
            "Doctors alarmed\n\nCases of acute kell fever (AKF) rose again in Orr. Doctors do not"
            " know what causes AKF.",
            engine=engine,
        )
    )
    assert found["AKF"].kind == "other", found


def test_a_person_whose_surname_is_a_place_word_stays_a_person():
    found = _all(
        _brief(
            "Golf star returns\n\nAdam Beach won the Kell Open on Sunday. Beach said he felt"
            " strong, and Adam Beach will play again in May at the Kell Springs Hotel."
        )
    )
    assert found["Adam Beach"].kind == "person", found
    assert found["Kell Springs Hotel"].kind == "place"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_slash_between_two_words_in_a_paragraph_is_no_page_furniture(engine):
    found = _all(
        _brief(
            "A werewolf returns\n\nWhile there, Larry Orrin is attacked by a half-man/half-wolf."
            " The gypsy woman Maleva (Ana Kovac) sutures the wound, and Maleva warns him that"
            " he will change.\nPhoto: AFP/Kell Images",
            engine=engine,
        )
    )
    assert "Larry Orrin" in found and "Ana Kovac" in found, found
    if engine == "spacy":  # a role's bare name: the rules keep it with a model only
        assert "Maleva" in found, found
    assert "Kell Images" not in found


def test_review_an_english_noun_after_a_city_is_no_species_and_a_name_around_a_verb_stays_whole():
    found = _all(
        _brief(
            "Flooding hit the Orrin area on Monday, and Kellsoft said its Orrin campus would"
            " close. Schools across the Orrin area shut, and a case went to the Kellburn Small"
            " Claims Court. Greatest Hits Radio told listeners to stay home.",
            "Officials in Orrin said the Orrin area could see more rain, and Kellsoft closed"
            " its Orrin campus for two days. Greatest Hits Radio said the Kellburn Small Claims"
            " Court would shut too.",
            engine="rules",
        )
    )
    assert found["Orrin"].kind == "place"
    assert "Kellburn Small Claims Court" in found and "Greatest Hits Radio" in found


def test_review_a_first_name_before_a_surname_of_the_story_is_still_a_person():
    found = _all(
        _brief(
            "Sarah Jordan wins the Kell marathon\n\nSarah Jordan won the Kell marathon on Sunday."
            " Jordan said the price of training was high. Runner-up Jordan Price crossed the line a"
            " minute later, and Sarah Jordan thanked him.",
            "Sarah Jordan took the Kell marathon in record time. Jordan Price came second. Jordan"
            " said the price of her shoes had doubled since last year.",
            engine="rules",
        )
    )
    assert found["Jordan Price"].kind == "person"


def test_review_a_product_named_with_note_and_a_number_is_kept():
    found = _all(
        _brief(
            "Kellsoft recalls the Orrin Note 7\n\nKellsoft recalled the Orrin Note 7 phone on"
            " Monday after batteries overheated. Owners of the Orrin Note 7 will get refunds.",
            "The Orrin Note 7 recall covers two million phones, Kellsoft said. Stores stopped"
            " selling the Orrin Note 7 on Friday.",
            engine="rules",
        )
    )
    assert any(name.startswith("Orrin Note") for name in found)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_body_named_for_its_cause_keeps_its_whole_name(engine):
    found = _all(
        _brief(
            "Forests at risk\n\nIn a new report, researchers for the Kell Wide Fund for Nature"
            " said forests would shrink. The Kell Wide Fund for Nature said in a report issued"
            " here Thursday that many species could die out.",
            "Species lost\n\nThe Kell Wide Fund for Nature warned on Thursday that warming would"
            " kill many species, said Ann Voss of the Centre for Climate Study in Orrin.",
            engine=engine,
        )
    )
    fund = found["Kell Wide Fund for Nature"]
    assert fund.kind == "organisation" and "Kell Wide Fund" not in found, found
    assert found["Centre for Climate Study"].kind == "organisation"
