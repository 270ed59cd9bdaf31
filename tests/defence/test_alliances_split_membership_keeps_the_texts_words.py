"""A membership of several alliances told together is split into one record per alliance and state;
each record's name keeps the words the text names that alliance with ("North Atlantic Treaty
Organization", not the code "NATO"), as other records do."""

from __future__ import annotations


def test_each_split_record_is_named_by_the_texts_words(extract_text):
    text = "By then Ecuador and Bolivia were members of the Collective Security Treaty Organization and the North Atlantic Treaty Organization."
    names = sorted((",".join(a.members), a.name) for a in extract_text(text).alliances)
    assert names == [
        ("BOL,CSTO", "Collective Security Treaty Organization"),
        ("BOL,NATO", "North Atlantic Treaty Organization"),
        ("CSTO,ECU", "Collective Security Treaty Organization"),
        ("ECU,NATO", "North Atlantic Treaty Organization"),
    ]


def test_an_alliance_named_by_its_acronym_keeps_it(extract_text):
    names = sorted((",".join(a.members), a.name) for a in extract_text("The talks were hosted by Chile, a founding member of NATO and the Rio Treaty.").alliances)
    assert names == [("CHL,NATO", "NATO"), ("CHL,RIO_TREATY", "Rio Treaty")]
