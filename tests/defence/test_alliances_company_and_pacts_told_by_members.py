"""Joining beside others and pacts written as their members (docs/annotation.md §9.4).

A state named "alongside" the subject of a joining verb, or "together with" on the subject
itself, joins too: one record per state and alliance. The Sahel states' defence pact is written
as its member states, not as an organisation code: a state joining it, invited into it or
weighing it is one record of the newcomer with the pact's members. Invented sentences; the
near misses stay as they were.
"""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal, a founding member, entered NATO alongside Norway in April 1949.", [(("NATO", "NOR"), "formal"), (("NATO", "PRT"), "formal")]),
        ("Iran, which joined CENTO alongside Pakistan in 1955, hosted the talks.", [(("CENTO", "IRN"), "formal"), (("CENTO", "PAK"), "formal")]),
        ("Hungary, together with Poland and the Czech Republic, joined NATO on Friday.", [(("CZE", "NATO"), "formal"), (("HUN", "NATO"), "formal"), (("NATO", "POL"), "formal")]),
    ],
)
def test_a_state_named_beside_the_joiner_joins_too(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary joined NATO alongside its troops in Kosovo.", [(("HUN", "NATO"), "formal")]),  # no state beside it
        ("Portugal joined the European Union alongside Spain in 1986.", []),  # no alliance
        ("Sweden, together with its partners, debated the NATO budget.", []),  # no joining
    ],
)
def test_company_that_names_no_joining_state_adds_none(extract_text, text, expected):
    got = alliances_listed(extract_text, text)
    assert [a for a in got if "NATO" in a[0]] == [a for a in expected if "NATO" in a[0]]
    assert not any("ESP" in members for members, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Togo formally joined the Alliance of Sahel States on Tuesday.", [(("BFA", "MLI", "NER", "TGO"), "formal")]),
        ("Guinea is considering whether to join the Alliance of Sahel States, its prime minister said.", [(("BFA", "GIN", "MLI", "NER"), "proposed")]),
        ("Benin became the newest member of the Alliance of Sahel States on Monday.", [(("BEN", "BFA", "MLI", "NER"), "formal")]),
    ],
)
def test_the_sahel_pact_is_written_as_its_members_with_the_newcomer(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


def test_other_alliances_keep_their_organisation_code(extract_text):
    assert alliances_listed(extract_text, "Montenegro formally joined NATO on Monday.") == [(("MNE", "NATO"), "formal")]
