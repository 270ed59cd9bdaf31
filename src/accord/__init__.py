"""accord: turn news into a source-linked record of relations between states.

Importing accord loads nothing heavy: the spaCy model loads on the first ``extract``.
"""

from __future__ import annotations

import logging

from accord.errors import (
    AccordError,
    BinaryInput,
    DecodeError,
    EmptyInput,
    EvaluationError,
    FetchError,
    InputError,
    MalformedRecord,
    ModelError,
    PrivateAddress,
    StoreError,
    TooLarge,
)
from accord.pipeline import Pipeline, extract
from accord.records import (
    Activity,
    Actor,
    Agreement,
    AgreementStage,
    Alliance,
    ArmsTransfer,
    Article,
    Equipment,
    Event,
    Evidence,
    Extraction,
    Notice,
    Span,
)
from accord.interfaces.library import Store

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "AccordError",
    "Activity",
    "Actor",
    "Agreement",
    "AgreementStage",
    "Alliance",
    "ArmsTransfer",
    "Article",
    "BinaryInput",
    "DecodeError",
    "EmptyInput",
    "Equipment",
    "EvaluationError",
    "Event",
    "Evidence",
    "Extraction",
    "FetchError",
    "InputError",
    "MalformedRecord",
    "ModelError",
    "Notice",
    "Pipeline",
    "PrivateAddress",
    "Span",
    "Store",
    "StoreError",
    "TooLarge",
    "extract",
]
