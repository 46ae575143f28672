"""The Python API for data people (dicts, DataFrames, notebooks) and the language check."""

import subprocess
import sys
from dataclasses import fields
from datetime import datetime

import pytest

import newsfuse
from newsfuse.analyse import vectorise
from newsfuse.language import cluster_stop_words, detect, stop_words
from newsfuse.options import Options
from newsfuse.overrides import OptionOverrides
from stories import KELMAR_NEWS, RIVER_TIMES, VALLEY_POST

ROWS = [
    {"text": VALLEY_POST, "source": "Valley Post", "published": "2025-06-02"},
    {"text": KELMAR_NEWS, "url": "https://www.theguardian.com/world/x"},
    {"text": RIVER_TIMES, "source": "River Times", "title": "Crews battle Brenning wildfire"},
]

# Invented French reports of an invented flood, in the manner of three outlets.
FRENCH = [
    "Inondations à Vallort : trois morts et des centaines d'évacués\n\n"
    "Trois personnes sont mortes mardi soir dans les inondations qui ont frappé la commune de "
    "Vallort, a indiqué la préfecture. Plus de quatre cents habitants ont été évacués vers le "
    "gymnase municipal pendant la nuit. « Nous n'avions jamais vu l'eau monter aussi vite », a "
    "déclaré le maire, Paul Verrier. Les pompiers ont secouru une trentaine de personnes "
    "bloquées sur les toits de leurs maisons près de la rivière.",
    "Vallort sous les eaux après des pluies torrentielles\n\n"
    "Les pluies torrentielles de mardi ont provoqué la crue de la rivière à Vallort, où trois "
    "personnes ont perdu la vie selon la préfecture. Quatre cents habitants ont passé la nuit "
    "au gymnase de la commune. Le maire Paul Verrier a demandé l'état de catastrophe naturelle "
    "et a promis une aide rapide aux familles sinistrées de la vallée.",
    "Crue meurtrière dans la vallée de Vallort\n\n"
    "La crue de la rivière a fait trois morts à Vallort mardi, a annoncé la préfecture mercredi "
    "matin. Les secours ont évacué plus de quatre cents personnes et hélitreuillé plusieurs "
    "habitants réfugiés sur les toits. Le maire a indiqué que le gymnase municipal resterait "
    "ouvert toute la semaine pour accueillir les familles dont la maison est inondée.",
]


def test_dicts_are_articles():
    summary = newsfuse.summarize(ROWS, sentences=2)
    assert [s.name for s in summary.sources] == ["Valley Post", "The Guardian", "River Times"]
    assert summary.sources[0].published == datetime.fromisoformat("2025-06-02T00:00:00+00:00")
    assert summary.sources[2].title == "Crews battle Brenning wildfire"
    assert len(summary.sentences) == 2


def test_dataframes_are_articles():
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(ROWS)  # a missing cell is NaN: it counts as absent
    frame["published"] = pandas.to_datetime(frame["published"])
    summary = newsfuse.summarize(frame, sentences=2)
    assert [s.name for s in summary.sources] == ["Valley Post", "The Guardian", "River Times"]
    assert summary.sources[0].published.year == 2025
    with pytest.raises(TypeError, match="column 'body'"):
        newsfuse.summarize(pandas.DataFrame({"body": [VALLEY_POST]}))


def test_other_inputs_get_a_clear_error():
    with pytest.raises(TypeError, match=r"documents\[1\]: expected a str, a dict"):
        newsfuse.summarize([VALLEY_POST, 42])
    with pytest.raises(TypeError, match="got int"):
        newsfuse.summarize(42)
    with pytest.raises(TypeError, match=r"documents\[0\]: unknown field 'body'"):
        newsfuse.summarize([{"body": VALLEY_POST}])
    with pytest.raises(TypeError, match="exactly one of 'text' or 'html'"):
        newsfuse.summarize([{"source": "Valley Post"}])
    with pytest.raises(ValueError, match="field 'published'"):
        newsfuse.summarize([{"text": VALLEY_POST, "published": "last Tuesday"}])


def test_results_render_in_a_notebook():
    summary = newsfuse.summarize(ROWS, sentences=2)
    assert summary._repr_markdown_().startswith("## Summary")
    html = summary._repr_html_()
    assert "<body" not in html and "<style>" in html and 'class="report"' in html
    assert "Crews battle Brenning wildfire" in html  # the headline
    briefing = newsfuse.brief(ROWS, sentences=2, entity_model="rules")
    assert "## Agreement" in briefing._repr_markdown_()
    assert 'href="#ev-' in briefing._repr_html_()


def test_languages_are_detected():
    assert detect(VALLEY_POST) == "en"
    assert [detect(text) for text in FRENCH] == ["fr", "fr", "fr"]
    assert detect("Kurz.") == "en"  # too short to tell


def test_a_french_story_says_what_it_skipped():
    briefing = newsfuse.brief(FRENCH, sentences=2, entity_model="rules")
    assert briefing.summary.sentences  # the summary itself works in any language
    assert briefing.quotes == [] and briefing.timeline == [] and briefing.conflicts == []
    skipped = {p.where: p.message for p in briefing.problems if p.message.startswith("skipped")}
    assert set(skipped) == {"disagreements", "quotes", "timeline"}
    assert "French" in skipped["quotes"]
    warned = [p for p in briefing.problems if "written in French (fr)" in p.message]
    assert len(warned) == 3
    page = briefing._repr_html_()
    assert "Skipped: the story is told in French" in page


