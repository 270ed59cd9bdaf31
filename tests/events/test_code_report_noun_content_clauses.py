"""The content clause of a report noun is claimed, not asserted, also where the parser hangs it on
the noun as a clausal modifier ("looking into claims that X's troops shelled a camp"): no event
of its own. A relative clause on the noun ("the report that Chad released") and an act told
"according to reports" are still coded. Every sentence here is invented."""

import pytest


def _assaults(result):
    return [(e.actor, e.recipient) for e in result.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Amnesty International is looking into claims that Sudanese troops shelled a camp near El Fasher.",
        "The OSCE mission said it was examining allegations that Azerbaijani forces shelled a village near Lachin.",
    ],
)
def test_an_act_in_a_report_nouns_content_clause_is_no_event(extract_text, sentence):
    assert _assaults(extract_text(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The report that Chad released on Monday said Sudanese troops shelled a camp.",
        "Sudanese troops shelled a camp near El Fasher, according to reports.",
    ],
)
def test_an_act_outside_a_content_clause_is_still_coded(extract_text, sentence):
    assert _assaults(extract_text(sentence)) == [(("SDN",), ())]
