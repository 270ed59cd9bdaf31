"""Text from articles never drives the terminal: control characters print as U+FFFD."""

from io import StringIO

from rich.console import Console

from accord.interfaces.render import render_extraction
from accord.interfaces.render.console import printable, safe
from accord.interfaces.render.tables import cell
from accord.records import Article, Evidence, Event, Extraction

CLEAR_SCREEN = "\x1b[2J\x1b[H"
TITLE_SETTER = "\x1b]0;pwned\x07"
BIDI_OVERRIDE = "\u202e"


def test_printable_replaces_each_control_character_one_for_one():
    text = f"A{CLEAR_SCREEN}B\tC\nD{BIDI_OVERRIDE}E\x9bF\x7f"
    cleaned = printable(text)
    assert len(cleaned) == len(text)
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\x9b" not in cleaned and "\x7f" not in cleaned
    assert BIDI_OVERRIDE not in cleaned
    assert "\t" in cleaned and "\n" in cleaned


def test_safe_markup_and_cells_carry_no_escape_codes():
    assert "\x1b" not in safe(f"[bold]{CLEAR_SCREEN}")
    assert "\x1b" not in cell(f"title {TITLE_SETTER}")


def test_an_extraction_table_never_prints_escape_codes_from_the_article():
    sentence = f"Serbia condemned Albania.{CLEAR_SCREEN}"
    article = Article(id="x", text=sentence, title=f"Breaking{CLEAR_SCREEN}{TITLE_SETTER}", outlet=f"out{BIDI_OVERRIDE}let")
    event = Event(
        id="e1", type="ACCUSE", mode=None, context=(), cameo="111", quad_class=3, goldstein=-2.0,
        actor=("SRB",), recipient=("ALB",), actor_ids=(), recipient_ids=(), status="occurred",
        date=None, location=None, evidence=Evidence(sentence, 0, len(sentence)), confidence=0.9,
    )
    out = StringIO()
    # No colour system: any ESC in the output could only have come from the data.
    render_extraction(Extraction(article=article, events=(event,)), Console(file=out, width=120, color_system=None))
    printed = out.getvalue()
    assert "\x1b" not in printed and "\x07" not in printed and BIDI_OVERRIDE not in printed
    assert "Breaking" in printed
