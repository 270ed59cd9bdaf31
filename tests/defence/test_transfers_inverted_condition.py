"""A delivery under a condition told by inversion ("Had the contract been signed, X would have
delivered jets to Y", "Had the tender gone ahead, ...") never happened: no transfer, like one
under an "if" clause (docs/annotation.md 9.2); a delivery made, or one promised outright, keeps
its stage. Sentences invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((t.supplier, t.recipient, str(t.status)) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    "text",
    [
        "Had the contract been signed, Russia would have delivered MiG-29 jets to Syria by 2012, a former Rostec manager said.",
        "Had the tender gone ahead, Sweden would have supplied Gripen fighters to Croatia in 2020, an analyst said.",
        "If the deal had gone ahead, Russia would have delivered jets to Iraq.",
    ],
)
def test_a_delivery_under_a_condition_never_met_is_none(extract_text, text):
    assert _transfers(extract_text, text) == []


def test_a_delivery_promised_outright_is_offered(extract_text):
    text = "Russia will deliver S-400 batteries to India by 2025, an official said."
    assert _transfers(extract_text, text) == [(("RUS",), ("IND",), "offered")]
