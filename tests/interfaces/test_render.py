"""The renderer: text from the data stays literal, and rows print in the order asked."""

import json
from io import StringIO

from rich.console import Console

from accord.interfaces.render import render_extraction
from accord.records import Article, Evidence, Event, Extraction


def test_markup_in_article_text_is_printed_literally():
    sentence = "[bold red]Serbia[/] condemned Albania."
    article = Article(id="x", text=sentence, title="[link=http://evil.test]click[/link]")
    event = Event(
        id="e1", type="ACCUSE", mode=None, context=(), cameo="111", quad_class=3, goldstein=-2.0,
        actor=("SRB",), recipient=("ALB",), actor_ids=(), recipient_ids=(), status="occurred",
        date=None, location=None, evidence=Evidence(sentence, 0, len(sentence)), confidence=0.9,
    )
    out = StringIO()
    render_extraction(Extraction(article=article, events=(event,)), Console(file=out, width=200, color_system=None))
    printed = out.getvalue()
    assert "[link=http://evil.test]click[/link]" in printed
    assert "[bold red]Serbia[/]" in printed


def test_a_table_cell_is_escaped_joined_and_cut():
    from rich.text import Text

    from accord.interfaces.render.tables import cell

    assert Text.from_markup(cell("[bold]x[/]")).plain == "[bold]x[/]"
    assert cell(["SRB", "HUN"]) == "SRB, HUN"
    assert cell("2025-03-01T00:00:00") == "2025-03-01"
    assert cell("a" * 80, width=10) == "a" * 9 + "…"
    assert cell(None) == "" and cell(2.0) == "2"


def test_typed_rows_print_as_json_in_the_given_column_order(capsys):
    from dataclasses import dataclass

    from accord.interfaces.render.formats import Format
    from accord.interfaces.render.frames import print_records
    from accord.records import Record

    @dataclass(frozen=True)
    class Row(Record):
        b: str
        a: int | None

    print_records([Row("x", 1), Row("y", None)], ("a", "b"), Format.json, kind="rows")
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"a": 1, "b": "x"}, {"a": None, "b": "y"}]
    assert list(rows[0]) == ["a", "b"]


def test_the_agreement_and_alliance_tables_say_what_found_each_record():
    from accord.records import Agreement, Alliance

    sentence = "Serbia and Hungary pledged a defence accord and closed ranks."
    evidence = Evidence(sentence, 0, len(sentence))
    extraction = Extraction(
        article=Article(id="x", text=sentence),
        agreements=(Agreement("ag1", "defence accord", ("HUN", "SRB"), (), "agreed", None, None, "defence", evidence, found_by="model"),),
        alliances=(Alliance("al1", ("HUN", "SRB"), "proposed", (), evidence),),
    )
    out = StringIO()
    render_extraction(extraction, Console(file=out, width=250, color_system=None))
    printed = out.getvalue()
    agreements, alliances = printed.split("Alliances", 1)
    assert "found_by" in agreements and "model" in agreements and "rules" not in agreements
    assert "found_by" in alliances and "rules" in alliances and "model" not in alliances
