"""Defence records of one parsed Doc: agreements, arms transfers, joint activities,
alliance moves and the equipment named.

``DefenceExtractor`` composes one extractor per record kind (``agreements``,
``transfers``, ``activities``, ``alliances``, ``equipment``); each reads the dependency
parse around a cue word from ``data/patterns/defence.toml`` (loaded once, into
``DefenceRules``) and takes its parties from the actor mentions, its status from the
governing verb and the clause's modality, its date from the sentence. Where the activity rules
find nothing in a sentence, a learned back-off may propose an activity
(``accord.defence.backoff``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from accord.actors.resolve import MentionIndex
from accord.dates import DateResolver
from accord.defence.activities import ActivityExtractor, merge_activities
from accord.defence.agreements import AgreementDraft, AgreementExtractor, complete_parties, finish_agreements
from accord.defence.alliances import AllianceExtractor, merge_alliances
from accord.defence.backoff import DefenceBackoff
from accord.defence.equipment import EquipmentMatcher, EquipmentMention, equipment_records
from accord.defence.rules import DefenceRules
from accord.defence.transfers import TransferExtractor, between_states
from accord.events.syntax import Grammar
from accord.records import Activity, Agreement, Alliance, ArmsTransfer, Equipment


@dataclass(frozen=True, slots=True)
class DefenceRecords:
    agreements: tuple[Agreement, ...] = ()
    arms_transfers: tuple[ArmsTransfer, ...] = ()
    activities: tuple[Activity, ...] = ()
    alliances: tuple[Alliance, ...] = ()
    equipment: tuple[Equipment, ...] = ()


class DefenceExtractor:
    """Extracts the defence records of one parsed Doc."""

    def __init__(self, rules: DefenceRules, equipment: EquipmentMatcher, grammar: Grammar, backoff: DefenceBackoff | None = None) -> None:
        self.rules = rules
        self.equipment = equipment
        self.agreements = AgreementExtractor(rules, grammar)
        self.transfers = TransferExtractor(rules, grammar)
        self.activities = ActivityExtractor(rules, grammar)
        self.alliances = AllianceExtractor(rules, grammar)
        self.backoff = backoff if backoff is not None else DefenceBackoff()

    @classmethod
    def load(cls, nlp: Any, grammar: Grammar | None = None) -> "DefenceExtractor":
        """Read the vocabulary and the equipment gazetteer once, for ``nlp``'s vocab;
        ``grammar`` is the pipeline's clause grammar (read here when not given)."""
        rules = DefenceRules.load()
        grammar = grammar if grammar is not None else Grammar.load()
        return cls(rules, EquipmentMatcher(nlp, rules.equipment), grammar, DefenceBackoff.load(rules, grammar))

    def _backed_off(self, sent: Any, index: MentionIndex, dates: DateResolver, joint: list[Activity], *, agreed: bool, sold: bool, moves: bool) -> list[Activity]:
        """The sentence's activities, with the back-off's proposal where the rules found none; the
        model is told which other kinds of record the rules found there."""
        if joint or self.backoff.activities is None:
            return joint
        told = frozenset(kind for kind, found in (("agreements", agreed), ("arms_transfers", sold), ("alliances", moves)) if found)
        proposal = self.backoff.activities.propose(sent, index, dates, told)
        return [proposal] if proposal is not None else []

    def extract(self, doc: Any, index: MentionIndex, dates: DateResolver, equipment: list[EquipmentMention] | None = None, *, backoff: bool = True) -> DefenceRecords:
        """The defence records of ``doc``; ``equipment`` when the mentions were found already.
        ``backoff`` False gives the rules' records alone, without the learned back-off's
        activities (``accord.defence.backoff``)."""
        if equipment is None:
            equipment = self.equipment.find(doc, index)
        by_token = {i: mention for mention in equipment for i in range(mention.start, mention.end)}
        drafts: list[AgreementDraft] = []
        transfers: list[ArmsTransfer] = []
        activities: list[Activity] = []
        alliances: list[Alliance] = []
        for sent in doc.sents:
            drafted = len(drafts)
            self.agreements.add(sent, index, dates, drafts, by_token)
            sold = self.transfers.find(sent, index, dates, by_token, transfers)
            joint = self.activities.find(sent, index, dates, drafts, len(activities))
            moves = self.alliances.find(sent, index, len(alliances))
            if backoff:
                joint = self._backed_off(sent, index, dates, joint, agreed=len(drafts) > drafted, sold=bool(sold), moves=bool(moves))
            transfers.extend(sold)
            activities.extend(joint)
            alliances.extend(moves)
        complete_parties(drafts, transfers)
        transfers = between_states(transfers)
        agreements = finish_agreements(drafts)
        alliances.extend(self.alliances.pacts(agreements, len(alliances)))
        return DefenceRecords(
            agreements=tuple(agreements),
            arms_transfers=tuple(transfers),
            activities=tuple(merge_activities(activities)),
            alliances=tuple(merge_alliances(alliances)),
            equipment=tuple(equipment_records(doc, equipment)),
        )
