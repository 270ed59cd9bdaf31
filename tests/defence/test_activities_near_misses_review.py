"""Near misses of the implicit activities (review of issue 13): "The US" is no speaker's "us";
advisers and instructors abroad are an activity only when military; forces stranded, fleeing or
gone from a state are not based there; a coalition joined is a record only when military and of
two parties or more; an exercise "involving" a scenario takes no party from it; police and
civilian training missions are no defence activity (invented articles)."""

from __future__ import annotations

import pytest
from defence_helpers import activities_with_kinds


@pytest.mark.parametrize(
    "text",
    [
        # "The US" is the state, not the speaker's "us"
        "The US keeps 28,500 troops in South Korea.",
        "The US has stationed 28,500 troops in South Korea.",
        "The US maintains 12,000 soldiers in Italy under the basing treaty.",
    ],
)
def test_the_us_is_a_party_not_the_speaker(extract_text, text):
    activities = activities_with_kinds(extract_text, text)
    assert activities and all("USA" in parties for parties, _, _ in activities)


@pytest.mark.parametrize(
    "text",
    [
        # advisers, instructors and trainers with no military qualifier
        "Three Spanish tennis instructors in Morocco were injured in a car crash.",
        "Brazilian fitness trainers in Qatar prepared the national team.",
        "Chinese language instructors in Kenya teach at the Confucius Institute.",
        "French cooking advisers in Vietnam opened a school.",
        # forces stranded, fleeing, beaten back or wounded in a state are not based there
        "Thirty Russian sailors remained in Turkey after their ship sank.",
        "About 1,000 Afghan soldiers who fled the Taliban remain in Iran.",
        "About 200 Russian soldiers remained in Ukraine after the retreat.",
        "Some 50 Greek marines stayed in Italy after the accident.",
        "About 300 Georgian troops remained in Armenia as refugees.",
        "Hungary hosts 800 Ukrainian soldiers recovering in hospitals.",
        "Poland hosts 300 wounded Ukrainian soldiers in military hospitals.",
        # a garrison whose own clause says it left
        "The 4,000 French troops in Chad left in January after Chad ended the defence pact.",
        "The 1,200 British soldiers in Kenya withdrew last month.",
        "The 900 German troops in Mali pulled out in May.",
        # a coalition of one party, or with a non-military purpose
        "Ireland joined the High Ambition Coalition on climate.",
        "Austria's Freedom Party joined the coalition in 2017.",
        "Kenya joined the US-led coalition for climate finance.",
        "Chile joined the global coalition for clean oceans.",
        # an exercise "involving" a scenario, not forces
        "Japan held drills involving a simulated attack from China.",
        "Norway held exercises involving a mock invasion from Russia.",
        # police and civilian training missions
        "China's police training mission in the Solomon Islands was extended.",
        "The EU extended its civilian training mission in Niger.",
        "Australia extended its police training mission in Fiji.",
    ],
)
def test_near_misses_give_no_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("U.S. military advisers in Taiwan train local units.", ("TWN", "USA")),
        ("Danish F-16 jets will join the US-led coalition against the Islamic State next month.", ("DNK", "USA")),  # the leader in the coalition's place
        ("Poland held drills involving troops from the United States and Britain.", ("GBR", "POL", "USA")),
        ("The EU extended its military training mission in Mali.", ("EU", "MLI")),
        ("The United States keeps 28,500 troops in South Korea.", ("KOR", "USA")),
        ("Japan hosts 54,000 U.S. troops.", ("JPN", "USA")),
    ],
)
def test_the_true_activities_next_to_them_stay(extract_text, text, parties):
    assert parties in [p for p, _, _ in activities_with_kinds(extract_text, text)]
