"""Agreements mentioned in passing (issue 13, docs/annotation.md 9.1), on invented sentences: an
act done under an agreement "with Y" by the other side's people or forces (told in the passive
too), leaving, suspending or breaching an agreement; and the near misses: an end declared by a
state outside the parties a phrase names is a criticism and tells no stage, nor does a criticism."""

from __future__ import annotations

import pytest


def _agreements(extract_text, text):
    return sorted((",".join(a.parties), a.status) for a in extract_text(text).agreements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan troops were deployed to Somalia under a security agreement with Mogadishu.", [("KEN,SOM", "in_force")]),
        ("American jets were stationed in Darwin under a defence pact with Canberra.", [("AUS,USA", "in_force")]),
        ("Under an agreement with Hanoi, Laotian officers are trained in Vietnam.", [("LAO,VNM", "in_force")]),
        ("Ghana pulled out of its defence pact with Togo last week.", [("GHA,TGO", "terminated")]),
        ("Bolivia reneged on the border accord it signed with Paraguay.", [("BOL,PRY", "terminated")]),
        ("Ankara suspended the 2010 defence accord with Athens.", [("GRC,TUR", "suspended")]),
        ("Uganda said Rwanda breached the 2019 peace accord.", [("RWA,UGA", "in_force")]),
        # a party may denounce its own pact
        ("Manila denounced the security pact between Manila and Washington.", [("PHL,USA", "terminated")]),
    ],
)
def test_an_agreement_told_in_passing_is_at_the_stage_its_clause_tells(extract_text, text, expected):
    assert _agreements(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Beijing denounced the security pact between Manila and Washington as a threat.",
        "Moscow criticised the defence treaty between Tokyo and Canberra.",
        "Prisoners were exchanged under a deal with Moscow.",
        "Two technology companies signed a pact to share chips.",
    ],
)
def test_near_misses_tell_no_agreement(extract_text, text):
    assert _agreements(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iranian foreign minister called for a security pact between Iran and Iraq.", [("IRN,IRQ", "proposed")]),
        ("Warsaw pushed for a defence accord with Vilnius.", [("LTU,POL", "proposed")]),
        ("Nepal appealed for a border treaty with India.", [("IND,NPL", "proposed")]),
    ],
)
def test_an_agreement_called_for_is_proposed(extract_text, text, expected):
    assert _agreements(extract_text, text) == expected


def test_calling_a_pact_something_proposes_nothing(extract_text):
    assert _agreements(extract_text, "Moscow called the pact between Seoul and Tokyo a threat.") == []
