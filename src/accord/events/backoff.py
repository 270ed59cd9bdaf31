"""A learned back-off behind the rule coder: a linear classifier over a sentence's words.

The rule coder codes an event only where a trigger row and the grammar agree; a sentence
whose verb is in no row, or whose actor the grammar cannot reach, codes nothing. The
back-off looks at sentences where the rules coded nothing but two actors with distinct codes
were resolved, and proposes one PLOVER type when its probability clears a calibrated
threshold. Its actor is the governing verb's subject (else the first mention), its recipient
the other side.

The model is a multinomial logistic regression (plain numpy) trained by
``scripts/train_event_backoff.py`` and shipped as ``accord/data/models/event_backoff.json``
(see the README there for its data statement, seed and figures). It is read once per
pipeline by ``EventBackoff.load``, never at import time.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.errors import ModelError
from accord.events import syntax
from accord.events.ontology import Ontology, Trigger
from accord.records import Event, EventStatus

MODEL_PACKAGE = "accord.data.models"
MODEL_FILE = "event_backoff.json"
#: The class for "no event here".
NO_EVENT = "NONE"
#: Parts of speech whose lemmas are bag-of-words features.
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ"})
#: Confidence of a back-off event is its probability scaled below every rule event's (>= 0.45).
CONFIDENCE_SCALE = 0.4


class BackoffModelError(ModelError):
    """The back-off model file is missing or malformed."""


# Features ---------------------------------------------------------------------------------


def governor(token: Any) -> Any:
    """The verb that governs ``token`` (``token`` itself for a verb; the root if none)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def sentence_features(sent: Any, mentions: list[Mention]) -> list[str]:
    """The features of one sentence with its actor mentions (the same at training and run time).

    ``w=`` content lemmas outside the mentions, ``g=`` the verbs governing the mentions (with
    ``gd=`` the relation the mention hangs on), ``r=`` the root, ``neg`` and ``md=`` modals.
    """
    inside = {i for m in mentions for i in range(m.start, m.end)}
    features: set[str] = set()
    for token in sent:
        if token.i in inside or token.is_stop or not token.is_alpha:
            continue
        if token.pos_ in CONTENT_POS:
            features.add(f"w={token.lemma_.lower()}")
        if token.dep_ == "neg":
            features.add("neg")
        if token.tag_ == "MD":
            features.add(f"md={token.lemma_.lower()}")
    features.add(f"r={sent.root.lemma_.lower()}")
    for mention in mentions:
        head = sent.doc[mention.end - 1]
        verb = governor(head)
        if verb.i in inside:
            continue
        lemma = verb.lemma_.lower()
        features.add(f"g={lemma}")
        # The relation by which the mention's branch attaches to its verb.
        branch = head
        while branch.head.i not in (verb.i, branch.i):
            branch = branch.head
        features.add(f"gd={lemma}|{branch.dep_}")
    return sorted(features)


def trigger_row_features(lemma: str, pos: str, objects: Iterable[str]) -> list[str]:
    """The features a trigger-table row stands for (a verb as governor and root, a noun as a word)."""
    lemma = lemma.lower()
    features = {f"w={lemma}"}
    if pos == "VERB":
        features |= {f"g={lemma}", f"r={lemma}"}
    features |= {f"w={o.lower()}" for o in objects}
    return sorted(features)


