"""A definite description of a state ("the kingdom", "the emirate", "the sultanate", "the island
nation") refers back to the one state named before it that it can describe, the dateline's
included; never to the subject of its own clause ("Spain will sell the kingdom ..."), and
never to a state the story has not named. "The Kingdom of X" is X's own name."""

from accord.actors.resolve import resolve_actors


def _codes(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    return {doc[m.start : m.end].text: m.code for m in index.mentions}


def test_the_kingdom_is_the_dateline_state(pipeline):
    codes = _codes(pipeline, "AMMAN, June 3 - The kingdom will buy eight more transport aircraft, officials said.")
    assert codes.get("kingdom") == "JOR"


def test_a_capitalised_kingdom_refers_back_to_the_named_monarchy(pipeline):
    codes = _codes(pipeline, "Morocco took delivery of ten patrol boats, the first the Kingdom has bought abroad.")
    assert codes.get("Kingdom") == "MAR"


def test_the_description_skips_states_it_cannot_describe(pipeline):
    codes = _codes(pipeline, "Troops from Qatar landed in Pakistan on Monday; the emirate says they will stay a month.")
    assert codes.get("emirate") == "QAT"


def test_an_island_nation_and_its_forces(pipeline):
    codes = _codes(pipeline, "India will send engineers to Sri Lanka to help train the island nation's navy.")
    assert codes.get("island nation's navy") == "LKA"


def test_the_subject_of_its_own_clause_is_not_the_kingdom(pipeline):
    text = "Saudi Arabia and Spain held talks in Madrid, after which Spain will sell the Kingdom four corvettes."
    assert _codes(pipeline, text).get("Kingdom") == "SAU"


def test_no_state_named_before_means_no_one(pipeline):
    # near miss: nothing before it for "the kingdom" to refer to
    codes = _codes(pipeline, "The kingdom will buy eight more transport aircraft, officials said.")
    assert "kingdom" not in codes


def test_a_description_that_fits_no_named_state_names_no_one(pipeline):
    # near miss: France and Germany are no kingdoms
    codes = _codes(pipeline, "France and Germany met in Paris; the kingdom was not invited.")
    assert "kingdom" not in codes


def test_the_kingdom_of_a_state_is_that_state_by_name(pipeline):
    codes = _codes(pipeline, "Thailand and the Kingdom of Cambodia held border talks.")
    assert codes.get("Kingdom of Cambodia") == "KHM"


# --- what the descriptions give the defence records ------------------------------------------


def test_a_transfer_to_the_kingdom_has_the_kingdom_as_recipient(extract_text):
    text = "RABAT, June 3 - Spain has agreed to sell the kingdom twelve patrol boats, the ministry said."
    transfers = extract_text(text).arms_transfers
    assert [(t.supplier, t.recipient) for t in transfers] == [(("ESP",), ("MAR",))]


def test_the_kingdom_in_a_story_with_no_defence_act_gives_no_record(extract_text):
    # near miss: the description resolves, but nothing in the sentence is a defence record
    extraction = extract_text("AMMAN, June 3 - The kingdom's economy grew four percent last year, officials said.")
    assert not (extraction.agreements or extraction.arms_transfers or extraction.activities or extraction.alliances)


def test_two_kingdoms_named_before_leave_the_kingdom_open(pipeline):
    # near miss: Spain and Morocco are both kingdoms; which one is meant is not written
    codes = _codes(pipeline, "Spain and Morocco held naval talks in Rabat; the kingdom will host the next round.")
    assert "kingdom" not in codes


def test_the_island_refers_back_to_the_named_island_state(pipeline):
    codes = _codes(pipeline, "Chinese warships sailed near Taiwan on Monday, the island's coast guard said.")
    assert codes.get("island's coast guard") == "TWN"


def test_the_island_with_no_island_state_named_before_names_no_one(pipeline):
    # near miss: Russia and Ukraine are no island states; "the island" here is a place
    codes = _codes(pipeline, "Russia and Ukraine traded fire near Snake Island, and the island was shelled again.")
    assert "island" not in codes


# --- "the republic": any state may answer to it ----------------------------------------------


def test_the_republic_refers_back_to_the_one_state_named_before(pipeline):
    codes = _codes(pipeline, "BAMAKO - Mali received two transport aircraft in May, and the republic's air force will fly them from Sévaré.")
    assert codes.get("republic's air force") == "MLI"


def test_a_transfer_to_the_republic_has_it_as_recipient(extract_text):
    text = "BAMAKO, May 3 - Russia has shipped four attack helicopters to the republic, the army said."
    assert [(t.supplier, t.recipient) for t in extract_text(text).arms_transfers] == [(("RUS",), ("MLI",))]


def test_the_republic_with_two_states_named_before_names_no_one(pipeline):
    # near miss: Mali and Niger were both named; which republic is meant is not written
    codes = _codes(pipeline, "Mali and Niger signed a pact in Niamey, and the republic will host the first drill.")
    assert "republic" not in codes


def test_a_two_word_description_is_read_whole(pipeline):
    codes = _codes(pipeline, "India and the Maldives signed a plan under which India will help train the island nation's forces.")
    assert codes.get("island nation's forces") == "MDV"
