"""An "anti-X" before an act aimed at a target names its recipient when the text names no other;
"pro-X", weapons named "anti-<thing>" and a protest's own attitude never do."""


def _events(result):
    return [(e.type, e.actor, e.recipient) for e in result.events]


def test_anti_a_state_before_sanctions_makes_that_state_the_recipient(extract_text):
    result = extract_text("The EU imposed new anti-Russia sanctions on Monday.")
    assert ("SANCTION", ("EU",), ("RUS",)) in _events(result)


def test_anti_a_state_on_a_passive_sanction_noun_makes_it_the_recipient(extract_text):
    result = extract_text("Anti-Russia sanctions were imposed by the EU on Monday.")
    assert ("SANCTION", ("EU",), ("RUS",)) in _events(result)


def test_anti_a_state_on_the_object_word_of_a_verb_row_is_its_recipient(extract_text):
    result = extract_text("Washington announced anti-Iran measures on Tuesday.")
    assert [e.recipient for e in result.events] == [("IRN",)]


def test_pro_a_state_is_never_a_recipient(extract_text):
    result = extract_text("Japan imposed sanctions on pro-Russian officials.")
    assert all("RUS" not in e.recipient for e in result.events)


def test_anti_a_state_on_a_victim_leaves_the_state_out(extract_text):
    # the object is the person attacked or punished; the state is only what that person opposes
    for text in ("A rocket killed an anti-Syria journalist in Beirut.", "The EU sanctioned an anti-Russia blogger."):
        assert all("SYR" not in e.recipient and "RUS" not in e.recipient for e in extract_text(text).events)


def test_a_protest_by_people_against_a_state_keeps_its_recipient_rules(extract_text):
    result = extract_text("Anti-Russia protesters marched in Tbilisi on Sunday.")
    assert all("RUS" not in e.recipient for e in result.events)


def test_anti_with_no_state_after_it_names_no_recipient(extract_text):
    for text in (
        "The army deployed anti-aircraft missiles near the border.",
        "The government announced anti-corruption measures.",
        "The minister gave an anti-Western speech in Tehran.",
    ):
        assert all(not e.recipient for e in extract_text(text).events)
    result = extract_text("Germany sent anti-tank weapons to Ukraine.")
    assert [e.recipient for e in result.events] == [("UKR",)]


def test_a_named_recipient_wins_over_the_attitude(extract_text):
    result = extract_text("Beijing condemned the anti-Chinese rhetoric of the Philippine president.")
    assert [(e.actor, e.recipient) for e in result.events] == [(("CHN",), ("PHL",))]
