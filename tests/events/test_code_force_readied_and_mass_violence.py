"""Force readied rather than used, and mass violence (sentences written for these tests)."""

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Indian gunners prepared to resume firing on Pakistani posts in Kashmir.", ("IND",), ("PAK",)),
        ("Turkish troops are preparing to attack Kurdish militants in Iraq.", ("TUR",), ("REB",)),
        ("The Ethiopian army is preparing an offensive against Eritrea.", ("ETH",), ("ERI",)),
        ("Azerbaijani forces were poised to attack Armenian positions on Monday.", ("AZE",), ("ARM",)),
    ],
)
def test_force_being_readied_is_mobilize_not_a_threat(extract_text, sentence, actor, recipient):
    assert events_coded(extract_text, sentence) == [("MOBILIZE", actor, recipient)]


def test_readying_denied_is_no_mobilisation(extract_text):
    events = extract_text("Serbia has not prepared to attack Kosovo, its defence minister said.").events
    assert [(e.type, e.status.value) for e in events] == [("MOBILIZE", "negated")]


def test_an_announced_attack_stays_a_threat(extract_text):
    assert events_coded(extract_text, "Russia will attack Ukraine, its president said.") == [("THREATEN", ("RUS",), ("UKR",))]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("The Ethiopian army has forced out thousands of Eritrean villagers from their homes.", ("ETH",), ("ERI",)),
        ("Rwandan soldiers forced 5,000 Congolese refugees out of their camps on Monday.", ("RWA",), ("COD",)),
        ("Eritrean civilians were forced out of their homes by Ethiopian soldiers.", ("ETH",), ("ERI",)),
    ],
)
def test_driving_a_population_out_is_mass_expulsion(extract_text, sentence, actor, recipient):
    assert events_coded(extract_text, sentence) == [("ASSAULT", actor, recipient)]
    assert extract_text(sentence).events[0].cameo == "201"


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Jakarta forced the UN refugee agency out of the country.", "SANCTION"),
        ("Hungary forced out two Serbian diplomats.", "SANCTION"),
    ],
)
def test_forcing_out_an_agency_or_diplomats_stays_an_expulsion(extract_text, sentence, type_):
    assert [e.type for e in extract_text(sentence).events] == [type_]


def test_atrocities_against_a_people_are_an_assault(extract_text):
    sentence = "Serbian paramilitaries committed atrocities against Bosnian civilians."
    assert events_coded(extract_text, sentence) == [("ASSAULT", ("SRB",), ("BIH",))]
