"""An agreement between two named states that is the subject of a verb negated under a modal of
duty, of the future or of ability ("X must not ...", "X will not ...", "X cannot ...") is forbidden
something or foretold not to do it; either presupposes the agreement, which stands (in force). A
plain negation of what it did ("X has not ...") still tells only that it was made (signed). Every
sentence is invented."""

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    "text",
    [
        # duty: a use of the pact forbidden
        "Under no circumstances must the naval pact between Spain and Portugal serve as cover for fishing raids.",
        # the future: what the pact will not do, in a clause of speech
        "Lisbon insists that the naval pact between Spain and Portugal will not bind either navy to patrol the Canaries.",
        # ability: what the pact cannot do
        "The naval pact between Spain and Portugal cannot override the fishing quotas set in Brussels.",
    ],
)
def test_a_pact_forbidden_or_foretold_something_stands(extract_text, text):
    assert agreements_joined(extract_text, text) == [("ESP,PRT", "in_force")]


def test_a_plain_negation_of_what_the_pact_did_tells_only_its_making(extract_text):
    # near miss: the same pact, a past "not" and no modal
    text = "The naval pact between Spain and Portugal has not stopped a single fishing raid since the spring."
    assert agreements_joined(extract_text, text) == [("ESP,PRT", "signed")]
