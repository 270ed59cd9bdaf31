"""A protest noun can say what the protest is for in a clause of its own ("a demonstration
calling for X's removal", "a rally demanding the closure of X's base"): whoever that clause
names is the protest's recipient, also when the protest is the object of a participle
preposition ("rioted following a march calling for ...")."""

import pytest


def _protests(extract_text, sentence):
    return [(e.actor, e.recipient) for e in extract_text(sentence).events if e.type == "PROTEST"]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Greek protesters held a demonstration demanding the closure of the US base.", ("GRC",), ("USA",)),
        ("Bolivian miners rioted following a rally demanding the expulsion of Chilean diplomats.", ("BOL",), ("CHL",)),
        ("Hundreds of Chilean students joined a protest calling for the release of Peruvian fishermen.", ("CHL",), ("PER",)),
    ],
)
def test_the_side_a_protest_noun_calls_for_action_against_is_its_recipient(extract_text, sentence, actor, recipient):
    assert _protests(extract_text, sentence) == [(actor, recipient)]


def test_the_protesters_own_leader_named_in_the_call_is_a_domestic_recipient(extract_text):
    protests = _protests(extract_text, "Ecuadorian farmers rioted following a march calling for the resignation of President Daniel Noboa.")
    assert protests == [(("ECU",), ("ECU",))]


def test_a_call_that_names_no_side_gives_no_recipient(extract_text):
    # near miss: the demand names no actor, so the protest has no recipient
    assert _protests(extract_text, "Chilean students rioted following a march calling for free tuition.") == [(("CHL",), ())]
