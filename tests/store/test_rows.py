"""Records to rows and back: every field survives the store, and the tables follow the records."""

from __future__ import annotations

import datetime as dt

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
from accord.store import Database
from accord.store.rows import TABLES, columns, ddl, extraction_from_rows, extraction_rows

TEXT = "Serbia and Hungary signed a defence plan in Budapest. Hungary delivered 12 Gidran vehicles."
SAID = Evidence(TEXT[:52], 0, 52, Span(21, 27, "signed"))
DELIVERED = Evidence(TEXT[53:], 53, len(TEXT))  # no trigger


def everything() -> Extraction:
    """One extraction with every record kind, optional fields both set and empty."""
    article = Article("art1", TEXT, title="T", published="2025-03-11", source="stdin", removed=("Share this",))
    return Extraction(
        article=article,
        actors=(
            Actor("a1", "Serbia", "state", "SRB", "GOV", None, "SRB", (Span(0, 6, "Serbia"),)),
            Actor("a2", "Hungary", "state", "HUN"),
        ),
        events=(
            Event("e1", "AGREE", None, ("military",), "057", 1, 8.0, ("SRB", "HUN"), (), ("a1", "a2"), (), "occurred",
                  "2025-03", "Budapest", SAID, 0.9, ("a2",)),
        ),
        agreements=(
            Agreement("ag1", "defence plan", ("HUN", "SRB"), (), "signed", None, None, "defence", SAID,
                      (AgreementStage("signed", "2025-03-11", SAID), AgreementStage("agreed", None, DELIVERED))),
            Agreement("ag2", "supply deal", ("HUN", "SRB"), (), "agreed", "2025", None, "defence", DELIVERED, found_by="model"),
        ),
        arms_transfers=(
            ArmsTransfer("t1", ("HUN",), ("SRB",), "Gidran", None, ("Rába",), 12, "delivered", 2024, DELIVERED),
            ArmsTransfer("t2", ("SRB",), ("HUN",), "Gidran", None, (), None, "ordered", 2025, SAID, found_by="model"),
        ),
        activities=(
            Activity("j1", ("HUN", "SRB"), None, ("training",), None, "planned", SAID),
            Activity("j2", ("HUN", "SRB"), 2, ("exercises",), "2025", "occurred", DELIVERED, found_by="model"),
        ),
        alliances=(
            Alliance("al1", ("HUN", "SRB"), "proposed", ("a1",), SAID, name="Pannonian pact"),
            Alliance("al2", ("HUN", "SRB"), "formal", (), DELIVERED, found_by="model"),
        ),
        equipment=(Equipment("q1", "Gidran", "armoured vehicle", None, ("Rába",), None, (Span(72, 78, "Gidran"),)),),
        notices=(Notice("warning", "language", "looks like another language"),),
    )


def test_every_record_comes_back_equal_from_the_rows():
    extraction = everything()
    assert extraction_from_rows(extraction.article, extraction_rows(extraction, "story1")) == extraction


def test_every_record_comes_back_equal_from_a_real_table():
    extraction = everything()
    with Database(":memory:") as db:
        db.write_records([(extraction, "story1")])
        rows = {t: db.rows(f"SELECT * FROM {t} WHERE article_id = ? ORDER BY rowid", ["art1"]) for t in TABLES}
    assert extraction_from_rows(extraction.article, rows) == extraction


def test_rows_carry_the_store_columns_beside_the_record_fields():
    rows = extraction_rows(everything(), "story1")
    event = rows["events"][0]
    assert (event["id"], event["local_id"], event["story_id"]) == ("art1:e1", "e1", "story1")
    assert event["day"] == dt.date(2025, 3, 1)
    assert (event["trigger_text"], event["evidence_start"]) == ("signed", 0)
    assert event["dup_key"].endswith("#1") and event["is_primary"] is True
    assert rows["transfers"][0]["day"] == dt.date(2024, 1, 1)  # not the publication year
    assert rows["actors"][0]["n_mentions"] == 1
    assert rows["notices"][0] == {"article_id": "art1", "level": "warning", "code": "language", "message": "looks like another language", "item": None}


def test_what_found_an_activity_is_a_column_analysts_can_filter_on():
    # read back into records by test_every_record_comes_back_equal_from_a_real_table
    with Database(":memory:") as db:
        db.write_records([(everything(), "story1")])
        assert db.rows("SELECT local_id FROM activities WHERE found_by = 'model'") == [{"local_id": "j2"}]
        assert db.rows("SELECT local_id FROM story_activities WHERE found_by = 'rules'") == [{"local_id": "j1"}]


def test_what_found_a_transfer_is_a_column_analysts_can_filter_on():
    # read back into records by test_every_record_comes_back_equal_from_a_real_table
    with Database(":memory:") as db:
        db.write_records([(everything(), "story1")])
        assert db.rows("SELECT local_id FROM transfers WHERE found_by = 'model'") == [{"local_id": "t2"}]
        assert db.rows("SELECT local_id FROM story_transfers WHERE found_by = 'rules'") == [{"local_id": "t1"}]


def test_what_found_an_agreement_or_an_alliance_move_is_a_column_analysts_can_filter_on():
    # read back into records by test_every_record_comes_back_equal_from_a_real_table
    with Database(":memory:") as db:
        db.write_records([(everything(), "story1")])
        assert db.rows("SELECT local_id FROM agreements WHERE found_by = 'model'") == [{"local_id": "ag2"}]
        assert db.rows("SELECT local_id FROM story_agreements WHERE found_by = 'rules'") == [{"local_id": "ag1"}]
        assert db.rows("SELECT local_id FROM alliances WHERE found_by = 'model'") == [{"local_id": "al2"}]
        assert db.rows("SELECT local_id FROM story_alliances WHERE found_by = 'rules'") == [{"local_id": "al1"}]


def test_every_row_has_exactly_the_tables_columns():
    rows = extraction_rows(everything(), "story1")
    for name, table in TABLES.items():
        assert set(rows[name][0]) == {c.name for c in columns(table)}, name


def test_a_moved_column_follows_its_anchor():
    # Alliance.name is declared last but stored first; Event.speaker_ids follows recipient_ids.
    assert [c.name for c in columns(TABLES["alliances"])][4:6] == ["name", "members"]
    names = [c.name for c in columns(TABLES["events"])]
    assert names[names.index("recipient_ids") + 1] == "speaker_ids"


def test_the_ddl_reads_like_the_migrations():
    assert ddl(TABLES["notices"]) == (
        "CREATE TABLE notices (\n    article_id VARCHAR NOT NULL,\n    level VARCHAR NOT NULL,\n    code VARCHAR NOT NULL,\n"
        "    message VARCHAR NOT NULL,\n    item VARCHAR\n);"
    )
