"""The members of an alliance put forward (docs/annotation.md §9.4: proposed) are the states it is
proposed for: those "called on" (or upon) to form it, as those "called for" are, and every state of
a list after "an alliance of", even where the parser hangs the list's rest on the noun. A time
"on Saturday" names no member. Invented sentences."""

from __future__ import annotations

from defence_helpers import alliances_listed


def test_the_states_called_on_to_form_an_alliance_are_its_members(extract_text):
    text = "The Venezuelan president called on Cuba and Bolivia on Sunday to form a military alliance with Nicaragua."
    assert alliances_listed(extract_text, text) == [(("BOL", "CUB", "NIC", "VEN"), "proposed")]


def test_every_state_listed_after_an_alliance_of_is_a_member(extract_text):
    text = "The admiral put forward the idea of a naval alliance of Oman, Kuwait, Bahrain, Qatar and Iraq to guard the Gulf."
    members = {code for members, _ in alliances_listed(extract_text, text) for code in members}
    assert {"OMN", "KWT", "BHR", "QAT", "IRQ"} <= members


def test_a_time_on_the_verb_names_no_member_and_leaves_the_subject_its_members(extract_text):
    text = "Chile and Peru agreed on Monday to form a defence alliance."
    assert alliances_listed(extract_text, text) == [(("CHL", "PER"), "proposed")]


def test_a_call_on_states_to_form_no_alliance_is_none(extract_text):
    text = "The minister called on Chile and Peru to form a joint commission on fisheries."
    assert alliances_listed(extract_text, text) == []
