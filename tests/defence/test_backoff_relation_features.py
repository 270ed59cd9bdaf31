"""How the states a sentence names hang on each other (``relation_features``, round 15): the
verb governing each state's mention with its preposition or relation, and the dependency path
between two states. The transfer back-off reads them beside ``sentence_features``' words
(``relations=True``), and the agreement back-off since round 17; the activity and alliance
back-offs do not. All sentences are invented."""

from __future__ import annotations

from accord.defence.backoff import relation_features, sentence_features


def test_the_verb_governing_each_state_is_read_with_its_preposition(parsed):
    sent, index = parsed("Chile sold two frigates to Peru last year.")
    features = relation_features(sent, index)
    assert "v=sell|nsubj" in features
    assert "v=sell|to" in features


def test_two_states_are_joined_by_the_word_above_both_and_the_path_between_them(parsed):
    sent, index = parsed("Chile sold two frigates to Peru last year.")
    features = relation_features(sent, index)
    assert "lca=sell" in features
    assert "path=nsubj^sell^prep/pobj" in features


def test_a_sentence_naming_one_state_has_no_path(parsed):
    sent, index = parsed("Chile commissioned two frigates last year.")
    features = relation_features(sent, index)
    assert not any(f.startswith(("path=", "lca=")) for f in features)
    assert "v=commission|nsubj" in features


def test_sentence_features_add_them_only_when_asked(parsed):
    sent, index = parsed("Chile sold two frigates to Peru last year.")
    plain = sentence_features(sent, index)
    with_relations = sentence_features(sent, index, relations=True)
    assert not any(f.startswith(("v=", "path=", "lca=")) for f in plain)
    assert set(plain) < set(with_relations)
    assert set(with_relations) - set(plain) == set(relation_features(sent, index))


def test_no_state_is_named_in_them(parsed):
    sent, index = parsed("Chilean and Peruvian crews staged a rehearsal off Arica on Tuesday.")
    features = relation_features(sent, index)
    assert "lca=STATE" in features
    assert not any("chile" in f or "peru" in f for f in features)
