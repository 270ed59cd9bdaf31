"""Defence records of one parsed Doc: agreements, arms transfers, joint activities,
alliance moves and the equipment named.

``DefenceExtractor`` composes one extractor per record kind (``agreements``,
``transfers``, ``activities``, ``alliances``, ``equipment``); each reads the dependency
parse around a cue word from ``data/patterns/defence.toml`` (loaded once, into
``DefenceRules``) and takes its parties from the actor mentions, its status from the
governing verb and the clause's modality, its date from the sentence. Where the activity rules
find nothing in a sentence, a learned back-off may propose an activity, and where the transfer
rules find none, a transfer when the model file carries a transfer part, and likewise an
agreement or alliance moves behind those rules (``accord.defence.backoff``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from accord.actors.gazetteer import ResolverWords
from accord.actors.resolve import MentionIndex
from accord.dates import DateResolver
from accord.defence.activities import ActivityExtractor, merge_activities
from accord.defence.agreements import AgreementDraft, AgreementExtractor, complete_parties, finish_agreements, without_purchase_contracts
from accord.defence.alliances import AllianceExtractor, merge_alliances
from accord.defence.backoff import DefenceBackoff
from accord.defence.equipment import EquipmentMatcher, EquipmentMention, by_token, equipment_records
from accord.defence.rules import DefenceRules
from accord.defence.transfers import TransferExtractor, between_states
from accord.events.syntax import Grammar
from accord.records import Activity, Agreement, Alliance, ArmsTransfer, Equipment

R = TypeVar("R", Activity, Agreement, Alliance, ArmsTransfer)


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
    def load(cls, nlp: Any, grammar: Grammar | None = None, resolver_words: ResolverWords | None = None) -> "DefenceExtractor":
        """Read the vocabulary and the equipment gazetteer once, for ``nlp``'s vocab;
        ``grammar`` is the pipeline's clause grammar, ``resolver_words`` the actor resolver's
        loaded words (its ship prefixes name ships; each read here when not given)."""
        rules = DefenceRules.load()
        grammar = grammar if grammar is not None else Grammar.load()
        return cls(rules, EquipmentMatcher(nlp, rules.equipment, resolver_words), grammar, DefenceBackoff.load(rules, grammar))

    def extract(self, doc: Any, index: MentionIndex, dates: DateResolver, equipment: list[EquipmentMention] | None = None, *, backoff: bool = True) -> DefenceRecords:
        """The defence records of ``doc``; ``equipment`` when the mentions were found already.
        ``backoff`` False gives the rules' records alone, without the learned back-off's
        activities and transfers (``accord.defence.backoff``)."""
        if equipment is None:
            equipment = self.equipment.find(doc, index)
        drafts: list[AgreementDraft] = []
        transfers: list[ArmsTransfer] = []
        activities: list[Activity] = []
        alliances: list[Alliance] = []
        proposed: list[Activity] = []
        offered: list[ArmsTransfer] = []
        pacts: list[Agreement] = []
        moved: list[Alliance] = []
        goods = by_token(equipment)
        for reading in self._read_sentences(doc, index, dates, goods, drafts, transfers, activities, alliances):
            if backoff and reading.open and self.backoff.activities is not None:
                proposal = self.backoff.activities.propose(reading.sent, index, dates, reading.told)
                if proposal is not None:
                    proposed.append(proposal)
            if backoff and reading.open_to_transfer and self.backoff.transfers is not None:
                transfer = self.backoff.transfers.propose(reading.sent, index, dates, reading.told_besides_transfers, goods)
                if transfer is not None:
                    offered.append(transfer)
            if backoff and reading.open_to_agreement and self.backoff.agreements is not None:
                pact = self.backoff.agreements.propose(reading.sent, index, dates, reading.told_besides("agreements"))
                if pact is not None:
                    pacts.append(pact)
            if backoff and reading.open_to_alliance and self.backoff.alliances is not None:
                moved.extend(self.backoff.alliances.propose(reading.sent, index, reading.told_besides("alliances"), reading.drafted))
        agreement_rules, goods_named = self.agreements.rules, frozenset(goods)

        def without_orders(drafts: list[AgreementDraft], sales: list[ArmsTransfer]) -> list[AgreementDraft]:
            return without_purchase_contracts(drafts, sales, agreement_rules.commercial_nouns, doc, goods_named, agreement_rules.contract_subject_prepositions, agreement_rules.contract_cause_nouns)

        drafts = without_orders(drafts, transfers)
        complete_parties(drafts, transfers)
        # "scrapping a contract" beside a sale called off: the contract completed with that
        # sale's sides is its order, called off with it, no agreement
        drafts = without_orders(drafts, [t for t in transfers if t.status == "cancelled"])
        transfers = _with_proposals(between_states(transfers), offered, _sides, "t")
        agreements = finish_agreements(drafts)
        alliances.extend(self.alliances.pacts(agreements, len(alliances)))
        # proposed agreements make no alliance: only the rules' pacts do
        agreements = _with_proposals(agreements, pacts, _parties, "ag")
        alliances = _with_proposals(merge_alliances(alliances), moved, _members, "al")
        return DefenceRecords(
            agreements=tuple(agreements),
            arms_transfers=tuple(transfers),
            activities=tuple(_with_proposals(merge_activities(activities), merge_activities(proposed), _parties, "j")),
            alliances=tuple(alliances),
            equipment=tuple(equipment_records(doc, equipment)),
        )

    def sentence_readings(self, doc: Any, index: MentionIndex, dates: DateResolver, equipment: list[EquipmentMention] | None = None) -> list[SentenceReading]:
        """What the rules found in each sentence of ``doc``, as the back-off is told it (its
        training script reads the gold sentences through this, so training and run time agree);
        ``equipment`` when the mentions were found already."""
        if equipment is None:
            equipment = self.equipment.find(doc, index)
        return list(self._read_sentences(doc, index, dates, by_token(equipment), [], [], [], []))

    def _read_sentences(
        self,
        doc: Any,
        index: MentionIndex,
        dates: DateResolver,
        goods: dict[int, EquipmentMention],
        drafts: list[AgreementDraft],
        transfers: list[ArmsTransfer],
        activities: list[Activity],
        alliances: list[Alliance],
    ) -> Iterator[SentenceReading]:
        """Run the rules sentence by sentence, adding their records to the lists given, and say
        for each sentence which kinds they found there (``goods``: the equipment mentions by token)."""
        for sent in doc.sents:
            drafted = len(drafts)
            self.agreements.add(sent, index, dates, drafts, goods)
            sold = self.transfers.find(sent, index, dates, goods, transfers)
            joint = self.activities.find(sent, index, dates, drafts, len(activities))
            moves = self.alliances.find(sent, index, len(alliances))
            transfers.extend(sold)
            activities.extend(joint)
            alliances.extend(moves)
            told = frozenset(kind for kind, found in (("agreements", len(drafts) > drafted), ("arms_transfers", sold), ("alliances", moves)) if found)
            found = told | ({"activities"} if joint else set())
            yield SentenceReading(
                sent, told, open=not joint, open_to_transfer=not sold, told_besides_transfers=found - {"arms_transfers"},
                open_to_agreement=len(drafts) == drafted, open_to_alliance=not moves, found=found,
                drafted=tuple(tuple(sorted(set(d.parties))) for d in drafts[drafted:]),
            )


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What the rules found in one sentence: the other kinds of record told there (``told``), and
    whether it is ``open`` to a proposed activity (the rules found none); for the transfer
    back-off, whether it is open to a proposed transfer (the rules found none) and the kinds
    told there besides transfers (activities among them); likewise whether it is open to a proposed
    agreement or alliance move."""

    sent: Any
    told: frozenset[str]
    open: bool
    open_to_transfer: bool = False
    told_besides_transfers: frozenset[str] = frozenset()
    open_to_agreement: bool = False
    open_to_alliance: bool = False
    found: frozenset[str] = frozenset()  # every kind the rules found here, activities included
    drafted: tuple[tuple[str, ...], ...] = ()  # the parties of the agreements the rules drafted here

    def told_besides(self, kind: str) -> frozenset[str]:
        """The kinds the rules found in the sentence other than ``kind`` (what a back-off of that kind is told)."""
        return self.found - {kind}


def _with_proposals(records: list[R], proposed: list[R], key: Callable[[R], Hashable], prefix: str) -> list[R]:
    """The rules' records, then the back-off's proposals whose ``key`` (parties, or supplier and
    recipient) no rule record and no earlier proposal has, numbered ``prefix``1, 2, ... in that
    order: a proposal never changes or repeats a rule record."""
    known = {key(record) for record in records}
    added: list[R] = []
    for record in proposed:
        if key(record) not in known:
            known.add(key(record))
            added.append(record)
    return [replace(record, id=f"{prefix}{n}") for n, record in enumerate(records + added, 1)]


def _parties(record: Agreement | Activity) -> frozenset[str]:
    return frozenset(record.parties)


def _members(record: Alliance) -> frozenset[str]:
    return frozenset(record.members)


def _sides(record: ArmsTransfer) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return record.supplier, record.recipient
