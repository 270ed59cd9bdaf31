"""National services by names that carry no state adjective: a service named after a region of
its state ("the Iowa National Guard") is that state's; Mexico's defence secretariats are
Mexico's; states written as ISO codes joined in a digest line ("JPN-KOR-USA") are those states."""

from actor_helpers import resolved_actors


def _named(actors, text):
    return next(a for a in actors if text in [m.text for m in a.mentions])


def test_a_guard_named_after_a_us_state_is_american(pipeline):
    actors = resolved_actors(pipeline, "Members of the Ohio National Guard are training a Serbian army battalion near Belgrade.")
    guard = _named(actors, "Ohio National Guard")
    assert (guard.country, guard.sector) == ("USA", "MIL")


def test_a_regional_guard_is_not_the_state_the_sentence_names(pipeline):
    # near miss: the state named in the sentence does not own a service another state's region names
    actors = resolved_actors(pipeline, "The Vermont Air National Guard flew alongside Macedonian pilots on Tuesday.")
    guard = _named(actors, "Vermont Air National Guard")
    assert guard.country == "USA"


def test_mexican_defence_secretariats(pipeline):
    actors = resolved_actors(pipeline, "The Secretariat of the Navy (Semar) and the Secretariat of National Defense signed the contract.")
    assert _named(actors, "Semar").country == "MEX"
    assert _named(actors, "Secretariat of National Defense").country == "MEX"


def test_iso_codes_joined_in_a_digest_line_are_states(pipeline):
    actors = resolved_actors(pipeline, "3 May 2024 | FRA-IND | Rafale Marine contract signed for 26 jets.")
    assert _named(actors, "FRA").country == "FRA" and _named(actors, "IND").country == "IND"


def test_a_lone_capitalised_three_letter_word_is_no_state(pipeline):
    # near miss: "AND", "CAN" or "PER" standing alone are words or acronyms, not codes
    actors = resolved_actors(pipeline, "The CAN bus and PER diagnostics failed during the test.")
    assert not any(a.country in ("CAN", "PER") and a.kind == "state" for a in actors)