# Model ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackoffModel:
    """Weights of the linear classifier: ``weights[feature]`` is one row of class scores."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)
    threshold: float
    meta: dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def load(cls, package: str = MODEL_PACKAGE, name: str = MODEL_FILE) -> "BackoffModel":
        try:
            raw = json.loads(resources.files(package).joinpath(name).read_text(encoding="utf-8"))
            return cls.from_dict(raw)
        except (FileNotFoundError, ValueError, KeyError, TypeError) as exc:
            raise BackoffModelError(f"cannot read the event back-off model {package}/{name}: {exc}") from exc

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> "BackoffModel":
        classes = tuple(raw["classes"])
        features = raw["features"]
        weights = np.array([features[f] for f in features], dtype=np.float32).reshape(len(features), len(classes))
        return cls(
            classes=classes,
            vocabulary={f: i for i, f in enumerate(features)},
            weights=weights,
            bias=np.array(raw["bias"], dtype=np.float32),
            threshold=float(raw["threshold"]),
            meta=dict(raw.get("meta", {})),
        )

    def to_dict(self, digits: int = 3) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "bias": [round(float(b), digits) for b in self.bias],
            "threshold": self.threshold,
            "meta": self.meta,
            "features": {f: [round(float(w), digits) for w in self.weights[i]] for f, i in self.vocabulary.items()},
        }

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """The softmax probability of each class given the features (unknown ones are ignored)."""
        rows = [self.vocabulary[f] for f in features if f in self.vocabulary]
        scores = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return {c: float(p) for c, p in zip(self.classes, scores)}

    def best_type(self, features: Iterable[str]) -> tuple[str, float] | None:
        """The most likely event type and its probability, when it clears the threshold and
        beats "no event"."""
        probs = self.probabilities(features)
        label = max(probs, key=probs.__getitem__)
        if label == NO_EVENT or probs[label] < self.threshold:
            return None
        return label, probs[label]


# Applying it ------------------------------------------------------------------------------


class EventBackoff:
    """Adds the classifier's events to sentences where the rules coded none."""

    def __init__(self, model: BackoffModel, ontology: Ontology, triggers: Mapping[tuple[str, str], list[Trigger]] | None = None) -> None:
        self.model = model
        self.ontology = ontology
        self.triggers = triggers or {}

    @classmethod
    def load(cls, ontology: Ontology | None = None, triggers: Mapping[tuple[str, str], list[Trigger]] | None = None) -> "EventBackoff":
        """The shipped model; ``triggers`` (the rule coder's table) gives a verb's own code for a type."""
        return cls(BackoffModel.load(), ontology or Ontology.load(), triggers)

    def apply(self, doc: Any, index: MentionIndex, events: list[Event], dates: DateResolver) -> list[Event]:
        """``events`` with the back-off's events added, in text order (ids renumbered)."""
        coded = {(e.evidence.start, e.evidence.end) for e in events}
        added: list[Event] = []
        for sent in doc.sents:
            evidence = syntax.sentence_evidence(sent)
            if (evidence.start, evidence.end) in coded:
                continue
            mentions = candidate_mentions(index.in_range(sent.start, sent.end))
            if len({m.code for m in mentions}) < 2:
                continue
            guess = self.model.best_type(sentence_features(sent, mentions))
            if guess is None:
                continue
            event = self._event(sent, mentions, *guess, dates)
            if event is not None:
                added.append(event)
        if not added:
            return events
        ordered = sorted([*events, *added], key=lambda e: (e.evidence.start, e.evidence.trigger.start if e.evidence.trigger else 0))
        return [dataclasses.replace(e, id=f"e{n}") for n, e in enumerate(ordered, 1)]

    def _event(self, sent: Any, mentions: list[Mention], plover_type: str, probability: float, dates: DateResolver) -> Event | None:
        actor, recipient = _sides(sent, mentions)
        trigger = governor(sent.doc[actor.end - 1])
        cameo = self._cameo(trigger, plover_type)
        entry = self.ontology.cameo(cameo) if cameo else None
        if entry is None:
            return None
        return Event(
            id="e0",
            type=plover_type,
            mode=entry.mode,
            context=entry.context,
            cameo=cameo,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            actor=(actor.code,),
            recipient=(recipient.code,),
            actor_ids=(actor.actor_id,),
            recipient_ids=(recipient.actor_id,),
            status=EventStatus.OCCURRED,
            date=dates.published,
            location=None,
            evidence=syntax.sentence_evidence(sent, trigger),
            confidence=round(CONFIDENCE_SCALE * probability, 2),
        )

    def _cameo(self, verb: Any, plover_type: str) -> str | None:
        """The code the trigger table gives this verb for this type (its generic row first),
        else the type's default code."""
        rows = [r for r in self.triggers.get((verb.lemma_.lower(), "VERB"), []) if r.type == plover_type]
        rows.sort(key=lambda r: bool(r.objects or r.particle))
        return rows[0].cameo if rows else self.ontology.default_cameo(plover_type)


def candidate_mentions(mentions: list[Mention]) -> list[Mention]:
    """Mentions that can be an event's side: those with a code, places ("in Belgrade") last."""
    coded = [m for m in mentions if m.code]
    return [m for m in coded if not m.is_place] + [m for m in coded if m.is_place]


def _sides(sent: Any, mentions: list[Mention]) -> tuple[Mention, Mention]:
    """The actor (a subject, else the first mention) and the recipient (the next other code)."""
    doc = sent.doc
    subjects = [m for m in mentions if doc[m.end - 1].dep_ in ("nsubj", "agent") and not m.is_place]
    actor = subjects[0] if subjects else mentions[0]
    recipient = next(m for m in mentions if m.code != actor.code)
    return actor, recipient
