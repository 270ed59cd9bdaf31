"""The event coder's resources: every data table is read into a typed object, none is unused."""

import tomllib
from importlib import resources

from accord.data.ontology.plover import load_plover_types
from accord.events.lexicon import Lexicon
from accord.events.ontology import CodingRules, Ontology
from accord.records import PLOVER_TYPES, PloverType


def test_every_lexicon_table_is_a_field_and_none_is_empty():
    raw = resources.files("accord.data.patterns").joinpath("lexicon.toml").read_text(encoding="utf-8")
    lexicon = Lexicon.load()
    assert set(tomllib.loads(raw)) == set(Lexicon.__dataclass_fields__)
    assert all(getattr(lexicon, name) for name in Lexicon.__dataclass_fields__)


def test_receiving_verbs_stay_under_their_key():
    assert "receive" in Lexicon.load().receiving_verbs


def test_coding_rules_name_only_plover_types_and_known_codes():
    rules = CodingRules.load()
    ontology = Ontology.load()
    for types in (rules.reaction_types, rules.subsuming_types, rules.hosted_types, rules.alleged_types, rules.voiced_types):
        assert types <= set(PLOVER_TYPES)
    for row in (rules.allegation, rules.deployment_abroad, rules.demand, rules.conditional_threat):
        assert ontology.plover_type(row.cameo) == row.type
    assert set(rules.demand_codes) <= set(PLOVER_TYPES)
    assert {ontology.plover_type(code) for code in rules.demand_codes.values()} == {rules.demand.type}


def test_plover_types_table_lists_the_sixteen_types_in_enum_order():
    assert tuple(t.type for t in load_plover_types()) == tuple(PloverType)
