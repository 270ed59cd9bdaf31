"""A bid to join an alliance whose holder is told only by "whose", "the country" / "the nation", or "their
governments'" still names the state that seeks membership (docs/annotation.md 9.4: proposed). The
holder is the noun the relative clause is on, the state whose own body backs "the country's" bid as
the verb's subject, or the subject's states that "their" stands for. A state (or its official) named
before a bid it mocks, dismisses or only meets about holds none. Sentences invented."""

from __future__ import annotations

import pytest


def _alliances(extract_text, text):
    return sorted((a.members, str(a.status)) for a in extract_text(text).alliances if a.found_by == "rules")


def test_whose_bid_is_the_antecedents(extract_text):
    text = "Montenegro, whose application to join the CSTO drew praise in Minsk, opened a new air base on Friday."
    assert _alliances(extract_text, text) == [(("CSTO", "MNE"), "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "Moldovan lawmakers voted on Tuesday to support the nation's bid to enter the CSTO.",
        "Moldova's senate will champion the nation's application to enter the CSTO at the summit.",
    ],
)
def test_the_countrys_bid_backed_by_its_own_body(extract_text, text):
    assert _alliances(extract_text, text) == [(("CSTO", "MDA"), "proposed")]


def test_their_governments_requests_are_the_subjects_states(extract_text):
    text = "The foreign ministers of Chile and Peru filed their governments' requests to join NATO in Brussels on Monday."
    assert _alliances(extract_text, text) == [(("CHL", "NATO"), "proposed"), (("NATO", "PER"), "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay, whose bid to join the WTO stalled in 2019, opened a new port.",
        "Kenya, whose bid to host the summit failed, bought new jets.",
        "Officials praised the country's bid to join NATO, a spokesman said.",
        # a state named before a bid it ridicules or only takes note of holds none
        "A Belarusian envoy ridiculed the nation's application to enter the CSTO, Chisinau said.",
        "Armenia's premier hosted Azerbaijan's defence chief, who scoffed at the country's request to enter NATO.",
        "Moldova's cabinet threw its weight behind the country's request to join the CSTO on Friday.",
    ],
)
def test_no_alliance_or_no_holder_gives_none(extract_text, text):
    assert _alliances(extract_text, text) == []