def test_one_foreign_article_in_an_english_story_is_named():
    briefing = newsfuse.brief([VALLEY_POST, KELMAR_NEWS, RIVER_TIMES, FRENCH[0]], sentences=2)
    warned = [p.where for p in briefing.problems if "written in French" in p.message]
    assert warned == ["document 4"]
    assert not any(p.message.startswith("skipped") for p in briefing.problems)


def test_option_keywords_are_typed_like_the_options():
    # Field for field the same names and types (lists accepted where Options holds tuples).
    expected = {
        f.name: str(f.type).replace("tuple[str, ...]", "Sequence[str]") for f in fields(Options)
    }
    found = {name: ref.__forward_arg__ for name, ref in OptionOverrides.__annotations__.items()}
    assert found == expected, (
        "newsfuse.overrides.OptionOverrides must list every Options field with its type"
    )


def test_an_unknown_option_keyword_is_a_type_error_naming_it():
    with pytest.raises(
        TypeError,
        match=r"summarize\(\) got an unknown option keyword 'wrods' "
        r"\(did you mean 'words'\?\)",
    ):
        newsfuse.summarize(ROWS, wrods=120)
    with pytest.raises(TypeError, match=r"brief\(\) got an unknown option keyword 'colour'"):
        newsfuse.brief(ROWS, colour="red")
    summary = newsfuse.summarize(ROWS, sentences=1, seen=[KELMAR_NEWS])
    assert len(summary.sentences) == 1


def test_type_checkers_see_the_option_keywords(tmp_path):
    (tmp_path / "use.py").write_text(
        "import newsfuse\n"
        "ok = newsfuse.summarize(['text'], words=120, seen=['read'], query=None)\n"
        "wrong_type = newsfuse.summarize(['text'], words='many')\n"
        "misspelt = newsfuse.brief(['text'], wrods=120)\n"
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--follow-imports=silent", "use.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, checked.stdout + checked.stderr
    assert (
        errors[0].startswith("use.py:3:") and '"words"' in errors[0] and "int | None" in errors[0]
    )
    assert errors[1].startswith("use.py:4:") and '"wrods"' in errors[1]


# Invented German reports of an invented ferry accident, in the manner of two outlets.
GERMAN = [
    "Fähre in Kessin auf Grund gelaufen\n\n"
    "Die Fähre Lotte legte am 3. März um sieben Uhr im Hafen von Kessin ab und lief kurz darauf "
    "auf eine Sandbank. Die Feuerwehr war mit dem Boot in der Nacht bei den Leuten am Hafen. "
    "Alle zweiundvierzig Fahrgäste wurden nach Angaben der Reederei unverletzt an Land gebracht. "
    "Die Wasserschutzpolizei ermittelt, warum der Kapitän die übliche Fahrrinne verlassen hatte.",
    "Sandbank stoppt Kessiner Fähre\n\n"
    "Zweiundvierzig Fahrgäste der Fähre Lotte sind am 3. März vor Kessin auf einer Sandbank "
    "festgesessen, bis Rettungsboote sie an Land brachten. Der Bürgermeister war mit dem Zug in "
    "der Früh bei den Ärzten im Spital. Die Reederei kündigte an, die Fähre nach der Bergung in "
    "der Werft von Kessin untersuchen zu lassen, die Wasserschutzpolizei ermittelt.",
]


def test_stop_words_follow_the_language():
    assert "und" in stop_words("de") and "les" in stop_words("fr")
    assert "het" in stop_words("nl")
    assert stop_words("xx") == frozenset()
    assert cluster_stop_words(["en", "en"]) == "english"
    french = [
        "Les habitants de la ville sont dans le gymnase.",
        "Les élus de la région sont dans le train.",
    ]
    with_french = vectorise(french, stop_words=cluster_stop_words(["fr"]))
    assert (with_french[0] @ with_french[1].T).toarray()[0, 0] == 0  # only function words shared
    english_only = vectorise(french)
    assert (english_only[0] @ english_only[1].T).toarray()[0, 0] > 0.2


def test_a_german_story_is_split_and_compared_by_german_rules():
    analysis = newsfuse.prepare(GERMAN, newsfuse.Options(sentences=2))
    texts = [s.text for s in analysis.sentences]
    # "3. März" is a date, not a sentence end, by German rules.
    assert any(t.startswith("Die Fähre Lotte legte am 3. März um sieben Uhr") for t in texts)
    assert not any(t.endswith("am 3.") for t in texts)
    # Two sentences that share only German function words are not similar at all.
    boat = texts.index("Die Feuerwehr war mit dem Boot in der Nacht bei den Leuten am Hafen.")
    train = texts.index("Der Bürgermeister war mit dem Zug in der Früh bei den Ärzten im Spital.")
    vectors = analysis.vectors
    assert (vectors[boat] @ vectors[train].T).toarray()[0, 0] == 0
    assert [p.message.split(";")[0] for p in analysis.problems] == ["written in German (de)"] * 2


def test_a_document_given_its_date_as_text_or_a_date_is_read_as_a_dicts_would_be():
    from datetime import date

    as_text = newsfuse.Document(VALLEY_POST, source="Valley Post", published="2024-03-05")
    as_date = newsfuse.Document(VALLEY_POST, source="Valley Post", published=date(2024, 3, 5))
    for document in (as_text, as_date):
        source = newsfuse.summarize([document]).sources[0]
        assert source.published is not None and source.published.date() == date(2024, 3, 5)
    assert as_text.published == "2024-03-05"  # the caller's document is left as it was
    wrong = newsfuse.Document(VALLEY_POST, source="Valley Post", published="last Tuesday")
    with pytest.raises(ValueError, match=r"documents\[1\]: field 'published'"):
        newsfuse.summarize([newsfuse.Document(VALLEY_POST), wrong])
