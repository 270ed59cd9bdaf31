"""The defence extractors' vocabulary, read once per pipeline into typed rules.

Words come from ``data/patterns/defence.toml``; the receiving verbs are the event coder's
own (``receiving_verbs`` in ``data/patterns/lexicon.toml``), so both stages agree on who
receives a delivery. Nothing here runs at import: ``DefenceRules.load()`` reads the files.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

from accord.actors.gazetteer import read_table, table_rows
from accord.errors import AccordError
from accord.text import split_multi

Words = frozenset[str]


def _organisation_members() -> Mapping[str, Words]:
    rows = table_rows("organizations.csv")
    return MappingProxyType({row["id"]: frozenset(split_multi(row.get("members"))) for row in rows if row.get("members")})


def _state_codes() -> Words:
    return frozenset(row["iso3"] for row in table_rows("countries.csv"))


def _mission_organisations() -> Mapping[str, str]:
    rows = read_table("accord.data.defence", "mission_organisations.csv")
    return MappingProxyType({f"org:{row['mission'].upper()}": row["organisation"] for row in rows if row.get("mission") and row.get("organisation")})


def _mission_hosts(parents: Words) -> Mapping[str, str]:
    """Gazetteer key of each mission coded by its parent organisation ("org:UNIFIL", the UN's code) ->
    the state it serves in, the row's ``host`` in ``organizations.csv`` ("LBN")."""
    rows = table_rows("organizations.csv")
    return MappingProxyType({f"org:{row['id'].upper()}": row["host"] for row in rows if row.get("host") and row.get("parent") in parents and not row.get("country")})


def _word_classes(rows: list[dict[str, str]]) -> Mapping[str, Words]:
    """The word classes of a ``data/defence/*_words.csv`` table's rows (``role,word``): role -> words."""
    classes: dict[str, set[str]] = {}
    for row in rows:
        if row.get("role") and row.get("word"):
            classes.setdefault(row["role"], set()).add(row["word"])
    return MappingProxyType({role: frozenset(words) for role, words in classes.items()})


def _words(table: Mapping[str, Any], key: str) -> Words:
    return frozenset(table[key])


def _lists(cls: type, *tables: Mapping[str, Any]) -> dict[str, Any]:
    """The word-list fields of ``cls`` read from ``tables``: sets (``Words``) for membership,
    tuples where the order is the order tried."""
    values: dict[str, Any] = {}
    for f in fields(cls):
        for table in tables:
            if f.name in table and f.type in ("Words", "tuple[str, ...]"):
                values[f.name] = frozenset(table[f.name]) if f.type == "Words" else tuple(table[f.name])
    return values


def _read_toml(name: str) -> dict[str, Any]:
    raw = resources.files("accord.data.patterns").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(raw)


@dataclass(frozen=True, slots=True)
class GrammarWords:
    """Closed-class words every extractor shares (``[grammar]``)."""

    definite_determiners: Words
    name_complement_prepositions: Words
    place_prepositions: Words
    own_country_nouns: Words
    own_country_possessives: Words
    inverted_condition_auxiliaries: Words
    negative_inversion_adverbs: Words
    way_opening_verbs: Words
    way_nouns: Words

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> "GrammarWords":
        return cls(**_lists(cls, table))


@dataclass(frozen=True, slots=True)
class AgreementRules:
    """``[agreements]``: nouns, lifecycle stages, domains and the words around them."""

    nouns: Words
    qualified_nouns: Words
    qualifiers: Words
    stages: Mapping[str, str]
    domains: Mapping[str, tuple[str, ...]]
    idioms: Mapping[str, Words]
    qualifier_prepositions: Words
    in_force_verbs: Words
    in_force_words: Words
    in_force_prepositions: Words
    in_force_compound_heads: Words
    in_force_compound_prepositions: Words
    in_force_means_prepositions: Words
    in_force_means_agent_marks: Words
    in_force_means_reaction_verbs: Words
    counterfactual_modals: Words
    commercial_nouns: Words
    negotiating_nouns: Words
    signing_verbs: Words
    verb_party_prepositions: tuple[str, ...]
    noun_party_prepositions: Words
    signed_nouns: Words
    phrase_party_nouns: Words
    party_object_verbs: Words
    in_force_modifiers: Words
    agreeing_governors: Words
    mediating_verbs: Words
    addressee_prepositions: tuple[str, ...]
    accession_party_prepositions: tuple[str, ...]
    accession_signing_prepositions: tuple[str, ...]
    proposal_prepositions: Words
    company_nouns: Words
    ceasing_words: Words
    pending_marks: Words
    contact_subject_starts: Words
    contact_subject_words: Words
    contact_stages: Words
    entering_verbs: Words
    standing_verbs: Words
    law_words: Words
    recent_modifiers: Words
    failing_verbs: Words
    forbidding_or_foretelling_modals: Words
    lapsing_verbs: Words
    awaiting_verbs: Words
    name_head_nouns: Words
    binding_verbs: Words
    anniversary_nouns: Words
    talk_topic_prepositions: Words
    sale_naming_prepositions: Words
    denying_verbs: Words
    alleging_nouns: Words
    accusing_verbs: Words
    hypothetical_nouns: Words
    report_nouns: Words
    prospective_modifiers: Words
    first_person_possessives: Words
    part_nouns: Words
    ended_modifiers: Words
    doubtful_modifiers: Words
    denying_determiners: Words
    grounds_prepositions: Words
    rejecting_verbs: Words
    ruled_out_predicates: tuple[str, ...]
    ruled_out_prefixes: tuple[str, ...]
    urging_prepositions: Words
    calling_verbs: Words
    calling_prepositions: Words
    act_place_prepositions: Words
    proposing_nouns: Words
    purchase_prepositions: Words
    purchase_topic_prepositions: Words
    purchase_goods_prepositions: Words
    contract_subject_prepositions: Words
    contract_cause_nouns: Words
    value_words: Words
    undertaking_verbs: Words
    party_affirming_verbs: Words
    civil_topics: Words
    #: ``data/defence/agreement_words.csv``: role -> words (suspension nouns, renewing verbs ...).
    word_classes: Mapping[str, Words]
    #: The number words of that table that count agreements ("two memoranda"), with their values.
    counting_numbers: Mapping[str, int]

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> "AgreementRules":
        rows = read_table("accord.data.defence", "agreement_words.csv")
        return cls(
            word_classes=_word_classes(rows),
            counting_numbers=MappingProxyType({row["word"]: int(row["value"]) for row in rows if row.get("role") == "number"}),
            stages=MappingProxyType(dict(table["stages"])),
            domains=MappingProxyType({domain: tuple(words) for domain, words in table["domains"].items()}),
            idioms=MappingProxyType({noun: frozenset(heads) for noun, heads in table["words"]["idioms"].items()}),
            **_lists(cls, table, table["words"]),
        )


@dataclass(frozen=True, slots=True)
class TransferRules:
    """``[transfers]``: the verbs and nouns of a transfer, its status words and prepositions."""

    acquire_verbs: Words
    supply_verbs: Words
    back_reference_nouns: Words
    back_reference_determiners: Words
    acquire_nouns: Words
    supply_nouns: Words
    offer_nouns: Words
    request_nouns: Words
    request_document_nouns: Words
    status_by_verb: Mapping[str, str]
    receiving_verbs: Words
    winning_verbs: Words
    arrival_verbs: Words
    goods_arrival_verbs: Words
    prohibiting_words: Words
    continuing_verbs: Words
    ongoing_modifiers: Words
    ordering_words: Words
    negotiating_words: Words
    planned_receipt_verbs: Words
    pledged_receipt_verbs: Words
    called_off_deal_nouns: Words
    own_deal_prepositions: Words
    deal_partner_prepositions: Words
    clause_breaks: Words
    share_order_participles: Words
    blocking_words: Words
    arrangement_nouns: Words
    share_of_deal_prepositions: Words
    share_of_deal_nouns: Words
    share_of_deal_links: Words
    signed_before_words: Words
    order_nouns: Words
    acquire_verb_other: tuple[str, ...]
    supply_verb_other: tuple[str, ...]
    supply_goods_prepositions: tuple[str, ...]
    arrival_recipient_prepositions: tuple[str, ...]
    arrival_supplier_prepositions: tuple[str, ...]
    acquire_noun_other: Words
    won_noun_other: Words
    supply_noun_other: Words
    noun_agent_prepositions: Words
    noun_goods_prepositions: Words
    verb_goods_prepositions: tuple[str, ...]
    cancelling_words: Words
    goods_prepositions_of_receipt: Words
    requesting_words: Words
    urged_prepositions: Words
    demanding_modals: Words
    readiness_words: Words
    interest_nouns: Words
    negating_determiners: Words
    condition_marks: Words
    licence_nouns: Words
    licensed_modifiers: Words
    production_nouns: Words
    offering_governors: Words
    permitting_verbs: Words
    proceeding_verbs: Words
    plain_goods_nouns: Words
    wish_modifiers: Words
    past_markers: Words
    interest_adjectives: Words
    asking_verbs: Words
    asked_goods_prepositions: tuple[str, ...]
    asked_state_prepositions: tuple[str, ...]
    interest_prepositions: tuple[str, ...]
    origin_participles: Words
    origin_prepositions: tuple[str, ...]
    crew_nouns: Words
    mission_nouns: Words
    mission_prepositions: tuple[str, ...]
    talks_prepositions: Words
    talks_partner_prepositions: Words
    contract_prepositions: Words
    purpose_verbs: Words
    goods_transfer_nouns: Words
    vague_support_nouns: Words
    facility_nouns: Words
    pledging_verbs: Words
    weighing_verbs: Words
    choosing_verbs: Words
    accelerating_verbs: Words
    two_way_verbs: Words
    civilian_modifiers: Words
    civilian_load_nouns: Words
    military_load_modifiers: Words
    load_carrying_verbs: Words
    load_prepositions: Words
    relief_body_modifiers: Words
    relief_body_nouns: Words
    asking_nouns: Words
    intention_nouns: Words
    stance_verbs: Words
    postponing_verbs: Words
    contracted_supply_nouns: Words
    cancelled_adjectives: Words
    refusing_words: Words
    refusing_nouns: Words
    collapsing_verbs: Words
    stalling_verbs: Words
    domestic_maker_words: Words
    dismissing_nouns: Words
    alleging_verbs: Words
    held_goods_verbs: Words
    topic_prepositions: Words
    own_force_nouns: Words
    armed_body_nouns: Words
    home_force_names: Words
    building_verbs: Words
    building_recipient_prepositions: Words
    building_helping_verbs: Words
    attempting_words: Words
    discussing_verbs: Words
    reconsidering_verbs: Words
    completing_verbs: Words
    leading_nouns: Words
    recipient_first_prepositions: Words
    contract_signing_participles: Words
    back_reference_ordinals: Words
    more_words: Words
    part_nouns: Words
    accessory_modifiers: Words
    umbrella_goods_nouns: Words
    umbrella_goods_modifiers: Words
    dealing_verbs: Words
    order_participles: Words
    goods_talks_nouns: Words
    goods_talks_prepositions: Words
    past_auxiliaries: Words
    following_verbs: Words
    following_shares: Words
    beginning_verbs: Words
    share_ordinals: Words
    lot_nouns: Words
    approving_nouns: Words
    export_permit_nouns: Words
    export_permit_modifiers: Words
    permit_granting_words: Words
    export_permit_destination_prepositions: Words
    export_permit_goods_prepositions: Words
    export_permit_act_links: Words
    export_permit_recipient_prepositions: Words
    export_permit_doubting_words: Words
    accompanying_words: Words
    entering_verbs: Words
    entering_prepositions: Words
    compared_goods_prepositions: Words
    option_nouns: Words
    exercising_verbs: Words
    value_modifiers: Words
    gift_verbs: Words

    @classmethod
    def from_table(cls, table: Mapping[str, Any], receiving_verbs: Words) -> "TransferRules":
        return cls(
            status_by_verb=MappingProxyType(dict(table["status_by_verb"])),
            receiving_verbs=receiving_verbs,
            **_lists(cls, table, table["words"]),
        )

    @property
    def verbs(self) -> Words:
        return self.acquire_verbs | self.supply_verbs

    @property
    def nouns(self) -> Words:
        return self.acquire_nouns | self.supply_nouns


@dataclass(frozen=True, slots=True)
class ActivityRules:
    """``[activities]``: activity nouns and verbs, their kinds and the words that make them joint."""

    nouns: Words
    needs_qualifier: Words
    qualifiers: Words
    verbs: Words
    kinds: Mapping[str, tuple[str, ...]]
    planning_governors: Words
    holding_verbs: Words
    starting_verbs: Words
    under_way_nouns: Words
    relative_holding_verbs: Words
    relative_pronouns: Words
    possessive_relatives: Words
    continuing_prepositions: Words
    habitual_adverbs: Words
    joint_modifiers: Words
    shared_modifiers: Words
    exercise_nouns: Words
    training_verbs: Words
    party_prepositions: Words
    verb_party_prepositions: tuple[str, ...]
    agreeing_verbs: Words
    sharing_verbs: Words
    shared_objects: Words
    basing_verbs: Words
    relative_place_adverbs: Words
    deploying_verbs: Words
    arriving_verbs: Words
    offering_verbs: Words
    negating_determiners: Words
    stopping_verbs: Words
    participation_prepositions: Words
    force_nouns: Words
    mission_nouns: Words
    destination_prepositions: tuple[str, ...]
    discussion_nouns: Words
    proposal_nouns: Words
    opposing_words: Words
    operation_verbs: Words
    operation_objects: Words
    qualified_operation_objects: Words
    operation_qualifiers: Words
    supporting_verbs: Words
    coordinating_verbs: Words
    listing_verbs: Words
    coalition_nouns: Words
    membership_nouns: Words
    together_verbs: Words
    together_words: Words
    together_prepositions: tuple[str, ...]
    joining_verbs: Words
    joinable_nouns: Words
    military_nouns: Words
    host_prepositions: Words
    industry_verbs: Words
    presence_verbs: Words
    speaker_words: Words
    allied_words: Words
    joint_only_nouns: Words
    clashing_verbs: Words
    base_nouns: Words
    base_verbs: Words
    deployment_nouns: Words
    receiving_verbs: Words
    involving_verbs: Words
    source_prepositions: Words
    referring_pronouns: Words
    sharing_prepositions: tuple[str, ...]
    giving_verbs: Words
    given_objects: Words
    recipient_prepositions: tuple[str, ...]
    role_prepositions: Words
    request_nouns: Words
    request_prepositions: Words
    requester_prepositions: Words
    multinational_modifiers: Words
    force_platform_nouns: Words
    keeping_verbs: Words
    owning_verbs: Words
    hostile_words: Words
    region_modifiers: Words
    host_pronouns: Words
    garrison_measure_nouns: Words
    hosting_verbs: Words
    staying_verbs: Words
    adviser_nouns: Words
    territory_nouns: Words
    conflict_words: Words
    consent_words: Words
    peaceful_war_modifiers: Words
    adviser_qualifiers: Words
    stranding_words: Words
    departure_verbs: Words
    coalition_enemy_prepositions: Words
    coalition_purpose_prepositions: Words
    military_coalition_codes: Words
    civilian_mission_modifiers: Words
    contributing_verbs: Words
    garrison_mission_prepositions: Words
    garrison_mission_nouns: Words
    garrison_part_prepositions: Words
    garrison_mission_clause_deps: Words
    staffing_verbs: Words
    staffing_prepositions: Words
    nation_nouns: Words
    membership_prepositions_of_group: Words
    consent_nouns: Words
    consent_prepositions: Words
    breakaway_codes: Words
    answering_verbs: Words
    appeal_nouns: Words
    help_nouns: Words
    means_prepositions: Words
    welcoming_verbs: Words
    force_cooperation_nouns: Words
    assisting_verbs: Words
    side_prepositions: tuple[str, ...]
    organisation_mission_nouns: Words
    military_organisation_codes: Words
    military_mission_modifiers: Words
    air_support_nouns: Words
    backing_verbs: Words
    backed_prepositions: Words
    armed_group_nouns: Words
    leader_sectors: Words
    reliance_prepositions: Words
    reliance_words: Words

    entry_prepositions: Words
    refusal_prepositions: Words
    lapsed_tie_words: Words
    sender_pronouns: Words
    ended_phrases: Words
    former_adverbs: Words
    civilian_qualifiers: Words
    own_forces_nouns: Words
    service_prepositions: Words
    teaching_verbs: Words
    trainee_nouns: Words
    purpose_prepositions: Words
    using_verbs: Words
    topic_prepositions: Words
    military_qualifiers: Words
    company_prepositions: Words
    civilian_bodies: Words
    domestic_trainee_nouns: Words
    fire_service_heads: Words
    taking_part_verbs: Words
    taking_part_objects: Words
    naming_verbs: Words
    given_support_objects: Words
    apart_words: Words
    setting_out_verbs: Words
    leading_participles: Words
    permitting_verbs: Words
    renewing_verbs: Words
    military_school_qualifiers: Words
    target_nouns: Words
    operating_verbs: Words
    access_granting_verbs: Words
    access_nouns: Words
    base_like_nouns: Words
    taking_place_verbs: Words
    future_auxiliaries: Words
    area_prepositions: Words
    host_area_nouns: Words
    counted_referents: Words
    described_force_nouns: Words
    enemy_prepositions: Words
    graduating_phrasal_verbs: Words
    making_body_sectors: Words
    membership_verbs: Words
    organisation_membership_nouns: Words
    participation_nouns: Words
    referent_nouns: Words
    shared_organising_prefixes: Words
    watched_nouns: Words
    war_nouns: Words
    watching_verbs: Words
    separate_modifiers: Words
    place_relatives: Words
    entering_verbs: Words
    hostile_judgement_words: Words
    proposing_verbs: Words
    dateline_adverbs: Words
    possessive_referents: Words
    crew_nouns: Words
    compound_force_nouns: Words
    anaphoric_place_adverbs: Words
    place_forms: Words
    home_adverbs: Words
    partitive_prepositions: Words
    referred_place_prepositions: Words
    occasion_nouns: Words
    place_entity_types: Words
    unplaced_entity_types: Words
    air_policing_verbs: Words
    air_policing_nouns: Words
    airspace_nouns: Words
    air_words: Words
    policing_host_prepositions: Words
    policing_owner_prepositions: Words
    policing_ended_verbs: Words
    policing_begun_verbs: Words
    policing_object_prepositions: Words
    airspace_host_prepositions: Words
    policing_origin_prepositions: Words
    exercise_owner_prepositions: Words
    exercise_company_words: Words
    exercise_absence_verbs: Words
    generic_shared_objects: Words
    security_data_qualifiers: Words
    civil_data_qualifiers: Words
    false_report_adverbs: Words
    mission_parents: Words
    held_under_agreement_verbs: Words
    alongside_prepositions: Words
    other_side_prepositions: Words
    both_sides_words: Words
    alongside_activity_words: Words
    ending_agreement_verbs: Words
    #: "USS X", "HMAS Y": the state a ship's name prefix stands for ([activities.ship_prefixes]).
    ship_prefixes: Mapping[str, str]

    def __post_init__(self) -> None:
        # an entering verb is read on the arrival path only: one missing from arriving_verbs is never reached
        if not self.entering_verbs <= self.arriving_verbs:
            raise ValueError(f"[activities.words] entering_verbs not in arriving_verbs: {sorted(self.entering_verbs - self.arriving_verbs)}")

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> "ActivityRules":
        return cls(
            kinds=MappingProxyType({kind: tuple(words) for kind, words in table["kinds"].items()}),
            ship_prefixes=MappingProxyType(dict(table["ship_prefixes"])),
            **_lists(cls, table, table["words"]),
        )


@dataclass(frozen=True, slots=True)
class AllianceRules:
    """``[alliances]``: alliance nouns, stages, membership verbs and pact phrases."""

    nouns: Words
    needs_qualifier: Words
    qualifiers: Words
    stages: Mapping[str, str]
    join_verbs: Words
    proposal_nouns: Words
    member_nouns: Words
    member_head_nouns: Words
    alliance_codes: Words
    leave_verbs: Words
    pact_phrases: tuple[str, ...]
    defence_pact_phrases: tuple[str, ...]
    narrowing_topics: Words
    first_person: Words
    wish_modifiers: Words
    state_verbs: Words
    member_prepositions: Words
    verb_member_prepositions: tuple[str, ...]
    membership_prepositions: Words
    alleging_words: Words
    membership_state_verbs: Words
    participation_nouns: Words
    participation_prepositions: Words
    seeking_words: Words
    body_nouns: Words
    accession_nouns: Words
    direction_prepositions: Words
    indefinite_determiners: Words
    accession_prepositions: Words
    admitting_verbs: Words
    admission_prepositions: Words
    inviting_verbs: Words
    grouping_prepositions: Words
    making_verbs: Words
    after_prepositions: Words
    accession_stages: Mapping[str, str]
    founding_treaties: Mapping[str, str]
    staying_verbs: Words
    ending_verbs: Words
    expelling_verbs: Words
    negating_words: Words
    staying_prepositions: Words
    named_alliances: Mapping[str, str]
    enlarging_verbs: Words
    inclusion_verbs: Words
    formation_nouns: Words
    founder_prepositions: Words
    question_marks: Words
    completed_accession_nouns: Words
    contesting_words: Words
    former_words: Words
    affirming_verbs: Words
    completing_verbs: Words
    founding_verbs: Words
    ally_nouns: Words
    ally_qualifiers: Words
    role_prepositions: Words
    role_admitting_verbs: Words
    enlargement_nouns: Words
    command_nouns: Words
    mutual_words: Words
    mutual_defence_qualifiers: Words
    mutual_defence_nouns: Words
    defence_pledge_phrases: tuple[str, ...]
    pledge_adjunct_prepositions: Words
    pledge_adjunct_ends: Words
    military_context_words: Words
    time_adjunct_words: Words
    announced_verbs: Words
    topic_prepositions: Words
    reciprocal_defence_verbs: Words
    reciprocal_aid_nouns: Words
    attack_nouns: Words
    equating_prepositions: Words
    attack_prepositions: Words
    joint_force_nouns: Words
    reciprocal_giving_prepositions: Words
    defence_clause_nouns: Words
    partner_prepositions: Words
    infinitive_subject_prepositions: Words
    withdrawal_nouns: Words
    withdrawal_prepositions: Words
    particle_leave_verbs: Words
    leave_particles: Words
    negating_coordinators: Words
    aspiring_words: Words
    referring_pact_nouns: Words
    accession_protocol_nouns: Words
    accession_instrument_nouns: Words
    depositing_verbs: Words
    document_state_prepositions: Words
    aid_pledge_phrases: Words
    inviting_nouns: Words
    talk_nouns: Words
    company_words: Words
    urged_prepositions: Words
    company_prepositions: Words
    pacts_told_by_members: Words
    aim_nouns: Words
    bygone_aim_adverbs: Words
    aim_ending_words: Words

    possibility_modals: Words
    #: ``data/defence/alliance_words.csv``: role -> words (treaty-leaving verbs, decisions ...).
    word_classes: Mapping[str, Words]

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> "AllianceRules":
        stages = {name: MappingProxyType(dict(table[name])) for name in ("stages", "accession_stages", "founding_treaties", "named_alliances")}
        return cls(**stages, word_classes=_word_classes(read_table("accord.data.defence", "alliance_words.csv")), **_lists(cls, table, table["words"]))


@dataclass(frozen=True, slots=True)
class EquipmentRules:
    """``[equipment]``: the words around an equipment mention (its calibre, origin, quantity)."""

    calibre_words: Words
    calibre_units: Words
    origin_participles: Words
    word_numbers: Mapping[str, int]
    designated_heads: Mapping[str, str]
    airliner_designations: tuple[str, ...]

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> "EquipmentRules":
        return cls(
            word_numbers=MappingProxyType(dict(table["word_numbers"])),
            designated_heads=MappingProxyType(dict(table["designated_heads"])),
            **_lists(cls, table),
        )


@dataclass(frozen=True, slots=True)
class DefenceRules:
    """Every word list of the defence extractors, read once per pipeline."""

    agreements: AgreementRules
    transfers: TransferRules
    activities: ActivityRules
    alliances: AllianceRules
    equipment: EquipmentRules
    grammar: GrammarWords
    #: Each organisation's member states (``organizations.csv``; a historic pact's as of the pact):
    #: "a NATO ally", "its NATO allies" tell a member from anyone's ally.
    organisation_members: Mapping[str, Words]
    #: The states' codes (``countries.csv``): a pact's allies are states, not the bodies named beside them.
    state_codes: Words
    #: Gazetteer key of each multinational mission the gazetteer codes by its host ("org:KFOR") ->
    #: the code of the organisation running it ("NATO"), from ``data/defence/mission_organisations.csv``.
    mission_organisations: Mapping[str, str]
    #: Gazetteer key of each mission the gazetteer codes by its parent ("org:UNIFIL" -> the UN) ->
    #: the state it serves in ("LBN"), the mission row's ``host`` in ``organizations.csv``.
    mission_hosts: Mapping[str, str]

    @classmethod
    def from_tables(cls, defence: Mapping[str, Any], lexicon: Mapping[str, Any]) -> "DefenceRules":
        """``lexicon`` is the event coder's: its ``receiving_verbs`` are the transfers' too.

        Raises:
            AccordError: a table or word list the extractors need is missing or malformed.
        """
        try:
            return cls._from_tables(defence, lexicon)
        except (KeyError, TypeError, AttributeError) as exc:
            raise AccordError(f"the defence vocabulary is incomplete or malformed ({type(exc).__name__}: {exc}); compare it with the shipped defence.toml", item="defence.toml") from exc

    @classmethod
    def _from_tables(cls, defence: Mapping[str, Any], lexicon: Mapping[str, Any]) -> "DefenceRules":
        activities = ActivityRules.from_table(defence["activities"])
        return cls(
            agreements=AgreementRules.from_table(defence["agreements"]),
            transfers=TransferRules.from_table(defence["transfers"], _words(lexicon["receiving_verbs"], "words")),
            activities=activities,
            alliances=AllianceRules.from_table(defence["alliances"]),
            equipment=EquipmentRules.from_table(defence["equipment"]),
            grammar=GrammarWords.from_table(defence["grammar"]),
            organisation_members=_organisation_members(),
            state_codes=_state_codes(),
            mission_organisations=_mission_organisations(),
            mission_hosts=_mission_hosts(activities.mission_parents),
        )

    @classmethod
    def load(cls) -> "DefenceRules":
        """Read ``defence.toml`` (and the events lexicon's shared lists)."""
        return cls.from_tables(_read_toml("defence.toml"), _read_toml("lexicon.toml"))
