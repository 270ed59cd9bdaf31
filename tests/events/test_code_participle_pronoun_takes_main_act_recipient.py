"""A participle adjunct whose object is a pronoun, or a noun held by one, speaks of the one the
main act was done to: "detained a trawler, accusing its captain of ..." accuses the trawler's
state. A named object keeps its own reading, and "its own" points back at the actor."""

import pytest


def _of_type(result, plover_type):
    return [(e.actor, e.recipient) for e in result.events if e.type == plover_type]


def test_a_possessive_pronoun_on_the_accused_points_at_the_seized_ship(extract_text):
    result = extract_text("Egypt detained a Sudanese trawler on Sunday, accusing its captain of fishing illegally.")
    assert _of_type(result, "ACCUSE") == [(("EGY",), ("SDN",))]


def test_an_object_pronoun_points_at_the_expelled_person(extract_text):
    result = extract_text("Kenya expelled a Somali diplomat, accusing him of spying.")
    assert _of_type(result, "ACCUSE") == [(("KEN",), ("SOM",))]


def test_a_named_object_of_the_participle_keeps_its_own_recipient(extract_text):
    result = extract_text("Kenya expelled a Somali diplomat, accusing Ethiopia of meddling.")
    assert _of_type(result, "ACCUSE") == [(("KEN",), ("ETH",))]


def test_its_own_points_back_at_the_actor_not_the_main_object(extract_text):
    # near miss: the actor blames its own side, so the arrested journalist's state is no recipient
    result = extract_text("Turkey arrested a Greek journalist, blaming its own police for the delay.")
    assert all("GRC" not in recipient for _, recipient in _of_type(result, "ACCUSE"))


@pytest.mark.parametrize(
    ("text", "plover_type", "not_recipient"),
    [
        # wrong output before: SUPPORT RUS→UKR; only accusing or blaming adjuncts take the main act's recipients
        ("Russia boarded a Ukrainian tug near Kerch, praising its navy for the operation.", "SUPPORT", "UKR"),
        ("China held three Japanese nationals on Friday, defending its decision as lawful.", "SUPPORT", "JPN"),
        ("Russia ordered out three Latvian diplomats, threatening its neighbours.", "THREATEN", "LVA"),
        # a blaming adjunct, but "its" holds no crew or person noun of the seized ship
        ("Iran seized a Liberian-flagged tanker, blaming its border guards for the delay.", "ACCUSE", "LBR"),
    ],
)
def test_an_adjunct_on_the_actors_own_side_does_not_take_the_main_acts_recipient(extract_text, text, plover_type, not_recipient):
    assert all(not_recipient not in recipient for _, recipient in _of_type(extract_text(text), plover_type))


def test_blaming_its_skipper_points_at_the_seized_boat(extract_text):
    result = extract_text("Morocco detained a Spanish fishing boat, blaming its skipper for entering closed waters.")
    assert _of_type(result, "ACCUSE") == [(("MAR",), ("ESP",))]
