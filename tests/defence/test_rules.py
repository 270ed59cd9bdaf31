"""The defence vocabulary: read from data files once, into typed rules, never at import."""

from __future__ import annotations

import importlib
import pkgutil
import tomllib
from importlib import resources

import pytest

import accord.defence
from accord.defence.rules import DefenceRules
from accord.errors import AccordError


def _read(name: str) -> dict:
    return tomllib.loads(resources.files("accord.data.patterns").joinpath(name).read_text(encoding="utf-8"))


def test_every_word_list_loads_into_typed_rules(rules):
    assert "treaty" in rules.agreements.nouns
    assert rules.agreements.stages["ratify"] == "ratified"
    assert "sell" in rules.transfers.supply_verbs and "buy" in rules.transfers.acquire_verbs
    assert "exercise" in rules.activities.exercise_nouns
    assert "join" in rules.alliances.join_verbs
    assert "the" in rules.grammar.definite_determiners
    assert rules.equipment.word_numbers["dozen"] == 12 and "made" in rules.equipment.origin_participles


def test_rules_are_frozen(rules):
    try:
        rules.transfers = None  # type: ignore[misc]
    except AttributeError:
        return
    raise AssertionError("DefenceRules can be changed after loading")


def test_each_load_reads_the_files_afresh():
    assert DefenceRules.load() == DefenceRules.load()
    assert DefenceRules.load() is not DefenceRules.load()


def test_no_defence_module_holds_words_at_module_level():
    """Word lists live in the rules; a module may keep only grammar (labels, tags) as constants."""
    for info in pkgutil.iter_modules(accord.defence.__path__):
        module = importlib.import_module(f"accord.defence.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, (set, frozenset)) and value and all(isinstance(v, str) for v in value):
                raise AssertionError(f"accord.defence.{info.name}.{name} is a module-level word set")


def test_a_vocabulary_missing_a_table_is_one_clear_error():
    defence = _read("defence.toml")
    del defence["transfers"]["words"]
    with pytest.raises(AccordError, match="defence vocabulary"):
        DefenceRules.from_tables(defence, _read("lexicon.toml"))
