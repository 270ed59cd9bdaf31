"""Syndication: near-duplicate detection with MinHash LSH over word shingles."""

from __future__ import annotations

import re

from store_fakes import WIRE, syndicated_copy

from accord.store import dedup

TEMPLATE = (
    "On Jan. {d}, Coalition military forces conducted {n} strikes against ISIL terrorists in Syria and Iraq. "
    "In Syria, Coalition military forces conducted {s} strikes using attack, bomber, fighter and remotely piloted aircraft "
    "against ISIL targets. Near {place}, {k} strikes engaged {units} ISIL tactical units and destroyed {things}. "
    "Strike assessments are based on initial reports. All aircraft returned to base safely."
)


def sig(text: str) -> dedup.Signature:
    s = dedup.signature(text)
    assert s is not None
    return s


def test_shingles_fold_case_diacritics_and_punctuation():
    assert dedup.shingles("Vučić said: Serbia, and Hungary!", size=2) == {"vucic said", "said serbia", "serbia and", "and hungary"}


def test_short_texts_get_no_signature():
    assert dedup.signature("Serbia condemned Albania.") is None


def test_wire_copies_are_the_same_story():
    a = sig(WIRE)
    for copy in (
        syndicated_copy(),
        WIRE.replace("Monday", "Tuesday"),
        " ".join(re.split(r"(?<=\.) ", WIRE)[:-2]),  # last two sentences dropped
        "Updated: " + WIRE + " Subscribe to our newsletter. Share this article.",
    ):
        linked, score = dedup.same_story(a, sig(copy))
        assert linked, (score, copy[:60])


def test_templated_reports_of_different_days_are_different_stories():
    first = TEMPLATE.format(d=8, n=34, s=23, place="Raqqa", k=5, units="three", things="two fighting positions and a vehicle")
    second = TEMPLATE.format(d=9, n=26, s=15, place="Mosul", k=7, units="four", things="an ISIL headquarters and a bunker")
    linked, score = dedup.same_story(sig(first), sig(second))
    assert not linked and score < dedup.THRESHOLD


def test_the_index_finds_the_story_of_a_copy_and_nothing_for_a_new_text():
    index = dedup.StoryIndex()
    index.add("a1", "s1", sig(WIRE))
    match = index.match(sig(syndicated_copy()))
    assert match is not None and match.story_id == "s1" and match.similarity >= dedup.THRESHOLD
    assert index.match(sig(" ".join(f"word{i}" for i in range(60)))) is None


def test_signatures_survive_a_round_trip_through_bytes():
    s = sig(WIRE)
    back = dedup.Signature.from_bytes(s.to_bytes(), s.size)
    assert dedup.jaccard(s, back) == 1.0 and back.size == s.size
