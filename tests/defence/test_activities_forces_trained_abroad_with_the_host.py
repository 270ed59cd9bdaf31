"""Forces of one state trained in another train with the host (docs/annotation.md §9.3, training;
as "winter training in Norway" already did): the trained forces as the verb's subject ("Kenyan
units have trained in Britain"), its passive subject ("X's crews will be trained in Y"), or the
subject of a verb completing their training with the place on the noun ("finished their pilot
training in Russia"). Forces trained at home, in a region of their own state, or people who are no forces
make no joint activity. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Kenyan infantry units have trained in Britain under a long-standing arrangement.", ("GBR", "KEN")),
        ("Latvian tank crews will be trained in Poland before the deliveries begin.", ("LVA", "POL")),
        ("Ukrainian recruits are trained in Britain.", ("GBR", "UKR")),
        ("Malian army cadets finished their pilot training in Russia last month, the ministry said.", ("MLI", "RUS")),
    ],
)
def test_forces_trained_in_another_state_train_with_it(extract_text, text, parties):
    assert activity_parties(extract_text, text) == [parties]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan soldiers trained in Kenya.",
        "Kenyan pilots trained in northern Kenya.",
        "Kenyan athletes trained in Britain.",
    ],
)
def test_training_at_home_or_of_no_forces_is_no_joint_activity(extract_text, text):
    assert activity_parties(extract_text, text) == []
