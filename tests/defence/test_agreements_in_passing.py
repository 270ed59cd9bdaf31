"""Agreements mentioned in passing (issue 13, docs/annotation.md 9.1), on invented sentences: an
act done under an agreement "with Y" by the other side's people or forces (told in the passive
too), leaving, suspending or breaching an agreement; and the near misses: an end declared by a
state outside the parties a phrase names is a criticism and tells no stage, nor does a criticism."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan troops were deployed to Somalia under a security agreement with Mogadishu.", [("KEN,SOM", "in_force")]),
        ("American jets were stationed in Darwin under a defence pact with Canberra.", [("AUS,USA", "in_force")]),
        ("Under an agreement with Hanoi, Laotian officers are trained in Vietnam.", [("LAO,VNM", "in_force")]),
        # the noun a participle describes acts under the pact
        ("Turkish jets, operating under a 2019 defence pact with Tripoli, struck targets near Sirte.", [("LBY,TUR", "in_force")]),
        ("Rwandan troops deployed under a security accord with Maputo have retaken the town.", [("MOZ,RWA", "in_force")]),
        ("Seoul accused Pyongyang of violating the 2018 military agreement between the two Koreas.", [("KOR,PRK", "in_force")]),
        ("Niger has revoked its military cooperation agreement with the United States.", [("NER,USA", "terminated")]),
        ("Ghana pulled out of its defence pact with Togo last week.", [("GHA,TGO", "terminated")]),
        ("Bolivia reneged on the border accord it signed with Paraguay.", [("BOL,PRY", "terminated")]),
        ("Ankara suspended the 2010 defence accord with Athens.", [("GRC,TUR", "suspended")]),
        ("Uganda said Rwanda breached the 2019 peace accord.", [("RWA,UGA", "in_force")]),
        # a party may denounce its own pact
        ("Manila denounced the security pact between Manila and Washington.", [("PHL,USA", "terminated")]),
    ],
)
def test_an_agreement_told_in_passing_is_at_the_stage_its_clause_tells(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


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
    assert agreements_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iranian foreign minister called for a security pact between Iran and Iraq.", [("IRN,IRQ", "proposed")]),
        ("Warsaw pushed for a defence accord with Vilnius.", [("LTU,POL", "proposed")]),
        ("Nepal appealed for a border treaty with India.", [("IND,NPL", "proposed")]),
    ],
)
def test_an_agreement_called_for_is_proposed(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_calling_a_pact_something_proposes_nothing(extract_text):
    assert agreements_joined(extract_text, "Moscow called the pact between Seoul and Tokyo a threat.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signed instrument of any name is an agreement
        ("Estonia and Finland signed a joint declaration on defence cooperation.", [("EST,FIN", "signed")]),
        ("A protocol on naval exercises was inked by Oman and India on Monday.", [("IND,OMN", "signed")]),
        ("The memorandum, signed by Kenya and Ethiopia in March, covers intelligence sharing.", [("ETH,KEN", "signed")]),
        # a statement that reports the signing is no second agreement
        ("The accord was signed by Estonia and Finland, according to a joint statement carried by the state news agency.", [("EST,FIN", "signed")]),
        # headline style: a comma list parsed as subjects side by side
        ("Indonesia, Australia sign security pact", [("AUS,IDN", "signed")]),
    ],
)
def test_a_signed_instrument_is_an_agreement_of_its_signers(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Estonia and Finland issued a joint statement on defence cooperation.",
        # plans for an alliance: the alliance is proposed, no plan is an agreement
        "Minsk announced plans for a military alliance with Pyongyang.",
        "Samsung and LG signed a security agreement.",
        # imposed on a side: its consent is untold
        "An accord was imposed on Kyiv by Moscow.",
    ],
)
def test_instruments_not_signed_between_states_are_no_agreement(extract_text, text):
    assert agreements_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund under "since/after" is done by the main clause's subject
        ("Since signing a defence pact with Abu Dhabi in 2019, Paris has kept warships in the Gulf.", [("ARE,FRA", "signed")]),
        ("After inking a border accord with Lima, Quito reopened the crossing.", [("ECU,PER", "signed")]),
        ("The accord, which Rabat and Madrid signed in 2010, covers fisheries.", [("ESP,MAR", "signed")]),
    ],
)
def test_an_agreement_told_in_a_subordinate_clause(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
