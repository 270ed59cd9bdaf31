"""What the defence tests read off an extraction: the records the pipeline gives a sentence, as the
tuples a test compares (``extract_text`` is the session fixture of tests/conftest.py). Imported
as ``from defence_helpers import ...`` (like ``handparse``: the test folders are no packages, so
each helper module needs a name of its own).

"joined" forms write a record's codes as one comma-joined string ("CHL,PER"), "listed" forms keep
the tuple (("CHL", "PER")); the sorted forms ignore the order the records come in.
"""

from __future__ import annotations


def agreements_joined(extract_text, text):
    """Sorted (parties joined, status) of each agreement."""
    return sorted((",".join(a.parties), a.status) for a in extract_text(text).agreements)


def agreements_listed(extract_text, text):
    """Sorted (parties, status) of each agreement."""
    return sorted((a.parties, a.status) for a in extract_text(text).agreements)


def transfers_joined(extract_text, text):
    """Sorted (suppliers joined, recipients joined, status) of each arms transfer."""
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


def alliances_joined(extract_text, text):
    """Sorted (members joined, status) of each alliance record."""
    return sorted((",".join(a.members), a.status) for a in extract_text(text).alliances)


def alliances_listed(extract_text, text):
    """Sorted (members, status) of each alliance record."""
    return sorted((a.members, a.status) for a in extract_text(text).alliances)


def activity_parties(extract_text, text):
    """The parties of each activity, in order."""
    return [a.parties for a in extract_text(text).activities]


def rule_activity_parties(extract_text, text):
    """The parties of each activity the rules found (none the back-off proposed), in order."""
    return [a.parties for a in extract_text(text).activities if a.found_by == "rules"]


def activities_with_kinds(extract_text, text):
    """(parties, kinds, status) of each activity, in order."""
    return [(a.parties, a.kinds, a.status) for a in extract_text(text).activities]


def rule_activity_statuses(extract_text, text):
    """(parties, status as a string) of each activity the rules found, in order."""
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


def activity_statuses(extract_text, text):
    """(parties, status as a string) of each activity, in order."""
    return [(a.parties, str(getattr(a.status, "value", a.status))) for a in extract_text(text).activities]


def transfers_counted(extract_text, text):
    """Sorted (suppliers joined, recipients joined, status, quantity) of each arms transfer."""
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status, t.quantity) for t in extract_text(text).arms_transfers)


def transfers_with_items(extract_text, text):
    """Sorted (suppliers joined, recipients joined, status, item) of each arms transfer."""
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status, t.item) for t in extract_text(text).arms_transfers)


def hand_parsed_transfers(transfers, dates, parsed):
    """Sorted (suppliers, recipients, status, item) of each transfer the rules find in a hand-built parse."""
    return sorted((t.supplier, t.recipient, t.status, t.item) for t in transfers.find(parsed.sent, parsed.index, dates, parsed.by_token, []))
