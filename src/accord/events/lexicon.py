"""The event coder's word lists, from ``data/patterns/lexicon.toml``.

``Lexicon.load()`` reads the file once per pipeline into an immutable object that the grammar
helpers (``accord.events.syntax.Grammar``) and the event coder are given; the code names the
lists, the data file holds them.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every table of ``lexicon.toml``: ``words`` tables as sets, ``ordered`` tables as tuples,
    ``numbers`` tables as read-only mappings."""

    light_verbs: frozenset[str]
    engagement_verbs: frozenset[str]
    protest_stance_verbs: frozenset[str]
    military_words: frozenset[str]
    weapon_objects: frozenset[str]
    drone_objects: frozenset[str]
    drone_categories: frozenset[str]
    public_nouns: frozenset[str]
    offering_and_asking_verbs: frozenset[str]
    taking_or_refusing_verbs: frozenset[str]
    granting_verbs: frozenset[str]
    addressee_prepositions: frozenset[str]
    inquiry_prepositions: frozenset[str]
    doer_prepositions: frozenset[str]
    two_word_preposition_leads: frozenset[str]
    misdeed_nouns: frozenset[str]
    supply_nouns: frozenset[str]
    receiving_verbs: frozenset[str]
    receipt_verbs: frozenset[str]
    receipt_prepositions: frozenset[str]
    negating_determiners: frozenset[str]
    prospect_verbs: frozenset[str]
    speech_act_nouns: frozenset[str]
    response_verbs: frozenset[str]
    anaphoric_nouns: frozenset[str]
    report_nouns: frozenset[str]
    report_documents: frozenset[str]
    speech_pronouns: frozenset[str]
    intent_words: frozenset[str]
    seat_words: frozenset[str]
    plan_words: frozenset[str]
    preparation_words: frozenset[str]
    commitment_words: frozenset[str]
    proposal_words: frozenset[str]
    denial_words: frozenset[str]
    readiness_words: frozenset[str]
    reluctance_words: frozenset[str]
    obligation_words: frozenset[str]
    condition_marks: frozenset[str]
    threat_condition_marks: frozenset[str]
    reporting_verbs: frozenset[str]
    media_nouns: frozenset[str]
    media_sectors: frozenset[str]
    allegation_verbs: frozenset[str]
    attribution_words: frozenset[str]
    plural_reference_nouns: frozenset[str]
    linking_prepositions: frozenset[str]
    vicinity_prepositions: frozenset[str]
    means_verbs: frozenset[str]
    provocation_marks: frozenset[str]
    period_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    circumstance_prepositions: frozenset[str]
    circumstance_marks: frozenset[str]
    border_nouns: frozenset[str]
    government_nouns: frozenset[str]
    political_nouns: frozenset[str]
    exercise_nouns: frozenset[str]
    alert_words: frozenset[str]
    force_nouns: frozenset[str]
    kinetic_means: frozenset[str]
    force_sectors: frozenset[str]
    agentive_nouns: frozenset[str]
    attack_causes: frozenset[str]
    attack_marked_causes: frozenset[str]
    attack_modifiers: frozenset[str]
    accident_causes: frozenset[str]
    charge_verbs: frozenset[str]
    protester_nouns: frozenset[str]
    stance_participles: frozenset[str]
    demand_nouns: frozenset[str]
    addressing_verbs: frozenset[str]
    aid_words: frozenset[str]
    help_verbs: frozenset[str]
    sale_words: frozenset[str]
    gratitude_words: frozenset[str]
    relief_nouns: frozenset[str]
    act_pronouns: frozenset[str]
    personal_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    blaming_participles: frozenset[str]
    held_object_pronouns: frozenset[str]
    crew_nouns: frozenset[str]
    own_words: frozenset[str]
    reflexive_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    definite_determiners: frozenset[str]
    joint_with_codes: frozenset[str]
    joint_act_lemmas: frozenset[str]
    count_words: Mapping[str, int]
    conflict_prepositions: tuple[str, ...]
    cooperation_prepositions: tuple[str, ...]

    @classmethod
    def load(cls) -> "Lexicon":
        """Read ``accord/data/patterns/lexicon.toml``; every field must have its table."""
        raw = resources.files("accord.data.patterns").joinpath("lexicon.toml").read_text(encoding="utf-8")
        tables = tomllib.loads(raw)
        values: dict[str, object] = {}
        for field in dataclasses.fields(cls):
            table = tables[field.name]
            if "ordered" in table:
                values[field.name] = tuple(table["ordered"])
            elif "numbers" in table:
                values[field.name] = MappingProxyType(dict(table["numbers"]))
            else:
                values[field.name] = frozenset(table["words"])
        return cls(**values)  # type: ignore[arg-type]
