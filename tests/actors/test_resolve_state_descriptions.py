"""A definite description of a state ("the kingdom", "the emirate", "the sultanate", "the island
nation") refers back to the one state named before it that it can describe, the dateline's
included; never to the subject of its own clause ("Spain will sell the kingdom ..."), and
never to a state the story has not named. "The Kingdom of X" is X's own name."""

from actor_helpers import mention_codes


def test_the_kingdom_is_the_dateline_state(pipeline):
    codes = mention_codes(pipeline, "MBABANE, June 3 - The kingdom will lease two utility helicopters, officials said.")
    assert codes.get("kingdom") == "SWZ"


def test_a_capitalised_kingdom_refers_back_to_the_named_monarchy(pipeline):
    codes = mention_codes(pipeline, "Bhutan asked for mountain training, and instructors reached the Kingdom in April.")
    assert codes.get("Kingdom") == "BTN"


def test_the_description_skips_states_it_cannot_describe(pipeline):
    codes = mention_codes(pipeline, "Kuwaiti engineers will rebuild a runway in Peru, and the emirate will pay for the work.")
    assert codes.get("emirate") == "KWT"


def test_an_island_nation_and_its_forces(pipeline):
    codes = mention_codes(pipeline, "French divers trained in Mauritius last month; the island nation's coast guard hopes to repeat the course.")
    assert codes.get("island nation's coast guard") == "MUS"


def test_the_subject_of_its_own_clause_is_not_the_kingdom(pipeline):
    text = "Officials of Norway and Sweden met in Oslo, and Sweden then offered the kingdom a loan of two submarines."
    assert mention_codes(pipeline, text).get("kingdom") == "NOR"


def test_no_state_named_before_means_no_one(pipeline):
    # near miss: nothing before it for "the kingdom" to refer to
    codes = mention_codes(pipeline, "The kingdom has no plans to lease more tankers, a spokesman said.")
    assert "kingdom" not in codes


def test_a_description_that_fits_no_named_state_names_no_one(pipeline):
    # near miss: France and Germany are no kingdoms
    codes = mention_codes(pipeline, "France and Germany met in Paris; the kingdom was not invited.")
    assert "kingdom" not in codes


def test_the_kingdom_of_a_state_is_that_state_by_name(pipeline):
    codes = mention_codes(pipeline, "Laos hosted envoys from the Kingdom of Cambodia on Friday.")
    assert codes.get("Kingdom of Cambodia") == "KHM"


# --- what the descriptions give the defence records ------------------------------------------


def test_a_transfer_to_the_kingdom_has_the_kingdom_as_recipient(extract_text):
    text = "MBABANE, June 3 - The kingdom will receive six armoured vehicles from Brazil later this year, the army said."
    transfers = extract_text(text).arms_transfers
    assert [(t.supplier, t.recipient) for t in transfers] == [(("BRA",), ("SWZ",))]


def test_the_kingdom_in_a_story_with_no_defence_act_gives_no_record(extract_text):
    # near miss: the description resolves, but nothing in the sentence is a defence record
    extraction = extract_text("MBABANE, June 3 - The kingdom's sugar exports rose four percent last year, officials said.")
    assert not (extraction.agreements or extraction.arms_transfers or extraction.activities or extraction.alliances)


def test_two_kingdoms_named_before_leave_the_kingdom_open(pipeline):
    # near miss: Belgium and the Netherlands are both kingdoms; which one is meant is not written
    codes = mention_codes(pipeline, "Belgium and the Netherlands agreed on a joint minehunter school; the kingdom will train the first crews.")
    assert "kingdom" not in codes


def test_the_island_refers_back_to_the_named_island_state(pipeline):
    codes = mention_codes(pipeline, "Cyprus has asked Greece for two fast boats, and the island's coast guard will crew them.")
    assert codes.get("island's coast guard") == "CYP"


def test_the_island_with_no_island_state_named_before_names_no_one(pipeline):
    # near miss: Chile and Peru are no island states; "the island" here is a place
    codes = mention_codes(pipeline, "Chile and Peru held a rescue drill off Easter Island, and the island was closed to tourists.")
    assert "island" not in codes


# --- "the republic": any state may answer to it ----------------------------------------------


def test_the_republic_refers_back_to_the_one_state_named_before(pipeline):
    codes = mention_codes(pipeline, "Chad's defence chief said on Friday that the republic's air force will retire its last jets.")
    assert codes.get("republic's air force") == "TCD"


def test_a_transfer_to_the_republic_has_it_as_recipient(extract_text):
    text = "LIBREVILLE, May 3 - Brazil will hand over four trainer aircraft to the republic next year, officials said."
    assert [(t.supplier, t.recipient) for t in extract_text(text).arms_transfers] == [(("BRA",), ("GAB",))]


def test_the_republic_with_two_states_named_before_names_no_one(pipeline):
    # near miss: Ghana and Togo were both named; which republic is meant is not written
    codes = mention_codes(pipeline, "Ghana and Togo drafted a border accord, and the republic will host the signing.")
    assert "republic" not in codes


def test_a_two_word_description_is_read_whole(pipeline):
    codes = mention_codes(pipeline, "Australia pledged a patrol boat to Fiji, and the island nation's navy will crew it from June.")
    assert codes.get("island nation's navy") == "FJI"
