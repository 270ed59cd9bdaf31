"""Equipment: known systems, unseen variants of a designation, generic phrases, and one
record per system with every mention of it."""

from __future__ import annotations

from handparse import hand_parse

from accord.defence.equipment import EquipmentMention, System, equipment_records


def test_each_system_is_one_record_with_every_mention():
    parsed = hand_parse([("K2", 1, "compound", "PROPN", "K2"), ("tanks", 1, "ROOT", "NOUN", "tank"), ("and", 1, "cc", "CCONJ", "and"), ("K2", 1, "conj", "PROPN", "K2")])
    k2 = System("K2", "main battle tank", ("Hyundai Rotem",), "KOR", "land")
    mentions = [EquipmentMention(0, 2, "K2 tanks", k2, k2.category, None, k2.manufacturer, k2.kind), EquipmentMention(3, 4, "K2", k2, k2.category, "KOR", k2.manufacturer, k2.kind)]
    (record,) = equipment_records(parsed.doc, mentions)
    assert (record.id, record.name, record.origin, record.manufacturer) == ("q1", "K2", "KOR", ("Hyundai Rotem",))
    assert [m.text for m in record.mentions] == ["K2 tanks", "K2"]


# -- through the parser ---------------------------------------------------------------


def test_generic_equipment_gets_a_category_and_calibre_refines_ammunition(extract_text):
    result = extract_text("Hungary ordered 7.62 mm caliber ammunition and 8x8 combat vehicles from Serbia.")
    categories = {e.category for e in result.equipment}
    assert "small-arms ammunition" in categories


def test_unseen_variant_of_a_known_designation_takes_the_family(extract_text):
    result = extract_text("Serbia received BTR-80A vehicles from Russia.")
    assert any(e.name.startswith("BTR-80") and e.category == "armoured personnel carrier" for e in result.equipment)


def test_a_named_ship_and_its_hull_number_are_platforms_not_actors(extract_text):
    result = extract_text("The frigate joined HMS Iron Duke (F 234) and FS Jean de Vienne in the strait.")
    names = {e.name for e in result.equipment}
    assert {"HMS Iron Duke", "F 234", "FS Jean de Vienne"} <= names
    assert not any("Iron Duke" in a.name or "Vienne" in a.name for a in result.actors)


def test_vehicle_borne_bombs_and_piloted_aircraft_are_weapons(extract_text):
    result = extract_text("Drones and remotely piloted aircraft destroyed two VBIEDs and a car bomb near the town.")
    names = {e.name.lower() for e in result.equipment}
    assert {"remotely piloted aircraft", "vbieds", "car bomb"} <= names
    assert not any(a.name == "VBIEDs" for a in result.actors)


def test_an_acronym_in_brackets_after_the_goods_is_no_second_item(extract_text):
    result = extract_text("Oslo will acquire 20 armoured personnel carriers (APCs) and HMS Iron Duke (F 234).")
    names = {e.name for e in result.equipment}
    assert "APCs" not in names
    assert "armoured personnel carriers" in names
