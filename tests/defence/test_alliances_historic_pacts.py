"""Alliances of the Cold War and after: the historic pacts (Warsaw Pact, SEATO, the Baghdad
Pact and CENTO, ANZUS, the Rio Treaty) are alliance organisations, so joining, leaving or
being a member of them is an alliance record, one per state and pact (invented sentences)."""

from __future__ import annotations

import pytest


def _alliances(extract_text, text):
    return [(a.members, a.status) for a in extract_text(text).alliances]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Romania joined the Warsaw Pact in 1955 as a founding member.", [(("ROU", "WARSAW_PACT"), "formal")]),
        ("New Zealand remains a member of ANZUS despite the nuclear dispute.", [(("ANZUS", "NZL"), "formal")]),
        # one record per pact joined, and per state joining
        ("Pakistan joined SEATO and the Baghdad Pact in the mid-1950s.", [(("BAGHDAD_PACT", "PAK"), "formal"), (("PAK", "SEATO"), "formal")]),
        ("Greece and Turkey joined NATO in 1952.", [(("GRC", "NATO"), "formal"), (("NATO", "TUR"), "formal")]),
        ("Turkey, Iran and Pakistan remain members of CENTO.", [(("CENTO", "IRN"), "formal"), (("CENTO", "PAK"), "formal"), (("CENTO", "TUR"), "formal")]),
    ],
)
def test_joining_or_belonging_to_a_historic_pact_is_a_formal_alliance(extract_text, text, expected):
    assert sorted(_alliances(extract_text, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Albania formally left the Warsaw Pact in 1968.", [(("ALB", "WARSAW_PACT"), "dissolved")]),
        ("Iraq withdrew from the Baghdad Pact in March 1959.", [(("BAGHDAD_PACT", "IRQ"), "dissolved")]),
        # the particle read as a preposition: "pulled out of"
        ("Iran pulled out of CENTO in 1979.", [(("CENTO", "IRN"), "dissolved")]),
        # a departure announced is not yet done: still a member, and "proposed" is a bid to join (§9.4)
        ("Hungary said it would quit the Warsaw Pact.", []),
        ("MEXICO CITY (Reuters) - Mexico announced on Friday it would withdraw from the Rio Treaty.", []),
    ],
)
def test_leaving_a_historic_pact_dissolves_the_membership(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mutual defence treaty between states binds them as allies once signed
        ("The United States and the Philippines signed a mutual defense treaty in 1951.", [(("PHL", "USA"), "formal")]),
        ("Washington and Seoul are bound by a mutual defence treaty.", [(("KOR", "USA"), "formal")]),
        # the idea or the creation of an alliance put forward by a leader is proposed
        ("The Serbian president floated the idea of a military alliance between Serbia and Hungary.", [(("HUN", "SRB"), "proposed")]),
        ("President Putin proposed the creation of a defence alliance between Russia and Belarus.", [(("BLR", "RUS"), "proposed")]),
    ],
)
def test_defence_treaties_and_proposed_alliances_between_states(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the founders of a pact, named "among/between/by", are allies (the pact's own states)
        ("CAIRO, Feb. 25 (AP) - Egypt's press attacked the formation of the Baghdad Pact between Britain, Pakistan, Iran, Turkey and Iraq.", [(("GBR", "IRN", "IRQ", "PAK", "TUR"), "formal")]),
        ("The creation of SEATO by Thailand, the Philippines and Pakistan was hailed in Manila.", [(("PAK", "PHL", "THA"), "formal")]),
        # states to be brought into the treaty that founded an alliance: one proposed membership each
        ("BRUSSELS (Reuters) - The allies agreed on Friday to bring Montenegro and North Macedonia into the North Atlantic Treaty.", [(("MKD", "NATO"), "proposed"), (("MNE", "NATO"), "proposed")]),
        ("Ministers approved a plan to bring Spain into the North Atlantic Treaty.", [(("ESP", "NATO"), "proposed")]),
    ],
)
def test_founding_a_pact_or_being_brought_into_its_treaty(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Egypt denounced the formation of the Baghdad Pact.",  # no founders named
        "The formation of a new government in Iraq and Turkey took months.",  # no pact
        "Poland hosted a summit in Warsaw on Tuesday.",  # the capital, no pact
        "Pakistan joined talks in Baghdad on the pact.",  # a meeting joined, no membership
        "Denmark has joined the U.S.-led coalition fighting Islamic State in Iraq.",  # a coalition is no alliance
        "The two leaders signed an economic cooperation treaty in Manila.",  # no defence pact
    ],
)
def test_near_misses_are_no_alliance(extract_text, text):
    assert _alliances(extract_text, text) == []
