"""Formula injection: text a spreadsheet would run gets a leading apostrophe, reversibly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.interfaces.export.formula import FORMULA_STARTS, neutralise, restore


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x","y")'])
def test_formula_text_gets_an_apostrophe(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["Serbia", "036", "", "a=b", "'quoted'", "1-2"])
def test_plain_text_is_left_alone(text):
    assert neutralise(text) == text


def test_text_already_guarded_gets_one_more_so_reading_back_is_exact():
    assert neutralise("'=1") == "''=1"
    assert restore("''=1") == "'=1"


@given(st.text(alphabet=st.sampled_from(["'", "a", "1", *FORMULA_STARTS]), max_size=8) | st.text(max_size=20))
def test_restore_undoes_neutralise_and_no_cell_starts_a_formula(text):
    cell = neutralise(text)
    assert restore(cell) == text
    assert not cell.startswith(FORMULA_STARTS)
