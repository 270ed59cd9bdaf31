""""NATO's exercise, hosted by X and with Y's forces taking part": the company phrase that follows the
organiser of a participle on the activity names parties too (docs/annotation.md §9.3, company and
leaders), though the parser may hang it as a conjunct of the "by" phrase. Forces only watching take
no part. Invented sentences."""

from __future__ import annotations

from defence_helpers import activity_parties


def test_forces_taking_part_beside_the_host_are_parties(extract_text):
    text = "Some 40 warships sailed from Gdynia on Monday for Baltic Shield, NATO's annual naval exercise, hosted by Poland and with Finnish and Swedish marines taking part."
    assert ("FIN", "NATO", "POL", "SWE") in activity_parties(extract_text, text)


def test_forces_only_watching_beside_the_host_are_no_parties(extract_text):
    text = "The warships sailed for Baltic Shield, an exercise organised by Poland and with Finnish observers watching."
    assert all("FIN" not in parties for parties in activity_parties(extract_text, text))
