"""A generic goods word stretched over a specific one (round 11, from wire dev misses): in
"coastal radar equipment" the radar is the goods, so beside "a patrol boat" it is not dropped as
bare "equipment" would be. Every sentence is invented; near misses stay empty."""

from __future__ import annotations


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status, t.category) for t in extract_text(text).arms_transfers)


def test_specific_goods_inside_a_generic_phrase_are_kept_beside_other_goods(extract_text):
    text = "Under a new grant, Australia will supply Tonga's navy with a patrol boat and coastal radar equipment."
    found = _transfers(extract_text, text)
    assert [row[3] for row in found] == ["patrol vessel", "radar"]
    assert {row[:3] for row in found} == {("AUS", "TON", "offered")}


def test_bare_equipment_beside_named_goods_stays_dropped(extract_text):
    text = "Under a new grant, Australia will supply Tonga's navy with a patrol boat and other equipment."
    assert [row[3] for row in _transfers(extract_text, text)] == ["patrol vessel"]


def test_civilian_equipment_wrapping_nothing_is_no_transfer(extract_text):
    assert _transfers(extract_text, "Under a new grant, Australia will supply Tonga with office equipment.") == []
