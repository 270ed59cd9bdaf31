"""accord's exceptions: one tree, each carrying what the user needs to act.

    AccordError
    ├── InputError            an input item cannot be read as an article
    │   ├── EmptyInput        nothing left after decoding and cleaning
    │   ├── BinaryInput       bytes that are not text (images, archives, executables)
    │   ├── DecodeError       text in an encoding we could not determine
    │   ├── TooLarge          over the configured size limit
    │   └── MalformedRecord   a JSON/CSV/JSONL record with missing or wrong fields
    ├── ModelError            the spaCy pipeline cannot be loaded
    ├── FetchError            a URL could not be fetched
    │   └── PrivateAddress    the URL points at a private or loopback address
    ├── StoreError            the database cannot be opened, migrated or queried
    └── EvaluationError       a gold file is missing or malformed

Library code raises these and never calls ``sys.exit``; the CLI turns them into one
error line and an exit code. Each class's ``code`` names its kind in a stable word
(``bad_input``, ``store`` ...) for callers that report errors as data.
"""

from __future__ import annotations


class AccordError(Exception):
    """Base of every error accord raises on purpose.

    Args:
        message (str): what went wrong and, where possible, what to try next.
        item (str | None): the input item (path, URL, record id) concerned.
    """

    code = "accord_error"

    def __init__(self, message: str, *, item: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.item = item

    def __str__(self) -> str:
        return f"{self.item}: {self.message}" if self.item else self.message


class InputError(AccordError):
    code = "bad_input"


class EmptyInput(InputError):
    code = "empty"


class BinaryInput(InputError):
    code = "binary"


class DecodeError(InputError):
    code = "undecodable"


class TooLarge(InputError):
    code = "too_large"


class MalformedRecord(InputError):
    code = "malformed"


class ModelError(AccordError):
    code = "model"


class FetchError(AccordError):
    code = "fetch"


class PrivateAddress(FetchError):
    code = "private_address"


class StoreError(AccordError):
    code = "store"


class EvaluationError(AccordError):
    code = "evaluation"
