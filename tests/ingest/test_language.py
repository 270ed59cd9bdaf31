"""detect_language: ISO 639-1 codes on reasonable evidence, None otherwise."""

from __future__ import annotations

import pytest

from accord.ingest.language import detect_language

ENGLISH = (
    "Serbia and Hungary signed a plan of bilateral defence cooperation for 2026 in Belgrade on Tuesday, "
    "setting out 84 joint activities for the armed forces of the two countries over the next year."
)


def test_english_news_is_english():
    assert detect_language(ENGLISH) == "en"


def test_short_english_sentence_is_english():
    assert detect_language("The minister said the talks were useful.") == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bundesregierung hat am Dienstag beschlossen, weitere Truppen nach Litauen zu verlegen.", {"de"}),
        ("Le ministre a déclaré mardi que les négociations avec la Serbie avançaient bien.", {"fr"}),
        ("Вучић је рекао да Србија жели мир и сарадњу са свим суседима у региону.", {"sr"}),
        ("Srbija i Mađarska potpisale su plan bilateralne saradnje u oblasti odbrane za 2026. godinu.", {"sr", "bs", "hr"}),
    ],
)
def test_non_english_text_is_detected(text, expected):
    assert detect_language(text) in expected


@pytest.mark.parametrize("text", ["", "Serbia", "Rafale jets for Belgrade", "12:30 14.03.2025", "https://t.me/x @channel #NATO"])
def test_too_short_or_wordless_text_is_undetermined(text):
    assert detect_language(text) is None


def test_a_foreign_quote_does_not_change_a_long_english_article():
    text = (ENGLISH + " ") * 20 + "Vučić je rekao: 'Želimo mir.' " + (ENGLISH + " ") * 20
    assert detect_language(text) == "en"
