"""A participle set off by a comma that tells what a coded act brought about ("X withdrew from Y,
ending its presence in Z") is that act told again, not a second event of the same type; a participle
of another type ("..., accusing Y of ...") or by another side is still an event of its own.
Every sentence here is invented.
"""

import pytest


def _events(result, type_):
    return [(e.actor, e.recipient) for e in result.events if e.type == type_]


@pytest.mark.parametrize(
    ("sentence", "type_", "expected"),
    [
        (
            "Italy withdrew its trainers from Niger in January, ending its presence in the fight against jihadist militants.",
            "RETREAT",
            [(("ITA",), ("NER",))],
        ),
        (
            "Spain withdrew its frigate from Djibouti in 2021, ending its presence in the patrols against Somali pirates.",
            "RETREAT",
            [(("ESP",), ("DJI",))],
        ),
    ],
)
def test_a_resulting_participle_is_the_act_told_again(extract_text, sentence, type_, expected):
    assert _events(extract_text(sentence), type_) == expected


def test_a_participle_of_another_type_is_an_event_of_its_own(extract_text):
    result = extract_text("Chad expelled the French ambassador on Monday, accusing Paris of interference.")
    assert _events(result, "ACCUSE") == [(("TCD",), ("FRA",))]
