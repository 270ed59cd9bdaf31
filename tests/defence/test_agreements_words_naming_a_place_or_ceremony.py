"""An agreement word that names no instrument: one in the name of a place ("the N Treaty Park",
"the N Treaty House"), whose head is a place noun, and a bare "protocol" of etiquette ("under
naval protocol", "by long-standing protocol"); the instruments beside them still count ("signed
a protocol on X", "signed the protocol with X", a pact signed "in the Treaty Hall"). Sentences
invented."""

from __future__ import annotations

import pytest


def _agreements(extract_text, text):
    return sorted((a.parties, str(a.status)) for a in extract_text(text).agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's president joined Greek leaders at the Lausanne Treaty Park as an army band played.",
        "Under naval protocol, a Peruvian admiral boarded the Chilean flagship before its captain.",
        "By long-standing protocol, Peru's envoy speaks first whenever Chile's foreign minister visits.",
    ],
)
def test_a_place_name_or_etiquette_is_no_agreement(extract_text, text):
    assert _agreements(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile signed a protocol on naval search and rescue.",
        "Peru signed the protocol with Chile on Monday.",
        "Peru and Chile signed the border accord in the Treaty Hall of the presidential palace.",
    ],
)
def test_a_protocol_or_accord_signed_still_stands(extract_text, text):
    assert _agreements(extract_text, text) == [(("CHL", "PER"), "signed")]
