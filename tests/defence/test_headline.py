"""The headline is text too: its agreements and alliances count when the body refers to them,
with a body sentence as evidence, and never twice."""

from __future__ import annotations

import pytest

from accord.records import Article


@pytest.fixture(scope="module")
def extract_titled(pipeline):
    def run(title: str, text: str):
        return pipeline.extract(Article(id="t", text=text, title=title, published="2025-03-14"))

    return run


def _spans_point_at_the_body(result):
    for record in (*result.agreements, *result.alliances):
        assert result.article.text[record.evidence.start : record.evidence.end] == record.evidence.text


def test_an_alliance_the_headline_names_and_the_body_refers_to_points_at_the_body(extract_titled):
    result = extract_titled(
        "Vucic proposes military alliance between Serbia and Hungary",
        "Serbian President Aleksandar Vucic spoke to reporters in Belgrade on Tuesday. "
        "He gave no details on the idea of an alliance.",
    )
    (alliance,) = result.alliances
    assert (alliance.members, alliance.status) == (("HUN", "SRB"), "proposed")
    assert alliance.evidence.text == "He gave no details on the idea of an alliance."
    assert alliance.evidence.trigger.text == "alliance"
    assert [result.actor(a).name for a in alliance.advocates] == ["Aleksandar Vucic"]
    _spans_point_at_the_body(result)


def test_an_agreement_the_body_also_states_is_not_told_twice(extract_titled):
    result = extract_titled(
        "Ghana and Togo sign border security protocol",
        "Ghana and Togo signed a border security protocol in Lome on Monday. The protocol covers joint patrols.",
    )
    (agreement,) = result.agreements
    assert agreement.parties == ("GHA", "TGO")
    assert agreement.evidence.text.startswith("Ghana and Togo signed")
    _spans_point_at_the_body(result)


def test_a_headline_record_the_body_never_refers_to_is_left_out(extract_titled):
    result = extract_titled(
        "Ghana and Togo sign border security protocol",
        "The defence ministers met in Lome on Monday and discussed smuggling along the border.",
    )
    assert result.agreements == ()


def test_a_headline_record_anchored_where_the_body_already_tells_one_is_that_one(extract_titled):
    result = extract_titled(
        "Chile, Peru and Bolivia sign defence cooperation plan",
        "Chile and Peru signed a defence cooperation plan in Lima on Monday.",
    )
    assert [a.parties for a in result.agreements] == [("CHL", "PER")]


def test_a_transfer_the_headline_states_and_the_body_refers_to_points_at_the_body(extract_titled):
    result = extract_titled(
        "Serbia to sell Nora howitzers to Cyprus",
        "BELGRADE, March 3 - Serbian officials confirmed on Monday that talks had ended. The howitzers will be shipped next year, the ministry said.",
    )
    (transfer,) = result.arms_transfers
    assert (transfer.supplier, transfer.recipient, transfer.status) == (("SRB",), ("CYP",), "offered")
    assert transfer.evidence.text.startswith("The howitzers will be shipped")
    assert result.article.text[transfer.evidence.start : transfer.evidence.end] == transfer.evidence.text


def test_a_headline_transfer_the_body_tells_itself_is_not_told_twice(extract_titled):
    result = extract_titled("Turkey buys Chinese drones", "ANKARA - Turkey said on Friday it had bought Wing Loong drones from China.")
    assert [(t.supplier, t.recipient) for t in result.arms_transfers] == [(("CHN",), ("TUR",))]


def test_a_headline_transfer_the_body_never_refers_to_is_left_out(extract_titled):
    result = extract_titled("Japan to give patrol boats to Vietnam", "Officials met in Hanoi on Tuesday to discuss fisheries.")
    assert result.arms_transfers == ()
