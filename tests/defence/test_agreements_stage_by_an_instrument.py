"""A stage an instrument takes ("signed the law ratifying the treaty with X", "the decree by the
council revoking the accord with Y", docs/annotation.md 9.1): the participle of the stage hangs on
the law, decree or statement; whoever issues it (its "by" author, its possessor, or the subject of
the verb it is the object of) is the party taking the stage. A bystander who only comments on such
an instrument is none."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Tokayev on Monday signed the law ratifying the defence cooperation agreement with Turkey.", [("KAZ,TUR", "ratified")]),
        ("Washington noted the decree by Mali's junta revoking the defence accord with France.", [("FRA,MLI", "terminated")]),
        ("Belarus's parliament passed a bill suspending the military cooperation treaty with Poland.", [("BLR,POL", "suspended")]),
    ],
)
def test_the_issuer_of_an_instrument_takes_its_stage(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # only one state named on the agreement and the issuer unknown: no pair is made
        "A statement revoking the defence accord with France was read on television.",
    ],
)
def test_an_instrument_with_no_issuer_names_no_second_party(extract_text, text):
    assert agreements_joined(extract_text, text) == []
