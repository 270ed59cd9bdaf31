"""The closure of a border, airspace, port or crossing is the act its verb row codes (COERCE
`restrict`, 191), carried by a light verb or a possessive like any event noun; the closure of
anything else is no event."""


def _events(result):
    return [(e.type, e.cameo, e.actor, e.recipient) for e in result.events]


def test_extending_an_airspace_closure_to_a_states_aircraft_restricts_that_state(extract_text):
    result = extract_text("Chile on Monday extended the closure of its airspace to Bolivian aircraft for another month.")
    assert _events(result) == [("COERCE", "191", ("CHL",), ("BOL",))]


def test_announcing_a_border_closure_with_a_state_restricts_that_state(extract_text):
    result = extract_text("Chile announced the closure of its border with Bolivia.")
    assert _events(result) == [("COERCE", "191", ("CHL",), ("BOL",))]


def test_closing_schools_is_no_restriction_of_another_state(extract_text):
    # near miss: the closure's object is not a border, route or airspace
    result = extract_text("Chile ordered the closure of two schools in Arica.")
    assert [e for e in result.events if e.type == "COERCE"] == []
