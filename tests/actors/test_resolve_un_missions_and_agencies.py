"""United Nations peacekeeping missions are bodies of the UN: their mentions carry the UN's
code, not the state they serve in (which their name already names). The IAEA is an autonomous
agency and keeps its own code."""

from actor_helpers import mention_codes


def test_a_peacekeeping_mission_carries_the_un_code(pipeline):
    codes = mention_codes(pipeline, "A Ghanaian battalion rotated into the United Nations Mission in South Sudan (UNMISS) on Monday.")
    assert codes["United Nations Mission in South Sudan"] == "UN"
    assert codes["UNMISS"] == "UN"


def test_a_mission_acronym_alone_carries_the_un_code(pipeline):
    codes = mention_codes(pipeline, "Irish soldiers serving with UNIFIL came under fire near the Blue Line.")
    assert codes["UNIFIL"] == "UN"


def test_the_host_state_is_still_named_by_its_own_mention(pipeline):
    codes = mention_codes(pipeline, "Cyprus thanked the peacekeepers of UNFICYP for decades of service.")
    assert codes["Cyprus"] == "CYP" and codes["UNFICYP"] == "UN"


def test_the_atomic_energy_agency_keeps_its_own_code(pipeline):
    codes = mention_codes(pipeline, "Brazil invited the IAEA to inspect its new reactor.")
    assert codes["IAEA"] == "IAEA"


def test_the_nuclear_watchdog_descriptor_is_the_agency(pipeline):
    codes = mention_codes(pipeline, "The UN nuclear watchdog said it had lost contact with the plant.")
    assert codes["UN nuclear watchdog"] == "IAEA"


def test_a_plain_united_nations_mention_is_not_a_mission(pipeline):
    # near miss: the UN itself stays the UN, and a mission name alone gives no state its code
    codes = mention_codes(pipeline, "The United Nations urged both sides to respect the ceasefire.")
    assert codes["United Nations"] == "UN"
    assert "LBN" not in codes.values()


def test_un_nuclear_inspectors_and_atomic_watchdog_are_the_agency(pipeline):
    # guide 5.1 codes "UN nuclear inspectors" IAEA; wire copy also writes "atomic watchdog"
    codes = mention_codes(pipeline, "Ankara agreed to admit U.N. nuclear inspectors, the UN atomic watchdog said on Tuesday.")
    assert codes["U.N. nuclear inspectors"] == "IAEA"
    assert codes["UN atomic watchdog"] == "IAEA"
