"""Transfers told only to be dismissed or alleged give no record (docs/annotation.md 9.2: "an intent
turned down or denied ('reports of a plan were denied') gives none"; alleged content is never coded
as fact):

* a plan whose reports are called a fabrication, fiction or nonsense, or denied by a verb
  coordinated with their own ("were false and were denied");
* a transfer one state accuses another of ("accused X of supplying shells to Y"): no record, so the
  accuser never becomes the supplier; a transfer told beside the accusation stays.

All sentences are invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return [(t.supplier, t.recipient, t.status) for t in extract_text(text).arms_transfers]


@pytest.mark.parametrize(
    "text",
    [
        'The Dutch defence ministry said reports of a plan to export Leopard tanks to Qatar were "complete fiction".',
        'News reports of a plan to sell Swedish Gripen jets to Thailand were "nonsense", the Swedish embassy said.',
        'The Belgian defence ministry said reports of a plan to sell F-16 jets to Romania were "pure propaganda".',
        "The Spanish government said reports of a plan to supply patrol boats to Venezuela were false and were firmly denied.",
    ],
)
def test_a_plan_whose_reports_are_dismissed_gives_no_transfer(extract_text, text):
    assert _transfers(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Greek officials accused Ankara of quietly supplying drones to Libya, but both governments denied it.",
        "Indian officials accused Beijing of secretly supplying drones to Pakistan, but offered no proof.",
        "Seoul accused Moscow last week of selling fighter jets to North Korea, a charge the Kremlin rejected.",
        "Japan's defence minister accused China of providing artillery shells to Russia.",
    ],
)
def test_a_transfer_only_alleged_gives_none_and_the_accuser_is_never_its_supplier(extract_text, text):
    assert _transfers(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("News reports of a plan to sell Swedish Gripen jets to Thailand were confirmed by the Swedish embassy.", [(("SWE",), ("THA",), "offered")]),
        ("Germany approved a plan to sell frigates to Egypt, the economy ministry said.", [(("DEU",), ("EGY",), "offered")]),
        ("Seoul said on Monday that Moscow had sold fighter jets to North Korea last year.", [(("RUS",), ("PRK",), "delivered")]),
        # a transfer told beside an accusation, not as its content
        ("Kyiv accused Moscow of breaking the truce, days after Belarus supplied tanks to Russia.", [(("BLR",), ("RUS",), "delivered")]),
    ],
)
def test_plans_confirmed_and_transfers_told_as_fact_stay(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected
