"""A definite description of an organisation ("the alliance", "the Alliance", "the bloc", "the
organisation"), the article right before its noun, refers back to the one organisation named
before it that it can describe; with none or two named before, or with a modifier that may describe a
new one ("the enlarged alliance"), it names no one. "The NATO alliance" is one mention."""

from actor_helpers import mention_code_pairs


def test_the_alliance_refers_back_to_the_named_alliance(pipeline):
    codes = dict(mention_code_pairs(pipeline, "Canada pressed NATO for a northern command, and the Alliance agreed to study it."))
    assert codes.get("Alliance") == "NATO"


def test_the_organisation_refers_back_to_the_named_organisation(pipeline):
    codes = dict(mention_code_pairs(pipeline, "A CSTO convoy crossed the border overnight; the organisation's secretariat confirmed it on Friday."))
    assert codes.get("organisation") == "CSTO"


def test_the_bloc_skips_organisations_it_cannot_describe(pipeline):
    codes = dict(mention_code_pairs(pipeline, "ASEAN ministers met the IAEA chief, and the bloc agreed to hold a maritime drill."))
    assert codes.get("bloc") == "ASEAN"


def test_an_activity_of_the_alliance_has_the_alliance_as_party(extract_text):
    text = "NATO said on Friday that 300 Portuguese marines will take part in the alliance's spring exercise in Estonia."
    parties = [a.parties for a in extract_text(text).activities]
    assert any("NATO" in p for p in parties)


def test_no_organisation_named_before_means_no_one(pipeline):
    # near miss: nothing earlier for "the alliance" to refer to
    assert not any(code == "NATO" for _, code in mention_code_pairs(pipeline, "The alliance will meet in Vilnius next week."))


def test_a_modified_description_names_no_one(pipeline):
    # near miss: "the enlarged alliance" may describe a new grouping; left open
    codes = mention_code_pairs(pipeline, "Chile's navy chief visited NATO headquarters, saying he hoped to train with the enlarged alliance.")
    assert [code for text, code in codes if "alliance" in text] == []


def test_the_name_before_the_noun_is_one_mention(pipeline):
    codes = mention_code_pairs(pipeline, "Icelandic coast guard crews train with the NATO alliance every spring.")
    assert [code for _, code in codes].count("NATO") == 1


def test_two_alliances_named_before_leave_the_alliance_open(pipeline):
    # near miss: NATO and the CSTO are both alliances; which one is meant is not written
    codes = mention_code_pairs(pipeline, "NATO and the CSTO held talks on Monday. Serbia wants to join the alliance, its president said.")
    assert [code for text, code in codes if text == "alliance"] == []


def test_the_organisation_with_an_unlisted_organisation_named_before_names_no_one(pipeline):
    # near miss: "the organisation" may be Greenpeace as well as NATO; which one is not written
    codes = mention_code_pairs(pipeline, "Greenpeace protested outside NATO's summit venue, and the organisation handed out leaflets.")
    assert [code for text, code in codes if text == "organisation"] == []


def test_the_organisation_with_another_listed_organisation_named_before_names_no_one(pipeline):
    # near miss: "the organisation" can describe the IAEA as well as NATO
    codes = mention_code_pairs(pipeline, "NATO envoys met the IAEA chief in Vienna, and the organisation later issued a statement.")
    assert [code for text, code in codes if text == "organisation"] == []


def test_the_alliance_skips_an_unlisted_organisation_quoted_before(pipeline):
    text = "NATO defence chiefs gathered in Mons, the Chatham House institute noted. The alliance will send ships to the Baltic."
    codes = dict(mention_code_pairs(pipeline, text))
    assert codes.get("alliance") == "NATO"
