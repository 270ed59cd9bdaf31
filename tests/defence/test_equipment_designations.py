"""Equipment named by a model designation the gazetteer lacks, before a platform noun too vague
alone ("Su-75 fighters", "P-18 vessels"); airliners' designations stay out. Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        ("The air force flew XQ-71 fighters over the capital.", "XQ-71 fighters", "fighter aircraft"),
        ("Twelve TC-90 aircraft were handed over.", "TC-90 aircraft", "other"),
        ("The navy will receive two P-18 vessels.", "P-18 vessels", "patrol vessel"),
    ],
)
def test_a_designation_before_a_platform_noun_names_goods(extract_text, text, name, category):
    assert [(e.name, e.category) for e in extract_text(text).equipment] == [(name, category)]


@pytest.mark.parametrize("text", ["The airline ordered 100 A320 aircraft.", "Rebel fighters attacked the town.", "The A350 planes landed."])
def test_airliners_and_bare_platform_nouns_are_no_goods(extract_text, text):
    assert list(extract_text(text).equipment) == []
