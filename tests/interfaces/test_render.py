"""Text from articles is printed as text: Rich markup in a headline or a sentence stays literal."""

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
