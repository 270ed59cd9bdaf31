"""A participle adjunct whose object is a pronoun, or a noun held by one, speaks of the one the
main act was done to: "detained a trawler, accusing its captain of ..." accuses the trawler's
state. A named object keeps its own reading, and "its own" points back at the actor."""


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
