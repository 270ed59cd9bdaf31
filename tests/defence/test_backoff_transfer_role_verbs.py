"""The verb governing each state in a transfer sentence, for the role models (round 17):
``candidate_features`` reads the verb above a state's mention, climbing through the nouns
between, with the preposition on the way or else the mention's relation (``v=``), that with the
mention's side of the verb (``vs=``), and the side with the preposition or relation alone
(``side=``). The transfer back-off's detector and stage models read the words beside the states
too (``sentence_features(..., relations=True, context=True)``). All sentences are invented."""

from __future__ import annotations

from accord.defence.backoff import candidate_features, context_features, sentence_candidates, sentence_features


def _roles(parsed, text):
    sent, index = parsed(text)
    return {code: candidate_features(mentions, sent) for code, mentions in sentence_candidates(sent, index).items()}


def test_the_governing_verb_is_read_with_the_preposition_and_the_side(parsed):
    roles = _roles(parsed, "Chile sold two frigates to Peru last year.")
    assert {"v=sell|nsubj", "vs=sell|nsubj|<", "side=<|nsubj"} <= set(roles["CHL"])
    assert {"v=sell|to", "vs=sell|to|>", "side=>|to"} <= set(roles["PER"])


def test_the_verb_is_found_above_the_noun_that_carries_the_state(parsed):
    roles = _roles(parsed, "Peru bought the frigates of Chile last year.")
    assert "v=buy|of" in roles["CHL"]
    assert "vs=buy|of|>" in roles["CHL"]
    assert "v=buy|nsubj" in roles["PER"]


def test_no_state_is_named_in_them(parsed):
    roles = _roles(parsed, "Chile sold two frigates to Peru last year.")
    assert not any("chile" in f.lower() or "peru" in f.lower() for features in roles.values() for f in features if f.startswith(("v=", "vs=", "side=")))


def test_the_transfer_detector_reads_the_words_beside_the_states(parsed):
    sent, index = parsed("Chile sold two frigates to Peru last year.")
    features = sentence_features(sent, index, relations=True, context=True)
    assert set(context_features(sent, index)) <= set(features)
    assert "n=frigate" in features
