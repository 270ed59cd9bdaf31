"""Several agreements told by one counted noun (docs/annotation.md 9.1: one record per agreement):
"signed two memoranda of understanding", "ratified the two defence agreements signed with X" give
one record each. A number that belongs to another word ("a two-year accord", "the two countries
signed an accord") counts nothing. All sentences are invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana and Togo signed two memoranda of understanding on defence in Accra on Monday.", [("GHA,TGO", "signed"), ("GHA,TGO", "signed")]),
        ("Peru's congress ratified the two defence agreements signed with Chile last year.", [("CHL,PER", "ratified"), ("CHL,PER", "ratified")]),
        ("Oman and Jordan signed three military cooperation accords on Tuesday.", [("JOR,OMN", "signed")] * 3),
    ],
)
def test_a_counted_noun_gives_one_record_per_agreement(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana and Togo signed a two-year defence cooperation agreement on Monday.", [("GHA,TGO", "signed")]),
        ("The two countries, Ghana and Togo, signed a defence accord on Monday.", [("GHA,TGO", "signed")]),
        ("Ghana and Togo signed a memorandum of understanding on defence, their two governments said.", [("GHA,TGO", "signed")]),
    ],
)
def test_a_number_on_another_word_counts_nothing(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
