"""An invitation to talks on joining puts a membership forward (docs/annotation.md §9.4: proposed),
whichever way the talks are told: "invited X to open talks on joining NATO" (the body the talks are
on joining; its founding treaty stands for it), and "invited X and Y to begin accession talks" when
the parser hangs the infinitive as an adverbial clause rather than a complement. Talks on anything
else, or on joining a body that is no alliance, are none. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At Friday's summit the allies invited Sweden and Finland to begin talks on joining the Washington Treaty after months of debate.",
            [(("FIN", "NATO"), "proposed"), (("NATO", "SWE"), "proposed")],
        ),
        ("CSTO leaders invited Mongolia to begin talks on joining the CSTO at their summit.", [(("CSTO", "MNG"), "proposed")]),
        (
            "NATO ministers gathered in Riga on Tuesday invited Bosnia and Serbia to begin accession talks, while urging reforms.",
            [(("BIH", "NATO"), "proposed"), (("NATO", "SRB"), "proposed")],
        ),
    ],
)
def test_an_invitation_to_talks_on_joining_is_a_proposed_membership(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "NATO leaders invited Finland to begin talks on cyber defence.",
        "NATO ministers invited Sweden on Monday to begin discussions on joining the coalition's training mission.",
        "NATO has never invited Georgia to begin talks on joining the Washington Treaty, the envoy noted.",
    ],
)
def test_an_invitation_to_other_talks_or_one_denied_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []
