"""The PETRARCH2 back-off verb table: well-formed, and behind accord's own rows."""

from accord.actors.gazetteer import read_table
from accord.events.ontology import Ontology, load_triggers


def _rows(name):
    return read_table("accord.data.patterns", name)


def test_every_backoff_row_has_a_known_code_of_the_same_plover_type():
    ontology = Ontology.load()
    for row in _rows("petrarch_verbs.csv"):
        assert ontology.plover_type(row["cameo"]) == row["type"], row


def test_backoff_rows_rank_below_every_accord_row():
    lowest_accord = min(int(row["priority"]) for row in _rows("event_triggers.csv"))
    assert max(int(row["priority"]) for row in _rows("petrarch_verbs.csv")) < lowest_accord


def test_one_backoff_reading_per_verb_particle_and_object():
    seen = set()
    for row in _rows("petrarch_verbs.csv"):
        for obj in row["object"].split("|") if row["object"] else [""]:
            key = (row["lemma"], row["particle"], obj)
            assert key not in seen, key
            seen.add(key)


def test_every_backoff_row_names_its_source():
    assert all(row["note"].startswith("PETRARCH2 ") for row in _rows("petrarch_verbs.csv"))


def test_accord_rows_are_tried_first_and_backoff_rows_are_marked():
    triggers = load_triggers()
    mixed = [rules for rules in triggers.values() if {r.fallback for r in rules} == {True, False}]
    assert mixed
    for rules in mixed:
        flags = [r.fallback for r in rules]
        assert flags == sorted(flags), rules[0].lemma  # all accord rows, then all back-off rows


def test_a_verb_only_the_backoff_table_knows_is_coded(extract_text):
    result = extract_text("The Serbian government outlawed a Hungarian party on Friday.")
    assert [e.type for e in result.events] == ["COERCE"]


def test_a_backoff_verb_yields_to_accords_row_for_its_object_noun(extract_text):
    result = extract_text("Hungary resumed negotiations with Serbia on Friday.")
    (event,) = result.events
    assert event.type == "CONSULT"
    assert event.evidence.trigger.text == "negotiations"
