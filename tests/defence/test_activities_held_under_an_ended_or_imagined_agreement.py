"""Forces held under a two-party agreement are no activity when the clause that names the
agreement tells it already ended, torn up or suspended (an ending or refusing verb in the past),
or only imagines it (a condition): nothing is held under it. An end still to come ("is ending",
"lapses next spring", "will not prolong") leaves the forces held now, an activity going on.
Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the agreement's own verb, in the past, ends it
        ("Last autumn the 1994 accord between Oman and India, under which Indian patrol planes are kept at Duqm, lapsed.", {"IND", "OMN"}),
        # torn up by one party
        ("Mauritania tore up the 2009 protocol with Spain under which Spanish coastguard helicopters operate from Nouadhibou.", {"ESP", "MRT"}),
        # suspended
        ("The junta in Bamako has suspended the convention with Sweden under which Swedish engineers serve at the Timbuktu camp.", {"MLI", "SWE"}),
        # a condition: the agreement is only imagined
        ("If Lithuania and Canada sign the accord under which Canadian coastguard helicopters operate from Klaipeda, Minsk will protest.", {"CAN", "LTU"}),
    ],
)
def test_no_forces_held_under_an_ended_or_imagined_agreement(extract_text, text, pair):
    assert not any(set(parties) == pair for parties, _ in rule_activity_statuses(extract_text, text))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # an end still to come: the forces are held now
        ("The 1994 accord between Oman and India, under which Indian patrol planes are kept at Duqm, expires next spring.", ("IND", "OMN")),
        ("Mauritania will not prolong the 2009 protocol with Spain, under which Spanish coastguard helicopters operate from Nouadhibou.", ("ESP", "MRT")),
        # a verb of the agreement that neither ends nor imagines it
        ("Lithuanian deputies praised the 2019 protocol with Canada under which Canadian coastguard helicopters operate from Klaipeda.", ("CAN", "LTU")),
    ],
)
def test_forces_held_under_an_agreement_ending_later_stay(extract_text, text, parties):
    assert (parties, "ongoing") in rule_activity_statuses(extract_text, text)
