"""An exchange of diplomatic notes or letters is an agreement in treaty form ("signed an exchange of
notes", "the Exchange of Letters"); an exchange of views is none. An agreement renewed or extended
in the sentence that tells an act under it is signed anew (docs/annotation.md 9.1: renewed), the
news being the renewal, not shown further along by the act; the act still tells who is party.
All sentences are invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana and Togo signed an exchange of notes on defence cooperation in Accra on Monday.", [("GHA,TGO", "signed")]),
        ("Under an exchange of notes signed in Lome on Friday, Accra will give the Togolese navy two patrol boats.", [("GHA,TGO", "signed")]),
    ],
)
def test_an_exchange_of_notes_is_an_agreement(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo held an exchange of views on defence on Monday.",
        "The exchange of fire between Ghanaian and Togolese troops lasted an hour.",
    ],
)
def test_other_exchanges_are_no_agreement(extract_text, text):
    assert agreements_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oman and Britain have renewed the defence accord under which a British training team remains in Oman, officials said.", [("GBR,OMN", "signed")]),
        ("Some 300 French troops are stationed in Chad under a defence arrangement that N'Djamena extended last year.", [("FRA,TCD", "signed")]),
    ],
)
def test_an_agreement_renewed_where_an_act_under_it_is_told_is_signed(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_an_act_under_an_agreement_not_renewed_still_shows_it_in_force(extract_text):
    text = "Some 300 French troops are stationed in Chad under a defence arrangement that N'Djamena signed in 2019."
    assert agreements_joined(extract_text, text) == [("FRA,TCD", "in_force")]
