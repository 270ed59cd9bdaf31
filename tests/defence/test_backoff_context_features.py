"""The words beside the possible parties and how they are conjoined (``context_features``, round
16): the activity back-off's detector reads them beside ``sentence_features``' words
(``context=True``), and the transfer back-off's detector and stage models since round 17; the
agreement and alliance back-offs do not. All sentences are invented."""

from __future__ import annotations

from accord.dates import DateResolver
from accord.defence.backoff import ActivityBackoff, LinearDetector, context_features, sentence_features


def test_the_content_words_beside_a_party_are_read(parsed):
    sent, index = parsed("Latvian reservists joined night drills beside Lithuanian platoons near the border this spring.")
    features = context_features(sent, index)
    assert "n=drill" in features  # two tokens before "Lithuanian"
    assert "n=platoon" in features  # right after it
    assert "n=border" not in features  # three tokens away
    assert "n=beside" not in features  # no content word


def test_two_parties_conjoined_are_read_with_the_verb_governing_them(parsed):
    sent, index = parsed("Chilean and Peruvian crews staged a rehearsal off Arica on Tuesday.")
    features = context_features(sent, index)
    assert "coord" in features
    assert "cv=stage|amod" in features
    assert "cands=2" in features


def test_parties_not_conjoined_are_counted_but_not_coordinated(parsed):
    sent, index = parsed("Chile sold two frigates to Peru last year.")
    features = context_features(sent, index)
    assert "cands=2" in features
    assert "coord" not in features
    assert not any(f.startswith("cv=") for f in features)
    sent, index = parsed("Chile commissioned two frigates last year.")
    assert "cands=1" in context_features(sent, index)


def test_no_party_is_named_in_them(parsed):
    sent, index = parsed("Chilean and Peruvian crews staged a rehearsal off Arica on Tuesday.")
    assert not any("chil" in f or "peru" in f for f in context_features(sent, index))


def test_sentence_features_add_them_only_when_asked(parsed):
    sent, index = parsed("Chilean and Peruvian crews staged a rehearsal off Arica on Tuesday.")
    plain = sentence_features(sent, index)
    with_context = sentence_features(sent, index, context=True)
    assert not any(f.startswith(("n=", "cv=", "cands=")) or f == "coord" for f in plain)
    assert set(with_context) - set(plain) == set(context_features(sent, index))


def test_the_activity_back_off_reads_them(pipeline, parsed):
    backoff = ActivityBackoff(LinearDetector({"coord": 6.0}, -3.0, 0.5), pipeline.defence.rules, pipeline.grammar)
    sent, index = parsed("Chilean and Peruvian crews staged a rehearsal off Arica on Tuesday.")
    activity = backoff.propose(sent, index, DateResolver("2025-03-14"))
    assert activity is not None and activity.parties == ("CHL", "PER")
    sent, index = parsed("Chilean crews staged a rehearsal with Peruvian ships off Arica on Tuesday.")
    assert "coord" not in context_features(sent, index)
    assert backoff.propose(sent, index, DateResolver("2025-03-14")) is None
