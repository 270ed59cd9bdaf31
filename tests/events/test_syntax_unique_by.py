"""One in-order dedupe serves the event coder (actors by id) and the defence grammar (equipment
mentions by start token)."""

from __future__ import annotations

from types import SimpleNamespace

from accord.defence.grammar import distinct
from accord.events.syntax import unique_by, unique_mentions


def test_unique_by_keeps_the_first_of_each_key_in_order():
    assert unique_by(["b", "a", "bb", "c", "aa"], len) == ["b", "bb"]
    assert unique_by([], len) == []


def test_unique_mentions_keeps_each_actor_once():
    first, second, again = (SimpleNamespace(actor_id=i) for i in ("state:PER", "state:CHL", "state:PER"))
    assert unique_mentions([first, second, again]) == [first, second]


def test_distinct_keeps_each_equipment_mention_once():
    # near miss: two mentions with the same words at different tokens are both kept
    a, b, a_again = SimpleNamespace(start=3), SimpleNamespace(start=7), SimpleNamespace(start=3)
    assert distinct([a, b, a_again, b]) == [a, b]
