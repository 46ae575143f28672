"""The summary states one event once, even when outlets tell it in different words."""

import re

import pytest

import newsfuse
from newsfuse.sameevent import same_event

# An invented story: three outlets say in their own words that two ministers clashed at a summit,
# and each adds facts of its own.
SUMMIT_OUTLETS = {
    "Lisport Herald": """Ministers clash at Harbour Summit

Foreign Minister Alaric Venn of Dorland and his Quessian counterpart Mira Tolst clashed at the Harbour Summit in Lisport over fishing rights in the Grey Sound.

The summit agreed a coastal fund worth 40 million crowns for towns hit by the storms of last winter.

Delegates from twelve nations attended the two-day meeting, which ended on Wednesday evening.
""",
    "Quessia Daily": """Sharp words in Lisport

Dorland's Alaric Venn and Quessia's Mira Tolst traded barbs and angry accusations at the Harbour Summit in Lisport on Tuesday.

Negotiators said the coastal fund would start paying out to harbour towns in March next year.

A ferry strike in Lisport delayed the arrival of several delegations by half a day.
""",
    "Dorland Post": """Summit ends with a row

Venn and Tolst locked horns once more as the Harbour Summit in Lisport came to a close.

The Grey Sound fishing quotas will be reviewed by a panel of scientists before the next summit.

Dorland will host the next meeting of the coastal nations in the autumn.
""",
}
_CLASH = re.compile(r"clashed|traded barbs|locked horns")


@pytest.mark.parametrize(
    "how",
    [{}, {"selector": "concepts"}, {"query": "What happened between the ministers?"}],
    ids=["greedy", "concepts", "question"],
)
def test_a_clash_told_three_ways_is_stated_once_and_the_other_facts_fill_its_place(how):
    texts = [f"{name}\n\n{body}" for name, body in SUMMIT_OUTLETS.items()]
    summary = newsfuse.summarize(texts, words=100, **how)
    stated = [s.text for s in summary.sentences]
    assert sum(1 for text in stated if _CLASH.search(text)) == 1
    # The slots the repeats would have taken go to facts no other sentence states.
    assert len(stated) >= 4
    assert any("fund" in text for text in stated)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # Same actors, an event word of the same kind, other words.
        (
            "Russia and the United States clashed over the carnage in Syria at the UN.",
            "U.S. envoy Kerry and Russian minister Lavrov exchanged heated words on Syria "
            "at the U.N.",
            True,
        ),
        # Same actors, another event.
        (
            "Russia and the United States clashed over the carnage in Syria at the UN.",
            "Russia and the United States will send aid to Syria through the UN.",
            False,
        ),
        # Same kind of event between other actors.
        (
            "Dorland and Quessia clashed over fishing rights at the Lisport summit.",
            "Farmers and the Agriculture Ministry clashed over water prices in Eastvale.",
            False,
        ),
    ],
)
def test_same_event_needs_shared_actors_and_an_event_of_the_same_kind(first, second, same):
    assert same_event(first, second) is same
    assert same_event(second, first) is same
