"""National armed services written by their acronym alone ("RAAF Base Pearce", "NZDF
personnel", "UPDF troops") are their state's forces; a bare "Southern Command" (many armies
have one) stays no state's. An ambiguous state adjective right before a model designation
("Indian Su-30MKI jets") is the state's. Every sentence here is invented."""

import pytest

from accord.actors.resolve import resolve_actors


def _codes(pipeline, text):
    """Each mention's first word with its actor's code ("UPDF troops" -> "UPDF")."""
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer)
    return {m.text.split()[0]: a.code for a in actors for m in a.mentions}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Singaporean pilots will train at RAAF Base Pearce next month.", "RAAF", "AUSMIL"),
        ("NZDF engineers arrived in Tonga on Friday to repair the wharf.", "NZDF", "NZLMIL"),
        ("UPDF troops crossed into South Sudan on Tuesday.", "UPDF", "UGAMIL"),
        ("KDF soldiers patrolled the border with Somalia.", "KDF", "KENMIL"),
        ("PNGDF engineers repaired the airstrip at Wewak.", "PNGDF", "PNGMIL"),
        ("SOUTHCOM sent a hospital ship to Honduras.", "SOUTHCOM", "USAMIL"),
    ],
)
def test_a_service_named_by_its_acronym_is_its_states(pipeline, text, name, code):
    assert _codes(pipeline, text).get(name) == code


def test_a_bare_southern_command_is_no_states(pipeline):
    # near miss: the Indian Army has a Southern Command too
    actors, _ = resolve_actors(pipeline.nlp("The Southern Command of the Indian Army held a drill near Pune."), pipeline.gazetteer)
    assert not any(a.country == "USA" for a in actors)


def test_an_ambiguous_adjective_before_a_model_is_the_state(pipeline):
    assert _codes(pipeline, "LISBON, May 3 (Lusa) - Indian Su-30MKI jets and Portuguese F-16s flew together on Friday.").get("Indian") == "IND"


def test_an_ambiguous_adjective_before_a_place_stays_no_state(pipeline):
    # near miss: no designation follows
    assert "Indian" not in _codes(pipeline, "The ship sailed across the Indian Ocean on Friday.")


def test_foreign_squadrons_at_an_air_force_base_are_hosted_by_its_state(extract_text):
    activities = extract_text("Squadrons from Malaysia and Indonesia will deploy to RAAF Base Tindal in June for a joint air exercise.").activities
    assert [sorted(a.parties) for a in activities] == [["AUS", "IDN", "MYS"]]
