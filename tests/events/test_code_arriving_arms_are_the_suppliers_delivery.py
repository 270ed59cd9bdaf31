"""Arms told arriving are a delivery (a sale: COOPERATE 062, docs/annotation.md 6.1) by the state
they come from to the state they reach or that bought them; wire copy often tells a delivery only
by its arrival (sentences written for these tests)."""

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    ("sentence", "supplier", "receiver"),
    [
        ("A first batch of K9 howitzers has arrived in Estonia from South Korea, the army said.", "KOR", "EST"),
        ("The six Gripen jets that Hungary leased from Sweden landed at an air base near Kecskemet on Monday.", "SWE", "HUN"),
        ("Two patrol vessels bought from the Netherlands arrived in Ghana on Tuesday.", "NLD", "GHA"),
    ],
)
def test_arms_arriving_from_a_supplier_are_its_delivery(extract_text, sentence, supplier, receiver):
    assert events_coded(extract_text, sentence) == [("COOPERATE", (supplier,), (receiver,))]


@pytest.mark.parametrize(
    "sentence",
    ["Two Russian bombers landed in Venezuela on Monday.", "Chinese warships arrived in Sri Lanka for a port call."],
)
def test_forces_arriving_with_no_supplier_named_are_no_delivery(extract_text, sentence):
    assert all(e.type != "COOPERATE" for e in extract_text(sentence).events)
