"""A programme or forum an alliance owns, joined under a name of its own ("joined NATO's N
Dialogue Initiative", "NATO's Partnership for Peace programme"), is no accession to the alliance
(docs/annotation.md 9.4); joining the alliance itself still is. Sentences invented."""

from __future__ import annotations

import pytest


def _alliances(extract_text, text):
    return sorted((a.members, str(a.status)) for a in extract_text(text).alliances)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar joined NATO's Mediterranean Dialogue Initiative, a forum for southern partners, on Tuesday.",
        "Georgia joined NATO's Partnership for Peace programme in 1994.",
    ],
)
def test_a_programme_the_alliance_owns_joined_is_no_membership(extract_text, text):
    assert _alliances(extract_text, text) == []


def test_the_alliance_joined_is_a_membership(extract_text):
    assert _alliances(extract_text, "Finland joined NATO on Tuesday.") == [(("FIN", "NATO"), "formal")]
