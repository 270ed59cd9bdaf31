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

from collections.abc import Iterator
from dataclasses import dataclass, replace
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

    def extract(self, doc: Any, index: MentionIndex, dates: DateResolver, equipment: list[EquipmentMention] | None = None, *, backoff: bool = True) -> DefenceRecords:
        """The defence records of ``doc``; ``equipment`` when the mentions were found already.
        ``backoff`` False gives the rules' records alone, without the learned back-off's
        activities (``accord.defence.backoff``)."""
        if equipment is None:
            equipment = self.equipment.find(doc, index)
        drafts: list[AgreementDraft] = []
        transfers: list[ArmsTransfer] = []
        activities: list[Activity] = []
        alliances: list[Alliance] = []
        proposed: list[Activity] = []
        for reading in self._read_sentences(doc, index, dates, equipment, drafts, transfers, activities, alliances):
            if backoff and reading.open and self.backoff.activities is not None:
                proposal = self.backoff.activities.propose(reading.sent, index, dates, reading.told)
                if proposal is not None:
                    proposed.append(proposal)
        complete_parties(drafts, transfers)
        transfers = between_states(transfers)
        agreements = finish_agreements(drafts)
        alliances.extend(self.alliances.pacts(agreements, len(alliances)))
        return DefenceRecords(
            agreements=tuple(agreements),
            arms_transfers=tuple(transfers),
            activities=tuple(_with_proposals(merge_activities(activities), proposed)),
            alliances=tuple(merge_alliances(alliances)),
            equipment=tuple(equipment_records(doc, equipment)),
        )

    def sentence_readings(self, doc: Any, index: MentionIndex, dates: DateResolver) -> list[SentenceReading]:
        """What the rules found in each sentence of ``doc``, as the back-off is told it (its
        training script reads the gold sentences through this, so training and run time agree)."""
        return list(self._read_sentences(doc, index, dates, self.equipment.find(doc, index), [], [], [], []))

    def _read_sentences(
        self,
        doc: Any,
        index: MentionIndex,
        dates: DateResolver,
        equipment: list[EquipmentMention],
        drafts: list[AgreementDraft],
        transfers: list[ArmsTransfer],
        activities: list[Activity],
        alliances: list[Alliance],
    ) -> Iterator[SentenceReading]:
        """Run the rules sentence by sentence, adding their records to the lists given, and say
        for each sentence which kinds they found there."""
        by_token = {i: mention for mention in equipment for i in range(mention.start, mention.end)}
        for sent in doc.sents:
            drafted = len(drafts)
            self.agreements.add(sent, index, dates, drafts, by_token)
            sold = self.transfers.find(sent, index, dates, by_token, transfers)
            joint = self.activities.find(sent, index, dates, drafts, len(activities))
            moves = self.alliances.find(sent, index, len(alliances))
            transfers.extend(sold)
            activities.extend(joint)
            alliances.extend(moves)
            told = frozenset(kind for kind, found in (("agreements", len(drafts) > drafted), ("arms_transfers", sold), ("alliances", moves)) if found)
            yield SentenceReading(sent, told, open=not joint)


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What the rules found in one sentence: the other kinds of record told there (``told``), and
    whether it is ``open`` to a proposed activity (the rules found none)."""

    sent: Any
    told: frozenset[str]
    open: bool


def _with_proposals(activities: list[Activity], proposed: list[Activity]) -> list[Activity]:
    """The rules' activities, then the back-off's proposals for parties no rule activity has (one
    per party set): a proposal never changes or repeats a rule record."""
    known = {frozenset(a.parties) for a in activities}
    added = [a for a in merge_activities(proposed) if frozenset(a.parties) not in known]
    return [replace(a, id=f"j{n}") for n, a in enumerate(activities + added, 1)]
