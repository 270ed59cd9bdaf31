"""Alliances told by a noun of joining or a verb of founding: an accession told as done (by a
completing verb, the accession acting in the past, or a verbless phrase; hoped for, floated or
discussed it is not done), a pact's founders named on its founding verb; states told as treaty
allies (not former ones), an alliance acted upon only when named as a defence alliance; with
near misses that stay empty or stay wished (invented sentences)."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an accession (admission, entry) completed, acting in the past, or in a verbless phrase is done
        ("Observers celebrated the accession of Poland to the Atlantic Alliance.", [(("NATO", "POL"), "formal")]),
        ("Sweden completed its accession to NATO in 2024.", [(("NATO", "SWE"), "formal")]),
        ("Montenegro's accession to NATO strengthened the alliance.", [(("MNE", "NATO"), "formal")]),
    ],
)
def test_an_accession_told_as_done_is_a_formal_membership(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia feared Ukraine's accession to NATO.",  # contested, not done
        "Hungary held up Sweden's accession to NATO for months.",  # obstructed
        "Sweden's accession to NATO faces hurdles in Ankara.",  # present: still to come
        "Ukraine's accession to NATO would provoke Moscow.",  # hypothetical
        "Croatia's accession to the European Union boosted trade.",  # no military alliance
        "Turkey did not approve Sweden's accession to NATO.",  # negated
        "Finland's NATO membership changed the security map.",  # membership is as often sought as held
        # hoped for, floated, discussed, backed: not done (whatever the verb)
        "Kyiv hopes for the accession of Ukraine to NATO by 2030.",
        "Macron floated the admission of Ukraine to NATO.",
        "Officials discussed the accession of Ukraine to NATO.",
        "Germany backed the admission of Ukraine to NATO.",
    ],
)
def test_an_accession_contested_wished_or_to_no_alliance_is_no_formal_membership(extract_text, text):
    assert all(status != "formal" for _, status in alliances_listed(extract_text, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Baghdad Pact was formed in 1955 among Turkey, Iraq and Pakistan.", [(("IRQ", "PAK", "TUR"), "formal")]),
        ("Australia, New Zealand and the United States founded ANZUS in 1951.", [(("AUS", "NZL", "USA"), "formal")]),
        ("ANZUS was founded by Australia, New Zealand and the United States.", [(("AUS", "NZL", "USA"), "formal")]),
        ("Turkey and Iraq proposed to form the Baghdad Pact with Britain.", [(("GBR", "IRQ", "TUR"), "proposed")]),
    ],
)
def test_the_founders_of_a_pact_are_allies(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Warsaw Pact was not formed by Poland and Hungary.",  # negated
        "NATO was founded in 1949.",  # no founders named
        "Britain and France set up a trade bloc in 1960.",  # no military pact
        "Protesters in Poland and Hungary formed a human chain against NATO.",  # not the pact formed
    ],
)
def test_founding_near_misses_make_no_alliance(extract_text, text):
    assert alliances_listed(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister returned to NATO headquarters on Monday.",  # a visit
        "Spanish officers returned to the integrated command of NATO.",  # officers, not the state
        "Spain joined the NATO command in Naples.",  # a body of the alliance, not integration
        "France said it would not rejoin NATO's integrated military command.",  # negated
    ],
)
def test_command_near_misses_make_no_alliance(extract_text, text):
    assert alliances_listed(extract_text, text) == []


def test_an_accession_of_several_states_is_one_record_per_state(extract_text):
    text = "The Senate approved the accession of Poland, Hungary and the Czech Republic to NATO."
    assert alliances_listed(extract_text, text) == [(("CZE", "NATO"), "formal"), (("HUN", "NATO"), "formal"), (("NATO", "POL"), "formal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # allies by a treaty or in defence
        ("The United States and the Philippines are treaty allies.", [(("PHL", "USA"), "formal")]),
        ("Japan is a treaty ally of the United States.", [(("JPN", "USA"), "formal")]),
        ("Turkey and Azerbaijan became military allies in 2021.", [(("AZE", "TUR"), "formal")]),
        # an alliance acted upon as existing
        ("The United States reaffirmed its defence alliance with South Korea.", [(("KOR", "USA"), "formal")]),
        ("Poland and the United States reaffirmed their military alliance.", [(("POL", "USA"), "formal")]),
        ("Washington and Seoul strengthened their military alliance.", [(("KOR", "USA"), "formal")]),
    ],
)
def test_states_told_as_allies_or_an_alliance_reaffirmed_are_formal_allies(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain and France are close allies.",  # may be political
        "Hungary and Poland are not treaty allies.",  # negated
        "Kenya and Uganda are trade allies.",  # not defence
        "The ruling party strengthened its alliance with the communists.",  # parties, no states
        "Kenya did not renew its alliance with Uganda.",  # negated
        "Armenia and Russia were once treaty allies.",  # former allies
        "Greece and Serbia are former military allies.",  # former allies
        # an alliance acted upon but not named as a defence alliance: mostly political in news
        "Iran deepened its alliance with Russia.",
        "Russia and China strengthened their alliance.",
        "Russia and North Korea cemented their alliance.",
        "Hamas and Iran strengthened their military alliance.",  # an armed group is no treaty ally
    ],
)
def test_allies_near_misses_make_no_alliance(extract_text, text):
    assert alliances_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We welcomed Spain as the sixteenth member of the Atlantic Alliance.", [(("ESP", "NATO"), "formal")]),
        ("Malta joined as a full member of the CSTO.", [(("CSTO", "MLT"), "formal")]),
        # the alliance hung on the verb, the accession under it
        ("The Senate ratified the protocols on the accession of Poland to NATO.", [(("NATO", "POL"), "formal")]),
    ],
)
def test_a_state_taken_in_as_a_member(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The club welcomed Spain as a member of the European Union.",  # no military alliance
        "NATO did not accept Georgia as a member of the alliance.",  # negated
    ],
)
def test_member_role_near_misses(extract_text, text):
    assert alliances_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The enlargement of NATO to include Poland and Hungary was approved.", [(("HUN", "NATO"), "formal"), (("NATO", "POL"), "formal")]),
        ("NATO's expansion to Finland was completed in 2023.", [(("FIN", "NATO"), "formal")]),
    ],
)
def test_an_alliance_widened_to_states_makes_them_members(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "NATO's expansion to the east worried Moscow.",  # no state taken in
        "The Senate did not approve NATO's expansion to Georgia.",  # negated
        "The EU's expansion to Croatia was approved.",  # no military alliance
    ],
)
def test_enlargement_near_misses(extract_text, text):
    assert alliances_listed(extract_text, text) == []
