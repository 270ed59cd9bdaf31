"""What the event-coding tests read off an extraction (``extract_text`` is the session fixture of
tests/conftest.py). Imported as ``from event_helpers import ...``: the test folders are no
packages, so each helper module needs a name of its own."""

from __future__ import annotations


def events_coded(extract_text, sentence):
    """(type, actor, recipient) of each event, in order."""
    return [(e.type, e.actor, e.recipient) for e in extract_text(sentence).events]
